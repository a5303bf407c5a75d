"""A State's answers to UPR recommendations: the addendum to the Working Group's report, in the shapes States print.

- **List paragraphs**: a position and the recommendations it covers, with ranges, in any of the orders States
  print them (`LIST_ORDERS`): the position before the noun ("The Government accepts the following recommendations
  122.1, 122.12, 122.17-18, …"; "For the time being, the Government notes recommendations 122.2-10, …"), next to
  the numbers ("supports 94.2", "Supported recommendations: 93.1, …"), after them ("Recommendations 41.1 and 41.5
  are supported.", "Recommendation 94.1 (France) is noted."), or before a colon ("… enjoy the support of Slovenia:
  93.2", "Recommendations noted by Ruritania: 94.1"). "… Slovenia considers that they are already implemented"
  reads as already implemented; "does not support", "is not in a position to accept" note a recommendation; "notes
  that" is no position. A range's end may drop the prefix ("122.62-66"), and so may the next number in a list
  ("140.82-85, 87"); a number glued to a page's UN symbol ("140.46A/HRC/59/15/Add.1") is read without it.
- **Narrative answers**: the recommendation numbers, alone on a line or opening the answer, then the State's words:
  "122.14– 15" / "Slovenia considers these recommendations implemented. …"; "33., 34., 35. Slovenia accepts these
  recommendations …". The answer runs to the next numbers, list paragraph or heading.
- **Section headings** ("Accepted recommendations", "B. Noted recommendations", "The following recommendations are
  supported:") give the position of what follows when no list names a recommendation; numbers alone under such a
  heading, with no words of their own after them, are its list.
- **Tables** (a Word, PDF or spreadsheet addendum read cell by cell, "94.1 | Noted | The death penalty …", "94.1 |
  Abolish the death penalty … (France); | Noted | …"): the position's own cell is the stance, the cells after it
  the answer.
- **Repeated recommendations**: an answer that first repeats the recommendation's words ("94.1 Abolish the death
  penalty … (France);" / "Ruritania notes this recommendation. …") begins after them (`quoted`); a label before
  the answer ("Response: Noted. …") or the position in parentheses ("94.1 (Noted) …") is read as the printed
  position.

A recommendation's response is its narrative answer when it has one, else the list paragraph that names it; its
stance is the position the lists give it, else the section's, else what its answer says (`stance.classify`). The
formulas themselves are in `upr_positions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from opvolging.extract.segment import CELL, paragraphs
from opvolging.extract.stance import classify
from opvolging.extract.upr_positions import (
    ALREADY,
    ENUMERATOR,
    GLUED_SYMBOL,
    LABELS,
    LIST_ORDERS,
    NUMBERS_OPEN,
    PARAGRAPH_NUMBER,
    PARTIAL_AFTER,
    POSITION_PHRASE,
    POSITION_WORD,
    RANGE,
    TOPIC,
    phrase_stance,
)


@dataclass
class UprAnswer:
    """One answer of the State: the recommendations it answers, where its words are, and the stance it takes
    (None where it takes none itself); `kind` is "list" or "narrative"."""

    labels: list[str]
    span: tuple[int, int]
    kind: str = "narrative"
    stance: str | None = None
    evidence: str | None = None
    section: str | None = None  # the position the heading over it gives ("Noted recommendations")


@dataclass
class Answers:
    """The addendum read: its answers, and per recommendation the answer that serves it and its stance."""

    answers: list[UprAnswer] = field(default_factory=list)
    response_of: dict[str, int] = field(default_factory=dict)  # label → index in `answers`
    stance_of: dict[str, tuple[str, str]] = field(default_factory=dict)  # label → (stance, evidence)
    # the position given to every recommendation the addendum names no other for ("All other recommendations are
    # supported"), and the paragraph that gives it; None when it gives none
    remaining: tuple[str, str] | None = None


def expand(raw: str) -> list[str]:
    """The labels a printed list means: "122.17-18" → 122.17, 122.18; "140.82-85, 87" → … 140.85, 140.87."""
    labels: list[str] = []
    head = ""
    for m in RANGE.finditer(GLUED_SYMBOL.sub("", raw)):
        first, last = m["first"], m["last"]
        prefix, _, a = first.rpartition(".")
        if prefix:
            head = prefix
        elif head:
            first = f"{head}.{first}"  # a bare number after a prefixed one: the same paragraph
        prefix = first.rpartition(".")[0]
        a = first.rpartition(".")[2]
        if last:
            b = last.rpartition(".")[2]
            if a.isdigit() and b.isdigit() and 0 <= int(b) - int(a) < 60:
                labels += [f"{prefix}.{i}" if prefix else str(i) for i in range(int(a), int(b) + 1)]
                continue
        labels.append(first)
    return list(dict.fromkeys(labels))


def _resolve(raw: list[str], known: list[str] | None, bare: bool) -> list[str]:
    """Printed labels as the report's: "122.33" as is, "33" as the one known label ending in ".33" where the
    report printed its items bare (`bare`). Without `known`, labels with a paragraph prefix stand as printed."""
    out: list[str] = []
    for lab in raw:
        if known is None:
            hit = lab if "." in lab else None
        elif lab in known:
            hit = lab
        elif bare and "." not in lab:
            ends = [k for k in known if k.rsplit(".", 1)[-1] == lab]
            hit = ends[0] if len(ends) == 1 else None
        else:
            hit = None
        if hit and hit not in out:
            out.append(hit)
    return out


def _word_stance(word: str, answer: str) -> str:
    """The stance of a position printed as a word before the answer ("Supported", "Not supported", "Noted")."""
    word = word.lower()
    if word.startswith("partially") or word.endswith("in part"):  # "Partially supported", "Accepted in part"
        return "partially_adopted"
    if word.startswith(("not", "reject")):
        return "noted"
    return "already_implemented" if ALREADY.search(answer) else "adopted"


def _table_row(text: str, a: int, b: int, labels: list[str]) -> UprAnswer | None:
    """A table's row that gives the position in a cell of its own, the recommendation's words possibly in the cells
    before it ("94.1 | Abolish the death penalty … (France); | Noted | The death penalty was abolished …"): the
    answer is the cells after the position (the position's cell itself when they are empty), its stance the
    position's. None when no cell is a position alone."""
    cells, pos = [], a
    while pos <= b:
        i = text.find(CELL, pos, b)
        end = b if i < 0 else i
        cells.append((pos, end))
        if i < 0:
            break
        pos = i + len(CELL)
    for k, (s, e) in enumerate(cells[1:], start=1):
        word = POSITION_WORD.fullmatch(text[s:e].strip().rstrip("|").strip())  # the last cell may keep its bar
        if word is None:
            continue
        rest = [(x, y) for x, y in cells[k + 1:] if text[x:y].strip()]
        start, stop = (rest[0][0], rest[-1][1]) if rest else (s, e)
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if not rest:
            stop = start + len(word.group(0))
        return UprAnswer(labels, (start, stop), "narrative", _word_stance(word["word"], text[start:stop]),
                         word.group(0))
    return None


# a report's label after the document's own paragraph number: "2. 94.1 – …", "3. Recommendation 41.1: …"
_DOTTED = re.compile(r"(?:Recommendations?\s+)?\d{1,3}\.\d{1,3}\b")
_SUBJECT_ALONE = re.compile(r"\([^()]{1,120}\)\s*")  # the subject of the numbers before it, all a heading holds
_SPACES = re.compile(r"\s+")


def _after_quote(text: str, at: int, end: int, quotes: list[str]) -> int:
    """Where the answer's own words begin in text[at:end]: after the recommendation's words when the answer repeats
    them first (all of its paragraph: `end`, so that the next paragraph answers), else `at`."""
    here = _SPACES.sub(" ", text[at:end]).strip()
    for quote in quotes:
        quote = _SPACES.sub(" ", quote).strip()
        if len(quote) < 20 or not here.startswith(quote[:20]):
            continue
        if len(here) <= len(quote) + 3:
            return end  # the paragraph is the quote
        tail = quote[-15:]
        k = text.find(tail, at, end) if tail in text[at:end] else -1
        if k >= 0:
            k += len(tail)
            while k < end and (text[k].isspace() or text[k] in ";."):
                k += 1
            return k
    return at


# every recommendation not named otherwise: "All other recommendations are supported", "The remaining
# recommendations enjoy the support of Ruritania", "Ruritania supports all recommendations except 94.1, …"
REMAINING = re.compile(rf"\b(?:all\s+(?:the\s+)?(?:other|remaining)|the\s+(?:other|remaining))\s+recommendations\b"
                       rf"[^.]{{0,60}}?\b(?:(?:are|were|have\s+been|will\s+be)\s+)?{POSITION_PHRASE}", re.I)
EXCEPT = re.compile(rf"\b{POSITION_PHRASE}\s+all\s+(?:the\s+)?(?:other\s+)?recommendations\s*,?\s+(?:except|but|save|"
                    rf"other\s+than|with\s+the\s+exception\s+of)\s+(?:for\s+)?(?:recommendations?\s+)?"
                    rf"(?P<labels>{LABELS})", re.I)


def _remaining(para: str, known: list[str] | None) -> tuple[str, list[str]] | None:
    """(the position every recommendation not named otherwise takes, the labels excepted from it) a paragraph
    gives, or None when it gives none (see REMAINING, EXCEPT)."""
    m = EXCEPT.search(para)
    if m:
        return phrase_stance(m, para), _resolve(expand(m["labels"]), known, False)
    m = REMAINING.search(para)
    if m:
        return phrase_stance(m, para), []
    return None


def _labels_only(para: str) -> bool:
    """True when `para` is nothing but labels ("93.1, 93.2, 93.3 and 94.2"), as a list under a heading prints them."""
    return bool(re.fullmatch(rf"\s*(?:Recommendations?\s+)?{LABELS}\s*\.?\s*", para, re.I))


def _section(para: str) -> str | None:
    """The stance a heading gives what follows it ("Accepted recommendations", "B. Noted recommendations",
    "Recommendations that enjoy the support of Ruritania", "The following recommendations are supported:"), or
    None when `para` is no such heading: short, naming recommendations and a position but no labels, not a
    sentence that ends."""
    body = ENUMERATOR.sub("", para)
    if len(para) >= 300 or para.rstrip().endswith(".") or re.search(r"\b\d{1,3}\.\d{1,3}\b", body) or not re.search(
            r"\brecommendations?\b", body, re.I):
        return None
    m = re.search(rf"\b{POSITION_PHRASE}", body, re.I)
    return phrase_stance(m, body) if m else None


# "in part" after the labels a position names: "supports recommendation 120.8 partially", "… 94.3 (Chile) in part"


def _listed(para: str, known: list[str] | None) -> list[tuple[list[str], str]]:
    """The (labels, stance) a list paragraph gives, in the order printed (see LIST_ORDERS); [] when `para` is no
    list paragraph. The position before the noun names two or more labels (one alone is a narrative's mention),
    unless the report is not at hand; the other orders may name one."""
    by_start: dict[int, tuple[str, str]] = {}  # where the labels begin → (the order that names them, the stance)
    for order, rx in LIST_ORDERS:
        for m in rx.finditer(para):
            by_start.setdefault(m.start("labels") if order in ("after", "exception") else m.end(),
                                (order, phrase_stance(m, para)))
    found = sorted((at, order, stance) for at, (order, stance) in by_start.items())
    out: list[tuple[list[str], str]] = []
    excepted: set[str] = set()
    for k, (at, order, stance) in enumerate(found):
        if order in ("after", "exception"):
            raw = re.match(LABELS, para[at:])
            labels = _resolve(expand(raw.group(0)), known, False) if raw else []
            if order == "exception":
                excepted.update(labels)
        else:
            upto = found[k + 1][0] if k + 1 < len(found) else len(para)
            raw = para[at:upto]
            if order == "next":  # only the labels next to the position, not the later mentions of the paragraph
                run = re.match(LABELS, raw)
                raw = run.group(0) if run else ""
                if run and stance == "adopted" and PARTIAL_AFTER.match(para, at + run.end()):
                    stance = "partially_adopted"  # "Ruritania supports recommendation 120.8 partially: …"
            labels = _resolve(expand(raw), known, False)
            if order == "before" and len(labels) < 2 and known is not None:
                continue
        if labels:
            out.append((labels, stance))
    if excepted:  # the range's or the rest's position is not the exceptions'
        out = [(kept, stance) for labels, stance in out
               if (kept := labels if set(labels) <= excepted else [x for x in labels if x not in excepted])]
    return out


def read_answers(text: str, start: int, known: list[str] | None = None, bare: bool = False,
                 language: str = "en", quoted: dict[str, str] | None = None) -> Answers:
    """The State's answers in text[start:] (see the module docstring). `known` are the report's labels (None when
    the report is not at hand: labels are then taken as printed); `bare`, that its items were printed "33." under a
    paragraph number, so that answers may number them so too; `quoted`, the report's words of each recommendation,
    which an answer may repeat before it answers ("94.1 Abolish the death penalty … (France);" / "Ruritania notes
    this recommendation. …"): the answer begins after them."""
    out = Answers()
    view = text.replace(CELL, " " * len(CELL))  # a table's cells read as words apart ("94.1 | Noted | The …")
    paras = [(a, b) for a, b in paragraphs(text) if a >= start]
    section: tuple[str, str] | None = None  # the stance the heading over this part gives, and the heading
    narrative: UprAnswer | None = None
    printed_alone: dict[int, tuple[int, int]] = {}  # id of a narrative whose numbers stand alone → their paragraph
    for a, b in paras:
        para = view[a:b].strip()
        stance = _section(para)
        if stance is not None:
            section = (stance, " ".join(para.split()))
            narrative = None
            continue
        rest = _remaining(para, known)
        if rest is not None:
            out.remaining = (rest[0], " ".join(para.split()[:40]))
            for lab in rest[1]:  # "supports all recommendations except 94.1": the one excepted takes the other
                out.stance_of.setdefault(lab, ("noted" if rest[0] != "noted" else "adopted", out.remaining[1]))
        listed = _listed(para, known) if rest is None or not rest[1] else []
        if listed:
            own_number = PARAGRAPH_NUMBER.match(view, a, b)
            body = own_number.end() if own_number else a
            evidence = " ".join(view[body:b].split()[:40])
            for labels, stance in listed:
                out.answers.append(UprAnswer(labels, (body, b), "list", stance, evidence))
                for lab in labels:
                    out.stance_of.setdefault(lab, (stance, evidence))
            narrative = None
            continue
        at = a
        own_number = PARAGRAPH_NUMBER.match(view, a, b)
        if own_number and _DOTTED.match(view, own_number.end(), b):
            at = own_number.end()  # "2. 94.1 – The death penalty …": the document's own number, then the label
        opens = NUMBERS_OPEN.match(GLUED_SYMBOL.sub(lambda m: " " * len(m.group(0)), view[at:b]))
        labels = _resolve(expand(opens["labels"]), known, bare) if opens else []
        words_from = at + opens.end() if opens else b
        if not labels:  # "With regard to recommendations 118.10 and 118.11, Ruritania supports them partially …"
            topic = TOPIC.match(view, own_number.end() if own_number else a, b)
            if topic:
                labels, words_from = _resolve(expand(topic["labels"]), known, bare), topic.end()
        if labels and CELL in text[a:b]:
            row = _table_row(text, a, b, labels)
            if row is not None:  # "94.1 | Abolish … (France); | Noted | The death penalty was abolished …"
                out.answers.append(row)
                narrative = None
                continue
        if labels:
            words_at = words_from
            while words_at < b and view[words_at].isspace():
                words_at += 1
            words_at = _after_quote(view, words_at, b, [quoted.get(lab, "") for lab in labels] if quoted else [])
            if _SUBJECT_ALONE.fullmatch(view, words_at, b):
                words_at = b  # "Recommendations 120.1–120.2 (international instruments)": a heading, answered below
            narrative = UprAnswer(labels, (words_at, b) if words_at < b else (b, b), "narrative",
                                  section=section[0] if section else None)
            if words_at >= b and section and _labels_only(para):
                printed_alone[id(narrative)] = (a, b)
            out.answers.append(narrative)
            continue
        numbered = PARAGRAPH_NUMBER.match(view, a, b)
        if narrative is not None and narrative.span[0] >= narrative.span[1]:
            # the numbers were a heading alone ("Recommendation 94.1"): this paragraph is the answer, its own
            # paragraph number ("2. Ruritania does not support this recommendation. …") left out
            narrative.span = (numbered.end() if numbered else a, b)
            continue
        if narrative is not None and not numbered:
            narrative.span = (narrative.span[0], b)  # the answer goes on in this paragraph
            continue
        narrative = None
    for ans in out.answers:
        # numbers alone under a heading that no words answer were a list ("Supported recommendations" / "93.1, 93.2,
        # 94.2" / "Noted recommendations" / …): the heading's position is theirs, their paragraph their answer
        if ans.span[0] >= ans.span[1] and id(ans) in printed_alone and ans.section:
            ans.span, ans.kind, ans.stance = printed_alone[id(ans)], "list", ans.section
            for lab in ans.labels:
                out.stance_of.setdefault(lab, (ans.section, ""))
    out.answers = [x for x in out.answers if x.span[0] < x.span[1]]
    for i, ans in enumerate(out.answers):
        for lab in ans.labels:
            if ans.kind == "narrative" or lab not in out.response_of:
                out.response_of[lab] = i
    for i, ans in enumerate(out.answers):  # a list paragraph answers those that have no narrative of their own
        if ans.kind == "list":
            ans.labels = [lab for lab in ans.labels if out.response_of.get(lab) == i]
    out.answers = [x for x in out.answers if x.labels]
    out.response_of = {lab: i for i, ans in enumerate(out.answers) for lab in ans.labels}
    for ans in out.answers:
        if ans.kind != "narrative":
            continue
        words = view[ans.span[0]:ans.span[1]]
        printed = POSITION_WORD.match(words)
        if printed and words[printed.end():].strip():  # the answer's words after the position printed before them
            ans.span = (ans.span[0] + printed.end() + len(words[printed.end():]) - len(words[printed.end():].lstrip()),
                        ans.span[1])
        for lab in ans.labels:
            if lab in out.stance_of:
                continue
            if ans.stance and ans.evidence:  # a table row's position cell
                out.stance_of[lab] = (ans.stance, ans.evidence)
            elif printed:
                out.stance_of[lab] = (_word_stance(printed["word"], words), printed.group(0))
            elif ans.section:
                out.stance_of[lab] = (ans.section, "")
            else:
                read = classify(words, language)
                # a UPR recommendation is supported or noted: "Ruritania does not support this recommendation"
                # notes it, as "does not support" in a list paragraph does
                stance = "noted" if read.stance == "rejected" else read.stance
                out.stance_of[lab] = (stance, read.evidence or "")
        ans.stance = out.stance_of[ans.labels[0]][0]
    return out
