"""Extraction speed: documents per second in one process, and the ratio to a baseline timed in the same run.

The baseline is one `re.findall(r"\\w+", text)` over the same text: the cheapest pass any reader makes. Run with
`make bench`; never part of the test run. Target: at least 200 documents per second on one core for the
founding letter.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from opvolging.extract import pipeline
from opvolging.extract.pipeline import extract
from opvolging.sources import load

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DOCUMENTS = [ROOT / "samples" / "kst-32735-354.txt",
             CORPUS / "upr" / "slovenia_upr34_cycle3_thematic_list.txt",
             CORPUS / "upr" / "slovenia_upr34_cycle3_bare_list.txt"]


def rates(fns: list, seconds: float = 1.0, repeats: int = 5) -> list[float]:
    """Calls per second of each of `fns`: the best of `repeats` runs of at least `seconds` each, after a warm-up
    call. The runs take turns (one of each, then again), so that a slower spell of the machine falls on all of
    them alike; the best run is the one least disturbed by whatever else the machine was doing (as `timeit`
    advises)."""
    for fn in fns:
        fn()
    best = [0.0] * len(fns)
    for _ in range(repeats):
        for k, fn in enumerate(fns):
            n, start = 0, time.perf_counter()
            while True:
                fn()
                n += 1
                elapsed = time.perf_counter() - start
                if elapsed >= seconds:
                    break
            best[k] = max(best[k], n / elapsed)
    return best


class _Untagged:
    """`extract` without its tagging step, to measure what tagging adds."""

    def __init__(self, doc) -> None:
        self.doc = doc

    def __call__(self) -> None:
        tag = pipeline.tags.tag
        pipeline.tags.tag = lambda recs, lang, responses=None: None
        try:
            extract(self.doc)
        finally:
            pipeline.tags.tag = tag


def main() -> int:
    for path in DOCUMENTS:
        if not path.exists():
            print(f"{path.name}: not found, skipped")
            continue
        doc = load(path)
        text = doc.raw_text
        docs_per_s, untagged_per_s, base_per_s = rates(
            [lambda d=doc: extract(d), _Untagged(doc), lambda t=text: re.findall(r"\w+", t)])
        print(f"{path.name}: {len(text):,} chars, {docs_per_s:,.1f} documents/s "
              f"(baseline re.findall: {base_per_s:,.0f}/s; extraction takes {base_per_s / docs_per_s:,.1f}x the "
              f"baseline; tagging adds {untagged_per_s / docs_per_s - 1:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
