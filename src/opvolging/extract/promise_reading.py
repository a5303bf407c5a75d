"""A promise's reading: how surely a sentence reads as a promise, and why (see `promises` for the definition).

`PROMISE` and `POSSIBLE` are the scale's two marks: a reading at or above `PROMISE` is a commitment, one between
`POSSIBLE` and `PROMISE` a possible commitment, for review.
"""

from __future__ import annotations

from dataclasses import dataclass

PROMISE = 0.5  # at or above: a commitment
POSSIBLE = 0.3  # at or above, below PROMISE: a possible commitment, for review


@dataclass(frozen=True)
class Reading:
    """How a sentence reads as a promise: `confidence` (0–1), `reason` in words, `actor` as printed (None where
    the government acts unnamed, as in a passive), `verb_at` the offset in the sentence of the verb it rests on;
    `untimed` True when the sentence's time is not the promise's (it dates what the promised thing is about: "een
    handreiking die aangeeft wat wordt verwacht van het gebiedsprogramma op 1 juli 2023")."""

    confidence: float
    reason: str
    actor: str | None = None
    verb_at: int = 0
    untimed: bool = False


def scaled(r: Reading, factor: float, why: str) -> Reading:
    """`r` weakened by `factor`, the reason saying why."""
    return Reading(round(r.confidence * factor, 2), f"{r.reason}; {why}", r.actor, r.verb_at, r.untimed)


def stronger(a: Reading | None, b: Reading | None) -> Reading | None:
    """The more confident of two readings, the first where they are as sure; None only when both are."""
    if b is None or (a is not None and b.confidence <= a.confidence):
        return a
    return b
