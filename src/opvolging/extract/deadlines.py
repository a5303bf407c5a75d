"""Deadline phrases in Dutch and English, resolved against a reference date.

`find_deadlines(text, reference)` finds the phrases that set a deadline ("nog dit jaar", "voor de zomer",
"in het eerste kwartaal van 2024", "binnen drie maanden", "by the end of 2024") and resolves each to a due
date with a confidence. A phrase it cannot resolve keeps its text and gets no date: unknown is None, never a
guess presented as fact. `first_future(sentence, reference)` is the first of them not in the past. The phrases
and how each resolves are `deadline_rules`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from opvolging.extract import deadline_periods, deadline_rules

RULES = deadline_rules.RULES + deadline_periods.RULES  # in the order they are tried


@dataclass(frozen=True)
class Deadline:
    """A deadline phrase: its words, where it stands, the due date it means (or None) and how sure that is."""

    text: str
    span: tuple[int, int]
    due: date | None
    confidence: float


_PUNCTUATION = ".,;:()[]«»“”\"'!?…"
_YEAR = re.compile(r"(?:19|20)\d\d")


_ALL_KEYWORDS = frozenset().union(*(keys for _, _, keys in RULES))


def find_deadlines(text: str, reference: date | None) -> list[Deadline]:
    """Every deadline phrase in `text`, longest first where two overlap, each resolved against `reference`."""
    found: list[Deadline] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    same = len(low) == len(text)  # lower() can change the length of a few rare letters
    words = {w.strip(_PUNCTUATION) for w in low.replace("/", " ").replace("-", " ").split()}
    if _YEAR.search(text):
        words.add("#year")
    if not words & _ALL_KEYWORDS:
        return found
    for rx, fn, keys in RULES:
        if keys.isdisjoint(words):
            continue
        for m in (rx.finditer(low, lowered=True) if same else rx.finditer(text)):
            a, b = m.span()
            if any(a < tb and ta < b for ta, tb in taken):
                continue
            result = fn(m, reference)  # type: ignore[operator]
            due, conf = result if result else (None, 0.0)
            taken.append((a, b))
            found.append(Deadline(text[a:b].strip(), (a, b), due, conf if due else 0.0))
    found.sort(key=lambda d: d.span)
    return found


@lru_cache(maxsize=4096)
def first_future(sentence: str, reference: date | None) -> Deadline | None:
    """The sentence's first deadline phrase that does not lie in the past of `reference` (a year gone by is
    history), one with a date before one without ("In de volgende voortgangsbrief, voor de zomer van 2024, …": the
    summer); None when it has none. Cached: the promise reader and the commitment reader both ask it of the same
    sentence (a `Deadline` is frozen, so sharing one is safe)."""
    vague = None
    for d in find_deadlines(sentence, reference):
        if d.due is None:
            vague = vague or d
        elif reference is None or d.due >= reference:
            return d
    return vague


def resolve(phrase: str, reference: date | None) -> Deadline | None:
    """The deadline `phrase` means, resolved against `reference`; None when it is no deadline phrase."""
    found = find_deadlines(phrase, reference)
    return found[0] if found else None
