"""The deadline phrases `deadlines` reads, each a rule: a pattern in Dutch or English, the words a text must hold for
it to be tried, and how it resolves against a reference date to a due date and a confidence (or None: a time it
cannot date). Order matters: the first rule that matches a stretch of text takes it. These are the points in time
(a quarter, a month, a season, a recess, the end of a year); the periods and intervals that follow them in order are
`deadline_periods`'."""

from __future__ import annotations

import re
from datetime import date, timedelta

from opvolging.extract.dates import (
    _MONTH_RE,
    _MONTH_WORDS,
    MONTHS,
    ORDINALS,
    _safe_date,
    last_day,
)
from opvolging.extract.deadline_calendar import (
    season_end,
    summer_recess,
    upcoming,
)
from opvolging.extract.patterns import WordPattern

_Y = r"(?P<y>(?:19|20)\d\d)"
_REL_YEAR = r"(?P<rel>dit|deze|volgend|komend|het komende|dit kalender|het volgende|this|next|the coming)"

# (pattern, resolver(match, ref) -> (due, confidence) or None). Order matters: the first that matches a span wins.
RULES: list[tuple[WordPattern, object, frozenset[str]]] = []


def rule_into(rules: list[tuple[WordPattern, object, frozenset[str]]]):
    """A decorator factory that registers deadline rules in `rules`, in the order they are written: each is tried
    only on text holding one of its `keywords` ("#year": a year)."""

    def rule(pattern: str, keywords: str):
        def wrap(fn):
            rules.append((WordPattern(pattern, lower=True), fn, frozenset(keywords.split())))
            return fn

        return wrap

    return rule


_rule = rule_into(RULES)


def _year_from(m: re.Match[str], ref: date | None) -> int | None:
    if m.groupdict().get("y"):
        return int(m["y"])
    rel = (m.groupdict().get("rel") or "dit").lower()
    if ref is None:
        return None
    return ref.year + (1 if rel in ("volgend", "komend", "het komende", "het volgende", "next", "the coming") else 0)


@_rule(rf"\b(?:in|voor|vóór|uiterlijk|by|before|no later than|aan\s+het\s+einde?\s+van|(?:at|by)\s+the\s+end\s+of)\s+"
       rf"(?:het\s+|the\s+)?(?P<q>eerste|tweede|derde|vierde|"
       rf"first|second|third|fourth)\s+(?:kwartaal|quarter)(?:\s+(?:(?:van|of)\s+)?{_Y}|\s+(?:van|of)\s+{_REL_YEAR}\s+(?:jaar|year))?",
       'kwartaal quarter')
def _quarter_words(m, ref):
    """"in het eerste kwartaal van 2025": its last day; "in het tweede kwartaal", no year named: the next such
    quarter's (this year's, or next year's when it is past)."""
    q = ORDINALS[m["q"].lower()]
    if not (m["y"] or m["rel"]) and ref is not None:
        d = last_day(ref.year, q * 3)
        return (d if d >= ref else last_day(ref.year + 1, q * 3)), 0.7
    y = _year_from(m, ref)
    if y is None:
        return None
    return last_day(y, q * 3), 0.9


# a quarter with its year and no preposition, as a planning names it ("Eerste kwartaal 2025 ontvangt uw Kamer …",
# "gereed: derde kwartaal 2024"); without a year, a quarter needs its "in het" (`_quarter_words`)
@_rule(rf"\b(?P<q>eerste|tweede|derde|vierde|first|second|third|fourth)\s+(?:kwartaal|quarter)\s+(?:van\s+|of\s+)?{_Y}\b",
       'kwartaal quarter')
def _quarter_of_year(m, ref):
    return last_day(int(m["y"]), ORDINALS[m["q"].lower()] * 3), 0.9


