"""The reader's output: text page by page, with whatever the format itself told us."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# a lone surrogate (half of a character UTF-16 pairs) cannot be written as UTF-8: the replacement character
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class SourceDocument:
    """Text of one document, page by page (a format without pages gives one page).

    `pages` join with a form feed into the raw text that spans map back to. `metadata` holds facts the
    format states itself (e.g. the `meta` elements of officielebekendmakingen XML); `warnings` what the
    reader noticed. `line_roles`, where the reader saw the page's layout (PDF), gives per page the role of
    each of its lines ("body", "margin", "furniture", "note", "figure"; "" for a blank line); empty when the
    format has no layout.
    """

    pages: list[str]
    path: str = ""
    format: str = "txt"
    sha256: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    line_roles: list[list[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.pages = [_SURROGATE.sub("\ufffd", p) if _SURROGATE.search(p) else p for p in self.pages]

    @property
    def raw_text(self) -> str:
        """The pages joined by form feeds: the raw text every normalized offset maps back to."""
        return "\f".join(self.pages)
