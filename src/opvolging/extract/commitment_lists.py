"""Lists in a letter's promises: an enumeration inside one sentence, after its colon ("Ik ga drie stappen zetten:
(1) ik dien … in; (2) ik evalueer …"), read as its parts (`inline_items`); and a promise that announces a list of
items under it ("De komende periode neem ik de volgende maatregelen:" / "• …"), read with them (`announced_lists`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from opvolging.extract import deadlines

if TYPE_CHECKING:
    from opvolging.extract.commitments import Draft

# an enumeration inside one sentence, after its colon: "Ik ga drie stappen zetten: (1) ik dien … in; (2) ik evalueer …;
# en (3) ik start …", "…: a) …; b) …"
_INLINE_MARK = re.compile(r"(?<!\S)\(?(?P<label>\d{1,2}|[a-z])\)\s")
_TRAILING_AND = re.compile(r"[\s;,]*(?:\b(?:en|of|and|or)\s*)?$")


def inline_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence text[a:b] as the parts an enumeration after its colon makes of it (the announcement up to the
    colon, then each item from its mark, without the "; en" that joins it to the next), or [(a, b)] when it has
    none: two marks or more, numbered on from 1 or a."""
    colon = text.find(":", a, b)
    if colon == -1:
        return [(a, b)]
    marks = list(_INLINE_MARK.finditer(text, colon + 1, b))
    firsts = {"1": 1, "a": 1}
    if len(marks) < 2 or firsts.get(marks[0]["label"]) != 1:
        return [(a, b)]
    value = (lambda lab: int(lab)) if marks[0]["label"].isdigit() else (lambda lab: ord(lab) - ord("a") + 1)
    if any(not m["label"].isdigit() == marks[0]["label"].isdigit() or value(m["label"]) != k + 1
           for k, m in enumerate(marks)):
        return [(a, b)]
    parts = [(a, colon + 1)]
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else b
        end = m.start() + len(_TRAILING_AND.sub("", text[m.start():end])) if k + 1 < len(marks) else end
        parts.append((m.start(), end))
    return parts


BULLET = re.compile(r"^[•●▪◦‣∙·*\-–—]\s*")
_ITEM = re.compile(r"^(?:[•●▪◦‣∙·*\-–—]|\(?[a-z0-9]{1,2}[.)])\s")


def announced_lists(text: str, drafts: list[Draft], read_in: list[tuple[int, int]],
                    first_of: dict[int, Draft], reference: date | None = None) -> list[Draft]:
    """A promise that announces a list ("De komende periode neem ik de volgende maatregelen:") with the items under
    it: when items are promises of their own ("• ik stel in 2023 een landelijk handelingskader … vast;"), the
    announcement is none beside them; when they are not (bare nouns, "• een landelijk handelingskader;"), they are
    what it promises, and its action takes their words. Two items or more, one or more of them setting a time of its
    own ("- het opstellen van een wetsvoorstel voor de zomer van 2024;", "- een evaluatie van de regeling in 2025;"),
    are as many promises, each the announcement's words and its own, due when it says (or when the announcement
    says, where it says nothing)."""
    dropped: set[int] = set()
    split: dict[int, list[Draft]] = {}
    for k, (a, b) in enumerate(read_in):
        intro = first_of.get(k)
        if intro is None or not text[a:b].rstrip().endswith(":"):
            continue
        items = []
        for j in range(k + 1, len(read_in)):
            words = text[read_in[j][0]:read_in[j][1]]
            if not _ITEM.match(words):
                break
            items.append(j)
        if not items:
            continue
        if any(j in first_of for j in items):
            dropped.add(id(intro))
            continue
        words = [BULLET.sub("", text[slice(*read_in[j])].strip()) for j in items]
        times = [deadlines.first_future(w, reference) for w in words]
        if len(items) >= 2 and any(t is not None for t in times):
            split[id(intro)] = [replace(
                intro, action=f"{intro.action} {w}", deadline=t or intro.deadline, mentions=[read_in[j]],
                labels=list(intro.labels), send_key=None, after_event=None, after_interval=None, reasons=[])
                for j, w, t in zip(items, words, times, strict=True)]
            continue
        intro.action = " ".join([intro.action] + words)
        intro.mentions[0] = (intro.mentions[0][0], read_in[items[-1]][1])
    return [part for d in drafts if id(d) not in dropped for part in split.get(id(d), [d])]
