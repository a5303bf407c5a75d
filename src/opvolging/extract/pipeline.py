"""The pipeline: documents in, an Extraction out. Pure: no database, no network, no global state.

One document is read on its own (`extract`). A case read from several documents (`extract_case`: a UN Working
Group report and the State's addendum that answers it; a council's advice report and the cabinet's answer) is one
Extraction: its `text` is the documents' normalized texts joined by a form feed, every span indexes into it, and
`sources` says which range came from which file. The first document holds the recommendations, the last the
answers to them.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from opvolging.extract import deadlines, sentences, tags, upr, upr_answers
from opvolging.extract import language as language_step
from opvolging.extract.align import align
from opvolging.extract.case_answers import answer_by_label, answered_by_name, shifted
from opvolging.extract.commitments import read_commitments
from opvolging.extract.metadata import MetadataResult, document_date, read_metadata
from opvolging.extract.normalize import Footer, Normalized, normalize
from opvolging.extract.segment import Segmentation, segment
from opvolging.extract.stance import classify
from opvolging.model import Answered, CaseSource, Extraction, Recommendation, Response, Source
from opvolging.sources import SourceDocument, load


def extract(doc: SourceDocument) -> Extraction:
    """Everything Opvolging reads from one document (see DESIGN.md, schema v1)."""
    return extract_case([doc])


def extract_case(docs: list[SourceDocument]) -> Extraction:
    """One Extraction for the case the documents make together (see the module docstring)."""
    with _collector_paused():
        return _extract(docs)


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


@dataclass
class _Joined:
    """The documents' normalized texts joined by form feeds: where each begins in it, and in the joined raw text."""

    text: str
    starts: list[int]
    raw_starts: list[int]
    norms: list[Normalized]
    langs: list[str]
    page_counts: list[int]

    def span(self, k: int) -> tuple[int, int]:
        return self.starts[k], self.starts[k] + len(self.norms[k].text)

    def page_of(self, offset: int) -> int:
        """The 1-based page, in the document it falls in, of normalized `offset`."""
        k = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.norms[k].page_of(offset - self.starts[k])

    @property
    def text_map(self) -> list[tuple[int, int, int]]:
        return [(n0 + s, r0 + r, size) for norm, s, r in zip(self.norms, self.starts, self.raw_starts, strict=True)
                for n0, r0, size in norm.segments]

    @property
    def footers(self) -> list[Footer]:
        """Every document's page furniture, its page counted through the case."""
        out, pages = [], 0
        for norm, doc_pages in zip(self.norms, self.page_counts, strict=True):
            out += [Footer(f.text, f.page + pages, f.printed_page) for f in norm.footers]
            pages += doc_pages
        return out


def _join(docs: list[SourceDocument]) -> _Joined:
    langs = [language_step.detect(d.raw_text) for d in docs]
    norms = [normalize(d.pages, lang, d.line_roles) for d, lang in zip(docs, langs, strict=True)]
    starts, raw_starts, pos, raw_pos = [], [], 0, 0
    for d, n in zip(docs, norms, strict=True):
        starts.append(pos)
        raw_starts.append(raw_pos)
        pos += len(n.text) + 1
        raw_pos += len(d.raw_text) + 1
    return _Joined("\f".join(n.text for n in norms), starts, raw_starts, norms, langs, [len(d.pages) for d in docs])


