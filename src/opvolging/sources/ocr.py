"""Scans: a PDF page without a text layer read through Tesseract (Debian's `tesseract-ocr`, with its Dutch and
English data), by way of pytesseract.

Each page is rendered by pdfium at 300 dpi and read with both languages; Tesseract's own blocks, paragraphs and
lines give the page's lines and the blank line between paragraphs. Each page's confidence is the mean of its
words' (0–100), and the reader says in a warning that the text came from OCR, with those confidences. (pytesseract
rather than ocrmypdf: ocrmypdf writes a new PDF through Ghostscript, where only the text is needed here.)
"""

from __future__ import annotations

import os
import shutil

from opvolging.errors import InputError

# one thread to a Tesseract: its OpenMP threads fight over the cores (two pages took 33 s so, 19 s with one), and
# a batch runs one reader per core anyway
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

DPI = 300
LANGUAGES = "nld+eng"


def available() -> bool:
    """True when Tesseract is installed with the Dutch and English data."""
    if shutil.which("tesseract") is None:
        return False
    import pytesseract

    try:
        return {"nld", "eng"} <= set(pytesseract.get_languages(config=""))
    except pytesseract.TesseractError:
        return False


def read_page(page, name: str, number: int) -> tuple[str, float]:
    """The text of one pdfium page read by OCR, and its mean word confidence (0–100; 0 when no word was read)."""
    import pytesseract

    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    try:
        data = pytesseract.image_to_data(image, lang=LANGUAGES, output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError as e:
        raise InputError(name, f"page {number} could not be read by OCR ({str(e).strip()[:120]})") from None
    lines: list[str] = []
    words: list[str] = []
    confidences: list[float] = []
    last_line = last_paragraph = None
    for i, word in enumerate(data["text"]):
        word = word.strip()
        if not word:
            continue
        paragraph = (data["block_num"][i], data["par_num"][i])
        line = (*paragraph, data["line_num"][i])
        if line != last_line and words:
            lines.append(" ".join(words))
            words = []
            if paragraph != last_paragraph:
                lines.append("")
        words.append(word)
        last_line, last_paragraph = line, paragraph
        if float(data["conf"][i]) >= 0:
            confidences.append(float(data["conf"][i]))
    if words:
        lines.append(" ".join(words))
    return "\n".join(lines).strip(), (sum(confidences) / len(confidences) if confidences else 0.0)


def warning(confidences: dict[int, float]) -> str:
    """What the reader says of pages read by OCR: which, and how sure Tesseract was of each."""
    import pytesseract

    per_page = ", ".join(f"p. {n}: {c:.0f}%" for n, c in sorted(confidences.items()))
    return (f"text read by OCR (Tesseract {pytesseract.get_tesseract_version()}, {LANGUAGES}) on "
            f"{len(confidences)} page(s) without a text layer; confidence per page: {per_page}")
