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

from opvolging.extract.list_layout import ITEM, LABELS, THEME_CODE, coded_themes
from opvolging.extract.segment import CELL, paragraphs

# "111. The following recommendations will be examined by Slovenia …:" then items "33. To address …"
REPORT_PARAGRAPH = re.compile(r"(?P<p>\d{2,3})\.\s+(?:The\s+)?(?:following\s+)?(?:\w+\s+){0,3}recommendations\b", re.I)
SHORT_ITEM = re.compile(r"(?P<label>\d{1,3})\.\s+(?=[A-Z“\"'(])")
# Where the State's own answers begin (the addendum to the working-group report).
ADDENDUM = re.compile(r"Addendum\b|Views on conclusions and/or recommendations|replies presented by the State under "
                      r"review")
_NUMBERED_ITEM = re.compile(r"(?:^|\n)\s*\d{1,3}\.\d{1,3}\.?\s")
# the positions a list prints in its column, as the stance each gives: UHRI's "Supported" and "Noted", earlier
# matrices' "Accepted", "Rejected", "Partially accepted", and a recommendation of several parts "Supported/Noted"
POSITION = {"supported": "adopted", "noted": "noted", "accepted": "adopted", "rejected": "rejected",
            "not supported": "noted", "not accepted": "noted",
            **dict.fromkeys(("partially supported", "partially accepted", "supported in part", "accepted in part",
                             "supported/noted", "accepted/noted", "supported/rejected", "accepted/rejected"),
                            "partially_adopted")}
_SPACING = re.compile(r"\s*/\s*|\s+")


def position_key(cell: str) -> str:
    """A position as printed, in the form `POSITION` knows it: lower case, its spaces one ("Partially  accepted"),
    none around a slash ("Supported / Noted"), without what the line joining left around it ("Supported:")."""
    return _SPACING.sub(lambda m: "/" if "/" in m.group(0) else " ", cell.strip().rstrip(".:").strip().lower())
# "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS" as UHRI prints a goal; also "- Goal 16: Peace …", "- SDG 5 – …"
SDG_LINE = re.compile(r"^[-–•]\s*(?:(?:SDG|Goal)\s*)?(?P<n>1[0-7]|[1-9])\s*[-–.:]\s*[A-Za-z]", re.I)


# the position a report's paragraph gives the recommendations it lists: "The recommendations … listed below …
# enjoy the support of Slovenia:", "… did not enjoy the support of …", "… have been noted by …"; "will be examined
# by …" gives none yet
PREAMBLE_NOTED = re.compile(r"\b(?:did|do|does)\s+not\s+enjoy\s+(?:the|its|their)\s+support\b|"
                            r"\b(?:have|has)\s+been\s+noted\b|\bwere\s+noted\b|\bwill\s+be\s+noted\b|\btook\s+note\b|"
                            r"\btakes\s+note\b", re.I)
PREAMBLE_SUPPORTED = re.compile(
    r"\benjoy(?:s|ed)?\s+(?:the|its|their)\s+support\b|\b(?:are|were|have\s+been)\s+(?:supported|accepted)\b", re.I)


def preamble_position(paragraph: str) -> str | None:
    """"Supported", "Noted" or None: the position a report's paragraph gives the recommendations listed under it."""
    if PREAMBLE_NOTED.search(paragraph):
        return "Noted"
    if PREAMBLE_SUPPORTED.search(paragraph):
        return "Supported"
    return None


@dataclass
class UprItem:
    label: str
    span: tuple[int, int]
    position: str | None = None
    position_source: str | None = None
    # where the position came from when no line under the item prints it: the report's paragraph over the list
    position_evidence: str | None = None
    short: bool = False  # printed as "33." under a paragraph "111. …", its label "111.33"
    themes: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    affected_persons: list[str] = field(default_factory=list)
    recommending_states: list[str] = field(default_factory=list)


def is_upr_list(text: str) -> bool:
    """True when at least three numbered items ("121.1 …", or "33. …" under "111. The following
    recommendations …") close with a State in parentheses; numbered sections ("3.1 Inleiding") do not."""
    return sum(1 for item in parse(text, addendum_start(text)) if item.recommending_states) >= 3


def _balanced_groups_at_end(segment: str) -> list[str]:
    """The parenthesised groups that close `segment`, first to last: '… (France) (Lithuania)' → [France, Lithuania]."""
    groups: list[str] = []
    s = segment.rstrip(" ;.,")
    while s.endswith(")"):
        i = s.rfind("(")
        if i < 0 or ")" in s[i + 1:-1]:  # a group within the group: its partner found a character at a time
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
        if not inner or _DIGIT.search(inner) or not inner[:1].isupper() or (
                inner.replace(" ", "").isupper() and len(inner) > 1) or _AN_INSTRUMENT.search(inner):
            break
        groups.insert(0, inner)
        s = s[:i].rstrip()
    return groups


