"""A letter's table of actions: a header that names an action column and a time column ("Actie | Verantwoordelijk |
Planning", "Maatregel | Trekker | Termijn", "Action | Lead | Timeline"), and under it one row per action ("Evaluatie
van de Wet verplichte meldcode | VWS | Q3 2024"). Each row is a promise though it has no verb: the action its cell,
due when its time cell says, by the actor its actor column names (the government side; a state agency's row is
for review; another's is none).

`action_rows(text, spans, reference, language)` returns the rows found in the paragraphs `spans`, by where each begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from opvolging.extract import deadlines
from opvolging.extract.blocks import CELL
from opvolging.extract.promise_actors import classify_subject
from opvolging.extract.promise_reading import Reading

# the words a header cell opens with, by the column it names
_ACTION_HEADS = frozenset("actie acties maatregel maatregelen activiteit activiteiten toezegging toezeggingen "
                          "voornemen voornemens actiepunt actiepunten wat stap stappen mijlpaal mijlpalen product "
                          "producten action actions measure measures activity activities commitment commitments step "
                          "steps milestone milestones deliverable deliverables".split())
_TIME_HEADS = frozenset("planning termijn wanneer tijdpad tijdlijn gereed deadline datum uiterlijk doorlooptijd "
                        "kwartaal timeline timing when deadline date timeframe quarter".split())
_ACTOR_HEADS = frozenset("trekker verantwoordelijk verantwoordelijke wie eigenaar uitvoerder uitvoering "
                         "lead responsible owner who".split())
_FIRST_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Row:
    """A row of a table of actions: its span, the reading it gives, the action's words and its time (or None)."""

    span: tuple[int, int]
    reading: Reading
    action: str
    deadline: deadlines.Deadline | None


def action_rows(text: str, spans: list[tuple[int, int]], reference: date | None,
                language: str = "nl") -> dict[int, Row]:
    """The rows of every table of actions among the paragraphs `spans` (in order), by the offset each begins at. A
    table is a run of paragraphs with cells, the first its header; a row with another number of cells ends it."""
    out: dict[int, Row] = {}
    columns: tuple[int, int | None, int, int] | None = None  # (action, actor, time, number of cells)
    for a, b in spans:
        para = text[a:b]
        if CELL not in para:
            columns = None
            continue
        cells = [c.strip() for c in para.split(CELL)]
        if columns is not None and len(cells) == columns[3]:
            row = _row(cells, columns, (a, b), reference, language)
            if row is not None:
                out[a] = row
            continue
        columns = _header(cells)
    return out


def _header(cells: list[str]) -> tuple[int, int | None, int, int] | None:
    """(action column, actor column or None, time column, number of cells) when `cells` are a table of actions'
    header, else None."""
    def column(heads: frozenset[str]) -> int | None:
        return next((k for k, c in enumerate(cells) if (m := _FIRST_WORD.match(c.lower())) and m.group(0) in heads),
                    None)

    action, time = column(_ACTION_HEADS), column(_TIME_HEADS)
    if action is None or time is None or action == time or any(len(c) > 40 for c in cells):
        return None
    return action, column(_ACTOR_HEADS), time, len(cells)


def _row(cells: list[str], columns: tuple[int, int | None, int, int], span: tuple[int, int],
         reference: date | None, language: str) -> Row | None:
    action_at, actor_at, time_at, _ = columns
    action = cells[action_at]
    if not action:
        return None
    deadline = deadlines.first_future(cells[time_at], reference) if cells[time_at] else None
    when = f" ({deadline.text})" if deadline else ""
    kind, actor = classify_subject(cells[actor_at], language, None) if actor_at is not None and cells[actor_at] else (
        "gov", None)
    if kind == "agency":
        return Row(span, Reading(0.4, f"a state agency's row ({actor}) in a table of actions{when}, for review", actor,
                                 span[0]), action, deadline)
    if kind != "gov":
        return None
    return Row(span, Reading(0.75 if deadline else 0.6, f"a row of a table of actions{when}", actor, span[0]),
               action, deadline)
