"""Which answer serves which recommendation when the answer is a document of its own (`pipeline`): in a case (a
council's report and the cabinet's answer, read together) by the labels the answer prints, the number or the place it
names ("aanbeveling 3", "de eerste aanbeveling") or the subject it speaks of; in an answer read alone, the
recommendations it names, for a tracker to link to the report's once that is stored."""

from __future__ import annotations

import re

from opvolging.extract import language as language_step
from opvolging.extract import sentences, upr_answers
from opvolging.extract.align import align
from opvolging.extract.answers_by_subject import answers_by_subject
from opvolging.extract.blocks import NUMBER_LABEL, ORDINAL, places, runs
from opvolging.extract.segment import HeadingSeg, Segmentation, paragraphs
from opvolging.extract.stance import classify
from opvolging.model import Answered, Recommendation, Response


def shifted(seg: Segmentation, by: int) -> Segmentation:
    """`seg` with every span moved `by` characters (a segmentation of one document of a case)."""
    heads = [HeadingSeg(h.labels, (h.span[0] + by, h.span[1] + by), (h.block[0] + by, h.block[1] + by))
             for h in seg.headings]
    return Segmentation(heads, seg.intro_end + by, seg.body_end + by, seg.shape)


def _named(text: str, lo: int, hi: int, labels: list[str]) -> dict[str, tuple[int, int]]:
    """Label → the span of the first answer in text[lo:hi] that names that recommendation, by number ("Aanbeveling 3
    neemt het kabinet over", "De AIV stelt in aanbeveling 1 terecht …") or by its place in `labels`, the report's
    ("Het kabinet neemt de eerste aanbeveling over", "De tweede en derde …", "The third recommendation …"); see
    `_runs`."""
    def named(a: int, b: int) -> list[str]:
        by_number = [lab for m in _NAMES_RECOMMENDATION.finditer(text[a:b].lower())
                     for lab in upr_answers.expand(m["labels"].replace(" en ", ", "))]
        by_place = [labels[k - 1] for m in ORDINAL.finditer(text, a, b) for k in places(m) if k <= len(labels)]
        return list(dict.fromkeys(by_number + by_place))
    return _runs(text, lo, hi, named)


def _runs(text: str, lo: int, hi: int, named) -> dict[str, tuple[int, int]]:
    """Label → the answer that names it, found by `named(a, b)` (the labels text[a:b] names): its paragraph, or,
    where a paragraph names recommendations in more than one of its sentences, the sentences from the one that names
    it to the next that names another ("… de huurtoeslag te verhogen (aanbevelingen 3 en 4). Het kabinet neemt deze
    aanbevelingen niet over. Over de vijfde aanbeveling … informeer ik uw Kamer voor de zomer.": 5's answer is the
    last sentence, not the refusal before it). The first answer that names a label is its."""
    out: dict[str, tuple[int, int]] = {}
    for a, b in paragraphs(text[lo:hi]):
        pa, pb = lo + a, lo + b
        in_paragraph = named(pa, pb)
        if not in_paragraph:
            continue
        naming = [(sa, sb, found) for sa, sb in sentences.split(text, pa, pb) if (found := named(sa, sb))]
        if len({tuple(found) for _, _, found in naming}) < 2:
            for lab in naming[0][2] if naming else in_paragraph:
                out.setdefault(lab, (pa, pb))
            continue
        # the paragraph's first words, before its first naming sentence, are that sentence's run
        for lab, span in runs(text, [(pa if k == 0 else sa, found) for k, (sa, _, found) in enumerate(naming)],
                              pb).items():
            out.setdefault(lab, span)
    return out


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
    named = _named(text, lo, hi, [rec.label for rec in recs])
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
    for label, span in _named(text, lo, hi, [str(k) for k in range(1, 13)]).items():
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
