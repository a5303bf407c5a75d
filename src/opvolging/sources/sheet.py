"""Spreadsheets (.csv, .xlsx) as text: the header and then each row, one paragraph of its cells joined by " | ", as
Word's tables are read (a UN list exported row by row: "121.1 Ratify … (France); | Supported | - Acceptance of
international norms …"); a cell's lines joined by spaces. The rows are read by `registers.tables`, whose limits and
one-line errors hold here too."""

from __future__ import annotations

from opvolging.registers.tables import rows
from opvolging.sources.document import SourceDocument
from opvolging.sources.page import CELL


def read_sheet(data: bytes, name: str) -> SourceDocument:
    """The first sheet's rows as paragraphs of cells (see the module docstring); InputError when unreadable."""
    header, records = rows(data, name)
    lines = [CELL.join(header)]
    for record in records:
        cells = [" ".join(str(record.get(h, "")).split()) for h in header]
        while cells and not cells[-1]:
            cells.pop()  # the empty cells that end a row ("Theme: … |  |  |") say nothing
        if cells:
            lines.append(CELL.join(cells))
    return SourceDocument(pages=["\n\n".join(lines) + "\n"], metadata={"rows": str(len(records))})


__all__ = ["read_sheet"]
