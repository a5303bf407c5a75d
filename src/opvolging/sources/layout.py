"""Page layout: the glyphs of a PDF page, with their positions, to lines of text in reading order.

A PDF holds glyphs at positions, not words and lines. This module rebuilds them the way a reader sees the page,
from geometry alone (no document's words):

- **Words.** A space goes where the page shows one: a space glyph, or a gap between two glyphs wider than the
  line's own letter spacing allows. Text set with extra letter spacing (the sidebar of a ministry letter) keeps
  its words whole ("Infrastructuur", "IENW/BSK-2022/268034", not "Inf rastructuur", "I E NW").
- **Footnote marks.** A glyph set smaller and raised above its neighbours' baseline is a superscript: a footnote
  mark in running text ("aangeboden¹. In …") is left out of the line, so that it never glues onto a word
  ("20222is"); at the start of a line (the footnote's own number) it is kept.
- **Lines and paragraphs.** Glyphs on one baseline form a line; a gap between lines wider than the page's
  usual leading, or a change to a larger or bolder font (a heading), opens a new paragraph (a blank line).
- **Tables and columns.** A table (cells in columns that no line crosses, three rows or more, its rows parted by
  drawn rules or wider gaps) is read row by row, each row one line of cells joined by " | ", as the Word reader
  joins them ("94.1 | Abolish the death penalty … | Noted | The death penalty was abolished …"). A short block of
  two or three wide columns that is no table (the signatures of a minister and a state secretary set beside each
  other) is read column by column. A column of labels beside their values ("Datum" / "22 december 2022") is
  neither: read across.
- **Roles.** Every line gets one:
  - ``margin``: a column beside the body, left or right of where the body's lines run (the colofon of a
    ministry letter: ministry, address, "Ons kenmerk");
  - ``furniture``: what is printed on most pages in the same place: running heads, "Pagina 2 van 7", the UN
    symbol "A/HRC/43/15/Add.1" with a page number; also a bare page number at a page edge;
  - ``note``: the footnotes at the foot of the body, set smaller than the body text;
  - ``figure``: other text set smaller than the body (labels in a figure or organogram);
  - ``body``: the rest.

`lay_out(pages)` takes every page's glyphs (`Glyph`) and returns each page's lines (`Line`), margin lines first
(the margin's furniture where it stands among them: "Ons kenmerk" over its reference), then the body top to bottom,
then the notes.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from opvolging.sources import layout_columns as columns
from opvolging.sources.layout_roles import mark_furniture, mark_notes, mark_paragraphs, separator
from opvolging.sources.page import BODY, CELL, FIGURE, FURNITURE, MARGIN, NOTE, Glyph, Line, Rule

__all__ = ["BODY", "CELL", "FIGURE", "FURNITURE", "MARGIN", "NOTE", "Glyph", "Line", "Rule", "lay_out",
           "mark_superscripts"]


@dataclass(slots=True)
class _Run:
    glyphs: list[Glyph]
    y: float
    size: float

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return self.glyphs[-1].x1


def _median(values: list[float], default: float) -> float:
    return statistics.median(values) if values else default


def mark_superscripts(glyphs: list[Glyph]) -> list[bool]:
    """For each glyph, True when it is set smaller than its neighbour on the line and raised above its baseline
    (a footnote mark, "¹" or "¹⁰"); such a glyph takes its neighbour's baseline, so that it stays on that line.

    The glyphs are looked at in groups that share a size and a baseline (a mark of two digits is one group);
    a group's neighbour is the glyph printed just before it, else the one just after it (a footnote's own number
    opens its line)."""
    n = len(glyphs)
    sup = [False] * n
    groups: list[tuple[int, int]] = []  # [start, end) of glyphs of one size and baseline, spaces apart
    i = 0
    while i < n:
        if glyphs[i].ch.isspace():
            i += 1
            continue
        j = i + 1
        while (j < n and not glyphs[j].ch.isspace() and abs(glyphs[j].size - glyphs[i].size) < 0.05 * glyphs[i].size
               and abs(glyphs[j].y - glyphs[i].y) < 0.05 * glyphs[i].size):
            j += 1
        groups.append((i, j))
        i = j
    for k, (a, b) in enumerate(groups):
        first, last = glyphs[a], glyphs[b - 1]
        neighbours = []
        if k and -0.5 * first.size <= first.x0 - glyphs[groups[k - 1][1] - 1].x1 <= 1.2 * first.size:
            neighbours.append(glyphs[groups[k - 1][1] - 1])
        if k + 1 < len(groups):
            nxt = glyphs[groups[k + 1][0]]
            if -0.5 * last.size <= nxt.x0 - last.x1 <= 1.5 * nxt.size:
                neighbours.append(nxt)
        for ref in neighbours:
            if first.size < 0.85 * ref.size and first.y - ref.y > 0.12 * ref.size:
                for g in range(a, b):
                    sup[g] = True
                    glyphs[g].y = ref.y
                break
    return sup


def _runs(glyphs: list[Glyph], sup: list[bool]) -> list[_Run]:
    """Glyphs cut into runs: one baseline, left to right, no wide gap inside. Footnote marks inside a line are
    left out; a mark that opens a run (a footnote's own number) is kept."""
    rows: list[list[tuple[Glyph, bool]]] = []
    for g, s in sorted(zip(glyphs, sup, strict=True), key=lambda p: -p[0].y):
        if rows and abs(rows[-1][0][0].y - g.y) <= 0.35 * max(g.size, rows[-1][0][0].size):
            rows[-1].append((g, s))
        else:
            rows.append([(g, s)])
    runs: list[_Run] = []
    for row in rows:
        row.sort(key=lambda p: p[0].x0)
        current: list[tuple[Glyph, bool]] = []
        for g, s in row:
            if current:
                prev = current[-1][0]
                if g.x0 - prev.x1 > 1.0 * max(prev.size, g.size) and not g.ch.isspace():
                    runs.append(_make_run(current))
                    current = []
            current.append((g, s))
        if current:
            runs.append(_make_run(current))
    return [r for r in runs if r.glyphs]


def _make_run(items: list[tuple[Glyph, bool]]) -> _Run:
    # a mark inside the run is left out of its text (`_text` skips it); the marks that open it are kept
    kept: list[Glyph] = []
    opening = True
    for g, s in items:
        if not s and not g.ch.isspace():
            opening = False
        g.mark = s and not opening
        kept.append(g)
    while kept and (kept[-1].ch.isspace() or kept[-1].mark):
        kept.pop()
    while kept and kept[0].ch.isspace():
        kept.pop(0)
    sizes = [g.size for g in kept if not g.ch.isspace() and not g.mark]
    size = Counter(round(s, 1) for s in sizes).most_common(1)[0][0] if sizes else 0.0
    ys = [g.y for g in kept if not g.ch.isspace()]
    return _Run(kept, _median(ys, 0.0), size)


# How much wider than the run's own letter spacing a gap must be to part two words, in ems. Measured on the
# ministry letters and UN documents of the dev corpus: the gaps that letter spacing and kerning leave inside a
# word reach 0.145 em above the run's usual spacing ("P|agina", "IE|NW"), the narrowest gaps between words of
# justified text start at 0.148 em.
WORD_GAP = 0.146


def _text(glyphs: list[Glyph]) -> str:
    """The glyphs as text, with a space wherever the gap between two glyphs is wider than the run's letter
    spacing allows (see the module docstring and `WORD_GAP`). Footnote marks (`Glyph.mark`) are left out."""
    gaps = []
    for a, b in zip(glyphs, glyphs[1:], strict=False):
        if not a.ch.isspace() and not b.ch.isspace() and not a.mark and not b.mark:
            gaps.append((b.x0 - a.x1) / max(a.size, 0.1))
    threshold = max(_median(gaps, 0.0), 0.0) + WORD_GAP
    out: list[str] = []
    prev: Glyph | None = None
    wide = False  # a gap wider than a word space somewhere between `prev` and the glyph now
    for g in glyphs:
        if g.ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            prev, wide = None, False
            continue
        if prev is not None and (g.x0 - prev.x1) / max(prev.size, 0.1) > threshold:
            wide = True
        if g.mark:
            prev = g
            continue
        if wide and out and out[-1] != " ":
            out.append(" ")
        out.append(g.ch)
        prev, wide = g, False
    return "".join(out).strip()


def _join_runs(runs: list[_Run]) -> tuple[str, float, float, float, float, bool]:
    texts = [_text(r.glyphs) for r in runs]
    return " ".join(t for t in texts if t), runs[0].x0, runs[-1].x1, runs[0].y, *_style(runs)


def _style(runs: list[_Run]) -> tuple[float, bool]:
    """The runs' font size (the most common) and whether they are bold (most of their glyphs)."""
    glyphs = [g for r in runs for g in r.glyphs if not g.ch.isspace()]
    size = Counter(round(g.size, 1) for g in glyphs).most_common(1)[0][0] if glyphs else 0.0
    bold = bool(glyphs) and sum(g.bold for g in glyphs) > 0.6 * len(glyphs)
    return size, bold


def lay_out(pages: list[list[Glyph]], rules: list[list[Rule]] | None = None) -> list[list[Line]]:
    """Each page's lines in reading order, with their roles (see the module docstring). `rules` are the
    horizontal lines drawn on each page: a line of text underlined whole is set apart like a bold one."""
    page_runs = [_runs(glyphs, mark_superscripts(glyphs)) for glyphs in pages]
    all_runs = [r for runs in page_runs for r in runs]
    if not all_runs:
        return [[] for _ in pages]
    weights = Counter()
    for r in all_runs:
        weights[round(r.size, 1)] += len(r.glyphs)
    body_size = weights.most_common(1)[0][0] or 10.0
    # the body's column: where its long lines begin and end
    long_runs = [r for r in all_runs if len(r.glyphs) >= 30 and abs(r.size - body_size) < 0.15 * body_size]
    left = sorted(r.x0 for r in long_runs)
    right = sorted(r.x1 for r in long_runs)
    col_left = left[len(left) // 10] if left else min(r.x0 for r in all_runs)
    col_right = right[(9 * len(right)) // 10] if right else max(r.x1 for r in all_runs)
    out: list[list[Line]] = []
    for pi, runs in enumerate(page_runs):
        runs = [part for r in runs for part in _split_at_column(r, col_left, col_right)]
        body = [r for r in runs if r.x0 < col_right + 0.5 * body_size]
        page_rules = rules[pi] if rules else []
        # a label hung left of the body on a body line's baseline ("A. Presentation …") is part of that line; a
        # cell of a ruled table wider than the body's column (a landscape matrix's last column) is the table's
        margin = [r for r in runs if (r.x0 >= col_right + 0.5 * body_size and not _in_wide_table(r, page_rules,
                                                                                                  col_right)) or (
            r.x1 <= col_left - 0.5 * body_size and not any(
                abs(b.y - r.y) < 0.35 * r.size and b.x0 > r.x1 and b.x0 - r.x1 < 4 * r.size for b in body))]
        body = [r for r in runs if r not in margin]
        lines = _lines(margin, MARGIN) + _lines(body, BODY, (body_size, col_right - col_left, page_rules))
        for ln in lines:
            ln.underlined = any(rule.x0 <= ln.x0 + 0.5 * ln.size and rule.x1 >= ln.x1 - 0.5 * ln.size
                                and 0 <= ln.y - rule.y <= 0.45 * ln.size for rule in (rules or [[]] * len(pages))[pi])
        out.append(lines)
    mark_furniture(out)
    for pi, lines in enumerate(out):
        mark_notes(lines, body_size, separator(rules[pi] if rules else [], col_left, col_right, lines))
        mark_paragraphs(lines, body_size)
    return [_reading_order(lines) for lines in out]


def _in_wide_table(run: _Run, page_rules: list[Rule], col_right: float) -> bool:
    """True when `run`, right of the body's column, stands between two rules drawn from within the body's column
    to beyond it: a cell of a table wider than the body (a landscape matrix's "Assessment" column), not the
    margin's sidebar, which no rule of the body crosses."""
    across = [rule for rule in page_rules if rule.x0 < col_right and rule.x1 >= run.x1 - 0.5 * run.size]
    return any(rule.y > run.y for rule in across) and any(rule.y < run.y for rule in across)


def _split_at_column(run: _Run, col_left: float, col_right: float) -> list[_Run]:
    """`run` cut where it crosses an edge of the body's column at a gap: a body line that ends close to the
    margin column is not one run with the margin's line beside it."""
    g = run.glyphs
    for k in range(1, len(g)):
        gap = g[k].x0 - g[k - 1].x1
        edge = col_right + 0.5 * g[k].size  # where `lay_out` begins a right-hand margin
        if gap > 0.25 * g[k].size and (g[k].x0 >= edge > g[k - 1].x1 or g[k].x0 >= col_left > g[k - 1].x1):
            left = [x for x in g[:k] if not x.ch.isspace()]
            right = [x for x in g[k:] if not x.ch.isspace()]
            if not left or not right:
                continue
            return [_Run(g[:k], run.y, run.size)] + _split_at_column(_Run(g[k:], run.y, run.size), col_left,
                                                                     col_right)
    return [run]


def _lines(runs: list[_Run], role: str, body: tuple[float, float, list[Rule]] | None = None) -> list[Line]:
    """Runs on one baseline joined into lines, top to bottom. In the body (`body` gives its font size, the width of
    its column and the page's rules), a table is read row by row, each row one line of cells joined by `CELL`, and a
    block set side by side column by column (`layout_columns`)."""
    rows: list[list[_Run]] = []
    for r in sorted(runs, key=lambda r: (-r.y, r.x0)):
        if rows and abs(rows[-1][0].y - r.y) <= 0.35 * max(r.size, rows[-1][0].size, 1.0):
            rows[-1].append(r)
        else:
            rows.append([r])
    for row in rows:
        row.sort(key=lambda r: r.x0)
    lines: list[Line] = []
    i = 0
    while i < len(rows):
        block = None
        if body:
            block = columns.table(rows, i, *body, split=_split_at) or columns.side_by_side(rows, i, body[0], body[1])
        if block is None:
            lines += _row_lines([rows[i]], role)
            i += 1
            continue
        if block.kind == "table":
            lines += _table_lines(rows, block, role, body[0])
        else:
            for k in range(len(block.starts)):  # each column top to bottom, left to right
                lines += _row_lines([block.column(row, k, body[0]) for row in rows[i:block.end]], role)
        i = block.end
    return lines


def _split_at(row: list[_Run], starts: list[float]) -> list[_Run]:
    """`row`'s runs cut where one of `starts` (a table's columns) falls in a gap between two of a run's glyphs: a
    position printed a space before its comment ("Supported" … "Ruritania will …") is a cell of its own."""
    out: list[_Run] = []
    for run in row:
        g = run.glyphs
        cut = 0
        for k in range(1, len(g)):
            if g[k].ch.isspace() or g[k].x0 - g[k - 1].x1 < 0.2 * g[k].size:
                continue
            if any(g[k - 1].x1 < x <= g[k].x0 + 0.6 * g[k].size for x in starts):
                out.append(_Run(g[cut:k], run.y, run.size))
                cut = k
        out.append(_Run(g[cut:], run.y, run.size) if cut else run)
    return [r for r in out if any(not x.ch.isspace() for x in r.glyphs)]


def _table_lines(rows: list[list[_Run]], block: columns.Block, role: str, size: float) -> list[Line]:
    """A table's rows, each one line of its cells joined by `CELL` (an empty cell kept, so that every row has as
    many as the table has columns), each a paragraph of its own."""
    out = []
    for a, b in zip(block.records, block.records[1:] + [block.end], strict=True):
        texts = []
        for k in range(len(block.starts)):
            parts = [_join_runs(runs)[0] for runs in (block.column(row, k, size) for row in rows[a:b]) if runs]
            texts.append(" ".join(p for p in parts if p))
        if not any(texts):
            continue
        runs = [r for row in rows[a:b] for r in row]
        out.append(Line(CELL.join(texts).strip(), role, min(r.x0 for r in runs), max(r.x1 for r in runs),
                        rows[a][0].y, *_style(runs), own_paragraph=True))
    return out


def _row_lines(rows: list[list[_Run]], role: str) -> list[Line]:
    out = []
    for row in rows:
        if not row:
            continue
        text, x0, x1, y, size, bold = _join_runs(row)
        if text:
            out.append(Line(text, role, x0, x1, y, size, bold, in_margin=role == MARGIN))
    return out


def _reading_order(lines: list[Line]) -> list[Line]:
    """The margin's lines first (its furniture among them, where it stands: "Ons kenmerk" over its value), then the
    other furniture, the body and its figures as `_lines` ordered them (top to bottom, a block set side by side
    column by column), the notes last."""
    order = {MARGIN: 0, FURNITURE: 1, BODY: 2, FIGURE: 2, NOTE: 3}
    return sorted(lines, key=lambda ln: 0 if ln.in_margin else order[ln.role])
