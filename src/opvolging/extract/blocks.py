"""The parts every segmentation is made of: a text's paragraphs, a recommendation's heading with the answer block
after it, where a letter's body ends (its closing and signature), and the labels a heading prints."""

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
