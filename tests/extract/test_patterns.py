import re

import pytest

from opvolging.extract.patterns import WordPattern

CASES = [
    (r"\bneemt\b[^.]{0,80}\bniet\s+over\b|\bworden?\s+niet\s+overgenomen\b",
     "Het kabinet neemt deze aanbeveling niet over. Onderneemt niet over."),
    (r"\b(?:zal|zullen)\b", "Nederland zal zich inzetten; de zalm zwemt; ZAL het kabinet?"),
    (r"\b(?P<actor>het\s+kabinet|Nederland)\b", "Het kabinet en Nederland; hetkabinet niet."),
    (r"\baan\s+(?:de\s+)?Kamer\b", "nog dit jaar aan de Kamer zal worden aangeboden; aan de kamer; kaan de Kamer"),
]


@pytest.mark.parametrize(("pattern", "text"), CASES)
@pytest.mark.parametrize("lower", [False, True])
def test_same_matches_as_re(pattern, text, lower):
    fast = WordPattern(pattern, lower=lower)
    slow = re.compile(pattern, re.I if lower else 0)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
    got, want = fast.search(text), slow.search(text)
    assert (got.span() if got else None) == (want.span() if want else None)
    for pos in range(0, len(text), 7):
        got, want = fast.match(text, pos), slow.match(text, pos)
        assert (got.span() if got else None) == (want.span() if want else None)


def test_lowered_text_can_be_passed_in():
    p = WordPattern(r"\bKamer\b", lower=True)
    assert p.search("aan de kamer", lowered=True).span() == (7, 12)


def test_length_changing_lowercase_falls_back():
    p = WordPattern(r"\bistanbul\b", lower=True)
    text = "İstanbul"  # lower() makes this one letter two
    assert p.search(text) is not None and p.search(text).span() == (0, 8)


def test_escapes_and_group_names_survive_lowering():
    p = WordPattern(r"\b(?P<Year>\d{4})\S*\b", lower=True)
    m = p.search("Eind 2024x")
    assert m["Year"] == "2024"
