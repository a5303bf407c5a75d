"""The deadline phrases of periods and intervals, after `deadline_rules`' points in time in the order they are tried
(`deadlines` reads `deadline_rules.RULES` then these): a time counted from an event ("binnen vijf jaar na
inwerkingtreding", no date), "binnen drie maanden", the budget's and the school year's days, a year or a range of
years, "tot juli 2023", "vanaf 2023", and the times no letter dates ("op korte termijn", "deze kabinetsperiode").
"""

from __future__ import annotations

from datetime import date, timedelta

from opvolging.extract.dates import _MONTH_RE, _NUM_RE, MONTHS, _count, add_months, last_day
from opvolging.extract.deadline_calendar import budget_day, budget_document, school_year
from opvolging.extract.deadline_rules import _Y, rule_into
from opvolging.extract.patterns import WordPattern

RULES: list[tuple[WordPattern, object, frozenset[str]]] = []
_rule = rule_into(RULES)


# a time counted from an event, not from the letter: "De wet wordt binnen vijf jaar na inwerkingtreding geëvalueerd",
# "drie jaar na de invoering", "within two years after the entry into force": no date until the event has one (the
# commitment keeps the interval, `dates.read_interval`)
_DURATION = (rf"(?:(?:een\s+)?half\s+jaar|half\s+a\s+year|(?:{_NUM_RE}|een|a|one)\s+(?:dagen|dag|weken|week|maanden|maand|"
             rf"jaar|jaren|days?|weeks?|months?|years?))")
AFTER_AN_EVENT = (rf"\b(?:(?:(?:binnen|uiterlijk|within|no\s+later\s+than|over)\s+)?{_DURATION}\s+(?:na|nadat|after|"
                  rf"following)|(?:within|no\s+later\s+than)\s+{_DURATION}\s+of)\s+"
                  rf"(?:(?:de|het|the|its|their|zijn|haar|this)\s+)?\w+")


@_rule(AFTER_AN_EVENT, 'jaar jaren maand maanden week weken dag dagen year years month months weeks day days')
def _after_an_event(m, ref):
    return None


@_rule(rf"\b(?:binnen|within|(?:in\s+|binnen\s+)?de\s+komende|over|in\s+the\s+next|within\s+the\s+(?:next|coming))\s+"
       rf"(?P<n>{_NUM_RE})\s+"
       rf"(?P<unit>dagen|dag|weken|week|maanden|maand|jaar|jaren|days?|weeks?|months?|years?)\b", 'binnen within komende over next')
def _within(m, ref):
    n = _count(m["n"])
    if ref is None or n is None:
        return None
    unit = m["unit"].lower()
    if unit.startswith(("dag", "day")):
        return ref + timedelta(days=n), 0.8
    if unit.startswith("we"):
        return ref + timedelta(weeks=n), 0.8
    if unit.startswith(("maand", "month")):
        return add_months(ref, n), 0.8
    return date(ref.year + n, ref.month, min(ref.day, 28)), 0.75


@_rule(r"\b(?:binnen|within|in\s+de\s+komende|over)\s+(?:een\s+)?half\s+jaar\b|\bwithin\s+half\s+a\s+year\b", 'half')
def _within_half_year(m, ref):
    return (add_months(ref, 6), 0.8) if ref else None


@_rule(rf"\b(?P<word>voor|vóór|uiterlijk|op|met|bij|rond|before|by|on|around)\s+Prinsjesdag(?:\s+{_Y})?\b", 'prinsjesdag')
def _budget_day(m, ref):
    """Prinsjesdag, the third Tuesday of September, when the budget is presented."""
    return budget_day(m["word"], int(m["y"]) if m["y"] else None, ref)


# the budget's documents, on the days the Comptabiliteitswet sets: the budget for a year ("bij de begroting voor 2025",
# "bij de Miljoenennota") on Prinsjesdag of the year before; the Voorjaarsnota before 1 June, the Najaarsnota before
# 1 December (of the year printed, else the next to come)
@_rule(rf"\b(?:bij|met|in|voor|vóór|uiterlijk\s+bij)\s+(?:de\s+)?(?P<doc>(?:ontwerp)?begroting|miljoenennota|voorjaarsnota|"
       rf"najaarsnota)(?:\s+(?:voor|van)?\s*{_Y})?\b", 'begroting ontwerpbegroting miljoenennota voorjaarsnota najaarsnota')
def _budget_document(m, ref):
    return budget_document(m["doc"], int(m["y"]) if m["y"] else None, ref)


@_rule(r"\b(?P<word>vanaf|per|in|voor|vóór|uiterlijk|met\s+ingang\s+van)\s+(?:het\s+)?(?:school|college|studie)jaar\s+"
       r"(?P<y>(?:19|20)\d\d)\s*[-–/]\s*(?:(?:19|20)?\d\d)\b", 'schooljaar collegejaar studiejaar')
def _school_year(m, ref):
    return school_year(m["word"], int(m["y"]))


@_rule(r"\b(?:rond|voor|vóór|around|before)\s+(?:de|the)\s+(?:jaarwisseling|turn\s+of\s+the\s+year)\b", 'jaarwisseling turn')
def _turn_of_year(m, ref):
    return (date(ref.year, 12, 31), 0.6) if ref else None


