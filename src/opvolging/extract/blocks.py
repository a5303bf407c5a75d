"""The parts every segmentation is made of: a text's paragraphs, a recommendation's heading with the answer block
after it, where a letter's body ends (its closing and signature), the labels a heading prints, and the places an
answer names its recommendations by ("De tweede aanbeveling …")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CELL = " | "  # how the readers join the cells of a table row
# a recommendation's number as councils print it: "3", "2a", and by chapter "2.1" ("Aanbeveling 2.1: Stel …")
NUMBER_LABEL = r"\d{1,3}(?:\.\d{1,2}(?!\d))?[a-z]?"
# where the closing begins: the signing minister's role on a line of its own, ending in a comma ("De Minister van
# Buitenlandse Zaken,", "de minister van Binnenlandse Zaken en Koninkrijksrelaties,", as letters print it now), or
# the greeting
SIGNATURE_START = re.compile(
    r"^(?:(?:[Dd]e|[Hh]et)\s+(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)\b[^\n]{0,120},(?:\s*$|"
    r"\s+(?:[A-Z]\.){1,5}\s?\w+)|Hoogachtend|Met vriendelijke groet)", re.M)

@dataclass
class HeadingSeg:
    labels: list[str]
    span: tuple[int, int]  # the recommendation text (label and bullet excluded)
    block: tuple[int, int]  # the answer block after it (may be empty)


@dataclass
class Segmentation:
    headings: list[HeadingSeg] = field(default_factory=list)
    intro_end: int = 0
    body_end: int = 0
    shape: str = "none"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of a normalized text (separated by blank lines)."""
    out = []
    pos = 0
    for m in re.finditer(r"\n\s*\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def labels(raw: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\ben\b|\band\b|&)\s*", raw)
    out: list[str] = []
    for p in parts:
        rng = re.match(r"(\d+)\s*(?:t/m|-|–)\s*(\d+)$", p)
        dotted = re.match(r"(\d+)\.(\d+)\s*(?:t/m|-|–)\s*(?:(\d+)\.)?(\d+)$", p)  # "2.1 t/m 2.3", "2.1-3"
        if rng and int(rng.group(2)) - int(rng.group(1)) < 30:
            out += [str(i) for i in range(int(rng.group(1)), int(rng.group(2)) + 1)]
        elif dotted and dotted[3] in (None, dotted[1]) and 0 <= int(dotted[4]) - int(dotted[2]) < 30:
            out += [f"{dotted[1]}.{i}" for i in range(int(dotted[2]), int(dotted[4]) + 1)]
        elif p.strip():
            out.append(p.strip())
    return out


def body_end(text: str, start: int) -> int:
    found = list(SIGNATURE_START.finditer(text, start))
    if found and found[-1].start() > start:
        return found[-1].start()
    return len(text)


ORDINALS = {w: k for k, w in enumerate(
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde".split(), 1)} | {
    w: k for k, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)}
# a list's item named by its place in the answer after it: "De tweede aanbeveling neemt het kabinet niet over",
# "Het kabinet neemt de eerste aanbeveling over", "The third recommendation is supported"
# "De tweede en derde aanbeveling", "the second and third recommendations": several places in one (`places`);
# "De raad beveelt in zijn derde aanbeveling aan …", "in its third recommendation": the council's own
_ORD = "|".join(ORDINALS)
ORDINAL = re.compile(rf"\b(?:de|het|the|zijn|haar|hun|its|their)\s+(?P<n>{_ORD})"
                     rf"(?P<more>(?:\s*(?:,|en|and)\s*(?:{_ORD}))*)\s+"
                     r"(?:aanbevelingen|aanbeveling|adviezen|advies|recommendations|recommendation)\b", re.I)


def places(m: re.Match[str]) -> list[int]:
    """The places an ORDINAL match names, in order (1 for "eerste"/"first")."""
    return [ORDINALS[m["n"].lower()]] + [ORDINALS[w.lower()] for w in re.findall(r"\w+", m["more"] or "")
                                         if w.lower() in ORDINALS]


def runs(text: str, found: list[tuple[int, list[str]]], end: int) -> dict[str, tuple[int, int]]:
    """Label → the run of text that begins where `found` (ascending (offset, labels)) names it and ends before the
    next such place, or at `end`, its trailing space left out; the first run that names a label is its."""
    out: dict[str, tuple[int, int]] = {}
    for i, (start, labels_here) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        for label in labels_here:
            out.setdefault(label, (start, stop))
    return out


HEADING_MAX = 90  # characters: a heading is a phrase, not a sentence


def is_heading(para: str) -> bool:
    """True when the paragraph `para` is a heading: a short phrase, capitalised, that ends in no sentence's mark
    ("Betaalbaarheid", "Regie op de woningbouw")."""
    para = para.strip()
    return 0 < len(para) <= HEADING_MAX and para[:1].isupper() and not para.endswith((".", ";", ":", ",", "?", "!"))


def without_trailing_headings(text: str, block: tuple[int, int]) -> tuple[int, int]:
    """`block` ended before the headings that close it: the heading of the next section of a letter answered by theme
    ("Dit doe ik al via de woondeals." / "Betaalbaarheid") belongs to what follows, not to this answer."""
    a, b = block
    paras = paragraphs(text[a:b])
    while len(paras) > 1 and is_heading(text[a + paras[-1][0]:a + paras[-1][1]]):
        paras.pop()
        b = a + paras[-1][1]
    return a, b