def _extract(docs: list[SourceDocument]) -> Extraction:
    deadlines.first_future.cache_clear()  # its cache serves one extraction's sentences, never the next document's
    warnings = [w for d in docs for w in d.warnings]
    j = _join(docs)
    text, lang = j.text, j.langs[0]
    report_end = j.span(0)[1]
    cut = j.starts[-1] if len(docs) > 1 else upr.addendum_start(text)
    items = upr.parse(text, cut if cut is not None else report_end)
    is_upr = sum(1 for item in items if item.recommending_states) >= 3
    answer_doc = len(docs) - 1
    meta_doc = 0 if is_upr or len(docs) == 1 else answer_doc
    lo, hi = j.span(meta_doc)
    seg = Segmentation(body_end=len(text)) if is_upr else segment(text[lo:hi])
    sentence_spans = None if is_upr else sentences.split(text)
    meta = read_metadata(text[lo:hi], [f for f in j.norms[meta_doc].footers], docs[meta_doc].metadata,
                         seg.intro_end if seg.headings else hi - lo, docs[meta_doc].raw_text,
                         [(a - lo, b - lo) for a, b in sentence_spans or [] if lo <= a and b <= hi] or None,
                         first_page=docs[meta_doc].pages[0] if docs[meta_doc].pages else "")
    md = meta.metadata
    md.pages = [{"page": f.page, "printed_page": f.printed_page, "footer": f.text} for f in j.footers]
    answered: list[Answered] = []
    possible = []
    if is_upr:
        recs, responses = _upr_recommendations(text, lang, items, cut)
        _unique_labels(recs, responses, warnings)
        reference = meta.reference_date
        if len(docs) > 1:  # the addendum's promises are made on its own date, not the report's
            a, b = j.span(answer_doc)
            reference = document_date(text[a:b], docs[answer_doc].metadata, docs[answer_doc].pages[0] if
                                      docs[answer_doc].pages else text[a:b]) or reference
        addendum = j.span(answer_doc) if len(docs) > 1 else (cut, len(text)) if cut is not None else None
        commitments, possible = _upr_commitments(text, responses, reference, lang, addendum)
    elif _is_un_answer(text, md.identifier):
        # an addendum read without its report: the answers, by the labels they name, for a tracker to link
        recs, responses, answered = _upr_answers_alone(text, lang)
        commitments, possible = _upr_commitments(text, responses, meta.reference_date, lang, (0, len(text)))
    else:
        recs, responses, commitments, possible, answered = _dutch(text, lang, j, seg, meta, sentence_spans,
                                                                  len(docs) > 1, warnings)
    tags.tag(recs, lang, responses, commitments)
    if not recs and not answered and (meta.advice is not None or _ASKS_FOR_RECOMMENDATIONS.search(text)):
        # said only of a text that answers advice or speaks of recommendations: a progress letter has none to find
        warnings.append("no recommendations found: the text has no recommendation headings, list or quoted advice")
    if md.reference_date and md.reference_date_basis != "letter date":
        warnings.append(f"the letter's own date is not printed; time phrases were resolved against "
                        f"{md.reference_date} ({md.reference_date_basis})")
    if any(c.deadline_text and not c.due for c in commitments):
        warnings.append("some deadlines could not be resolved to a date; their words are kept")
    first = docs[0]
    ex = Extraction(
        source=Source(path=first.path, format=first.format, sha256=first.sha256 if len(docs) == 1 else
                      hashlib.sha256("".join(d.sha256 for d in docs).encode()).hexdigest()),
        language=lang,
        metadata=md,
        advice=meta.advice,
        references=meta.references,
        text=text,
        recommendations=recs,
        responses=responses,
        commitments=commitments,
        warnings=warnings,
        text_map=j.text_map,
        possible_commitments=possible,
        sources=[CaseSource(path=d.path, format=d.format, sha256=d.sha256, span=j.span(k))
                 for k, d in enumerate(docs)] if len(docs) > 1 else [],
        answered=answered,
    )
    for item in [*recs, *responses, *(m for c in commitments + possible for m in c.mentions)]:
        item.page = j.page_of(item.span[0])
    return ex


_ASKS_FOR_RECOMMENDATIONS = re.compile(r"aanbeveling|recommendation", re.I)


def _dutch(text: str, lang: str, j: _Joined, seg: Segmentation, meta: MetadataResult,
           sentence_spans: list[tuple[int, int]] | None, is_case: bool, warnings: list[str]):
    """Recommendations, answers, stances and commitments of a Dutch letter, or of a report and its answer (a label
    printed twice told in `warnings`)."""
    assert sentence_spans is not None
    md = meta.metadata
    lo, hi = j.span(len(j.norms) - 1)
    if seg.shape == "running" and meta.advice is None:
        # "De Deltacommissaris beveelt aan …" in a letter that answers no advice reports advice; it quotes none
        seg = Segmentation(body_end=seg.body_end)
    answer_seg = shifted(seg, lo)
    if is_case:
        report_lo, report_hi = j.span(0)
        report_seg = shifted(segment(text[report_lo:report_hi]), report_lo)
        recs, responses = answer_by_label(text, report_seg, answer_seg, lo, hi)
    else:
        recs, responses = align(text, answer_seg)
    answered: list[Answered] = []
    if meta.advice is not None and not is_case and (not recs or answer_seg.shape == "running"):
        # an answer that quotes none of the recommendations, or quotes some in its running text: those it names by
        # number or place, for a tracker to link to the report's
        more, answered = answered_by_name(text, lo, hi, lang, {r.label for r in recs}, len(responses))
        _end_before(text, responses, more)
        responses = responses + more
    _unique_labels(recs, responses, warnings)
    _set_stances(recs, responses, sentence_spans, lang)
    first_person = next((s.role for s in md.signatories if s.role), None)
    default_actor = "kabinet" if lang == "nl" else "Government"
    end = answer_seg.body_end if answer_seg.headings else hi
    skip = [r.span for r in recs] + [h.span for h in answer_seg.headings]
    commitments, possible = read_commitments(text, [(lo, end)], responses, meta.reference_date, lang, default_actor,
                                             first_person, skip=skip, sentence_spans=sentence_spans)
    return recs, responses, commitments, possible, answered