_DIGIT = re.compile(r"\d")
# an instrument or a text named in parentheses before the States ("… in full compliance with the Paris Principles
# (Paris Principles) (Nepal)"): no State's name ends so
_AN_INSTRUMENT = re.compile(r"\b(?:Principles|Convention|Covenant|Protocol|Agenda|Goals?|Guidelines|Rules|Declaration|"
                            r"Law|Act|Code|Plan|Strategy|Programme|Charter|Statute|Standards)$")


def _split_top_level(text: str, sep: str) -> list[str]:
    """`text` split at each `sep` outside parentheses, the parts stripped, empty ones left out."""
    if "(" not in text:
        parts = text.split(sep)
    else:
        parts, depth, last = [], 0, 0
        for m in _PAREN_OR[sep].finditer(text):  # only the parentheses and separators, not every character
            ch = m.group()
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif depth == 0:
                parts.append(text[last:m.start()])
                last = m.end()
        parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


_PAREN_OR = {sep: re.compile(r"[()]|" + re.escape(sep)) for sep in ";,"}


def recommending_states(text: str) -> list[str]:
    """The States named in the parentheses that close each part of a UPR recommendation, in order, once each."""
    states: list[str] = []
    for part in _split_top_level(text, ";"):
        for group in _balanced_groups_at_end(part):
            for name in _split_top_level(group, ","):
                if name not in states:
                    states.append(name)
    return states


def addendum_start(text: str) -> int | None:
    """Where the State's answers begin, when the text holds the addendum after the report; else None."""
    if not any(w in text for w in _ADDENDUM_WORDS):  # a letter holds none of them: not searched for at all
        return None
    m = ADDENDUM.search(text)
    return m.start() if m and m.start() > 0 else None


_ADDENDUM_WORDS = ("Addendum", "Views on conclusions", "replies presented")  # one in every ADDENDUM match


def parse(text: str, end: int | None = None) -> list[UprItem]:
    """Every numbered recommendation of a UPR list, with the position, themes and SDGs printed beside it.

    Reads text[:end] (the report, before any addendum). Items printed as "33." under a paragraph "111. The
    following recommendations …" take the label "111.33"."""
    items: list[UprItem] = []
    if "ecommendation" not in text and not _NUMBERED_ITEM.search(text):
        return items  # neither "121.1 …" items nor a paragraph introducing recommendations: no UPR list
    current: UprItem | None = None
    mode = "themes"
    paragraph_no: str | None = None
    preamble: tuple[str, str] | None = None  # (position, the paragraph's words) over the items that follow
    stop = len(text) if end is None else end
    for a, b in paragraphs(text):
        if a >= stop:
            break
        m = ITEM.match(text, a, b)
        para = text[a:b].strip()
        if not m:
            rp = REPORT_PARAGRAPH.match(text, a, b)
            if rp:
                paragraph_no = rp["p"]
                position = preamble_position(para)
                preamble = (position, " ".join(para.split())) if position else None
                current = None
                continue
            sm = SHORT_ITEM.match(text, a, b) if paragraph_no else None
            if sm and recommending_states(text[sm.end():b]):
                current = UprItem(f"{paragraph_no}.{sm['label']}", (sm.end(), b), short=True)
                current.recommending_states = recommending_states(text[sm.end():b])
                if preamble:
                    current.position, current.position_evidence = preamble
                items.append(current)
                continue
        if m and CELL in text[a:b]:  # a row of the list as a table (a Word matrix read cell by cell)
            current = _matrix_row(text, a, b, m)
            if preamble and m["label"].split(".")[0] == paragraph_no and current.position is None:
                current.position, current.position_evidence = preamble
            items.append(current)
            continue
        if m:
            end = b
            src = _SOURCE.search(text, a, b) if text.find("ource of", a, b) >= 0 else None
            if src:  # searched in place: its offsets are the text's
                end = src.start()
                current = UprItem(m["label"], (m.end(), end))
                current.position_source = text[src.end():b].strip()
            else:
                current = UprItem(m["label"], (m.end(), end))
            current.recommending_states = recommending_states(text[m.end():end])
            if preamble and m["label"].split(".")[0] == paragraph_no:
                current.position, current.position_evidence = preamble
            items.append(current)
            mode = "themes"
            continue
        if current is None:
            continue
        if _runs_on(text, current, para):
            # the item's words go on after a page break ("… the Rights of All" / "Migrant Workers and …")
            current.span = (current.span[0], b)
            current.recommending_states = recommending_states(text[current.span[0]:b])
            continue
        heading = None  # a heading glued onto the end of this line, read after it
        if para[-1] == ":" and para.endswith(_HEADINGS) and para not in _HEADINGS:
            parts = _GLUED_HEADING.split(para)
            if len(parts) == 2:  # "… of the person SDGs:"; "RAffected persons:" glues no words of its own
                para, heading = parts
        low = para.lower().rstrip(":").strip()
        if low.startswith("position:") and position_key(low[9:]) in POSITION and current.position is None:
            para = para[9:].strip()  # "Position: Supported", as some exports label it
            low = para.lower()
        if para.startswith("Theme:"):
            current = None
        elif _SOURCE.match(para):
            current.position_source = para.split(":", 1)[1].strip()
        elif position_key(low) in POSITION and (current.position is None or current.position_evidence):
            # the word as printed, without what the line joining left around it ("Supported" / ":")
            current.position, current.position_evidence = para.strip().rstrip(":").strip(), None
        elif low == "sdgs":
            mode = "sdgs"
        elif low == "affected persons":
            mode = "persons"
        elif mode == "themes" and THEME_CODE.match(para) and (current.position or current.position_source):
            current.themes.append(THEME_CODE.sub("", para).strip())  # "A12 Acceptance of international norms"
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
        if heading is not None:
            mode = "sdgs" if heading == "SDGs:" else "persons"
    return items


