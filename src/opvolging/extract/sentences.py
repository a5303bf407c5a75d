"""Sentence splitting that knows Dutch and English abbreviations ("d.d.", "jl.", "o.a.", "W.B.", "nr.", "e.g.")."""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """
    a.s d.d jl j.l o.a e.d e.a m.b.t t.a.v i.v.m i.p.v m.n t.z.t z.s.m bijv bv b.v nr nrs art blz pag p pp vs
    ca resp incl excl min zgn z.g dhr mevr mr dr prof ir drs ing ds st vz evt ev enz etc c.q t.o.v n.a.v
    a.d.h.v m.i.v d.w.z m.a.w o.b.v t.b.v i.c.m i.s.m v.w.b i.o.m jr vgl zie par lid sub kamerstuk stb stcrt
    e.g i.e mr mrs ms no nos para paras fig vol cf al approx u.s u.n st jan feb mrt apr jun jul aug sep sept okt
    oct nov dec
    """.split()
)
_BOUNDARY = re.compile(
    r"[.!?](?P<close>[»”\"')\]]*)\s+(?=[«“\"'(\[]?[A-Z0-9ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ•])|(?P<para>\n\s*\n|\|(?= ))"
)


def _is_abbreviation(before: str) -> bool:
    parts = before.rsplit(None, 1)
    if not parts:
        return False
    token = parts[-1].lstrip("(«“\"'[").rstrip(".!?»”\"')]").lower()
    if token in ABBREVIATIONS:
        return True
    # initials: "W.B." and single capitals "J." before a name
    letters = token.split(".")
    return 0 < len(letters) <= 3 and all(len(x) == 1 and x.isalpha() for x in letters)


QUOTE_SPAN = 600  # the longest quotation that holds a sentence open


# a typed apostrophe opens a quotation where no letter stands before it and one follows ("het rapport 'Kiezen …"),
# and closes one where a letter or a mark stands before it and none follows ("… draagvlak' gepubliceerd"); "auto's"
# and "zo'n" do neither
_TYPED_OPEN = re.compile(r"(?<![\w'])'(?=\w)")
_TYPED_CLOSE = re.compile(r"(?<=[\w.!?,])'(?![\w'])")


def _inside_quote(text: str, start: int, end: int) -> bool:
    """True when text[start:end] opens a quotation it has not closed («Hoe hoort het eigenlijk? Passend …», 'Kiezen
    voor houdbare zorg. Mensen, middelen en maatschappelijk draagvlak')."""
    return (text.count("«", start, end) > text.count("»", start, end)
            or text.count("“", start, end) > text.count("”", start, end)
            or text.count('"', start, end) % 2 == 1
            or _single_open(text, start, end)
            or (text.find("'", start, end) >= 0 and len(_TYPED_OPEN.findall(text, start, end))
                > len(_TYPED_CLOSE.findall(text, start, end))))


_CURLY_CLOSE = re.compile(r"’(?!\w)")  # ’ before a letter is an apostrophe ("auto’s")


def _single_open(text: str, start: int, end: int) -> bool:
    """True when the last ‘ in text[start:end] opens a quotation that no ’ after it closes."""
    k = text.rfind("‘", start, end)
    return k >= 0 and _CURLY_CLOSE.search(text, k, end) is None


def split(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences in text[start:end], trailing space excluded, empty sentences dropped."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group("para") is None:
            stop = m.start() + 1  # after the full stop
            if not m.group("close") and _is_abbreviation(text[max(pos, stop - 40):stop]):
                continue
            # a quotation holds a sentence open for a title's length, not further: one that is never closed
            # would hold the rest of the text (and counting its quotes anew at every full stop is quadratic)
            # (the quotation marks that close with the full stop count: "'Versterk de positie.' Het kabinet …")
            if stop - pos < QUOTE_SPAN and _inside_quote(text, pos, stop + len(m.group("close"))):
                continue
            spans.append((pos, stop + len(m.group("close"))))
        else:
            spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out
