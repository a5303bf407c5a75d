"""Segment: find the recommendations in a normalized text, and the answer block after each.

Shapes it reads, each from real letters:
- a heading per recommendation, answered below it: "• Aanbeveling 3 Maak niet langer onderscheid …",
  "Aanbeveling 2a:", "Advies 3:", "Recommendation 4 –", "Aanbevelingen 2 en 3", "Aanbeveling B:";
- a numbered list introduced by a sentence that announces recommendations ("De AIV doet de volgende
  aanbevelingen:" then "1. …", "2) …", "a. …"), answered after it under their labels ("Ad 1", "Ad a."), by their
  place ("De tweede aanbeveling neemt het kabinet niet over") or under headings of their subject
  (`segment_list`, `answers_by_subject`);
- a table of recommendations and reactions (`segment_table`);
- recommendations quoted in running text: "De Raad beveelt aan om …", "De commissie adviseert …" (`segment_running`);
- recommendations quoted as paragraphs of their own, each answered by "deze aanbeveling" (`segment_quoted`).

The answer block of a heading runs to the next heading or to the closing signature, without the label that may
open it ("Reactie kabinet:", "Kabinetsstandpunt:"). A heading with an empty block shares the answer of the heading
that follows it (see `align`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from opvolging.extract import sentences, stance
from opvolging.extract.blocks import (  # noqa: F401 — CELL, HeadingSeg, paragraphs: the segmentation's parts, for its users
    CELL,
    NUMBER_LABEL,
    HeadingSeg,
    Segmentation,
    body_end,
    labels,
    paragraphs,
)
from opvolging.extract.segment_list import segment_list
from opvolging.extract.segment_quoted import segment_quoted
from opvolging.extract.segment_running import quoted_between, segment_running
from opvolging.extract.segment_table import segment_table

HEADING = re.compile(
    r"(?P<bullet>[•●▪◦‣∙·\-–—*]\s*|\d{1,3}[.)]?\s+)?(?P<word>(?:Kern|Hoofd)?(?:A|a)anbeveling(?:en)?|Advies|Adviezen|Recommendations?|Aanbeveling\s+nr\.)\s+"
    rf"(?P<labels>(?:{NUMBER_LABEL}|[IVXLC]{{1,6}}|[A-Z](?!\w))(?:\s*(?:,|en|and|&|t/m|-|–)\s*(?:{NUMBER_LABEL}|[IVXLC]{{1,6}}|"
    r"[A-Z](?!\w)))*)"
    r"(?P<sep>\s*[:.–—\-)]\s*|\s+|$)"
)
# the recommendation announced by its number: "Aanbeveling 1 luidt: 'Versterk …'", "Aanbeveling 2 van de Raad luidt
# als volgt:"
_READS = re.compile(r"(?:van\s+(?:de|het)\s+[\w-]+(?:\s+[\w-]+){0,4}?\s+)?luidt(?:\s+als\s+volgt)?\s*:\s*")


def _is_heading_paragraph(text: str, a: int, b: int) -> tuple[re.Match[str], int] | None:
    """The heading that opens the paragraph text[a:b], and where the recommendation's words begin; None when the
    paragraph opens with none."""
    m = HEADING.match(text, a, b)
    if not m:
        return None
    rest = text[m.end():b]
    if not rest.strip():
        return m, m.end()  # label alone on its line: the text follows
    # "Advies 3: …" or "Aanbeveling 1 – Verdedig …": the heading must start a sentence, not be one in prose
    if m["sep"].strip() or m["bullet"] or rest[:1].isupper() or rest[:1] in "«“\"'":
        return m, m.end()
    reads = _READS.match(text, m.end(), b)
    if reads:  # "Aanbeveling 1 luidt: 'Versterk …'"
        return m, reads.end()
    line_end = text.find("\n", m.end(), b)
    if rest[:1] == "(" and text[m.end():line_end if line_end != -1 else b].rstrip().endswith(")"):
        return m, m.end()  # "Aanbeveling 3 (correctief referendum)": a heading that names its subject
    return None


# the words of a label over the government's answer: "Reactie", "Reactie (van het) kabinet", "Kabinetsreactie",
# "Kabinetsstandpunt", "Standpunt (van het) kabinet", "Appreciatie", "Antwoord", "Response"
_LABEL_WORDS = (r"(?:Reactie(?:\s+(?:van\s+(?:het\s+kabinet|de\s+regering|de\s+minister|de\s+staatssecretaris)|kabinet|"
                r"regering|minister))?|Kabinetsreactie|Kabinetsstandpunt|Kabinetsappreciatie|"
                r"Standpunt(?:\s+(?:van\s+het\s+)?kabinet)?|Appreciatie(?:\s+(?:van\s+het\s+)?kabinet)?|Antwoord|"
                r"Response|Government\s+response)")
# A label that opens the government's answer, with its colon: "Reactie:", "Kabinetsstandpunt: Het kabinet …"
ANSWER_LABEL = re.compile(_LABEL_WORDS + r"\s*:")
IMPERATIVE_OPENS = re.compile(r"(?:Omarm|Onderschrijf|Verwelkom|Volg|Steun)\b")  # advice: "Omarm het initiatief"
# the council speaking of itself ("De Raad steunt het voornemen …") takes no stance; "De AIV stelt terecht" is the
# government's verdict on it
COUNCIL_OPENS = re.compile(r"(?:De|Het)\s+(?:[Rr]aad|[Cc]ommissie|[Cc]ollege|[A-Z][A-Za-z]{1,4})\b")


def _answer_within(text: str, a: int, b: int) -> int | None:
    """Where the answer begins inside a recommendation's paragraph, when a line break did not separate them
    ("Aanbeveling 1: Geef … ruimte. Ik onderschrijf deze aanbeveling. …"); None when it does not. The
    recommendation keeps its first sentence; a later one answers when it opens with an answer's label or takes a
    stance by one of the stance rules ("Deze aanbeveling neem ik over", "De AIV stelt terecht …"); not a mere
    "zal", which the council's own advice uses too ("Wij bevelen aan dat het kabinet … zal …")."""
    for sa, sb in sentences.split(text, a, b)[1:]:
        if ANSWER_LABEL.match(text, sa):
            return sa
        sentence = text[sa:sb]
        if IMPERATIVE_OPENS.match(sentence) or (COUNCIL_OPENS.match(sentence) and "terecht" not in sentence):
            continue
        read = stance.classify(sentence)
        if read.stance != "unclear" and read.confidence >= 0.7:  # a rule, not a mere "zal"
            return sa
    return None


