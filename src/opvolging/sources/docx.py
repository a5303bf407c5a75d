"""Word (.docx) through python-docx: paragraphs and tables in document order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from opvolging.errors import InputError
from opvolging.sources.document import SourceDocument

CELL_SEPARATOR = " | "


def read_docx(data: bytes, name: str) -> SourceDocument:
    """One page: paragraphs separated by blank lines, each table row as one line of cells joined by ' | '."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputError(name, f"is not a readable Word document ({e.__class__.__name__})") from None
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if text:
                style = (item.style.name or "").lower() if item.style is not None else ""
                if "list" in style and not text.startswith(("•", "-", "–")):
                    text = "• " + text
                blocks.append(text)
        elif isinstance(item, Table):
            for row in item.rows:
                cells = []
                for cell in row.cells:
                    t = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                    if not cells or cells[-1] != t:  # merged cells repeat
                        cells.append(t)
                if any(cells):
                    blocks.append(CELL_SEPARATOR.join(cells))
    return SourceDocument(pages=["\n\n".join(blocks)])
