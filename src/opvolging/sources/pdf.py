"""PDF through pypdfium2, page by page, so that lines repeated on every page can be told from the text."""

from __future__ import annotations

import pypdfium2 as pdfium

from opvolging.errors import InputError
from opvolging.sources.document import SourceDocument


def read_pdf(data: bytes, name: str) -> SourceDocument:
    """The text of every page; InputError when the PDF is corrupt or has no text layer (needs OCR)."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise InputError(name, f"is not a readable PDF ({e})") from None
    pages: list[str] = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            text = textpage.get_text_bounded()
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n"))
            textpage.close()
            page.close()
    except pdfium.PdfiumError as e:
        raise InputError(name, f"is a damaged PDF ({e})") from None
    finally:
        pdf.close()
    if not pages:
        raise InputError(name, "is a PDF with no pages")
    if not any(p.strip() for p in pages):
        raise InputError(name, f"is a PDF without a text layer on any of its {len(pages)} pages: it needs OCR")
    return SourceDocument(pages=pages)
