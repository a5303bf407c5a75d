"""Extraction speed: documents per second in one process, and the ratio to a baseline timed in the same run.

The baseline is one `re.findall(r"\\w+", text)` over the same text: the cheapest pass any reader makes. Run with
`make bench`; never part of the test run. Target: at least 200 documents per second on one core for the
founding letter.

It also prints what tagging adds to extraction (target: at most half again): extraction with and without its
tagging step, run next to each other in each of fifteen rounds; the median of the rounds' ratios and their range,
and the ratio of the fastest rounds (noise on a shared machine only ever adds time, so the fastest round of each
is the least disturbed).
"""

from __future__ import annotations

import re
import statistics
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


def rates(fns: list, seconds: float = 0.3, repeats: int = 15) -> list[list[float]]:
    """Calls per second of each of `fns`, in `repeats` rounds: `rates(...)[k][r]` is the k-th function's rate in
    round r, over a run of at least `seconds`, after a warm-up call. Within a round the functions take turns, so
    that a slower spell of the machine falls on all of them alike and their rates can be compared round by
    round."""
    for fn in fns:
        fn()
    out: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for k, fn in enumerate(fns):
            n, start = 0, time.perf_counter()
            while True:
                fn()
                n += 1
                elapsed = time.perf_counter() - start
                if elapsed >= seconds:
                    break
            out[k].append(n / elapsed)
    return out


class _Untagged:
    """`extract` without its tagging step, to measure what tagging adds."""

    def __init__(self, doc) -> None:
        self.doc = doc

    def __call__(self) -> None:
        tag = pipeline.tags.tag
        pipeline.tags.tag = lambda *args, **kwargs: None
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
        tagged, untagged, base = rates(
            [lambda d=doc: extract(d), _Untagged(doc), lambda t=text: re.findall(r"\w+", t)])
        docs_per_s, base_per_s = max(tagged), max(base)
        # what tagging adds, round by round (the two runs of a round are next to each other), then the median
        adds = sorted(u / t - 1 for t, u in zip(tagged, untagged, strict=True))
        print(f"{path.name}: {len(text):,} chars, {docs_per_s:,.1f} documents/s "
              f"(baseline re.findall: {base_per_s:,.0f}/s; extraction takes {base_per_s / docs_per_s:,.1f}x the "
              f"baseline; tagging adds {statistics.median(adds):.0%}, {adds[0]:.0%}–{adds[-1]:.0%} over "
              f"{len(adds)} rounds; fastest against fastest {max(untagged) / max(tagged) - 1:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
