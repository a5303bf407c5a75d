"""The pipeline: a SourceDocument in, an Extraction out. Pure: no database, no network, no global state."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from opvolging.extract import language as language_step
from opvolging.extract import sentences, tags, upr
from opvolging.extract.align import align
from opvolging.extract.commitments import read_commitments
from opvolging.extract.metadata import read_metadata
from opvolging.extract.normalize import normalize
from opvolging.extract.segment import Segmentation, segment
from opvolging.extract.stance import classify
from opvolging.model import Extraction, Recommendation, Response, Source
from opvolging.sources import SourceDocument, load


def extract(doc: SourceDocument) -> Extraction:
    """Everything Opvolging reads from one document (see DESIGN.md, schema v1)."""
    with _collector_paused():
        return _extract(doc)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a document is read, and on again after (when it was on before).

    A document yields thousands of small lists and dicts (spans, tags, their evidence) that all live on in the
    Extraction and form no cycles; the collector, which runs after every 700 new ones, would only walk them again
    and again. Reference counting still frees at once whatever dies on the way. On the bare UPR list this takes
    about a fifth off the tagging (`make bench`)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _extract(doc: SourceDocument) -> Extraction:
    warnings = list(doc.warnings)
    lang = language_step.detect(doc.raw_text)
    norm = normalize(doc.pages, lang, doc.line_roles)
    text = norm.text
    cut = upr.addendum_start(text)
    items = upr.parse(text, cut)
    is_upr = sum(1 for item in items if item.recommending_states) >= 3
    seg = Segmentation(body_end=len(text)) if is_upr else segment(text)
    sentence_spans = None if is_upr else sentences.split(text)
    meta = read_metadata(text, norm.footers, doc.metadata, seg.intro_end if seg.headings else len(text),
                         doc.raw_text, sentence_spans, first_page=doc.pages[0] if doc.pages else "")
    md = meta.metadata
    md.pages = [{"page": f.page, "printed_page": f.printed_page, "footer": f.text} for f in norm.footers]
    if is_upr:
        # The report's recommendations, with positions as printed; the State's answers when the addendum is there.
        recs, responses = _upr_recommendations(text, lang, items, cut)
        commitments, possible = [], []
    else:
        assert sentence_spans is not None
        recs, responses = align(text, seg)
        _set_stances(recs, responses, sentence_spans, lang)
        first_person = next((s.role for s in md.signatories if s.role), None)
        default_actor = "kabinet" if lang == "nl" else "Government"
        end = seg.body_end if seg.headings else len(text)
        commitments, possible = read_commitments(text, [(0, end)], responses, meta.reference_date, lang,
                                                 default_actor, first_person, skip=[r.span for r in recs],
                                                 sentence_spans=sentence_spans)
    tags.tag(recs, lang, responses, commitments)
    if not recs:
        warnings.append("no recommendations found: the text has no recommendation headings, list or quoted advice")
    if md.reference_date and md.reference_date_basis != "letter date":
        warnings.append(f"the letter's own date is not printed; time phrases were resolved against "
                        f"{md.reference_date} ({md.reference_date_basis})")
    if any(c.deadline_text and not c.due for c in commitments):
        warnings.append("some deadlines could not be resolved to a date; their words are kept")
    return Extraction(
        source=Source(path=doc.path, format=doc.format, sha256=doc.sha256),
        language=lang,
        metadata=md,
        advice=meta.advice,
        references=meta.references,
        text=text,
        recommendations=recs,
        responses=responses,
        commitments=commitments,
        warnings=warnings,
        text_map=list(norm.segments),
        possible_commitments=possible,
    )


def _set_stances(recs: list[Recommendation], responses: list[Response], sentence_spans: list[tuple[int, int]],
                 lang: str) -> None:
    """Each recommendation takes the stance of the answer that serves it (classified once per answer)."""
    stances = {}
    for resp in responses:
        a0, b0 = resp.span
        inside = [(a - a0, b - a0) for a, b in sentence_spans if a0 <= a and b <= b0]
        stances[resp.id] = classify(resp.text, lang, inside)
    for rec in recs:
        st = stances.get(rec.response_id or "")
        if st is not None:
            rec.stance, rec.stance_evidence, rec.stance_confidence = st.stance, st.evidence, st.confidence
            rec.stance_source = "rules"


def _upr_recommendations(text: str, lang: str, items: list[upr.UprItem],
                         cut: int | None) -> tuple[list[Recommendation], list[Response]]:
    recs = []
    for i, item in enumerate(items):
        a, b = item.span
        rec = Recommendation(id=f"r{i + 1}", label=item.label, text=" ".join(text[a:b].split()), span=(a, b),
                             recommending_states=item.recommending_states, themes=item.themes, sdgs=item.sdgs,
                             affected_persons=item.affected_persons)
        if item.position:
            rec.stance = upr.POSITION[item.position.lower()]
            rec.stance_evidence = item.position
            rec.stance_confidence = 1.0
            rec.stance_source = "printed"
        if item.themes or item.sdgs or item.affected_persons:
            rec.tags_source = "printed"
        recs.append(rec)
    responses: list[Response] = []
    if cut is not None:
        by_label = {r.label: r for r in recs}
        for answer in upr.parse_answers(text, cut, list(by_label)):
            a, b = answer.span
            resp = Response(id=f"a{len(responses) + 1}", answers=answer.labels, text=text[a:b], span=(a, b))
            responses.append(resp)
            st = classify(resp.text, lang)
            for label in answer.labels:
                rec = by_label[label]
                rec.response_id = resp.id
                if rec.stance_source != "printed":
                    rec.stance, rec.stance_evidence, rec.stance_confidence = st.stance, st.evidence, st.confidence
                    rec.stance_source = "rules"
    return recs, responses


def extract_path(path: str | Path) -> Extraction:
    """Read and extract the file at `path`; raises InputError (one line) when it cannot be read."""
    return extract(load(path))


def extract_text(text: str, path: str = "<text>") -> Extraction:
    """Extract from a string, as if it were a UTF-8 .txt file."""
    doc = SourceDocument(pages=text.split("\f"), path=path, format="txt",
                         sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    return extract(doc)