# "Source of position:" in earlier cycles' lists (searched only where "ource of" stands: a search with a leading
# space and no case is dear on every item of a list)
_SOURCE = re.compile(r"\s*Source of Position:", re.I)
_TAG_ITEM = re.compile(r"(?:^|\s)[-–•]\s+")
_TAG_SECTION = re.compile(r"\b(?P<head>SDGs|Affected persons):\s*")
_SDG_ITEM = re.compile(r"(?:^|\s)[-–•]\s*(?:(?:SDG|Goal)\s*)?(?P<n>1[0-7]|[1-9])\s*[-–.:]\s*[A-Za-z]", re.I)
_CELL_SPLIT = re.compile(r"\s+\|(?:\s+|$)")  # the last cell may be empty, its separator's space trimmed


def _matrix_row(text: str, a: int, b: int, m: re.Match[str]) -> UprItem:
    """An item printed as a table's row (cells joined by `CELL`): the recommendation (and its "Source of
    Position:") in the first cell, then the position, and the themes, SDGs and affected persons as the thematic
    list prints them under the item, run together in one cell ("- Acceptance of international norms - Enforced
    disappearances SDGs: - 16 - PEACE, … Affected persons: - Disappeared persons"), or themes with their codes
    ("A12 Acceptance of international norms; D32 Enforced disappearances"). A cell of comments is left out."""
    row = text[a:b]
    first = row.find(CELL)
    end = a + first
    item = UprItem(m["label"], (m.end(), end))
    src = _SOURCE.search(text, m.end(), end) if text.find("ource of", m.end(), end) >= 0 else None
    if src:
        item.span = (m.end(), src.start())
        item.position_source = text[src.end():end].strip()
    item.recommending_states = recommending_states(text[item.span[0]:item.span[1]])
    for cell in (c.strip() for c in _CELL_SPLIT.split(row[first + len(CELL):])):
        if position_key(cell) in POSITION and item.position is None:
            item.position = cell.rstrip(".")
        elif _TAG_ITEM.match(cell) or _TAG_SECTION.search(cell):
            parts = _TAG_SECTION.split(cell)  # [themes, head, values, head, values, …]
            item.themes += coded_themes(parts[0]) or [t.strip() for t in _TAG_ITEM.split(parts[0]) if t.strip()]
            for head, values in zip(parts[1::2], parts[2::2], strict=True):
                if head == "SDGs":
                    item.sdgs += [int(x["n"]) for x in _SDG_ITEM.finditer(values)]
                else:
                    item.affected_persons += [t.strip() for t in _TAG_ITEM.split(values) if t.strip()]
        elif coded_themes(cell):
            item.themes += coded_themes(cell)
    return item


def _runs_on(text: str, item: UprItem, para: str) -> bool:
    """True when `para` is more of `item`'s words: nothing has been printed under the item yet, its words do not
    end a recommendation (";", "." or ")"), and `para` is no heading, position or tag line."""
    if (item.position and not item.position_evidence) or item.position_source or item.themes or item.sdgs or \
            item.affected_persons:
        return False
    if text[item.span[0]:item.span[1]].rstrip().endswith((";", ".", ")")):
        return False
    return para[:1] not in "-–•" and not para.startswith(LABELS) and position_key(para) not in POSITION


# A heading of the tag lists that the text's line joining glued onto the end of the line before it, when that
# line was long: "- Persons with disabilities: protecting the integrity of the person SDGs:" (Slovenia 121.6)
_HEADINGS = ("SDGs:", "Affected persons:")
_GLUED_HEADING = re.compile(r"\s+(?=(?:SDGs|Affected persons):$)")
