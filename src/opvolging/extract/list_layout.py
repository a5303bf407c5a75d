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
LABELS = ("Theme:", "SDGs:", "Affected persons:", "Source of Position:", "Source of position:")