@_rule(rf"\b(?:in\s+)?(?:het\s+)?Q(?P<q>[1-4])(?:\s+(?:van\s+|of\s+)?{_Y})?\b", 'q1 q2 q3 q4')
def _quarter_q(m, ref):
    q = int(m["q"])
    if m["y"]:
        return last_day(int(m["y"]), q * 3), 0.9
    if ref is None:
        return None
    d = last_day(ref.year, q * 3)
    return (d if d >= ref else last_day(ref.year + 1, q * 3)), 0.7


@_rule(r"\b(?:voor|vóór|before|by|uiterlijk|no later than|per)\s+(?:1|één)\s+(?P<m>januari|january)(?:\s+(?P<y>(?:19|20)\d\d))?\b", 'januari january')
def _before_new_year(m, ref):
    """"voor 1 januari 2025": by the last day of 2024; "per 1 januari 2025", "uiterlijk …", "by …": on that day."""
    before = m.group(0).split()[0].lower() in ("voor", "vóór", "before")
    if m["y"]:
        y = int(m["y"])
    elif ref is None:
        return None
    else:
        y = ref.year + 1
    return (date(y - 1, 12, 31) if before else date(y, 1, 1)), 0.95 if m["y"] else 0.85


@_rule(rf"\b(?:voor|vóór|uiterlijk|before|by|no later than|op|per|on|vanaf|met\s+ingang\s+van|as\s+of|from)\s+"
       rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?\b", _MONTH_WORDS)
def _before_day(m, ref):
    month = MONTHS[m["m"].lower()]
    day = int(m["d"])
    word = m.group(0).split()[0].lower()
    if m["y"]:
        d = _safe_date(int(m["y"]), month, day)
        conf = 0.95
    elif ref is not None:
        d = upcoming(ref, month, day)
        conf = 0.8
    else:
        return None
    if d is None:
        return None
    if word in ("voor", "vóór", "before"):
        d -= timedelta(days=1)
    return d, conf

# a date in figures, as a letter prints it day first ("uiterlijk 1-10-2024", "op 15/10/2024"), or as ISO does
# ("by 2024-10-01")
@_rule(rf"\b(?P<word>voor|vóór|uiterlijk|op|per|vanaf|met\s+ingang\s+van|before|by|no\s+later\s+than|on|as\s+of)\s+"
       rf"(?:(?P<d>\d{{1,2}})[-/.](?P<mo>\d{{1,2}})[-/.]{_Y}|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))\b",
       '#year')
def _day_in_figures(m, ref):
    if m["iy"]:
        d = _safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
    else:
        d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"])) if int(m["mo"]) <= 12 else None
    if d is None:
        return None
    if m["word"].lower() in ("voor", "vóór", "before"):
        d -= timedelta(days=1)
    return d, 0.95



@_rule(rf"\b(?:(?:in\s+)?(?:de|het|the)\s+)?(?P<half>eerste|tweede|first|second)\s+(?:helft|halfjaar|half)\s+(?:van\s+|of\s+)?"
       rf"(?:{_Y}|{_REL_YEAR}\s+(?:jaar|year))\b", 'helft half halfjaar')
def _half_year(m, ref):
    y = _year_from(m, ref)
    if y is None:
        return None
    return last_day(y, 6 if m["half"].lower() in ("eerste", "first") else 12), 0.85


@_rule(r"\b(?:medio|halverwege|mid-?)\s*(?P<rel>(?:het\s+)?volgend|komend|dit|next|this)\s*(?:jaar|year)\b", 'medio halverwege mid')
def _mid_year(m, ref):
    """"medio volgend jaar", "halverwege dit jaar", "mid-next year": the end of June of that year."""
    if ref is None:
        return None
    later = m["rel"].lower().split()[-1] in ("volgend", "komend", "next")
    return date(ref.year + (1 if later else 0), 6, 30), 0.75


@_rule(r"\b(?:nog\s+)?(?:later\s+)?(?:dit|dit\s+kalender)\s*jaar\b|"
       r"\b(?:(?:voor|vóór|tegen|aan)\s+het\s+)?einde?\s+van\s+(?:dit|het)\s+jaar\b(?!\s+\d)|\beind(?:e)?\s+dit\s+jaar\b|"
       r"\b(?:later\s+)?this\s+year\b|\b(?:by|before)\s+the\s+end\s+of\s+(?:this|the)\s+year\b",
       'jaar kalenderjaar year')
def _this_year(m, ref):
    return (date(ref.year, 12, 31), 0.9) if ref else None


@_rule(r"\b(?:begin|in\s+het\s+begin\s+van|early|the\s+beginning\s+of)\s+(?:(?:het\s+)?volgend|komend|next)\s*(?:jaar|year)\b", 'jaar year')
def _early_next_year(m, ref):
    return (date(ref.year + 1, 3, 31), 0.7) if ref else None


@_rule(r"\b(?:eind|einde|aan\s+het\s+einde\s+van|end\s+of|by\s+the\s+end\s+of)\s+(?:(?:het\s+)?volgend|komend|next)\s*(?:jaar|year)\b", 'jaar year')
def _end_next_year(m, ref):
    return (date(ref.year + 1, 12, 31), 0.85) if ref else None


@_rule(r"\b(?:in\s+)?(?:(?:het\s+)?volgend|komend|next)\s*(?:jaar|year)\b", 'jaar year')
def _next_year(m, ref):
    return (date(ref.year + 1, 12, 31), 0.75) if ref else None


@_rule(rf"\b(?:begin|in\s+het\s+begin\s+van|early|the\s+beginning\s+of|at\s+the\s+beginning\s+of)\s+{_Y}\b", '#year')
def _early_year(m, ref):
    return date(int(m["y"]), 3, 31), 0.75


@_rule(rf"\b(?:medio|halverwege|half|mid-?|in\s+the\s+middle\s+of)\s*{_Y}\b", '#year')
def _mid_year(m, ref):
    return date(int(m["y"]), 6, 30), 0.75


@_rule(rf"\b(?:(?:(?:aan|voor|vóór|tegen)\s+het\s+)?einde?\s+van(?:\s+het\s+jaar)?|eind|einde|uiterlijk\s+eind|"
       rf"(?:by\s+)?the\s+end\s+of|end\s+of|ultimo|tegen\s+(?:het\s+)?(?:eind|einde)|(?:in\s+)?late)\s+{_Y}\b", '#year')
def _end_year(m, ref):
    return date(int(m["y"]), 12, 31), 0.9


@_rule(rf"\b(?:eind|einde|end\s+of|by\s+the\s+end\s+of|uiterlijk|voor|before|by|in|no\s+later\s+than)\s+(?P<m>{_MONTH_RE})\s+"
       rf"{_Y}\b", '#year')
def _month_year(m, ref):
    month = MONTHS[m["m"].lower()]
    first = m.group(0).split()[0].lower()
    y = int(m["y"])
    if first in ("voor", "before"):
        return date(y, month, 1) - timedelta(days=1), 0.9
    return last_day(y, month), 0.9


@_rule(rf"\b(?:voor|vóór|before)\s+(?:het|de|the)\s+(?:zomerreces|summer\s+recess)(?:\s+(?:van\s+|of\s+)?{_Y})?\b",
       'zomerreces recess')
def _before_summer_recess(m, ref):
    """The day before the Tweede Kamer's summer recess (of the year printed, else the next)."""
    if m["y"]:
        year = int(m["y"])
    elif ref is None:
        return None
    else:
        year = ref.year if ref < date(ref.year, 7, 1) else ref.year + 1
    return summer_recess(year) - timedelta(days=1), 0.8


@_rule(rf"\b(?:(?:voor|vóór|tegen|before)\s+(?:de|the)\s+zomer|before\s+(?:the\s+)?summer)(?:\s+(?:van\s+|of\s+)?{_Y})?\b",
       'zomer summer')
def _before_summer(m, ref):
    """Before the summer: by the day summer begins, 21 June (as the spring ends, `_season`), of the year printed
    ("voor de zomer van 2024"), else the next."""
    if m["y"]:
        return date(int(m["y"]), 6, 21), 0.8
    return (upcoming(ref, 6, 21), 0.7) if ref else None


@_rule(r"\b(?:voor|vóór|before)\s+(?:het|de|the)\s+(?:kerstreces|christmas\s+recess|kerst|christmas)\b", 'kerstreces kerst christmas')
def _before_christmas(m, ref):
    return (upcoming(ref, 12, 20), 0.75) if ref else None


@_rule(rf"\b(?:na|after)\s+(?:de|het|the)\s+(?:zomer|zomerreces|summer(?:\s+recess)?)(?:\s+(?:van\s+|of\s+)?{_Y})?\b",
       'zomer zomerreces summer')
def _after_summer(m, ref):
    if m["y"]:
        return date(int(m["y"]), 9, 30), 0.5
    return (upcoming(ref, 9, 30), 0.5) if ref else None


# "de zomer", "de winter" take "de": with a year ("in de zomer van 2023", "de zomer 2023") or "rond" ("rond de
# zomer"), a time; without either, "in de zomer" is as often a season's habit ("In de zomer is er minder water")
@_rule(rf"\b(?:(?:in|rond|around)\s+)?(?:de|the)\s+(?P<season>zomer|winter|summer)\s+(?:van\s+|of\s+)?{_Y}\b|"
       rf"\b(?:rond|around)\s+(?:de|the)\s+(?P<season2>zomer|winter|summer)\b", 'zomer winter summer')
def _season_with_de(m, ref):
    return season_end(m["season"] or m["season2"], m["y"], None, ref)


@_rule(rf"\b(?P<word>in|voor|vóór|eind|einde|uiterlijk|medio|half|halverwege|begin|in\s+de\s+loop\s+van|by|before|in|"
       rf"during)\s+"
       rf"(?P<m>{_MONTH_RE})\b(?!\s*(?:\d|[-–]))", _MONTH_WORDS)
def _month_this_year(m, ref):
    """A month without a year ("in september", "voor oktober"): this year's, when it has not passed yet; a month
    already gone by may be history told or next year's, and is not guessed."""
    month = MONTHS[m["m"].lower()]
    if ref is None or month < ref.month:
        return None
    word = m["word"].lower()
    if word in ("voor", "vóór", "before"):
        return (date(ref.year, month, 1) - timedelta(days=1), 0.7) if month > ref.month else None
    if word == "begin":
        return date(ref.year, month, 10), 0.6
    if word in ("medio", "half", "halverwege"):  # "half april": the middle of the month
        return date(ref.year, month, 15), 0.6
    return last_day(ref.year, month), 0.7


@_rule(rf"\b(?:(?P<this>dit|deze|this)\s+|(?:in\s+)?(?:het|the)\s+|(?:in\s+)?(?:het\s+|de\s+)?"
       # "komend voorjaar", and a "de" word's "komende zomer", "volgende winter"
       rf"(?P<next>(?:aan)?komende?|volgende?|next|(?:the\s+)?coming)\s+)"
       rf"(?P<season>voorjaar|lente|zomer|najaar|herfst|winter|spring|summer|autumn|fall)(?:\s+(?:van\s+|of\s+)?{_Y})?\b", 'voorjaar lente zomer najaar herfst winter spring summer autumn fall')
def _season(m, ref):
    """A season ends on the day the next one begins, as Dutch calendars print them: spring on 21 June, summer on
    22 September, autumn on 21 December, winter on 20 March."""
    return season_end(m["season"], m["y"], m["next"], ref)


# a season with its year and no article ("Voorjaar 2025 ontvangt uw Kamer …", "gereed: najaar 2024")
@_rule(rf"\b(?P<season>voorjaar|lente|zomer|najaar|herfst|winter|spring|summer|autumn|fall)\s+{_Y}\b",
       'voorjaar lente zomer najaar herfst winter spring summer autumn fall')
def _season_of_year(m, ref):
    return season_end(m["season"], m["y"], None, ref)
