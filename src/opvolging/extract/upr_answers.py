"""A State's answers to UPR recommendations: the addendum to the Working Group's report, in the shapes States print.

- **List paragraphs**: a formula and the recommendations it covers, with ranges: "The Government accepts the
  following recommendations 122.1, 122.12, 122.17-18, …" (supported), "… accepts the following recommendations
  122.11, 122.14-16, … Slovenia considers that they are already implemented or are in the process of
  implementation" (already implemented), "For the time being, the Government notes recommendations 122.2-10, …"
  (noted), "… does not support …". A range's end may drop the prefix ("122.62-66"), and so may the next number
  in a list ("140.82-85, 87"); a number glued to a page's UN symbol ("140.46A/HRC/59/15/Add.1") is read without it.
- **Narrative answers**: the recommendation numbers, alone on a line or opening the answer, then the State's words:
  "122.14– 15" / "Slovenia considers these recommendations implemented. …"; "33., 34., 35. Slovenia accepts these
  recommendations …". The answer runs to the next numbers, list paragraph or heading.
- **Section headings** ("Accepted recommendations", "Noted recommendations") give the position of what follows when
  no list names a recommendation.

A recommendation's response is its narrative answer when it has one, else the list paragraph that names it; its
stance is the position the lists give it, else the section's, else what its answer says (`stance.classify`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from opvolging.extract.segment import paragraphs
from opvolging.extract.stance import classify

_LABEL = r"\d{1,3}(?:\.\d{1,3})?"
_RANGE = rf"{_LABEL}(?:\s*[-–]\s*{_LABEL})?"
_LABELS = rf"{_RANGE}\.?(?:\s*(?:,|and|&|;)\s*{_RANGE}\.?)*"
# a UN symbol glued onto a number at a page break: "140.46A/HRC/59/15/Add.1"
_GLUED_SYMBOL = re.compile(r"(?<=\d)(?:A|E|S|CCPR|CERD|CEDAW|CRC|CAT|CRPD)/[A-Z0-9][\w./-]*")
NUMBERS_OPEN = re.compile(rf"(?:Recommendations?\s+)?(?P<labels>{_LABELS})\s*(?:[:–—-]\s*)?(?=[A-Z(“\"]|$)")
RANGE = re.compile(rf"(?P<first>{_LABEL})(?:\s*[-–]\s*(?P<last>{_LABEL}))?")
LIST_FORMULA = re.compile(
    r"\b(?P<verb>accepts?|accepted|supports?|supported|notes?|noted|takes?\s+note\s+of|rejects?|rejected|"
    r"(?:does|do|did)\s+not\s+(?:accept|support)|cannot\s+(?:accept|support)|is\s+not\s+in\s+a\s+position\s+to\s+"
    r"(?:accept|support))\b[^.]{0,80}?\brecommendations?\b", re.I)
ALREADY = re.compile(r"\balready\s+(?:been\s+)?implemented\b|\bin\s+the\s+process\s+of\s+implementation\b", re.I)
SECTION = re.compile(r"^(?P<word>Accepted|Supported|Noted|Rejected|Not\s+supported)\s+recommendations\b", re.I)
# the position printed before the answer's words: "Supported. Ruritania will …", "Not supported." (noted), as a
# table's column "94.2 Supported Ruritania will …"
POSITION_WORD = re.compile(r"^\(?(?P<word>Supported|Noted|Accepted|Rejected|Partially\s+supported|Not\s+supported|"
                           r"Not\s+accepted)\)?\b[.:;,]?", re.I)
_PARAGRAPH_NUMBER = re.compile(r"\s*\d{1,3}\.\s+")  # the document's own paragraph number: "2. Ruritania …"
_STANCE = {"accept": "adopted", "support": "adopted", "note": "noted", "take": "noted", "reject": "rejected"}


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


def expand(raw: str) -> list[str]:
    """The labels a printed list means: "122.17-18" → 122.17, 122.18; "140.82-85, 87" → … 140.85, 140.87."""
    labels: list[str] = []
    head = ""
    for m in RANGE.finditer(_GLUED_SYMBOL.sub("", raw)):
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


def _list_stance(paragraph: str, verb: str) -> str:
    word = verb.lower().split()[0]
    if word in ("does", "do", "did", "cannot", "is", "not"):
        return "noted"  # "does not support": a UPR recommendation is supported or noted
    stance = next((v for k, v in _STANCE.items() if word.startswith(k)), "adopted")
    if stance == "adopted" and ALREADY.search(paragraph):
        return "already_implemented"
    return stance


# the list paragraph's other orders: the labels between the noun and the verb ("Recommendations 41.1, 41.5 and 41.7
# are supported."), or after a colon ("The following recommendations enjoy the support of Slovenia: 93.2, …")
LIST_NAMED = re.compile(rf"\brecommendations?\s+(?P<labels>{_LABELS})\s+(?:are|is|were|was|have\s+been|has\s+been)\s+"
                        r"(?P<verb>not\s+supported|not\s+accepted|supported|accepted|noted|rejected)\b", re.I)
LIST_COLON = re.compile(r"\brecommendations?\b[^.:]{0,80}?\b(?P<verb>(?:are|were|have\s+been)\s+(?:not\s+)?"
                        r"(?:supported|accepted|noted)|(?:do|does|did)\s+not\s+enjoy\s+(?:the|its)\s+support|"
                        r"enjoys?\s+(?:the|its)\s+support)\b[^.:]{0,60}:\s*", re.I)


def _listed(para: str, known: list[str] | None) -> tuple[list[str], str] | None:
    """(the labels a list paragraph names, the stance it gives them), or None when `para` is no list paragraph.
    The formula before the labels ("The Government accepts the following recommendations 122.1, …") names two or
    more (one alone is a narrative's mention), unless the report is not at hand; the other orders may name one."""
    formula = LIST_FORMULA.search(para)
    if formula:
        labels = _resolve(expand(para[formula.end():]), known, False)
        if len(labels) >= 2 or (labels and known is None):
            return labels, _list_stance(para, formula["verb"])
    for rx in (LIST_NAMED, LIST_COLON):
        m = rx.search(para)
        if m:
            raw = m["labels"] if rx is LIST_NAMED else para[m.end():]
            words = m["verb"].lower()
            stance = "noted" if "not" in words.split() or "note" in words else (
                "rejected" if "reject" in words else "adopted")
            if stance == "adopted" and ALREADY.search(para):
                stance = "already_implemented"
            return _resolve(expand(raw), known, False), stance
    return None


def read_answers(text: str, start: int, known: list[str] | None = None, bare: bool = False,
                 language: str = "en") -> Answers:
    """The State's answers in text[start:] (see the module docstring). `known` are the report's labels (None when
    the report is not at hand: labels are then taken as printed); `bare`, that its items were printed "33." under a
    paragraph number, so that answers may number them so too."""
    out = Answers()
    paras = [(a, b) for a, b in paragraphs(text) if a >= start]
    section: str | None = None
    narrative: UprAnswer | None = None
    for a, b in paras:
        para = text[a:b].strip()
        sec = SECTION.match(para)
        if sec and len(para) < 200 and not para.rstrip().endswith("."):
            section = _list_stance(para, sec["word"].split()[0])
            if "not" in sec["word"].lower():
                section = "noted"
            narrative = None
            continue
        listed = _listed(para, known)
        if listed:
            labels, stance = listed
            if labels:
                body = a + (re.match(r"\d{1,3}\.\s+", para).end() if re.match(r"\d{1,3}\.\s+", para) else 0)
                answer = UprAnswer(labels, (body, b), "list", stance, " ".join(text[body:b].split()[:40]))
                out.answers.append(answer)
                for lab in labels:
                    out.stance_of.setdefault(lab, (stance, answer.evidence or ""))
                narrative = None
                continue
        opens = NUMBERS_OPEN.match(_GLUED_SYMBOL.sub(lambda m: " " * len(m.group(0)), text[a:b]))
        labels = _resolve(expand(opens["labels"]), known, bare) if opens else []
        if labels:
            words_at = a + opens.end()
            while words_at < b and text[words_at].isspace():
                words_at += 1
            narrative = UprAnswer(labels, (words_at, b) if words_at < b else (b, b), "narrative", section=section)
            out.answers.append(narrative)
            continue
        numbered = _PARAGRAPH_NUMBER.match(text, a, b)
        if narrative is not None and narrative.span[0] >= narrative.span[1]:
            # the numbers were a heading alone ("Recommendation 94.1"): this paragraph is the answer, its own
            # paragraph number ("2. Ruritania does not support this recommendation. …") left out
            narrative.span = (numbered.end() if numbered else a, b)
            continue
        if narrative is not None and not numbered:
            narrative.span = (narrative.span[0], b)  # the answer goes on in this paragraph
            continue
        narrative = None
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
        words = text[ans.span[0]:ans.span[1]]
        printed = POSITION_WORD.match(words)
        if printed and words[printed.end():].strip():  # the answer's words after the position printed before them
            ans.span = (ans.span[0] + printed.end() + len(words[printed.end():]) - len(words[printed.end():].lstrip()),
                        ans.span[1])
        for lab in ans.labels:
            if lab in out.stance_of:
                continue
            if printed:
                word = printed["word"].lower()
                out.stance_of[lab] = ("partially_adopted" if word.startswith("partially") else _list_stance(
                    words, word), printed.group(0))
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