def _end_before(text: str, responses: list[Response], later: list[Response]) -> None:
    """End each of `responses` where one of `later` (the answers that name their recommendations) begins inside it:
    an answer to the first recommendation quoted in the running text had run on over the paragraphs that answer
    "De tweede en derde aanbeveling …" and "Aanbeveling 4 …", and taken their stances as its own."""
    starts = sorted(r.span[0] for r in later)
    for resp in responses:
        a, b = resp.span
        cut = next((x for x in starts if a < x < b), None)
        if cut is None:
            continue
        while cut > a and text[cut - 1].isspace():
            cut -= 1
        resp.span, resp.text = (a, cut), text[a:cut]


def _unique_labels(recs: list[Recommendation], responses: list[Response], warnings: list[str]) -> None:
    """Give a label printed twice in one document a second form ("2", then "2 (2)"), in its recommendation and in
    the answer that serves it, and say so: a document's recommendations are told apart by their labels (the
    tracker keeps one of each), and a letter that numbered two "Aanbeveling 2" could not be stored at all."""
    times: dict[str, int] = {}
    by_id = {r.id: r for r in responses}
    for rec in recs:
        times[rec.label] = times.get(rec.label, 0) + 1
        if times[rec.label] == 1:
            continue
        printed, rec.label = rec.label, f"{rec.label} ({times[rec.label]})"
        resp = by_id.get(rec.response_id or "")
        if resp is not None and printed in resp.answers:
            resp.answers[resp.answers.index(printed)] = rec.label
        warnings.append(f"recommendation {printed} is printed more than once; the later one is labelled "
                        f"'{rec.label}'")


def _is_un_answer(text: str, identifier: str | None) -> bool:
    """True for a State's answers to UPR recommendations read on their own (an addendum "A/HRC/…/Add.1")."""
    return bool(identifier and "/Add." in identifier) or upr.addendum_start(text) is not None


def _set_stances(recs: list[Recommendation], responses: list[Response], sentence_spans: list[tuple[int, int]],
                 lang: str) -> None:
    """Each recommendation takes the stance of the answer that serves it (classified once per answer). A sentence
    that begins before the answer (its label: "Ad a. Het kabinet neemt deze aanbeveling over.") is read from where
    the answer begins."""
    stances = {}
    for resp in responses:
        a0, b0 = resp.span
        inside = [(max(a, a0) - a0, min(b, b0) - a0) for a, b in sentence_spans if a < b0 and b > a0]
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
            rec.stance = upr.POSITION.get(upr.position_key(item.position), "unclear")
            rec.stance_evidence = item.position_evidence or item.position
            rec.stance_confidence = 1.0 if not item.position_evidence else 0.95
            rec.stance_source = "printed"
        if item.themes or item.sdgs or item.affected_persons:
            rec.tags_source = "printed"
        recs.append(rec)
    responses: list[Response] = []
    if cut is not None:
        by_label = {r.label: r for r in recs}
        read = upr_answers.read_answers(text, cut, list(by_label), any(item.short for item in items), lang,
                                        {r.label: r.text for r in recs})
        responses = _responses(text, read)
        for label, k in read.response_of.items():
            by_label[label].response_id = responses[k].id
        for label, (stance, evidence) in read.stance_of.items():
            rec = by_label[label]
            if rec.stance_source != "printed" or rec.stance_confidence < 1.0:
                rec.stance, rec.stance_evidence, rec.stance_confidence = stance, evidence or None, 0.9
                rec.stance_source = "answer"
        if read.remaining:  # "All other recommendations are supported": those the report left pending, named nowhere
            for rec in recs:
                if rec.stance == "unclear" and rec.label not in read.stance_of:
                    rec.stance, rec.stance_evidence, rec.stance_confidence = read.remaining[0], read.remaining[1], 0.8
                    rec.stance_source = "answer"
    return recs, responses


