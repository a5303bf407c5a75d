"""A letter's planning, set out as a list of steps with their times: "De planning ziet er als volgt uit:" then
"- Q2 2024: internetconsultatie van het wetsvoorstel;", "- Voorjaar 2025: indiening bij uw Kamer;" (or the time after
the step: "- Indiening bij uw Kamer – voorjaar 2025"). Each step is a promise though it has no verb, due when its
time says. A step that is another body's (the Raad van State's advice, the Kamer's debate) is none; a law's entry into
force is for review, as the sentence that says it is (`promises_nl`).

`planned_steps(text, spans, reference)` returns the steps found among the paragraphs `spans`, by where each begins, as
`commitment_tables.Row`s.
"""

from __future__ import annotations

import re
from datetime import date

from opvolging.extract import dates, deadlines
from opvolging.extract.commitment_tables import Row
from opvolging.extract.promise_reading import Reading

# the sentence that announces a planning: "De planning ziet er als volgt uit:", "De planning is als volgt:", "Het
# tijdpad:", "Ik voorzie de volgende planning:", "The timetable is as follows:"
PLANNING_INTRO = re.compile(
    r"\b(?:planning|tijdpad|tijdplanning|tijdlijn|vervolgstappen|stappenplan|timetable|timeline|time\s+frame|"
    r"next\s+steps)\b[^.:]{0,60}:\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*\-–—]|\d{1,2}[.)]|[a-z][.)])\s+")
# a step's time and its words, parted by a colon or a dash: "Q2 2024: internetconsultatie", "Indiening – voorjaar 2025"
_PARTS = re.compile(r"\s*(?::|\s[–—-])\s+")
# a step that is another's: the Raad van State's advice, the Kamer's debate or vote, the Commission's decision
_ANOTHERS = re.compile(
    r"^(?:(?:het\s+|de\s+)?[\w-]+\s+){1,2}?(?:(?:van|door|in|bij)\s+)?(?:de\s+|het\s+)?(?:Raad\s+van\s+State|"
    r"Tweede\s+Kamer|Eerste\s+Kamer|Staten-Generaal|Europese\s+Commissie|Europees\s+Parlement|Raad\b|Council\s+of\s+"
    r"State|Parliament)|^(?:(?:plenaire\s+)?behandeling|stemming|debat|advies)\b(?!.*\bkabinet\b)", re.I)
_IN_FORCE = re.compile(r"\binwerkingtreding\b|\bin\s+werking\b|\bentry\s+into\s+force\b", re.I)


def planned_steps(text: str, spans: list[tuple[int, int]], reference: date | None) -> dict[int, Row]:
    """The steps of every planning list among the paragraphs `spans` (in order): the items after a paragraph that
    announces a planning (`PLANNING_INTRO`), each a line or paragraph of its own with a time, up to the first that
    is no item."""
    out: dict[int, Row] = {}
    listing = False
    for a, b in spans:
        para = text[a:b]
        bullet = _BULLET.match(para)
        if listing and bullet:
            row = _step(text, (a, b), bullet.end(), reference)
            if row is not None:
                out[a] = row
            continue  # another's step, or an item without a time, goes on with the list
        listing = para.rstrip().endswith(":") and PLANNING_INTRO.search(para) is not None
    return out


def _step(text: str, span: tuple[int, int], after_bullet: int, reference: date | None) -> Row | None:
    a, b = span
    item = text[a + after_bullet:b].strip().rstrip(";.,")
    parts = _PARTS.split(item, maxsplit=1)
    if len(parts) != 2:
        return None
    for when, what in (parts, parts[::-1]):
        deadline = _time(when, reference)
        if deadline is not None and what:
            break
    else:
        return None
    if _ANOTHERS.search(what):
        return None
    what = what[:1].upper() + what[1:]
    if _IN_FORCE.search(what):
        return Row(span, Reading(0.4, f"a step of a planning ({deadline.text}): an entry into force, for review", None,
                                 a), what, deadline)
    return Row(span, Reading(0.7, f"a step of a planning ({deadline.text})", None, a), what, deadline)


def _time(words: str, reference: date | None) -> deadlines.Deadline | None:
    """The time `words` are, when they are a time and little else ("Q2 2024", "Voorjaar 2025", "1 januari 2026");
    else None."""
    if len(words) > 40:
        return None
    found = deadlines.first_future(words, reference)
    if found is not None and found.due is not None:
        return found
    written = [d for d in dates.find_dates(words, reference) if d.value is not None]
    if written and (reference is None or written[0].value >= reference):
        d = written[0]
        return deadlines.Deadline(d.text, d.span, d.value, 0.9)
    return None