# the council's own words of what it recommends, opening a heading's block: "De ombudsman beveelt aan om …", "De Raad
# adviseert het kabinet …", "Het college raadt aan …"
COUNCIL_RECOMMENDS = re.compile(r"(?:De|Het)\s+(?:[Rr]aad|[Cc]ommissie|[Cc]ollege|[Oo]mbudsman|[Ii]nspectie|"
                                r"[A-Z][A-Za-z]{1,4})\b[^.]{0,40}?\b(?:beveelt|bevelen|adviseert|adviseren|raadt)\b")


def _council_recommends_from(text: str, a: int, b: int, heading_end: int) -> int:
    """Where the answer begins in a heading's block text[a:b] whose first sentences are the council's own words of
    what it recommends (they belong to the recommendation, under a heading that names its subject: "Aanbevelingen
    1 en 2: Betalingsregelingen en maatwerk" / "De ombudsman beveelt aan om de termijn … te verlengen …"); `a`
    when they are not."""
    start = a
    for sa, sb in sentences.split(text, a, b):
        if sa < start or not COUNCIL_RECOMMENDS.match(text, sa) or sa - heading_end > 2000:
            break
        start = sb
        while start < b and text[start].isspace():
            start += 1
    return start if start < b else a


def segment_headings(text: str) -> Segmentation:
    """Recommendations set as headings ("Aanbeveling 3 …") with the answer block after each."""
    paras = paragraphs(text)
    found: list[tuple[int, re.Match[str], int]] = []
    for i, (a, b) in enumerate(paras):
        opened = _is_heading_paragraph(text, a, b)
        if opened:
            found.append((i, *opened))
    if not found:
        return Segmentation()
    end = body_end(text, paras[found[-1][0]][0])
    heads: list[HeadingSeg] = []
    for k, (i, m, t_start) in enumerate(found):
        a, b = paras[i]
        t_end = b
        nxt_para = i + 1
        if text[t_start:b].strip() == "" and nxt_para < len(paras):  # label alone: the text is the next paragraph
            t_start, t_end = paras[nxt_para]
            nxt_para += 1
        block_start = paras[nxt_para][0] if nxt_para < len(paras) else t_end
        line_end = text.find("\n", t_start, t_end) if text.startswith("(", t_start) else -1
        if line_end != -1:  # "Aanbeveling 3 (correctief referendum)": the heading's line; the answer the next
            answer_at = line_end + 1
            while answer_at < t_end and text[answer_at].isspace():
                answer_at += 1
        else:
            answer_at = _answer_within(text, t_start, t_end)
        if answer_at is not None:  # the answer runs on in the heading's paragraph
            t_end, block_start = answer_at, answer_at
            while t_end > t_start and text[t_end - 1].isspace():
                t_end -= 1
        block_end = paras[found[k + 1][0]][0] if k + 1 < len(found) else end
        block_end = max(block_start, block_end)
        while block_end > block_start and text[block_end - 1].isspace():
            block_end -= 1
        if answer_at is None and not text[t_start:t_end].rstrip().endswith((".", "!", "?", "»", "”", "'", '"')):
            # a heading that names a subject, not a sentence of advice: "Aanbevelingen 1 en 2: Betalingsregelingen"
            # / "De ombudsman beveelt aan om …" (under "Aanbeveling 1 Verdedig … effectiever te maken." the
            # letter's "De AIV adviseert …" is its answer's opening)
            block_start = _council_recommends_from(text, block_start, block_end, t_end)
            if block_start > t_end and text[t_end:block_start].strip():
                t_end = block_start
                while t_end > t_start and text[t_end - 1].isspace():
                    t_end -= 1
        labelled = _response_label(text, paras, block_start, block_end)
        if labelled is not None:  # "Reactie kabinet:": what stands before it is more of the recommendation
            before, block_start = labelled
            if before > t_end and answer_at is None:
                t_end = before
        if block_start >= block_end:
            block_start = block_end = t_end
        heads.append(HeadingSeg(labels(m["labels"]), (t_start, t_end), (block_start, block_end)))
    return Segmentation(quoted_between(text, paras, heads), intro_end=paras[found[0][0]][0], body_end=end,
                        shape="headings")


