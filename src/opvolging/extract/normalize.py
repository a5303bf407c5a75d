"""Normalize: raw page text to clean paragraphs, with an offset map back to the raw text.

What it repairs, each seen in letters as the PDF gives them:
- line-end hyphenation ("verschil-" / "lende" becomes "verschillende"), decided by `dehyphenate.should_join`;
- page headers and footers ("Tweede Kamer, vergaderjaar 2022–2023, 32 735, nr. 354 4"), found by their
  official shape and by repetition at the edges of pages; they are removed from the text and returned;
- paragraphs broken by a blank line in mid-sentence (a heading that continues after a blank line);
- hard line breaks inside a paragraph, and runs of spaces;
- bullets at the start of a line, which open a new paragraph;
- a UPR list's structure in PDF text, which has no blank lines: "Theme:", "SDGs:", "Affected persons:" and
  "Source of Position:" lines, and an item ("122.11 Recognize …") after a bullet, a label line or the end of
  the item before it, each open a new paragraph, however long the line before;
- where the reader saw the page's layout (a PDF), each line's role: page furniture (running heads, "Pagina 2
  van 7", the sidebar repeated on every page, the UN symbol with its page number) is taken out like a footer;
  footnotes, a margin column and a figure's labels are paragraphs of their own, never part of a sentence, and
  a sentence of the body that a page break, its footnotes and the next page's margin interrupt goes on after
  them (the footnotes follow the paragraph they interrupted).

The result's `text` has paragraphs separated by one blank line. `to_raw(i)` maps an offset in it back to the
raw text (the pages joined by form feeds).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from opvolging.extract import list_layout
from opvolging.extract.blocks import CELL
from opvolging.extract.dehyphenate import Vocabulary, should_join

_BULLET_LINE = re.compile(r"^\s*(?:[•●▪◦‣∙·]|[-–—*](?=\s))")
# "Tweede Kamer, vergaderjaar 2022–2023, 32 735, nr. 354 4" and its kin (Eerste Kamer, dossier with a letter).
OFFICIAL_FOOTER = re.compile(
    r"^\s*(?P<chamber>Tweede|Eerste)\s+Kamer,\s*vergaderjaar\s+(?P<y1>\d{4})\s*[–-]\s*(?P<y2>\d{4}),\s*"
    r"(?P<dossier>\d[\d ]*\d(?:\s*[A-Z]{1,4}\b)?(?:[- ][A-Z0-9]+)?),\s*(?:nr\.\s*(?P<number>\d+[A-Za-z]?)|"
    # the Eerste Kamer's documents are lettered: "Eerste Kamer, vergaderjaar 2023–2024, 36 200 VII, H"
    r"(?P<letters>[A-Z]{1,3}))(?:\s+(?P<page>\d{1,4}))?\s*$"
)
PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*)?(?:(?:pagina|page|blz\.?)\s*)?\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?"
                         r"(?:\s*[-–])?\s*$", re.I)
_END_OF_SENTENCE = tuple(".!?:;»”\"')]")
# A line cannot end a paragraph on one of these: "nieuwe internationale en" / "EU-instrumenten om …".
_FUNCTION_WORDS = frozenset(
    "en of de het een van voor met in op aan te tot door om die dat als bij naar over uit zoals and or the of to a "
    "an for with in on by as from that".split())
# "Source of Position: A/HRC/43/15", "SDGs:", "Affected persons:": a labelled field opens a paragraph.
_FIELD_LABEL = re.compile(r"^[A-Z][\w ()/-]{0,40}:(?:\s|$)")
# a numbered or lettered item of a list, or a numbered paragraph: "1. …", "2) …", "a. …", "(b) …", "121. …"
_LIST_ITEM_LINE = re.compile(r"(?:\d{1,3}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))\s+\S")
_LEFT_PART = re.compile(r"(\w+)-$")
_RIGHT_PART = re.compile(r"(\w+)")
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")


@dataclass
class Footer:
    """A line removed from a page edge: its text, the page it was on (1-based) and the printed page number."""

    text: str
    page: int
    printed_page: int | None = None


@dataclass
class Normalized:
    text: str
    segments: list[tuple[int, int, int]]  # (normalized_start, raw_start, length), sorted
    footers: list[Footer] = field(default_factory=list)
    raw_page_starts: list[int] = field(default_factory=list)  # raw offset where each page begins
    joined_hyphenations: list[str] = field(default_factory=list)

    def to_raw(self, offset: int) -> int:
        """The raw-text offset of normalized `offset` (synthetic characters map to their neighbour)."""
        if not self.segments:
            return 0
        i = max(0, bisect.bisect_right(self._segment_starts, offset) - 1)
        n0, r0, length = self.segments[i]
        return r0 + min(max(0, offset - n0), length)

    @cached_property
    def _segment_starts(self) -> list[int]:
        """The normalized start of each segment, listed once: a UN list asks the page of each of its hundreds of
        recommendations (the segments are set when the text is normalized, never changed after)."""
        return [s[0] for s in self.segments]

    def page_of(self, offset: int) -> int:
        """The 1-based page number on which normalized `offset` lies (read from where it came from in the raw
        text: footnotes may follow text of the next page)."""
        return max(1, bisect.bisect_right(self.raw_page_starts, self.to_raw(offset)))


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segments: list[list[int]] = []
        self.length = 0

    def copy(self, s: str, raw_start: int) -> None:
        if not s:
            return
        last = self.segments[-1] if self.segments else None
        if last and last[0] + last[2] == self.length and last[1] + last[2] == raw_start:
            last[2] += len(s)
        else:
            self.segments.append([self.length, raw_start, len(s)])
        self.parts.append(s)
        self.length += len(s)

    def synth(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)



@dataclass(slots=True)
class _Line:
    text: str  # stripped
    start: int  # raw offset of text[0]
    page: int
    role: str = "body"  # the reader's role for the line ("body", "margin", "note", "figure"); see sources.layout


def _is_edge_noise(line: str) -> bool:
    return bool(OFFICIAL_FOOTER.match(line) or PAGE_NUMBER.match(line))


# The UN's own page furniture: the Geneva job number ("GE.20-02535(E)"), set at the foot of a document's first page
UN_JOB_NUMBER = re.compile(r"^\s*GE\.\d{2}-\d{5}\s*(?:\([A-Z]\))?\s*$")


def find_footers(pages: list[str], roles: list[list[str]] | None = None) -> set[tuple[int, int]]:
    """(page index, line index) of every header or footer line.

    A line is a footer when the reader saw it as page furniture (`roles`), when it has the official Kamerstuk
    footer shape or is the UN's job number, when it is a bare page number at a page edge, or, in a document of
    several pages, when the same line (digits ignored) stands among the first or last three lines of at least
    half of the pages.
    """
    found: set[tuple[int, int]] = set()
    edges: list[list[tuple[int, str]]] = []
    for pi, page in enumerate(pages):
        lines = page.split("\n")
        if roles and pi < len(roles):
            found.update((pi, i) for i, role in enumerate(roles[pi]) if role == "furniture")
        nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
        for i, ln in enumerate(lines):
            if OFFICIAL_FOOTER.match(ln) or UN_JOB_NUMBER.match(ln):
                found.add((pi, i))
        edge = nonblank[:3] + nonblank[-3:]
        for i in set(nonblank[:2] + nonblank[-2:]):
            if PAGE_NUMBER.match(lines[i]):
                found.add((pi, i))
        edges.append([(i, re.sub(r"\d+", "#", lines[i].strip().lower())) for i in sorted(set(edge))])
    if len(pages) >= 2:
        counts = Counter(key for page in edges for key in {k for _, k in page})
        need = max(2, (len(pages) + 1) // 2)
        for pi, page in enumerate(edges):
            for i, key in page:
                if counts[key] >= need and len(key) >= 3 and sum(ch.isalpha() for ch in key) >= 2:
                    found.add((pi, i))
    return found


def _lines(pages: list[str], footer_at: set[tuple[int, int]],
           roles: list[list[str]] | None = None) -> tuple[list[_Line | None], list[Footer]]:
    """Stripped lines in order; None for a blank line (or a page break); footers taken out."""
    out: list[_Line | None] = []
    footers: list[Footer] = []
    offset = 0
    for pi, page in enumerate(pages):
        pos = offset
        page_roles = roles[pi] if roles and pi < len(roles) else []
        for li, raw in enumerate(page.split("\n")):
            if (pi, li) in footer_at:
                m = OFFICIAL_FOOTER.match(raw)
                printed = int(m["page"]) if m and m["page"] else None
                if printed is None:
                    digits = re.findall(r"\d+", raw)
                    # "Pagina 2 van 7" is page 2; "- 4 -" or "4" page 4
                    printed = int(digits[0]) if digits and PAGE_NUMBER.match(raw) else None
                footers.append(Footer(raw.strip(), pi + 1, printed))
                out.append(None)
            elif stripped := raw.strip():
                role = (page_roles[li] if li < len(page_roles) else "") or "body"
                out.append(_Line(stripped, pos + len(raw) - len(raw.lstrip()), pi + 1, role))
            else:
                out.append(None)
            pos += len(raw) + 1
        offset += len(page) + 1
        out.append(None)
    return out, footers


def _typical_width(lines: list[_Line | None]) -> int:
    widths = sorted(len(ln.text) for ln in lines if ln is not None)
    return widths[int(0.9 * (len(widths) - 1))] if widths else 0


def _is_caps_heading(line: str) -> bool:
    return len(line) >= 8 and line.isupper() and sum(map(str.isalpha, line)) >= 8


def _breaks_after(line: str, nxt: str, width: int) -> bool:
    """True when a single line break ends a paragraph: a short line (a heading, an address, the last line
    of a paragraph in text without blank lines) followed by a line that opens a new one."""
    if _is_caps_heading(line) or _is_caps_heading(nxt):
        return True
    # a UPR list's structure opens a paragraph after a long line too: "Theme:", "SDGs:", "Source of Position:"
    # …, and an item ("122.11 Recognize …") after a bullet, the end of the item before it or the preamble's colon
    # (PDF text keeps no blank lines between them)
    if nxt.startswith(list_layout.LABELS):
        return True
    if line.startswith(list_layout.SOURCE_LABELS):
        return True  # "Source of Position: A/HRC/52/14/Add.1" is one cell: its position ("Noted") follows apart
    if CELL in line and CELL in nxt:
        return True  # a table's rows, its cells joined by the readers' " | ": a row is a paragraph of its own
    if line.endswith((".", ":", ";")) and _LIST_ITEM_LINE.match(nxt):
        return True  # "… aan de orde:" then "1. Ultrafijn stof …"; "(a) A national report …"
    if nxt[:1].isdigit() and list_layout.ITEM.match(nxt) and (
            line.endswith((";", ".", ":")) or _BULLET_LINE.match(line) or line.startswith(list_layout.LABELS)):
        return True
    if ":" in nxt[:42] and line.endswith(_END_OF_SENTENCE) and _FIELD_LABEL.match(nxt):
        return True
    if len(line) >= 0.7 * width or _broken_word(line):
        return False
    return nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "«“\"'("


def _paragraphs(lines: list[_Line | None]) -> list[list[_Line]]:
    paras: list[list[_Line]] = []
    current: list[_Line] = []
    width = _typical_width(lines)
    for ln in lines:
        if ln is None:
            if current:
                paras.append(current)
                current = []
            continue
        if current and (current[-1].role != ln.role or _BULLET_LINE.match(ln.text)
                        or _breaks_after(current[-1].text, ln.text, width)):
            paras.append(current)
            current = []
        current.append(ln)
    if current:
        paras.append(current)
    return paras


def _broken_word(line: str) -> bool:
    """True when `line` ends in a word broken by a hyphen ("wets-"), not in a dash that stands alone (a table's empty
    cell "… | -")."""
    return line.endswith("-") and line[-2:-1].isalnum()


def _continues(prev: list[_Line], nxt: list[_Line]) -> bool:
    """True when paragraph `nxt` is the rest of the sentence `prev` broke off (blank line mid-sentence)."""
    last = prev[-1].text
    first = nxt[0].text
    if last.endswith(_END_OF_SENTENCE) or _BULLET_LINE.match(first):
        return False
    if _is_edge_noise(last):
        return False
    last_word = last.rsplit(None, 1)[-1].lower()
    return (first[:1].islower() or (_broken_word(last) and first[:1].isalpha())
            or (last_word in _FUNCTION_WORDS and first[:1].isalnum()))


def _merge(paras: list[list[_Line]]) -> list[list[_Line]]:
    """Paragraphs joined where a sentence broke off (`_continues`). The body's paragraphs join across the
    footnotes, margin and figure text between them, which then follow the joined paragraph."""
    merged: list[list[_Line]] = []
    aside: list[list[_Line]] = []  # paragraphs of other roles met since the last body paragraph
    for p in paras:
        if p[0].role != "body":
            aside.append(p)
            continue
        last = merged[-1] if merged and merged[-1][0].role == "body" else None
        if last is not None and _continues(last, p):
            last.extend(p)
            continue
        merged.extend(aside)
        aside = []
        merged.append(p)
    merged.extend(aside)
    return merged


def normalize(pages: list[str], language: str = "nl", roles: list[list[str]] | None = None) -> Normalized:
    """Clean paragraphs and the offset map from raw `pages` (see the module docstring). `roles`, where the
    reader saw the layout, gives each line's role (`SourceDocument.line_roles`)."""
    footer_at = find_footers(pages, roles)
    lines, footers = _lines(pages, footer_at, roles)
    merged = _merge(_paragraphs(lines))
    vocab: Vocabulary | None = None  # built on the first line-end hyphen: most text has none
    b = _Builder()
    parts, segments = b.parts, b.segments  # the hot loop appends to these directly
    length = 0
    joined: list[str] = []
    for pi, para in enumerate(merged):
        if pi:
            parts.append("\n\n")
            length += 2
        prev = None
        for ln in para:
            text = ln.text
            if prev is not None:
                if prev.endswith("-"):
                    m_left = _LEFT_PART.search(prev, max(0, len(prev) - 80))  # a word, not the whole line
                    m_right = _RIGHT_PART.match(text) if m_left else None
                    if m_left and m_right and vocab is None:
                        vocab = Vocabulary.of("\n".join(pages), language)
                    if m_left and m_right and not prev.endswith(" -") and should_join(
                            m_left.group(1), m_right.group(1), vocab, language):
                        parts[-1] = parts[-1][:-1]  # remove the hyphen already written
                        length -= 1
                        seg = segments[-1]
                        if seg[0] + seg[2] > length:
                            seg[2] = length - seg[0]
                        joined.append(m_left.group(1) + m_right.group(1))
                    elif not m_left:
                        parts.append(" ")
                        length += 1
                    # else: a real hyphen at the line end: keep it, no space ("EU-" / "instrumenten")
                else:
                    parts.append(" ")
                    length += 1
            if "  " not in text and "\t" not in text and "\u00a0" not in text:
                segments.append([length, ln.start, len(text)])
                parts.append(text)
                length += len(text)
            else:
                b.length = length
                _copy_line(b, text, ln.start)
                length = b.length
            prev = text
    b.length = length
    raw_starts, pos = [], 0
    for page in pages:
        raw_starts.append(pos)
        pos += len(page) + 1
    return Normalized(
        text="".join(parts),
        segments=_merge_segments(segments),
        footers=footers,
        raw_page_starts=raw_starts,
        joined_hyphenations=joined,
    )


def _merge_segments(segments: list[list[int]]) -> list[tuple[int, int, int]]:
    """Adjacent segments that continue each other in both texts become one."""
    out: list[list[int]] = []
    for n0, r0, size in segments:
        if size <= 0:
            continue
        if out and out[-1][0] + out[-1][2] == n0 and out[-1][1] + out[-1][2] == r0:
            out[-1][2] += size
        else:
            out.append([n0, r0, size])
    return [tuple(s) for s in out]


def _copy_line(b: _Builder, text: str, start: int) -> None:
    if "  " not in text and "\t" not in text and "\u00a0" not in text:
        b.copy(text, start)
        return
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        b.copy(text[pos:m.start()], start + pos)
        b.synth(" ")
        pos = m.end()
    b.copy(text[pos:], start + pos)