@_rule(rf"\b(?:in|voor|vóór|uiterlijk|by|before|during|in\s+de\s+loop\s+van|in\s+the\s+course\s+of)\s+{_Y}"
       rf"(?:\s*(?:[-–]|en|of|and|or|t/m|tot\s+en\s+met)\s*(?P<y2>(?:19|20)\d\d))?\b", '#year')
def _in_year(m, ref):
    """In a year, or in either of two ("in 2025 of 2026", "in 2025 en 2026": by the later one's end); before one, by
    the end of the year before."""
    first = m.group(0).split()[0].lower()
    y = int(m["y"])
    if first in ("voor", "vóór", "before"):
        return date(y - 1, 12, 31), 0.85
    later = int(m["y2"]) if m["y2"] and y <= int(m["y2"]) <= y + 15 else y
    return date(later, 12, 31), 0.8


@_rule(rf"\b(?:tot|until|till)\s+(?P<incl>en\s+met\s+)?(?P<m>{_MONTH_RE})\s+{_Y}\b", '#year')
def _until_month(m, ref):
    """Until a month: "tot juli 2023" ends the day before it (30 June), "tot en met juni 2023" with it."""
    month, y = MONTHS[m["m"].lower()], int(m["y"])
    if m["incl"]:
        return last_day(y, month), 0.85
    return date(y, month, 1) - timedelta(days=1), 0.8


@_rule(rf"\b(?:vanaf|per|from|as\s+of|starting\s+in)\s+{_Y}\b", '#year')
def _from_year(m, ref):
    """From a year ("vanaf 2023", "per 2026"): begun by the end of that year."""
    return date(int(m["y"]), 12, 31), 0.6


@_rule(r"\((?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?P<y>(?:19|20)\d\d)\)|"
       r"\b(?:(?:in|over|during)\s+the\s+(?:period|years)|(?:in|over)\s+de\s+(?:periode|jaren))\s+"
       r"(?P<y2>(?:19|20)\d\d)\s*(?:[-–]|tot\s+en\s+met|t/m|to)\s*(?P<y3>(?:19|20)\d\d)\b|"
       r"\b(?:tussen|between)\s+(?P<y4>(?:19|20)\d\d)\s+(?:en|and)\s+(?P<y5>(?:19|20)\d\d)\b", '#year')
def _year_range(m, ref):
    """A period of years in brackets or named as one when the work is done ("(2023-2025)", "in de periode 2023-2025",
    "in de jaren 2024 tot en met 2026", "over the period 2023-2026", "between 2023 and 2026"): by its end. A range
    inside a name ("Stroomgebiedbeheerplannen 2022-2027"), or the years a product is for ("a programme … for the
    period 2021–2030", "een plan voor de jaren 2024-2026": its term, not when it is made) is not read as one."""
    last = int(m["y"] or m["y3"] or m["y5"])
    first = int(m["y1"] or m["y2"] or m["y4"])
    return (date(last, 12, 31), 0.7) if first <= last <= first + 15 else None


@_rule(r"\b(?:op\s+korte\s+termijn|binnenkort|spoedig|zo\s+snel\s+mogelijk|z\.s\.m\.|shortly|soon|as\s+soon\s+as\s+possible|"
       r"in\s+the\s+near\s+future|op\s+termijn|in\s+de\s+loop\s+van\s+(?:dit|het)\s+jaar|(?:in\s+)?de\s+komende\s+"
       r"(?:maanden|periode)|in\s+the\s+coming\s+months|"
       # a State's next review: its date is not in the text ("before the next review", "by the fourth cycle")
       r"(?:before|by)\s+(?:the\s+)?(?:next|third|fourth|fifth)\s+(?:UPR\s+)?(?:review|cycle)|"
       r"(?:in|by)\s+(?:the|its)\s+mid-?term\s+report|"
       # the next report to the Kamer, its date not in the text: "bij de volgende voortgangsrapportage", "in de
       # eerstvolgende voortgangsbrief"
       r"(?:bij|in|met)\s+de\s+(?:volgende|eerstvolgende)\s+(?:voortgangs(?:rapportage|brief)|"
       r"(?:jaar|voortgangs)?rapportage|verzamelbrief)|"
       # the cabinet's term, whose end no letter dates: "voor het einde van deze kabinetsperiode", "deze
       # kabinetsperiode", "during this term of office"
       r"(?:(?:voor|vóór|aan|tegen)\s+het\s+einde?\s+van\s+|in\s+|tijdens\s+)?(?:deze|de\s+huidige)\s+"
       r"(?:kabinets|regeer)periode|(?:by\s+the\s+end\s+of\s+|during\s+)?(?:this|the\s+current)\s+(?:term\s+of\s+"
       r"office|legislative\s+term|legislature))\b",
       'termijn binnenkort spoedig snel z shortly soon possible future loop review cycle report komende coming '
       'volgende eerstvolgende kabinetsperiode regeerperiode term legislature')
def _vague(m, ref):
    return None
