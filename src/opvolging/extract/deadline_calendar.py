"""When the Dutch year's fixed moments fall, for `deadline_rules`: the seasons as calendars print them, the
Tweede Kamer's summer recess, the budget's days and the school year."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from opvolging.extract.dates import _safe_date, last_day, session_start


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


def budget_day(word: str, year: int | None, ref: date | None) -> tuple[date, float] | None:
    """Prinsjesdag (the third Tuesday of September, when the budget is presented) of `year`, else the next to come
    after `ref`; the day before it after "voor"; None without a year or a reference."""
    if year is not None:
        d, conf = session_start(year), 0.9
    elif ref is not None:
        d = session_start(ref.year)
        d, conf = (d if d > ref else session_start(ref.year + 1)), 0.85
    else:
        return None
    return (d - timedelta(days=1) if word.lower() in ("voor", "vóór", "before") else d), conf


def budget_document(doc: str, year: int | None, ref: date | None) -> tuple[date, float] | None:
    """The day the Comptabiliteitswet sets for a budget document: the budget for a year ("bij de begroting voor
    2025", "bij de Miljoenennota") on Prinsjesdag of the year before; the Voorjaarsnota before 1 June, the
    Najaarsnota before 1 December (of the year printed, else the next to come)."""
    doc = doc.lower()
    if doc.endswith("begroting") or doc == "miljoenennota":
        if year is not None:
            return session_start(year - 1 if doc.endswith("begroting") else year), 0.85
        if ref is None:
            return None
        d = session_start(ref.year)
        return (d if d > ref else session_start(ref.year + 1)), 0.8
    month = 5 if doc == "voorjaarsnota" else 11
    if year is not None:
        return last_day(year, month), 0.85
    return ((upcoming(ref, month, 31 if month == 5 else 30)), 0.8) if ref else None


def school_year(word: str, year: int) -> tuple[date, float]:
    """A school year (1 August to 31 July) that begins in `year`: "vanaf het schooljaar 2024-2025" begins on 1 August
    2024, "in het schooljaar 2024-2025" is done by 31 July 2025, "voor het schooljaar 2024-2025" by 31 July 2024."""
    word = word.split()[0].lower()
    if word in ("vanaf", "per", "met"):
        return date(year, 8, 1), 0.85
    if word in ("voor", "vóór"):
        return date(year, 7, 31), 0.85
    return date(year + 1, 7, 31), 0.85
