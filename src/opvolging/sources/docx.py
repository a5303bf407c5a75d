"""Word (.docx) through python-docx: paragraphs and tables in document order.

The body is walked once, element by element (`w:p`, `w:tbl`), each paragraph's style found by its id in a table
built once from the document's styles: python-docx's `Paragraph.style` looks the style up anew every time, 1.5 ms a
paragraph (a minute for a 40,000-paragraph document). A damaged file (a broken zip, a part that does not inflate,
XML that does not parse) and a zip that would inflate to more than `MAX_INFLATED` are refused with one line.
"""

from __future__ import annotations

import io
import zipfile
import zlib

import docx
from docx.oxml.ns import qn
from lxml import etree

from opvolging.errors import InputError
from opvolging.sources.document import SourceDocument

CELL_SEPARATOR = " | "
MAX_INFLATED = 200 * 1024 * 1024  # what a document's parts may inflate to, in all (a zip bomb inflates to GBs)
MAX_RATIO = 200  # and how many times its packed size a part may inflate to

_P, _TBL, _TR, _TC, _T, _TAB, _BR = (qn(t) for t in ("w:p", "w:tbl", "w:tr", "w:tc", "w:t", "w:tab", "w:br"))
_PSTYLE, _VAL = qn("w:pStyle"), qn("w:val")


def _check_zip(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError) as e:  # "zip file version 18.2"
        raise InputError(name, f"is not a readable Word document ({e.__class__.__name__})") from None
    total = sum(i.file_size for i in infos)
    if total > MAX_INFLATED or any(i.compress_size and i.file_size > MAX_RATIO * max(i.compress_size, 1024)
                                   for i in infos):
        raise InputError(name, f"is not a readable Word document (its parts would inflate to "
                               f"{total / 1e6:,.0f} MB)")


_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text(p: etree._Element) -> str:
    """A paragraph's text: its runs' text, a tab as a tab and a line break as a new line (the text's reading joins
    a paragraph's lines, as it joins a PDF's; a letterhead's lines stay apart: "Kenmerk" over its value); not the
    text of a text box anchored in it (`_text_boxes`)."""
    out = []
    for el in p.iter(_T, _TAB, _BR):
        if _in_box(el, p):
            continue
        out.append(el.text or "" if el.tag == _T else ("\t" if el.tag == _TAB else "\n"))
    return "".join(out)


def _in_box(el: etree._Element, p: etree._Element) -> bool:
    """True when `el`, within paragraph `p`, is in a text box (or the older copy of one Word writes beside it)."""
    for parent in el.iterancestors():
        if parent is p:
            return False
        if parent.tag in (_TXBX, _FALLBACK):
            return True
    return False


def _text_boxes(p: etree._Element) -> list[str]:
    """The text boxes anchored in paragraph `p` (a letterhead's sidebar, set in a frame: "Kenmerk" over its value),
    each its paragraphs' texts a line apart; Word's older copy of each (`mc:Fallback`) is left out."""
    boxes = []
    for box in p.iter(_TXBX):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue
        lines = [t for t in (_text(q).strip() for q in box.iterchildren(_P)) if t]
        if lines:
            boxes.append("\n".join(lines))
    return boxes


_OPENING = ("geachte", "dear", "hierbij", "excellentie")  # where a letter's own words begin, after its letterhead


def read_docx(data: bytes, name: str) -> SourceDocument:
    """One page: paragraphs separated by blank lines, each table row as one line of cells joined by ' | '. A table
    before the letter's opening ("Geachte voorzitter,") lays out the letterhead: each of its cells is read as its
    lines ("Kenmerk" over "2023-0000456789"), cell after cell (a document without an opening has no letterhead).
    A text box is read after the paragraph it is anchored in, its paragraphs a line apart. A letter's first page's
    header, where its letterhead may be set, is read before the body."""
    _check_zip(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
        styles = {s.style_id: (s.name or "").lower() for s in document.styles}
        body = document.element.body
    except (zipfile.BadZipFile, KeyError, ValueError, zlib.error, etree.XMLSyntaxError, OSError,
            AttributeError, TypeError, NotImplementedError) as e:  # NotImplementedError: "zip file version 18.2"
        raise InputError(name, f"is not a readable Word document ({e.__class__.__name__})") from None
    items = list(body.iterchildren(_P, _TBL))
    texts = [_text(item).strip() if item.tag == _P else "" for item in items]
    # a letter that opens ("Geachte voorzitter,") has its letterhead before; a document without an opening (a list,
    # an annex of answers in a table) has none, and its tables are its content
    is_letter = any(text.lower().startswith(_OPENING) for text in texts)
    blocks = _first_page_header(document) if is_letter else []
    blocks += _blocks(items, texts, styles, opened=not is_letter)
    return SourceDocument(pages=["\n\n".join(blocks)])


def _first_page_header(document) -> list[str]:
    """The letterhead a letter sets in its first page's header (the ministry's name, the sidebar's "Datum",
    "Kenmerk" over their values), read as the letterhead before the body: the first page's own header when the
    letter has one, else the header every page shares. Page furniture of the later pages (their headers) is never
    read."""
    try:
        section = document.sections[0]
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        if header.is_linked_to_previous:
            return []  # none is set: python-docx would add an empty one
        element = header._element
    except (IndexError, KeyError, ValueError, AttributeError):
        return []
    items = list(element.iterchildren(_P, _TBL))
    return _blocks(items, [_text(i).strip() if i.tag == _P else "" for i in items], {}, opened=False)


def _blocks(items: list, texts: list[str], styles: dict[str, str], opened: bool) -> list[str]:
    """The blocks of text of `items` (paragraphs and tables, `texts` the paragraphs' own): a table before the opening
    (`opened` False until a paragraph opens the letter) as its cells' lines, one after it row by row."""
    blocks: list[str] = []
    for item, text in zip(items, texts, strict=True):
        if item.tag == _P:
            if text:
                style = item.find(f"{qn('w:pPr')}/{_PSTYLE}")
                style_name = styles.get(style.get(_VAL), "") if style is not None else ""
                if "list" in style_name and not text.startswith(("•", "-", "–")):
                    text = "• " + text
                blocks.append(text)
                opened = opened or text.lower().startswith(_OPENING)
            blocks += _text_boxes(item)
            continue
        if not opened:  # the letterhead's layout: each cell's lines
            for cell in item.iter(_TC):
                lines = [t for t in (_text(q).strip() for q in cell.iter(_P)) if t]
                if lines:
                    blocks.append("\n".join(lines))
            continue
        for row in item.iter(_TR):
            cells: list[str] = []
            for cell in row.iterchildren(_TC):
                t = " ".join(x for x in (" ".join(_text(p).split()) for p in cell.iter(_P)) if x)
                if not cells or cells[-1] != t:  # merged cells repeat
                    cells.append(t)
            if any(cells):
                blocks.append(CELL_SEPARATOR.join(cells))
    return blocks
