"""When the Dutch year's fixed moments fall, for `deadline_rules`: the seasons as calendars print them, and the
Tweede Kamer's summer recess."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from opvolging.extract.dates import _safe_date


def upcoming(ref: date, month: int, day: int) -> date:
    """The first `month`/`day` on or after `ref`."""
    d = _safe_date(ref.year, month, min(day, calendar.monthrange(ref.year, month)[1]))
    assert d is not None
    return d if d >= ref else date(ref.year + 1, month, min(day, calendar.monthrange(ref.year + 1, month)[1]))


def summer_recess(year: int) -> date:
    """The first day of the Tweede Kamer's summer recess of `year`: the first Friday of July."""
    july = date(year, 7, 1)
    return july + timedelta(days=(4 - july.weekday()) % 7)


_SEASON_END = {"voorjaar": (6, 21), "lente": (6, 21), "spring": (6, 21), "zomer": (9, 22), "summer": (9, 22),
               "najaar": (12, 21), "herfst": (12, 21), "autumn": (12, 21), "fall": (12, 21), "winter": (3, 20)}


def season_end(season: str, year: str | None, next_one: str | None, ref: date | None):
    """The day `season` ends and its confidence: a season ends on the day the next one begins (spring on 21 June,
    summer on 22 September, autumn on 21 December, winter on 20 March), of `year` if given, else the next one after
    `ref`; with `next_one` ("volgend", "komend", "next"), the coming one, which is the one after that when `ref`
    falls inside it."""
    month, day = _SEASON_END[season.lower()]
    if year:
        return date(int(year) + (1 if month == 3 else 0), month, day), 0.8
    if ref is None:
        return None
    d = upcoming(ref, month, day)
    if next_one and _season_start(d) <= ref:
        d = date(d.year + 1, month, day)  # "volgend voorjaar" said in spring: the one after it
    return d, 0.7


def _season_start(end: date) -> date:
    """The first day of the season that ends on `end` (the day after the season before it ends)."""
    starts = {(6, 21): (3, 21), (9, 22): (6, 22), (12, 21): (9, 23), (3, 20): (12, 22)}
    month, day = starts[(end.month, end.day)]
    return date(end.year - (1 if month == 12 else 0), month, day)
