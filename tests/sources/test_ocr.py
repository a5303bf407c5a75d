"""Scans: the founding letter set as a PDF, its first two pages rendered to images and saved as a PDF with no
text layer, is read back through Tesseract: the recommendations on those pages are found, and a warning says
the text came from OCR, with its confidence per page."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from opvolging.errors import InputError
from opvolging.extract.pipeline import extract
from opvolging.sources import load_bytes, ocr
from tests.pdfs import letter_pdf
from tests.sources.test_pdf import founding_paragraphs

pytestmark = pytest.mark.skipif(not ocr.available(), reason="Tesseract with Dutch and English is not installed "
                                                            "(make test installs tesseract-ocr-nld and -eng)")


def _scanned(pdf: bytes, pages: int, dpi: int = 200) -> bytes:
    """The first `pages` pages of `pdf` as images in a PDF without a text layer, as a scanner makes it."""
    doc = pdfium.PdfDocument(pdf)
    images = [doc[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(min(pages, len(doc)))]
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


@pytest.fixture(scope="module")
def scan() -> bytes:
    paragraphs, headings = founding_paragraphs()
    return _scanned(letter_pdf(paragraphs, headings), 2)


@pytest.fixture(scope="module")
def read(scan):
    """The scan, read (OCR takes some seconds a page: once for the module)."""
    return load_bytes(scan, "pdf", "scan.pdf")


def test_a_scanned_letter_is_read_by_ocr(read):
    doc = read
    assert len(doc.pages) == 2
    assert any(w.startswith("text read by OCR") and "p. 1:" in w and "p. 2:" in w for w in doc.warnings)
    ex = extract(doc)
    labels = [r.label for r in ex.recommendations]
    assert labels[:2] == ["1", "2"], labels
    first = ex.recommendations[0].text
    assert "Verdedig onverkort het behoud van rechtsstaat" in first, first
    assert ex.warnings and any("OCR" in w for w in ex.warnings)


def test_ocr_confidence_is_high_on_a_clean_scan(read):
    doc = read
    warning = next(w for w in doc.warnings if w.startswith("text read by OCR"))
    confidences = [float(part.split(":")[1].rstrip("%")) for part in warning.split("per page: ")[1].split(", ")]
    assert min(confidences) >= 80


def test_without_tesseract_the_scan_gets_one_line(scan, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(InputError, match="scan.pdf: has a page without a text layer .page 1.: it needs OCR, and "
                                         "Tesseract"):
        load_bytes(scan, "pdf", "scan.pdf")
