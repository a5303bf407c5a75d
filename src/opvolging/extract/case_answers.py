"""Which answer serves which recommendation when the answer is a document of its own (`pipeline`): in a case (a
council's report and the cabinet's answer, read together) by the labels the answer prints, the number or the place it
names ("aanbeveling 3", "de eerste aanbeveling") or the subject it speaks of; in an answer read alone, the
recommendations it names, for a tracker to link to the report's once that is stored."""

from __future__ import annotations

import re

from opvolging.extract import language as language_step
from opvolging.extract import upr_answers
from opvolging.extract.align import align
from opvolging.extract.answers_by_subject import answers_by_subject
from opvolging.extract.blocks import NUMBER_LABEL, ORDINAL, places
from opvolging.extract.segment import HeadingSeg, Segmentation, paragraphs
from opvolging.extract.stance import classify
from opvolging.model import Answered, Recommendation, Response


def shifted(seg: Segmentation, by: int) -> Segmentation:
    """`seg` with every span moved `by` characters (a segmentation of one document of a case)."""
    heads = [HeadingSeg(h.labels, (h.span[0] + by, h.span[1] + by), (h.block[0] + by, h.block[1] + by))
             for h in seg.headings]
    return Segmentation(heads, seg.intro_end + by, seg.body_end + by, seg.shape)


def _named_answers(text: str, lo: int, hi: int) -> dict[str, tuple[int, int]]:
    """Label → the span of the first paragraph of text[lo:hi] that names that recommendation ("Aanbeveling 3
    neemt het kabinet over", "De AIV stelt in aanbeveling 1 terecht …")."""
    named: dict[str, tuple[int, int]] = {}
    for a, b in paragraphs(text[lo:hi]):
        for m in _NAMES_RECOMMENDATION.finditer(text[lo + a:lo + b].lower()):
            for lab in upr_answers.expand(m["labels"].replace(" en ", ", ")):
                named.setdefault(lab, (lo + a, lo + b))
    return named


def _named_by_place(text: str, lo: int, hi: int, labels: list[str]) -> dict[str, tuple[int, int]]:
    """Label → the span of the first paragraph of text[lo:hi] that names that recommendation by its place in
    `labels`, the report's ("Het kabinet neemt de eerste aanbeveling over", "The third recommendation …")."""
    named: dict[str, tuple[int, int]] = {}
    for a, b in paragraphs(text[lo:hi]):
        for m in ORDINAL.finditer(text, lo + a, lo + b):
            for k in places(m):  # "De tweede en derde aanbeveling …": both
                if k <= len(labels):
                    named.setdefault(labels[k - 1], (lo + a, lo + b))
    return named


# "aanbeveling 3", "aanbevelingen 2 en 3", "recommendation 4" (not "advies 122": that is the advice's number)
_NAMES_RECOMMENDATION = re.compile(r"(?<!\w)(?:aanbeveling(?:en)?|recommendations?)\s+(?:nr\.\s*)?"
                                   rf"(?P<labels>{NUMBER_LABEL}(?:\s*(?:,|en|and|&)\s*{NUMBER_LABEL})*)")


def answer_by_label(text: str, report: Segmentation, answer: Segmentation, lo: int,
                     hi: int) -> tuple[list[Recommendation], list[Response]]:
    """The report's recommendations, each served by the answer's block for its label (the answer quotes it under a
    heading), else by the answer's paragraph that names it ("Aanbeveling 3 neem ik over …"); the answer's quotes
    are not recommendations of their own."""
    recs, _ = align(text, report)
    # the answer's own blocks by label, where it prints the report's labels (headings, a list, a table); a quote in
    # its running text is numbered by its place, which need not be the report's label (one that names its number,
    # "De Raad adviseert … (aanbeveling 3)", is served by the paragraph that names it, below)
    printed = answer.shape not in ("running", "quoted")
    blocks = {label: h.block for h in answer.headings for label in h.labels if h.block[0] < h.block[1] and printed}
    named = {**_named_by_place(text, lo, hi, [rec.label for rec in recs]), **_named_answers(text, lo, hi)}
    unnamed = [(rec.label, *rec.span) for rec in recs if rec.label not in blocks and rec.label not in named]
    if unnamed:  # the answer's sections under headings of their subject ("Digitaliseringstoets" / "Het kabinet …")
        start = answer.intro_end if answer.headings else lo
        paras = [(lo + a, lo + b) for a, b in paragraphs(text[lo:hi]) if lo + a >= start]
        end = min(answer.body_end, hi) if answer.body_end > lo else hi
        named = {**answers_by_subject(text, unnamed, paras, end, language_step.detect(text[lo:hi])), **named}
    responses: list[Response] = []
    by_span: dict[tuple[int, int], Response] = {}
    for rec in recs:
        rec.response_id = None
        span = blocks.get(rec.label) or named.get(rec.label)
        if span is None:
            continue
        resp = by_span.get(span)
        if resp is None:
            resp = Response(id=f"a{len(responses) + 1}", answers=[], text=text[span[0]:span[1]], span=span)
            responses.append(resp)
            by_span[span] = resp
        resp.answers.append(rec.label)
        rec.response_id = resp.id
    return recs, responses


def answered_by_name(text: str, lo: int, hi: int, lang: str, known: set[str] | frozenset[str] = frozenset(),
                      numbered: int = 0) -> tuple[list[Response], list[Answered]]:
    """An answer to advice read on its own: each paragraph that names recommendations by number or place (other
    than those `known`, quoted in it) is their response, and takes its stance, for a tracker to link to them. The
    responses are numbered after the `numbered` the letter has already."""
    responses: list[Response] = []
    by_span: dict[tuple[int, int], Response] = {}
    answered = []
    # by number ("aanbeveling 3"), or by place ("de eerste aanbeveling"), the place taken for the number a report
    # numbers its recommendations by (a tracker links the label only where the report has it)
    by_place = _named_by_place(text, lo, hi, [str(k) for k in range(1, 13)])
    for label, span in {**by_place, **_named_answers(text, lo, hi)}.items():
        if label in known:
            continue
        resp = by_span.get(span)
        if resp is None:
            resp = Response(id=f"a{numbered + len(responses) + 1}", answers=[], text=text[span[0]:span[1]],
                            span=span)
            responses.append(resp)
            by_span[span] = resp
        resp.answers.append(label)
        read = classify(resp.text, lang)
        answered.append(Answered(label=label, response_id=resp.id, stance=read.stance,
                                 stance_evidence=read.evidence))
    return responses, answered
