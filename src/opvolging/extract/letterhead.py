"""The letterhead of a ministry letter, and the masthead of a UN document, read from the first page.

A ministry letter in the rijksoverheid layout (most Kamerbrieven) prints, on its first page, labelled fields:
"Datum 22 december 2022", "Betreft Emissies door de luchtvaart" (a subject may run on over a second line),
"Ons kenmerk" with the reference on the line after it, and, at the top of the sidebar, the ministry's name over
several lines ("Ministerie van" / "Infrastructuur en" / "Waterstaat"). A label's value stands after it on its line
or on the next line. "Uw kenmerk" and "Uw brief" are the addressee's, not the letter's.

A UN document prints its symbol and date in the masthead of its first page: "United Nations A/HRC/43/15",
"Distr.: General", "19 December 2019".

`read_letterhead(first_page)` takes the raw text of the first page, page furniture included (the sidebar a
ministry letter repeats on every page holds the ministry and the reference), and returns what it finds; a field it
does not find is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from opvolging.extract import dates, ministries

# labels of the letterhead, and the field each gives (None: a field that is not the letter's own)
LABELS = {
    "datum": "date", "date": "date", "betreft": "subject", "onderwerp": "subject", "subject": "subject",
    "ons kenmerk": "reference", "kenmerk": "reference", "onze referentie": "reference", "referentie": "reference",
    "our reference": "reference", "ons nummer": "reference",
    "uw kenmerk": None, "uw brief": None, "uw referentie": None, "uw brief van": None, "bijlage(n)": None,
    "bijlagen": None, "bijlage": None, "contactpersoon": None, "inlichtingen": None, "doorkiesnummer": None,
    "e-mail": None, "telefoon": None,
}
_LABEL = re.compile(r"^\s*(?P<label>" + "|".join(re.escape(k) for k in sorted(LABELS, key=len, reverse=True))
                    + r")(?![\w(])\s*:?\s*(?P<value>.*?)\s*$", re.I)
_OPENING = re.compile(r"^\s*(?:Geachte|Dear|Aan\s+de|Hierbij|>)", re.I)
_MINISTRY_START = re.compile(r"^\s*(?P<word>Ministerie|Ministry)\s+(?P<rest>(?:van|voor|of)\b.*?)\s*$")
_CONTINUES = ("van", "voor", "en", "of", "and", ",", "&")
UN_SYMBOL = re.compile(r"\b(?P<symbol>(?:A|E|S|CCPR|CERD|CEDAW|CRC|CAT|CRPD|CMW|CED|HRI)(?:/[A-Z0-9][\w.\-]*){1,6})")
_UN_MASTHEAD = re.compile(r"^\s*United Nations\s+(?P<symbol>\S+)\s*$", re.M)


@dataclass
class Letterhead:
    date: date | None = None
    subject: str | None = None
    reference: str | None = None
    ministry: str | None = None
    un_symbol: str | None = None


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n")]


def _value_after(lines: list[str], i: int, value: str) -> tuple[str, int]:
    """A label's value: what follows it on its line, else the next line that is no label (a blank line between
    them allowed); and the index of the value's line."""
    if value:
        return value, i
    for j in range(i + 1, min(len(lines), i + 4)):
        if lines[j]:
            return ("", j) if _LABEL.match(lines[j]) else (lines[j], j)
    return "", i


def _ministry(lines: list[str]) -> str | None:
    """The ministry whose name opens the letterhead ("Ministerie van" / "Infrastructuur en" / "Waterstaat"): its
    lines joined while a line ends on a word that needs more ("van", "en", ",") or the known name goes on."""
    for i, ln in enumerate(lines):
        m = _MINISTRY_START.match(ln)
        if not m:
            continue
        name = ln
        j = i + 1
        while j < len(lines) and lines[j] and not _LABEL.match(lines[j]):
            words = name.split(None, 2)[2] if len(name.split()) > 2 else ""
            joined = f"{words} {lines[j]}".strip()
            if name.rstrip().endswith(_CONTINUES) or name.rsplit(None, 1)[-1].lower() in _CONTINUES or (
                    ministries.is_ministry_prefix(joined) and not ministries.known_name(words)):
                name = f"{name} {lines[j]}"
                j += 1
            else:
                break
        name = " ".join(name.split()).rstrip(" ,")
        if len(name.split()) >= 3:
            rest = name.split(None, 2)[2]
            known = ministries.known_name(rest)
            return f"{name.split()[0]} {name.split()[1]} {known or rest}"
    return None


def read_letterhead(first_page: str) -> Letterhead:
    """The letterhead fields of a first page (see the module docstring)."""
    lines = _lines(first_page)
    head = Letterhead(ministry=_ministry(lines))
    for i, ln in enumerate(lines):
        m = _LABEL.match(ln)
        if not m:
            continue
        field = LABELS[m["label"].lower()]
        if field is None or getattr(head, field) is not None:
            continue
        value, at = _value_after(lines, i, m["value"])
        if not value:
            continue
        if field == "date":
            head.date = dates.parse_date(value)
        elif field == "reference":
            head.reference = value.split()[0] if len(value.split()) > 1 and "/" in value.split()[0] else value
        else:  # a subject may run on over the lines of its block
            j = at + 1
            while (j < len(lines) and lines[j] and not _LABEL.match(lines[j]) and not _OPENING.match(lines[j])
                   and not value.endswith((".", ":"))):
                value = f"{value} {lines[j]}"
                j += 1
            head.subject = " ".join(value.split())
    masthead = _UN_MASTHEAD.search(first_page)
    if masthead and UN_SYMBOL.fullmatch(masthead["symbol"]):
        head.un_symbol = masthead["symbol"]
        distr = first_page.find("Distr.")
        if distr >= 0 and head.date is None:
            head.date = dates.parse_date(first_page[distr:distr + 200])
    return head
