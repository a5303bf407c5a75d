"""Arbitrary text never makes `extract` raise, and every span it reports lies inside the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opvolging.extract import extract_text

PIECES = st.sampled_from([
    "• Aanbeveling 1 – ", "Aanbeveling 2a: ", "Advies 3:", "121.1 ", "(France) (Lithuania);", "zal het kabinet ",
    "nog dit jaar", "aan de Kamer sturen", "-\n", "\n\n", "\f", "«", "»", "De Raad beveelt aan om ", "1. ", "2) ",
    "Tweede Kamer, vergaderjaar 2022–2023, 32 735, nr. 354 4\n", "De Minister van Buitenlandse Zaken,\nW.B. Hoekstra",
    "Source of Position: A/HRC/43/15", "Supported\n", "- 16 - PEACE\n", "SDGs:\n", "Na de aanbieding van de ",
    "8 maart jl. ", "binnen drie maanden ", "Q3 ", "(", ")", ". ", "e.g. ", "d.d. ",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extract_never_raises_and_spans_fit(text):
    ex = extract_text(text)
    n = len(ex.text)
    for item in [*ex.recommendations, *ex.responses]:
        a, b = item.span
        assert 0 <= a <= b <= n
    for c in ex.commitments:
        for m in c.mentions:
            assert 0 <= m.span[0] <= m.span[1] <= n
            assert ex.text[m.span[0]:m.span[1]] == m.text
    for norm_start, _raw_start, length in ex.text_map:
        assert 0 <= norm_start and norm_start + length <= n and length > 0
