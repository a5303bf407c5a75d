"""Recommendations quoted without a label, each answered at once by a paragraph that points back to it: the
recommendation set as a heading of its own words (bold or italic in the letter, a paragraph of its own in the text:
"Versterk de positie van gemeenteraden"), then "Het kabinet neemt deze aanbeveling over." `segment.segment` tries
it last: only the answer's "deze aanbeveling" says what the paragraph before it is.
"""

from __future__ import annotations

import re

from opvolging.extract.blocks import HeadingSeg, Segmentation, body_end, paragraphs

# an answer that points back to the paragraph before it, in its first sentence ("dit advies" is most often the whole
# advice: "Het kabinet dankt de raad voor dit advies" after the paragraph that says it was published)
POINTS_BACK = re.compile(r"\b(?:deze|die|this|that)\s+(?:aanbeveling|recommendation)\b", re.I)
# a paragraph that is the government's own words, not the council's: it answers, it does not recommend
_OWN_WORDS = re.compile(r"^\W*(?:het\s+kabinet|de\s+regering|ik|wij|we|the\s+government)\b", re.I)
MAX_RECOMMENDATION = 600  # characters: a quoted recommendation is a sentence or three, not a page


def _first_sentence(text: str, a: int, b: int) -> str:
    m = re.search(r"[.!?](?:\s|$)", text[a:b])
    return text[a:a + m.end()] if m else text[a:b]


def segment_quoted(text: str) -> Segmentation:
    """Each paragraph that the next one answers by pointing back ("deze aanbeveling") is a recommendation, numbered
    in order, and its answer runs to the next such paragraph or the letter's closing; nothing unless two or more are
    found (one such pair may be an aside)."""
    paras = paragraphs(text)
    end = body_end(text, paras[0][0]) if paras else len(text)
    found: list[int] = []  # indexes of the recommendations' paragraphs
    for k in range(len(paras) - 1):
        a, b = paras[k]
        na, nb = paras[k + 1]
        if na >= end:
            break
        own = text[a:b]
        if (len(own) > MAX_RECOMMENDATION or own.rstrip().endswith(":") or _OWN_WORDS.match(own)
                or POINTS_BACK.search(own) or not POINTS_BACK.search(_first_sentence(text, na, nb))):
            continue
        found.append(k)
    if len(found) < 2:
        return Segmentation()
    heads = []
    for i, k in enumerate(found):
        a, b = paras[k]
        block_start = paras[k + 1][0]
        block_end = paras[found[i + 1]][0] if i + 1 < len(found) else end
        while block_end > block_start and text[block_end - 1].isspace():
            block_end -= 1
        while b > a and text[b - 1].isspace():
            b -= 1
        heads.append(HeadingSeg([str(i + 1)], (a, b), (block_start, block_end)))
    return Segmentation(heads, intro_end=paras[found[0]][0], body_end=end, shape="quoted")
