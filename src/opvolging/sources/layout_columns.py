"""Blocks of a page set in columns: a table, read row by row, and a short block set side by side (signatures),
read column by column. Geometry only: each takes the page's rows of runs (left to right, top to bottom), each run
having `x0`, `x1`, `y` and `size`.

- **A table**: cells (runs less than 1.2 ems apart taken together) that each start where a column starts and end
  before the next column does; no line crosses from one column into another (the items of a UN list, "122.13" then
  its words, have their second line start under the number: no table). Three rows or more with two cells or more,
  and three rows of the table or more, parted by a drawn rule across the table or a gap wider than the lines'
  leading (a table drawn without either has a row wherever its first column opens a cell). Two columns whose
  first is narrow (no cell as wide as 30% of the table) are labels beside their values ("Datum" / "22 december
  2022"), not a table.
- **Side by side**: a short block (at most `SIDE_ROWS` rows) of two or three columns, each as wide as a quarter of
  the body's line somewhere: the signatures of a minister and a state secretary ("De minister van Binnenlandse" |
  "De staatssecretaris van" / … / "Hugo de Jonge" | "A.C. van Huffelen"). Read row by row, their lines would
  interleave.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol


class Run(Protocol):
    x0: float
    x1: float
    y: float
    size: float


SIDE_ROWS = 12  # a block longer than this set side by side is a table, whose rows are read across
SIDE_GAP = 2.0  # ems: and one cell of a block set side by side


@dataclass
class Block:
    """A block of columns from one row to `end` (the row after it): its columns' left edges, and, for a table, the
    rows where each of its rows begins."""

    kind: str  # "table" or "side"
    end: int
    starts: list[float]
    records: list[int] = field(default_factory=list)

    def column(self, row: list, k: int, size: float) -> list:
        """The runs of `row` that stand in column `k`."""
        x = self.starts[k]
        nxt = self.starts[k + 1] if k + 1 < len(self.starts) else float("inf")
        slack = size * (0.6 if self.kind == "table" else 1.0)
        return [r for r in row if x - slack <= r.x0 < nxt - slack]


def cells(row: list[Run], size: float, gap: float = SIDE_GAP) -> list[tuple[float, float]]:
    """The left and right edges of a row's cells: its runs (left to right) less than `gap` ems apart taken
    together."""
    out: list[list[float]] = []
    for r in row:
        if out and r.x0 - out[-1][1] < gap * size:
            out[-1][1] = max(out[-1][1], r.x1)
        else:
            out.append([r.x0, r.x1])
    return [(a, b) for a, b in out]


def _in_columns(row: list[Run], starts: list[float], slack: float) -> list[tuple[int, float, float]] | None:
    """The row's cells as (column, left, right), or None when a cell starts where no column does or crosses into the
    next. A run that starts inside a column after another run of that column (the words of justified text, parted
    wider than a space) is more of the same cell."""
    out: list[list] = []
    for r in row:
        k = next((k for k, x in enumerate(starts) if abs(r.x0 - x) <= slack), None)
        if k is None:
            inside = [k for k, x in enumerate(starts) if x < r.x0]
            if not inside or not out or out[-1][0] != inside[-1]:
                return None
            k = inside[-1]
        if k + 1 < len(starts) and r.x1 > starts[k + 1] - 0.3 * slack:
            return None
        if out and out[-1][0] == k:
            out[-1][2] = max(out[-1][2], r.x1)
        else:
            out.append([k, r.x0, r.x1])
    return [(k, a, b) for k, a, b in out]


def _column_starts(rows: list[list[Run]], i: int, size: float, body_width: float) -> tuple[list[float], int]:
    """The left edges where the runs of rows[i:] start again and again (in two rows or more, the first row's
    among them), and the row where the rows that may be a table end: a gap of more than four lines, or a line that
    runs across nearly all the body's width (a paragraph after the table)."""
    end = i
    while end < len(rows):
        if end > i and rows[end - 1][0].y - rows[end][0].y > 4 * 1.2 * size:
            break
        if end > i and len(rows[end]) == 1 and rows[end][0].x1 - rows[end][0].x0 > 0.85 * body_width:
            break
        end += 1
    found: list[list[float]] = []  # [x, the rows it starts a run in]
    for k in range(i, end):
        for x in {round(r.x0, 1) for r in rows[k]}:
            near = next((f for f in found if abs(f[0] - x) <= 0.6 * size), None)
            if near is None:
                found.append([x, 1])
            else:
                near[1] += 1
    first = {round(r.x0, 1) for r in rows[i]}
    starts = sorted(x for x, n in found if n >= 2 and (any(abs(x - f) <= 0.6 * size for f in first) or n >= 3))
    return starts, end


