"""PDF through pypdfium2: every page's glyphs with their positions, laid out as lines by `layout`.

The page text is rebuilt from the glyphs rather than taken from pdfium's own text, which spaces letter-spaced
words apart ("Inf rastructuur", "I E NW/BSK-2022") and glues footnote marks onto words ("20222is"). Each page's
lines come with their role (margin, furniture, note, figure, body; see `layout`), which `normalize` uses: page
furniture is taken out of the text, notes and margins never break into a sentence.
"""

from __future__ import annotations

import ctypes
import re
import zlib

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from opvolging.errors import InputError
from opvolging.sources import ocr
from opvolging.sources.document import SourceDocument
from opvolging.sources.layout import Glyph, Rule, lay_out

_BOLD_WEIGHT = 600
MAX_INFLATED = 512 * 1024 * 1024  # what a PDF's compressed streams may inflate to, in all (a flate bomb: GBs)
_STREAM = re.compile(rb"stream\r?\n")
_FLATE = re.compile(rb"/FlateDecode|/Fl\b")


def _check_streams(data: bytes, name: str) -> None:
    """Refuse a PDF whose Flate streams would inflate to more than `MAX_INFLATED`, before pdfium inflates them
    (it would, however large). Each stream is inflated here with a limit on what it may give; one that does not
    inflate is left to pdfium, which reads damaged PDFs as far as they go."""
    left = MAX_INFLATED
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 400):m.start()]
        if not _FLATE.search(head[head.rfind(b"<<"):] if b"<<" in head else head):
            continue
        end = data.find(b"endstream", m.end())
        chunk = data[m.end():end if end > 0 else len(data)]
        inflater = zlib.decompressobj()
        try:
            while chunk and left >= 0:  # a megabyte at a time: what is inflated is counted, not kept
                left -= len(inflater.decompress(chunk, 1 << 20))
                chunk = inflater.unconsumed_tail
        except zlib.error:
            continue
        if left < 0:
            raise InputError(name, f"is a PDF whose streams would inflate to more than {MAX_INFLATED >> 20} MB")


def _page_glyphs(page: pdfium.PdfPage) -> list[Glyph]:
    """The glyphs of `page` in content order, generated characters (pdfium's own spaces and line ends) left out,
    and text that is not upright left out too (a rotated margin note or stamp)."""
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        rect = pdfium_c.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        glyphs: list[Glyph] = []
        for i in range(pdfium_c.FPDFText_CountChars(handle)):
            if pdfium_c.FPDFText_IsGenerated(handle, i):
                continue
            code = pdfium_c.FPDFText_GetUnicode(handle, i)
            if code in (0, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
                continue
            ch = chr(code)
            if ch in "\r\n":
                continue
            if ch == "\u00ad":  # a soft hyphen is where a word may break: printed at a line end, a hyphen
                ch = "-"
            elif 0xE000 <= code <= 0xF8FF:  # a symbol font's private code (Word's bullet is U+F0B7): a bullet
                ch = "•"
            angle = pdfium_c.FPDFText_GetCharAngle(handle, i)
            if 0.1 < angle < 6.18:  # radians; only upright text is read as lines
                continue
            if not pdfium_c.FPDFText_GetLooseCharBox(handle, i, rect):
                continue
            pdfium_c.FPDFText_GetCharOrigin(handle, i, ox, oy)
            size = pdfium_c.FPDFText_GetFontSize(handle, i)
            weight = pdfium_c.FPDFText_GetFontWeight(handle, i)
            glyphs.append(Glyph(ch, rect.left, rect.right, oy.value, size, weight >= _BOLD_WEIGHT))
        return glyphs
    finally:
        textpage.close()


def _page_rules(page: pdfium.PdfPage) -> list[Rule]:
    """The thin horizontal lines drawn on `page` (underlines, separators), as paths or as filled rectangles."""
    rules = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom <= 1.5 and right - left >= 10:
            rules.append(Rule(left, right, (top + bottom) / 2))
    return rules


def read_pdf(data: bytes, name: str) -> SourceDocument:
    """The text of every page with each line's role; a page without a text layer (a scan) is read by OCR
    (`ocr`), with a warning that says so and how sure it was. InputError when the PDF is corrupt or has no pages,
    or when it needs OCR and Tesseract is not installed."""
    _check_streams(data, name)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise InputError(name, f"is not a readable PDF ({e})") from None
    pages: list[list[Glyph]] = []
    rules: list[list[Rule]] = []
    scanned: dict[int, str] = {}  # page index → its text read by OCR
    confidences: dict[int, float] = {}
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                pages.append(_page_glyphs(page))
                rules.append(_page_rules(page))
                if not any(not g.ch.isspace() for g in pages[-1]) and _has_image(page):
                    scanned[i], confidences[i + 1] = _ocr(page, name, i + 1, len(pdf))
            finally:
                page.close()
    except pdfium.PdfiumError as e:
        raise InputError(name, f"is a damaged PDF ({e})") from None
    finally:
        pdf.close()
    if not pages:
        raise InputError(name, "is a PDF with no pages")
    if not any(any(not g.ch.isspace() for g in p) for p in pages) and not any(t.strip() for t in scanned.values()):
        raise InputError(name, f"is a PDF without a text layer on any of its {len(pages)} pages, and no scanned "
                               "text that OCR could read")
    doc = _laid_out(pages, rules, scanned)
    if scanned:
        doc.warnings.append(ocr.warning(confidences))
    return doc


def _has_image(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3))


def _ocr(page: pdfium.PdfPage, name: str, number: int, count: int) -> tuple[str, float]:
    if not ocr.available():
        raise InputError(name, f"has {'a page' if count > 1 else 'its page'} without a text layer (page {number}): "
                               "it needs OCR, and Tesseract with Dutch and English is not installed")
    return ocr.read_page(page, name, number)


def _laid_out(pages: list[list[Glyph]], rules: list[list[Rule]], scanned: dict[int, str]) -> SourceDocument:
    texts: list[str] = []
    roles: list[list[str]] = []
    for index, lines in enumerate(lay_out(pages, rules)):
        if index in scanned:  # read by OCR: its lines are the body's
            texts.append(scanned[index])
            roles.append(["body" if ln.strip() else "" for ln in scanned[index].split("\n")])
            continue
        page_text: list[str] = []
        page_roles: list[str] = []
        for ln in lines:
            if ln.gap_before and page_text and page_text[-1] != "":
                page_text.append("")
                page_roles.append("")
            elif page_roles and page_roles[-1] not in ("", ln.role):
                page_text.append("")  # a block of another role is a paragraph of its own
                page_roles.append("")
            page_text.append(ln.text)
            page_roles.append(ln.role)
        texts.append("\n".join(page_text))
        roles.append(page_roles)
    return SourceDocument(pages=texts, line_roles=roles)