# the label over the government's answer in a heading's block: "Reactie kabinet:", "Kabinetsreactie", "Reactie:"
RESPONSE_LABEL = re.compile(_LABEL_WORDS + r"\s*:?[ \t]*(?=\n|$|[A-Z])")


def _response_label(text: str, paras: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int] | None:
    """Where a response label opens a paragraph of text[lo:hi]: (the end of what stands before it, trimmed; where
    the answer after it begins), or None."""
    for a, b in paras:
        if a < lo or a >= hi:
            continue
        m = RESPONSE_LABEL.match(text, a, b)
        if m:
            before = a
            while before > lo and text[before - 1].isspace():
                before -= 1
            start = m.end()
            while start < hi and text[start].isspace():
                start += 1
            return before, start
    return None


_GOVERNMENT_OPENS = r"(?!(?:Het\s+kabinet|De\s+regering|Ik|Wij|We)\b)"
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(label: str) -> int:
    """The value of a Roman numeral of I, V and X ("IV" 4, "XII" 12)."""
    values = [_ROMAN[c] for c in label]
    return sum(-v if v < nxt else v for v, nxt in zip(values, values[1:] + [0], strict=True))


# the ways a letter numbers the recommendations it quotes, each with the value of a label: 1. 2. 3., I. II. III.,
# a. b. c., A. B. C.
NUMBERINGS = [(re.compile(rf"(?P<label>{label})[.)]\s+(?=[A-Z«“\"'])" + _GOVERNMENT_OPENS), value) for label, value in (
    (r"\d{1,2}", int), (r"[IVX]{1,5}", _roman), (r"[a-z]", lambda s: ord(s) - ord("a") + 1),
    (r"[A-Z]", lambda s: ord(s) - ord("A") + 1))]
