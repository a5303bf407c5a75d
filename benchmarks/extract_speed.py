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


def rate(fn, seconds: float = 1.0, repeats: int = 5) -> float:
    """Calls per second of `fn`: the best of `repeats` runs of at least `seconds` each, after a warm-up call.

    The best run is the one least disturbed by whatever else the machine was doing (as `timeit` advises)."""
    fn()
    best = 0.0
    for _ in range(repeats):
        n, start = 0, time.perf_counter()
        while True:
            fn()
            n += 1
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                break
        best = max(best, n / elapsed)
    return best


def main() -> int:
    for path in DOCUMENTS:
        if not path.exists():
            print(f"{path.name}: not found, skipped")
            continue
        doc = load(path)
        text = doc.raw_text
        docs_per_s = rate(lambda d=doc: extract(d))
        base_per_s = rate(lambda t=text: re.findall(r"\w+", t))
        tag = pipeline.tags.tag
        pipeline.tags.tag = lambda recs, lang, responses=None: None  # the same extraction without tagging
        try:
            untagged_per_s = rate(lambda d=doc: extract(d))
        finally:
            pipeline.tags.tag = tag
        print(f"{path.name}: {len(text):,} chars, {docs_per_s:,.1f} documents/s "
              f"(baseline re.findall: {base_per_s:,.0f}/s; extraction takes {base_per_s / docs_per_s:,.1f}x the "
              f"baseline; tagging adds {untagged_per_s / docs_per_s - 1:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
