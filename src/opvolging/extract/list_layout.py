"""How a UN list of recommendations is printed, line by line: what `normalize` needs to know to keep its lines
apart, and what `upr` reads the list by. Its own module so that the earlier stage (normalize) does not reach into
the later one (upr).

- an item opens with its number: "121.1 Ratify …", or "93.1. Consider ratifying …" as earlier cycles' reports print
  it;
- the lines of a thematic list that label what follows them: "Theme:", "SDGs:", "Affected persons:", "Source of
  Position:" (normalize opens a paragraph at each).
"""

from __future__ import annotations

import re

ITEM = re.compile(r"(?P<label>\d{1,3}\.\d{1,3})\.?\s+(?=[A-Z“\"'(])")
SOURCE_LABELS = ("Source of Position:", "Source of position:")
LABELS = ("Theme:", "SDGs:", "Affected persons:", *SOURCE_LABELS)
# a theme's code in the matrices of earlier cycles, before its words: "A12 Acceptance of international norms"
THEME_CODE = re.compile(r"^[A-K]\d{1,2}\s+")
# where a theme begins in a cell of coded themes, run together when the cell's lines were joined ("A12 Acceptance of
# international norms G4 Migrants") or parted by semicolons
_NEXT_CODE = re.compile(r"(?:\s*;\s*|\s+)(?=[A-K]\d{1,2}\s+\S)")


def coded_themes(cell: str) -> list[str]:
    """The themes of a cell that lists them with their codes, without the codes ("A12 Acceptance of international
    norms; D32 Enforced disappearances", or one to a line as OHCHR's matrices print them); [] for any other cell."""
    cell = cell.strip()
    if not THEME_CODE.match(cell):
        return []
    return [THEME_CODE.sub("", t).strip(" ;") for t in _NEXT_CODE.split(cell) if t.strip(" ;")]