# what the letter says before the first item, that it answers advice: "… aanbevelingen", "De Raad adviseert", or the
# advice by name ("heeft de Rob het advies «Sterk bestuur» uitgebracht")
SPEAKS_OF_ADVICE = re.compile(r"\b(?:aanbeveling(?:en)?|adviseert|beveelt|advies|adviezen|recommendations?|recommends|"
                              r"advice)\b", re.I)


def segment_numbered(text: str) -> Segmentation:
    """Recommendations numbered 1, 2, 3 … (or I, II, III …, a, b, c …, A, B, C …) as paragraphs, each followed by its
    answer ("1. Zorg dat …", then "Ik neem deze aanbeveling over. …", then "2. …"), in a letter that speaks of
    recommendations before the first. An item is a sentence of four words or more, so that numbered section
    headings ("1. Inleiding", "II. Het advies") are none, and not the government speaking ("1. Het kabinet …"); the
    numbers must run on from the first, there must be two or more, and most must have an answer after them
    (numbered paragraphs of a letter's own argument have none). The first numbering that finds them is read."""
    paras = paragraphs(text)
    for pattern, value in NUMBERINGS:
        seg = _numbered_by(text, paras, pattern, value)
        if seg.headings:
            return seg
    return Segmentation()


def _numbered_by(text: str, paras: list[tuple[int, int]], pattern: re.Pattern[str],
                 value: Callable[[str], int]) -> Segmentation:
    found: list[tuple[int, re.Match[str]]] = []
    for i, (a, b) in enumerate(paras):
        m = pattern.match(text, a, b)
        if not m or value(m["label"]) != len(found) + 1:
            continue
        body = text[m.end():b].strip()
        if len(body.split()) < 4 or body[-1] not in ".;:!?»”\")":
            continue
        if not found and not SPEAKS_OF_ADVICE.search(text, 0, a):
            return Segmentation()
        found.append((i, m))
    if len(found) < 2:
        return Segmentation()
    end = body_end(text, paras[found[-1][0]][0])
    heads: list[HeadingSeg] = []
    for k, (i, m) in enumerate(found):
        t_start, t_end = m.end(), paras[i][1]
        block_start = paras[i + 1][0] if i + 1 < len(paras) else t_end
        block_end = paras[found[k + 1][0]][0] if k + 1 < len(found) else end
        while block_end > block_start and text[block_end - 1].isspace():
            block_end -= 1
        if block_start >= block_end:
            block_start = block_end = t_end
        heads.append(HeadingSeg([m["label"]], (t_start, t_end), (block_start, block_end)))
    if 2 * sum(h.block[1] > h.block[0] for h in heads) < len(heads):
        return Segmentation()
    return Segmentation(heads, intro_end=paras[found[0][0]][0], body_end=end, shape="numbered")


def segment(text: str) -> Segmentation:
    """The first shape that finds recommendations: a table, headings, an announced list, running text,
    numbered paragraphs with their answers, paragraphs quoted and answered by "deze aanbeveling"."""
    for fn in (segment_table, segment_headings, segment_list, segment_running, segment_numbered, segment_quoted):
        seg = fn(text)
        if seg.headings:
            for h in seg.headings:
                h.block = _after_answer_label(text, *h.block)
            return seg
    return Segmentation(body_end=len(text))


def _after_answer_label(text: str, a: int, b: int) -> tuple[int, int]:
    """The answer block text[a:b] without the label that opens it ("Kabinetsstandpunt: Het kabinet neemt …" →
    "Het kabinet neemt …"): the label is the layout's, not the answer's words."""
    m = ANSWER_LABEL.match(text, a, b)
    if m is None:
        return a, b
    start = m.end()
    while start < b and text[start].isspace():
        start += 1
    return (start, b) if start < b else (a, b)
