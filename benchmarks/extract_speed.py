"""Extraction speed: documents per second in one process, and the ratio to a baseline timed in the same run.

The baseline is one `re.findall(r"\\w+", text)` over the same text: the cheapest pass any reader makes. Run with
`make bench`; never part of the test run. Target: at least 200 documents per second on one core for the
founding letter.

It also prints what tagging adds to extraction (target: at most half again): extraction with and without its
tagging step, run next to each other in each of fifteen rounds; the median of the rounds' ratios and their range,
and the ratio of the fastest rounds (noise on a shared machine only ever adds time, so the fastest round of each
is the least disturbed).

PDFs are read from their bytes, layout and all: the founding letter set as a PDF (made here, as the tests make it:
`tests/pdfs.py`) and the ministry letters of the dev corpus. Their baseline is pdfium's own text of the same
pages, the cheapest read of a PDF.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

from opvolging.extract import pipeline
from opvolging.extract.pipeline import extract
from opvolging.sources import load, load_bytes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
DOCUMENTS = [ROOT / "src" / "opvolging" / "data" / "samples" / "kst-32735-354.txt",
             CORPUS / "upr" / "slovenia_upr34_cycle3_thematic_list.txt",
             CORPUS / "upr" / "slovenia_upr34_cycle3_bare_list.txt"]
PDFS = [CORPUS / "nl-letters" / "Kamerbrief_emissie_luchtvaart.pdf",
        CORPUS / "nl-letters" / "Kamerbrief_water_en_Bodem.pdf"]


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


def founding_letter_pdf() -> bytes:
    """The founding letter's paragraphs set as a PDF, its "Aanbeveling" headings bold (see `tests/pdfs.py`)."""
    from tests.pdfs import letter_pdf

    paragraphs = [p.lstrip("• ") for p in extract(load(DOCUMENTS[0])).text.split("\n\n")]
    return letter_pdf(paragraphs, {i for i, p in enumerate(paragraphs) if p.startswith("Aanbeveling")},
                      footer="Tweede Kamer, vergaderjaar 2022–2023, 32 735, nr. 354")


def pdfium_text(data: bytes) -> str:
    """pdfium's own text of every page: the baseline for reading a PDF."""
    pdf = pdfium.PdfDocument(data)
    try:
        return "\f".join(pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf)))
    finally:
        pdf.close()


def pdf_figures() -> None:
    pdfs = [("kst-32735-354 set as a PDF", founding_letter_pdf())]
    pdfs += [(p.name, p.read_bytes()) for p in PDFS if p.exists()]
    for name, data in pdfs:
        read, base = rates([lambda d=data: extract(load_bytes(d, "pdf", "letter.pdf")),
                            lambda d=data: pdfium_text(d)], seconds=0.5, repeats=5)
        print(f"{name}: {len(data):,} bytes, {max(read):,.1f} documents/s read and extracted (baseline, pdfium's "
              f"own text: {max(base):,.1f}/s; {max(base) / max(read):,.1f}x the baseline)")


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
    pdf_figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
