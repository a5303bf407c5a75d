"""Dates in Dutch and English: written dates, the parliamentary session, intervals.

`find_dates(text)` finds written dates ("28 juni 2022", "8 maart jl.", "10 May 2019"); `read_interval` reads the
time a text gives before something falls due ("binnen drie maanden na …" → "P3M") and `add_interval` adds it to a
date. The phrases that set a deadline ("voor de zomer") are `deadlines`'s.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from opvolging.extract.patterns import WordPattern

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "oct": 10, "nov": 11, "dec": 12,
}
NUMBERS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "enkele": 3, "several": 3, "paar": 2, "couple": 2, "few": 3,
}
ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_WORDS = " ".join(MONTHS)
_NUM_RE = r"\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True))

DATE = WordPattern(
    rf"\b(?P<day>\d{{1,2}})(?:e|ste|de)?\s+(?P<month>{_MONTH_RE})\.?(?:\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|\s+(?P<rel>jl\.|j\.l\.|jongstleden|a\.s\.|aanstaande|aanst\.))?",
    lower=True,
)
DATE_EN = WordPattern(rf"\b(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}}),\s+(?P<year>(?:19|20)\d\d)\b", lower=True)
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")


_HAS_YEAR_AFTER_DIGITS = re.compile(r"\d,\s*(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d")


@dataclass(frozen=True)
class FoundDate:
    text: str
    span: tuple[int, int]
    value: date | None
    relative: str | None = None  # "past" for "jl.", "next" for "a.s."


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, reference: date | None = None) -> list[FoundDate]:
    """Every written date in `text`; "8 maart jl." resolves against `reference` (None when it is unknown)."""
    out: list[FoundDate] = []
    for m in DATE.finditer(text):
        month = MONTHS[m["month"].lower()]
        day = int(m["day"])
        rel = m["rel"]
        value = None
        kind = None
        if m["year"]:
            value = _safe_date(int(m["year"]), month, day)
        elif rel:
            kind = "past" if rel.lower().startswith("j") else "next"
            if reference is not None:
                value = _safe_date(reference.year, month, day)
                if value is not None:
                    if kind == "past" and value > reference:
                        value = _safe_date(reference.year - 1, month, day)
                    elif kind == "next" and value < reference:
                        value = _safe_date(reference.year + 1, month, day)
        if value is None and not rel and not m["year"]:
            continue  # "8 maart" with no year and no anchor word: not a full date
        out.append(FoundDate(text[m.start():m.end()], (m.start(), m.end()), value, kind))
    for rx in (DATE_EN, ISO):
        if not _HAS_YEAR_AFTER_DIGITS.search(text):
            break
        for m in rx.finditer(text):
            month = int(m["month"]) if m["month"].isdigit() else MONTHS[m["month"].lower()]
            value = _safe_date(int(m["year"]), month, int(m["day"]))
            if value:
                out.append(FoundDate(text[m.start():m.end()], (m.start(), m.end()), value))
    out.sort(key=lambda f: f.span)
    return out


# a date in figures, day first as Dutch writes it: "Datum: 12-09-2023", "12.09.2023", "12/09/2023"
NUMERIC = re.compile(r"(?<![\w./-])(?P<day>[0-3]?\d)(?P<sep>[-./])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)"
                     r"(?![\w./-])")


def parse_date(text: str) -> date | None:
    """The first full written date in `text`, else the first in figures (day first: a letterhead's "Datum:
    12-09-2023"), or None. Dates in figures are read here, where a date is expected, and not by `find_dates`."""
    for f in find_dates(text):
        if f.value is not None and f.relative is None:
            return f.value
    for m in NUMERIC.finditer(text):
        value = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if value:
            return value
    return None


def session_start(year: int) -> date:
    """Prinsjesdag, the third Tuesday of September: where a Dutch parliamentary session year begins."""
    d = date(year, 9, 1)
    first_tuesday = d + timedelta(days=(1 - d.weekday()) % 7)
    return first_tuesday + timedelta(days=14)


def session_year_of(d: date) -> str:
    """The session year ("2022-2023") in which date `d` falls."""
    y = d.year if d >= session_start(d.year) else d.year - 1
    return f"{y}-{y + 1}"


_INTERVAL = re.compile(
    r"(?:\b(?:binnen|uiterlijk|within|no\s+later\s+than)\s+|^\s*(?=\S+\s+(?:dagen|weken|maanden|jaren|jaar)\b))"
    r"(?:(?P<half>een\s+half\s+jaar|een\s+halfjaar|half\s+a\s+year)|"
    r"(?:(?P<n>\d+|[^\W\d_]+)\s+)?(?P<unit>dagen|dag|weken|week|maanden|maand|jaren|jaar|days?|weeks?|months?|years?))\b",
    re.I)
_UNIT = {"dag": "D", "dagen": "D", "day": "D", "days": "D", "week": "W", "weken": "W", "weeks": "W", "maand": "M",
         "maanden": "M", "month": "M", "months": "M", "jaar": "Y", "jaren": "Y", "year": "Y", "years": "Y"}


def read_interval(text: str) -> str | None:
    """The interval a text gives before something falls due, as an ISO 8601 duration: "binnen drie maanden na de
    aanbieding" → "P3M", "uiterlijk zes weken nadat" → "P6W", "within a year of" → "P1Y", "binnen een half jaar"
    → "P6M", opening the text without a preposition "drie jaar (na de inwerkingtreding)" → "P3Y"; None when it
    gives none."""
    m = _INTERVAL.search(text)
    if m is None:
        return None
    if m["half"]:
        return "P6M"
    n = _count(m["n"]) if m["n"] else 1
    return f"P{n}{_UNIT[m['unit'].lower()]}" if n else None


def add_interval(start: date, interval: str) -> date:
    """`start` plus an ISO 8601 duration of one unit ("P3M", "P6W", "P10D", "P1Y")."""
    m = re.fullmatch(r"P(\d+)([DWMY])", interval)
    if m is None:
        raise ValueError(f"not an interval: {interval!r}")
    n, unit = int(m[1]), m[2]
    if unit == "D":
        return start + timedelta(days=n)
    if unit == "W":
        return start + timedelta(weeks=n)
    return add_months(start, n if unit == "M" else 12 * n)


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)