def _responses(text: str, read: upr_answers.Answers) -> list[Response]:
    return [Response(id=f"a{k + 1}", answers=list(ans.labels), text=text[ans.span[0]:ans.span[1]], span=ans.span)
            for k, ans in enumerate(read.answers)]


def _upr_answers_alone(text: str, lang: str) -> tuple[list[Recommendation], list[Response], list[Answered]]:
    read = upr_answers.read_answers(text, 0, None, False, lang)
    responses = _responses(text, read)
    answered = [Answered(label=label, response_id=responses[k].id,
                         stance=read.stance_of.get(label, ("unclear", ""))[0],
                         stance_evidence=read.stance_of.get(label, ("", ""))[1] or None)
                for label, k in read.response_of.items()]
    return [], responses, answered


def _upr_commitments(text: str, responses: list[Response], reference: date | None, lang: str,
                     addendum: tuple[int, int] | None = None):
    """The State's promises in its answers ("Slovenia will continue to …", "A new Resolution … is being
    drafted") and anywhere in its `addendum` (its span, when there is one: a voluntary commitment stands in a
    paragraph of its own, "Ruritania will submit a mid-term report … by 2025"), their times resolved against
    `reference`. The addendum's promises outside its answers serve no recommendation."""
    state = _state_under_review(text)
    spans = sorted(r.span for r in responses)
    if addendum is not None:  # the answers read as themselves (their sentences begin where they do), and between them
        # the rest of the addendum
        pos, gaps = addendum[0], []
        for a, b in spans:
            if a > pos and a <= addendum[1]:
                gaps.append((pos, a))
            pos = max(pos, b)
        if pos < addendum[1]:
            gaps.append((pos, addendum[1]))
        spans = sorted(spans + gaps)
    return read_commitments(text, spans, responses, reference, lang, "Government", None, state=state)


_STATE_NAMED = [  # (where it is printed, how far into the text it is looked for)
    # the report's title in its masthead: "Report of the Working Group on the Universal Periodic Review" / "Slovenia"
    # (with the UN's parenthesis: "Netherlands (Kingdom of the)", "Bolivia (Plurinational State of)")
    (re.compile(r"Universal Periodic\s+Review\*?\s*\n\s*\n?(?P<state>[A-Z][\w'’ -]{2,60}?(?:\s*\([\w'’ -]{2,40}\))?)"
                r"\s*\n"), 3000),
    # a thematic list's heading: "UPR of Slovenia (3rd Cycle – 34th session)"
    (re.compile(r"\bUPR\s+of\s+(?P<state>[A-Z][\w'’ -]{2,60}?)\s*\("), 3000),
    # the report's paragraph over a list: "… will be examined by Slovenia", "… enjoy the support of the Netherlands"
    (re.compile(r"\b(?:examined\s+by|support\s+of|noted\s+by)\s+(?:the\s+)?"
                r"(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"), None),
]


def _state_under_review(text: str) -> str | None:
    """The State a UPR document is about, as its masthead, its list's heading or its report's paragraphs name it;
    None when none does."""
    for rx, limit in _STATE_NAMED:
        m = rx.search(text, 0, len(text) if limit is None else limit)
        if m:
            return m["state"].strip()
    return None


def extract_path(path: str | Path) -> Extraction:
    """Read and extract the file at `path`; raises InputError (one line) when it cannot be read."""
    return extract(load(path))


def extract_paths(paths: list[str | Path]) -> Extraction:
    """Read the files of one case (a report first, the answer last) as one Extraction; InputError as `load`."""
    return extract_case([load(p) for p in paths])


def extract_text(text: str, path: str = "<text>") -> Extraction:
    """Extract from a string, as if it were a UTF-8 .txt file."""
    doc = SourceDocument(pages=text.split("\f"), path=path, format="txt",
                         sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    return extract(doc)