def table(rows: list[list[Run]], i: int, size: float, width: float, rules: list,
          split: Callable[[list[Run], list[float]], list[Run]] | None = None) -> Block | None:
    """The table that begins at rows[i], or None (see the module docstring). Its columns start where the runs of
    its rows start again and again; `split` cuts a row's runs where a column starts at a gap (a header's cells may
    stand closer together than words part runs); the rows of a table found are left so cut."""
    if len(cells(rows[i], size, 1.0)) < 2 or max(r.size for r in rows[i]) < 0.8 * size:
        return None  # one cell, or a figure's small text (the boxes of an organogram are no table)
    starts, limit = _column_starts(rows, i, size, width)
    if len(starts) < 2:
        return None
    slack = 0.6 * size
    end, multi = i, 0
    widest = [0.0] * len(starts)  # each column's widest cell
    cut: dict[int, list[Run]] = {}
    while end < limit:
        row = split(rows[end], starts) if split else rows[end]
        placed = _in_columns(row, starts, slack)
        if placed is None:
            break
        cut[end] = row
        for k, a, b in placed:
            widest[k] = max(widest[k], b - a)
        multi += len(placed) >= 2
        end += 1
    if end == i or not cut.get(i) or len(_in_columns(cut[i], starts, slack) or []) < 2:
        return None
    right = max(r.x1 for k in range(i, end) for r in cut[k])
    if multi < 3 or (len(starts) == 2 and widest[0] < 0.3 * (right - starts[0])):
        return None
    records, end = _records(cut, i, end, starts, slack, rules)
    if len(records) < 3:
        return None
    for k in range(i, end):
        rows[k] = cut[k]
    return Block("table", end, starts, records)


def _records(rows, i: int, end: int, starts: list[float], slack: float, rules: list) -> tuple[list[int], int]:
    """The rows where each row of the table begins (after a rule drawn across it, or a gap wider than its lines'
    leading; without either, wherever the first column opens a cell), and where the table ends: at its last rule
    when rules part its rows, at a gap wider than any between its rows when gaps do (a paragraph after the table,
    "Hoogachtend,", is not its last row)."""
    ys = [rows[k][0].y for k in range(i, end)]
    steps = [a - b for a, b in zip(ys, ys[1:], strict=False)]
    if not steps:
        return [i], end
    usual = sorted(steps)[len(steps) // 4]  # the leading of a cell's lines: the rows' gaps may be as many
    left, right = starts[0], max(r.x1 for k in range(i, end) for r in rows[k])
    records, ruled_after, widest = [i], None, 0.0
    for k, step in enumerate(steps):
        upper, lower = ys[k], ys[k + 1]
        ruled = any(lower < rule.y < upper and rule.x1 - rule.x0 >= 0.3 * (right - left)
                    and rule.x0 < right and rule.x1 > left for rule in rules)
        if ruled:
            ruled_after = k + 1
        elif step > 1.4 * usual and widest and step > 1.25 * widest:
            return records, i + k + 1  # a gap wider than those between the rows: the table has ended
        if ruled or step > 1.4 * usual:
            records.append(i + k + 1)
            widest = max(widest, step)
    if ruled_after is not None:
        last = ys[-1]  # the rows under the last rule belong to the table only when a rule closes them too
        if not any(rule.y < last and rule.x1 - rule.x0 >= 0.3 * (right - left) for rule in rules):
            end = i + ruled_after
            records = [k for k in records if k < end]
    if len(records) == 1:  # no rules, no gaps: a row wherever the first column opens a cell
        records = [k for k in range(i, end) if any(abs(r.x0 - starts[0]) <= slack for r in rows[k])]
        if not records or records[0] != i:
            records = [i] + records
    return records, end


def side_by_side(rows: list[list[Run]], i: int, size: float, width: float) -> Block | None:
    """The block set side by side that begins at rows[i], or None: a row of two or three cells, and the rows under
    it (a gap of at most six lines between them, the room left for a signature) whose cells each start where a
    column starts and end before the next (see the module docstring)."""
    first = cells(rows[i], size)
    if not 2 <= len(first) <= 3:
        return None
    starts = [c[0] for c in first]
    widest = [0.0] * len(starts)
    end, split = i, 0
    while end < len(rows) and end - i <= SIDE_ROWS:
        if end > i and rows[end - 1][0].y - rows[end][0].y > 6 * size * 1.2:
            break
        placed = _in_columns(rows[end], starts, size)
        if placed is None:
            break
        for k, a, b in placed:
            widest[k] = max(widest[k], b - a)
        split += len(placed) >= 2
        end += 1
    if end - i > SIDE_ROWS or split < 2 or min(widest) < 0.25 * width:
        return None
    return Block("side", end, starts)
