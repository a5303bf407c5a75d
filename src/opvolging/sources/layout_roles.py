"""What each line of a laid-out page is (see `layout`): furniture that most pages repeat, the footnotes, a figure's
text; and where a paragraph begins."""

from __future__ import annotations

import re
from collections import Counter

from opvolging.sources.page import BODY, FIGURE, FURNITURE, MARGIN, NOTE, Line, Rule

_PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*)?(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?"
                          r"(?:\s*[-–])?\s*$", re.I)


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def mark_furniture(pages: list[list[Line]]) -> None:
    """Lines printed on most pages in the same place (digits aside), at the top or foot of the page or in its
    margin: running heads, "Pagina 2 van 7", the sidebar; and bare page numbers at a page edge."""
    def edges(lines: list[Line]) -> list[Line]:
        body = [ln for ln in lines if ln.role != MARGIN]
        return body[:3] + body[-3:]

    def key(ln: Line) -> tuple[str, int]:
        # a running head keeps its height on the page (its side may alternate between odd and even pages);
        # a margin's lines may stand a little higher or lower on the first page
        return (_key(ln.text), -1 if ln.role == MARGIN else round(ln.y / 4))

    n = len(pages)
    if n >= 2:
        need = max(2, (n + 1) // 2)
        candidates = [[ln for ln in lines if ln.role == MARGIN] + edges(lines) for lines in pages]
        counts = Counter(k for lines in candidates for k in {key(ln) for ln in lines})
        for lines in candidates:
            for ln in lines:
                # a line of digits alone ("122.19", a recommendation's number) repeats in the body without being
                # furniture; in the margin it is the sidebar's reference or count ("2023-0000612345", "1")
                if counts[key(ln)] >= need and (ln.role == MARGIN or sum(ch.isalpha() for ch in ln.text) >= 2):
                    ln.role = FURNITURE
    for lines in pages:
        body = [ln for ln in lines if ln.role != MARGIN]
        for ln in body[:2] + body[-2:]:
            if _PAGE_NUMBER.match(ln.text):
                ln.role = FURNITURE


_NOTE_MARK = re.compile(r"[\d*†‡§]{1,3}(?:\s|\)|\.|$)")


def separator(rules: list[Rule], col_left: float, col_right: float, lines: list[Line]) -> float | None:
    """The height of the short rule that sets the footnotes apart from the body: drawn from the column's left
    edge, at most half as wide as the column, the first line below it opening with a footnote mark; None when
    the page has none."""
    width = col_right - col_left
    for rule in sorted(rules, key=lambda r: -r.y):
        if abs(rule.x0 - col_left) < 0.05 * width and rule.x1 - rule.x0 < 0.5 * width:
            below = [ln for ln in lines if ln.role == BODY and ln.y < rule.y]
            if below and _NOTE_MARK.match(below[0].text):
                return rule.y
    return None


def mark_notes(lines: list[Line], body_size: float, separator: float | None = None) -> None:
    """The footnotes: the lines below the rule that sets them apart (`separator`); with no such rule, the lines at
    the foot of the body set smaller than its text, from the first that opens with a mark ("1 Kamerstukken II …",
    "* The present document …") down. Smaller text elsewhere is a figure's."""
    body = [ln for ln in lines if ln.role == BODY]
    if separator is not None:
        for ln in body:
            if ln.y < separator:
                ln.role = NOTE
        body = [ln for ln in body if ln.role == BODY]
    small = [ln.size < 0.93 * body_size and not ln.own_paragraph for ln in body]  # a table's rows are no notes
    k = len(body)
    while k > 0 and small[k - 1]:
        k -= 1
    foot = body[k:]
    start = next((i for i, ln in enumerate(foot) if _NOTE_MARK.match(ln.text)), None)
    if start is not None:
        for ln in foot[start:]:
            ln.role = NOTE
    for ln in body:
        if ln.role == BODY and ln.size < 0.8 * body_size:
            ln.role = FIGURE


def mark_paragraphs(lines: list[Line], body_size: float) -> None:
    """`gap_before` where a paragraph begins: after a gap wider than the usual leading, at a change of font size
    or to bold (a heading and what follows it)."""
    for role in (BODY, MARGIN, NOTE, FIGURE):
        group = [ln for ln in lines if ln.role == role]
        steps = [a.y - b.y for a, b in zip(group, group[1:], strict=False) if 0 < a.y - b.y < 3 * body_size]
        leading = min(steps, default=1.2 * body_size)
        if steps:
            common = Counter(round(s, 0) for s in steps).most_common(1)[0][0]
            leading = max(leading, common)
        for prev, ln in zip(group, group[1:], strict=False):
            step = prev.y - ln.y
            ln.gap_before = (step > 1.35 * leading or step < 0 or ln.own_paragraph or prev.own_paragraph
                             or abs(ln.size - prev.size) > 0.12 * max(ln.size, prev.size)
                             or ln.bold != prev.bold or ln.underlined != prev.underlined)


