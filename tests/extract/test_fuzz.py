"""Bad input never hangs or crashes: fuzzed text through the extractor, fuzzed files through the readers
(`tests/fuzzing.py` builds them; `benchmarks/fuzz.py` runs 100,000 and more). Each input is at most 100 KB and
must finish within its deadline; a reader may refuse a file only with an InputError."""

import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opvolging.errors import InputError
from opvolging.extract import extract_text
from opvolging.sources import load_bytes
from tests.fuzzing import random_file, random_text

LIMIT = 2.0  # seconds per input here (the benchmark holds 1 s on a quiet machine)

sizes = st.sampled_from([50, 500, 5_000, 30_000, 100_000])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), size=sizes)
def test_fuzzed_text_is_read_in_time(seed, size):
    text = random_text(random.Random(seed), size)
    start = time.perf_counter()
    ex = extract_text(text)
    assert time.perf_counter() - start < LIMIT, f"seed {seed}, size {size}"
    assert all(0 <= r.span[0] <= r.span[1] <= len(ex.text) for r in ex.recommendations)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), size=st.sampled_from([50, 2_000, 20_000]))
def test_fuzzed_files_are_read_or_refused_in_one_line(seed, size):
    data, fmt = random_file(random.Random(seed), size)
    start = time.perf_counter()
    try:
        load_bytes(data, fmt, f"fuzz.{fmt}")
    except InputError as e:
        assert "\n" not in str(e) and str(e).startswith(f"fuzz.{fmt}: ")
    assert time.perf_counter() - start < LIMIT, f"seed {seed}, size {size}, {fmt}"


def test_the_quoted_bad_inputs():
    # the inputs issue 13 found: catastrophic backtracking, a quadratic pattern, three crashes
    for text in ("beveelt aan " * 2084, "a-" * 12500, "121.1 Ratify " + "(France) " * 11000 + "and more",
                 "1.1 R.\nRAffected persons:", "2.0 (M);\n1.0 (P)\n\nSupported\n:\n1.7 (R)",
                 "Het kabinet zal \ud800 een brief sturen."):
        start = time.perf_counter()
        extract_text(text)
        assert time.perf_counter() - start < 1.0, text[:30]


def test_what_the_100000_input_run_found():
    # benchmarks/fuzz.py over 100,000 inputs (seed 20261201): a run of commas nested the enumeration check
    # 1,000 deep (RecursionError); a 27,000-letter "word" of "aanbeveling" repeated made the stance rules try
    # every place in it (2 s); a long line of « with no » made the title pattern scan it from each one (0.9 s)
    for text in ("Het kabinet zal " + ", " * 20_000 + "en gemeenten.",
                 "Reactie kabinet zullen " + "aanbeveling" * 2_500 + " over.",
                 "Het kabinet neemt de aanbeveling over. " + "«titel " * 12_000):
        start = time.perf_counter()
        extract_text(text)
        assert time.perf_counter() - start < 1.0, text[:30]


def test_a_long_word_is_searched_with_its_boundary():
    from opvolging.extract.patterns import WordPattern

    rx = WordPattern(r"\baanbeveling\w*\s+over\b", lower=True)
    long = "x" + "aanbeveling" * 3_000
    assert rx.search(long + " over") is None  # no boundary before any of them …
    assert rx.search("De aanbevelingen over") is not None  # … as in ordinary text
    assert rx.search(long + " Aanbevelingen over").start() == len(long) + 1


def test_a_word_file_of_a_zip_version_python_cannot_read_is_refused_in_one_line():
    # found by the fuzzer (seed 8443, size 50): zipfile raised NotImplementedError("zip file version 18.2")
    data, fmt = random_file(random.Random(8443), 50)
    assert fmt == "docx"
    try:
        load_bytes(data, fmt, "fuzz.docx")
    except InputError as e:
        assert str(e) == "fuzz.docx: is not a readable Word document (NotImplementedError)"
    else:
        raise AssertionError("read")
