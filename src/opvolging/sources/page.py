"""The parts of a PDF page that `layout` works with: a glyph, a line of text with its role, a drawn rule."""

from __future__ import annotations

from dataclasses import dataclass

BODY, MARGIN, FURNITURE, NOTE, FIGURE = "body", "margin", "furniture", "note", "figure"
CELL = " | "  # how a table row's cells are joined, as the Word and HTML readers join them


@dataclass(slots=True)
class Glyph:
    """One character on a page: its text, left and right edge, baseline (PDF points, y upwards), font size and
    whether its font is bold."""

    ch: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool = False
    mark: bool = False  # a footnote mark inside a line, left out of its text (set by `_runs`)


@dataclass(slots=True)
class Line:
    """A line of text in reading order with its role; `gap_before` is True when a paragraph begins with it."""

    text: str
    role: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool = False
    gap_before: bool = False
    underlined: bool = False
    in_margin: bool = False  # printed in the margin's column (it stays there when it turns out to be furniture)
    own_paragraph: bool = False  # a table's row: a paragraph of its own, whatever the gaps around it


@dataclass(slots=True)
class Rule:
    """A horizontal line drawn on the page (an underline, a footnote separator): its ends and height."""

    x0: float
    x1: float
    y: float
