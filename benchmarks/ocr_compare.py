"""Which OCR reads a scanned letter better: pytesseract page by page (what Opvolging uses) or OCRmyPDF.

The founding letter is set as a PDF, its first PAGES pages rendered at 200 dpi to a PDF without a text layer, and
read back both ways. Printed: seconds, the share of the original's words found (in order, by difflib), and the
recommendations found. OCRmyPDF runs from the command named by $OCRMYPDF (default `ocrmypdf`) when present; it
is not a dependency of Opvolging. Run: .venv/bin/python benchmarks/ocr_compare.py [PAGES]
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from opvolging.extract.pipeline import extract  # noqa: E402
from opvolging.sources import load_bytes  # noqa: E402
from tests.pdfs import letter_pdf  # noqa: E402
from tests.sources.test_ocr import _scanned  # noqa: E402
from tests.sources.test_pdf import founding_paragraphs  # noqa: E402


def words(text: str) -> list[str]:
    return [w.strip(".,;:«»()").casefold() for w in text.split() if w.strip(".,;:«»()")]


def score(name: str, seconds: float, text: str, original: list[str], labels: list[str]) -> None:
    got = words(text)
    matcher = difflib.SequenceMatcher(None, original, got, autojunk=False)
    found = sum(b.size for b in matcher.get_matching_blocks()) / len(original)
    print(f"{name:12s} {seconds:6.1f} s   words found {found:6.1%}   recommendations {', '.join(labels) or '-'}")


def main(pages: int = 2) -> None:
    paragraphs, headings = founding_paragraphs()
    pdf = letter_pdf(paragraphs, headings)
    truth = load_bytes(pdf, "pdf", "letter.pdf")
    truth_ex = extract(truth)
    # the original's words on the pages scanned
    keep = {r.label for r in truth_ex.recommendations if (r.page or 1) <= pages}
    original = words("\n".join(truth.pages[:pages]))
    scan = _scanned(pdf, pages)
    print(f"{pages} pages of the founding letter, recommendations on them: {', '.join(sorted(keep, key=int))}")
    t = time.perf_counter()
    doc = load_bytes(scan, "pdf", "scan.pdf")
    ex = extract(doc)
    score("pytesseract", time.perf_counter() - t, doc.raw_text, original, [r.label for r in ex.recommendations])
    ocrmypdf = os.environ.get("OCRMYPDF", "ocrmypdf")
    if not shutil.which(ocrmypdf):
        print("ocrmypdf     not installed (set OCRMYPDF to its command): not measured")
        return
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "scan.pdf", Path(tmp) / "ocr.pdf"
        src.write_bytes(scan)
        t = time.perf_counter()
        run = subprocess.run([ocrmypdf, "-l", "nld+eng", "--output-type", "pdf", "--jobs", "1", "--quiet",
                              str(src), str(out)], capture_output=True, text=True)
        if run.returncode != 0:
            last = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else run.returncode
            print(f"ocrmypdf     failed: {last}")
            return
        doc = load_bytes(out.read_bytes(), "pdf", "ocr.pdf")
        ex = extract(doc)
        score("ocrmypdf", time.perf_counter() - t, doc.raw_text, original, [r.label for r in ex.recommendations])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
