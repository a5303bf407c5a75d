"""UPR lists: the numbered recommendations of a Universal Periodic Review, as OHCHR prints them.

Two shapes:
- the thematic list (UHRI): each row "121.1 Ratify … (France) (Lithuania);" then "Source of Position: …",
  the position ("Supported" reads as `adopted`, "Noted" as `noted`), the themes as "- …" lines, "SDGs:" with
  "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", and "Affected persons:"; all kept as printed;
- the bare list: "121.1 Ratify … (France) (Lithuania);" only.

Recommending States are split out of the parentheses that close each recommendation: "(France) (Lithuania)",
"(Portugal, Slovakia)", "(Iran (Islamic Republic of))".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from opvolging.extract.segment import paragraphs

ITEM = re.compile(r"(?P<label>\d{1,3}\.\d{1,3})\s+(?=[A-Z“\"'(])")
POSITION = {"supported": "adopted", "noted": "noted", "accepted": "adopted", "rejected": "rejected"}
SDG_LINE = re.compile(r"^[-–•]\s*(?P<n>\d{1,2})\s*[-–]\s*[A-Z]")


@dataclass
class UprItem:
    label: str
    span: tuple[int, int]
    position: str | None = None
    position_source: str | None = None
    themes: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    affected_persons: list[str] = field(default_factory=list)
    recommending_states: list[str] = field(default_factory=list)


def is_upr_list(text: str) -> bool:
    """True when at least three paragraphs open with a UPR number ("121.1 …") and close with a State in
    parentheses; numbered section headings ("3.1 Inleiding") do not."""
    hits = 0
    for a, b in paragraphs(text):
        if ITEM.match(text, a, b):
            end = text.find("Source of Position:", a, b)
            if recommending_states(text[a:b if end < 0 else end]):
                hits += 1
                if hits >= 3:
                    return True
    return False


def _balanced_groups_at_end(segment: str) -> list[str]:
    """The parenthesised groups that close `segment`, first to last: '… (France) (Lithuania)' → [France, Lithuania]."""
    groups: list[str] = []
    s = segment.rstrip(" ;.,")
    while s.endswith(")"):
        depth, i = 0, len(s) - 1
        while i >= 0:
            if s[i] == ")":
                depth += 1
            elif s[i] == "(":
                depth -= 1
                if depth == 0:
                    break
            i -= 1
        if i < 0:
            break
        inner = s[i + 1:-1].strip()
        if not inner or any(ch.isdigit() for ch in inner) or not inner[:1].isupper() or (
                inner.replace(" ", "").isupper() and len(inner) > 1):
            break
        groups.insert(0, inner)
        s = s[:i].rstrip()
    return groups


def _split_top_level(text: str, sep: str) -> list[str]:
    out, depth, cur = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [p.strip() for p in out if p.strip()]


def recommending_states(text: str) -> list[str]:
    """The States named in the parentheses that close each part of a UPR recommendation, in order, once each."""
    states: list[str] = []
    for part in _split_top_level(text, ";"):
        for group in _balanced_groups_at_end(part):
            for name in _split_top_level(group, ","):
                if name not in states:
                    states.append(name)
    return states


def parse(text: str) -> list[UprItem]:
    """Every numbered recommendation of a UPR list, with the position, themes and SDGs printed beside it."""
    items: list[UprItem] = []
    current: UprItem | None = None
    mode = "themes"
    for a, b in paragraphs(text):
        m = ITEM.match(text, a, b)
        para = text[a:b].strip()
        if m:
            end = b
            src = re.search(r"\s*Source of Position:", text[a:b])
            if src:
                end = a + src.start()
                current = UprItem(m["label"], (m.end(), end))
                current.position_source = text[a + src.end():b].strip()
            else:
                current = UprItem(m["label"], (m.end(), end))
            current.recommending_states = recommending_states(text[m.end():end])
            items.append(current)
            mode = "themes"
            continue
        if current is None:
            continue
        low = para.lower().rstrip(":").strip()
        if para.startswith("Theme:"):
            current = None
        elif para.startswith("Source of Position:"):
            current.position_source = para.split(":", 1)[1].strip()
        elif low in POSITION and current.position is None:
            current.position = para.strip()
        elif low == "sdgs":
            mode = "sdgs"
        elif low == "affected persons":
            mode = "persons"
        elif para[:1] in "-–•":
            value = para[1:].strip()
            if mode == "sdgs":
                sm = SDG_LINE.match(para)
                if sm:
                    current.sdgs.append(int(sm["n"]))
            elif mode == "persons":
                current.affected_persons.append(value)
            else:
                current.themes.append(value)
    return items
