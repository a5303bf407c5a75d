"""Align: which answer serves which recommendations, and which other recommendations an answer points to.

- A recommendation whose heading is followed at once by the next heading shares that heading's answer
  ("• Aanbeveling 2 …" then "• Aanbeveling 3 …" then one answer for both).
- An answer that names another recommendation ("Zoals ook aangegeven in de reactie op aanbeveling 4")
  refers to it.
"""

from __future__ import annotations

import re

from opvolging.extract.blocks import NUMBER_LABEL, without_trailing_headings
from opvolging.extract.segment import Segmentation
from opvolging.model import Recommendation, Response

# Searched in the lower-cased answer; starts with a literal so the scan is quick.
REFERENCE = re.compile(
    rf"(?:aanbeveling(?:en)?|advies|adviezen|recommendations?)\s+(?:nr\.\s*)?(?P<labels>{NUMBER_LABEL}"
    rf"(?:\s*(?:,|en|and|&)\s*{NUMBER_LABEL})*)")


def _clean(text: str) -> str:
    return " ".join(text.split())


_QUOTES = {"‘": "’", "“": "”", "«": "»", "'": "'", '"': '"', "„": "”", "‚": "’"}


def unquoted(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` without the quotation marks around the whole of what it holds ("Aanbeveling 1: ‘Zorg voor …’"): the
    recommendation is the council's words, not their marks; a quotation within it, or one that ends before it does,
    is kept."""
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    close = _QUOTES.get(text[a]) if a < b else None
    if close is None:
        return span
    end = b - 1 if text[b - 1] in ".;" and b - 2 > a else b  # the mark may close before the sentence's full stop
    if text[end - 1] != close or text.find(close, a + 1, end - 1) >= 0 or end - a < 3:
        return span
    return a + 1, end - 1


def align(text: str, seg: Segmentation) -> tuple[list[Recommendation], list[Response]]:
    """Recommendations (with `response_id` and `refers_to` set) and the responses that answer them."""
    recs: list[Recommendation] = []
    responses: list[Response] = []
    pending: list[Recommendation] = []
    for h in seg.headings:
        group: list[Recommendation] = []
        for label in h.labels:
            span = unquoted(text, h.span)
            rec = Recommendation(id=f"r{len(recs) + 1}", label=label, text=_clean(text[span[0]:span[1]]), span=span)
            recs.append(rec)
            group.append(rec)
        if h.block[0] >= h.block[1]:
            pending += group
            continue
        served = pending + group
        pending = []
        block = without_trailing_headings(text, h.block)
        resp = Response(id=f"a{len(responses) + 1}", answers=[r.label for r in served],
                        text=text[block[0]:block[1]], span=block)
        responses.append(resp)
        own = {r.label for r in served}
        refs: list[str] = []
        low = resp.text.lower()
        for m in REFERENCE.finditer(low):
            if m.start() and low[m.start() - 1].isalnum():
                continue
            for lab in re.split(r"\s*(?:,|en|and|&)\s*", m["labels"]):
                if lab and lab not in own and lab not in refs:
                    refs.append(lab)
        for r in served:
            r.response_id = resp.id
            r.refers_to = list(refs)
    return recs, responses
