"""Ingest: an Extraction into the database, one transaction per document.

The same document twice (same bytes) changes nothing. A new version of a document (same official identifier,
other bytes) is matched to the stored one by what its records say (`versions`), never by their position: a
recommendation, answer or commitment keeps its status, history, notes and evidence on the record whose words it
has; a record the new version no longer says is kept, marked as gone (`is_current`), never deleted nor given
another's words; a match less sure than `UNSURE_MATCH` is kept for an editor to check (`match_score`). Machine-made
fields follow the new version, except where a person corrected them.

An answer published as its own document is linked to what it answers, never duplicating it: a UN addendum to the
recommendations of its report (the symbol "A/HRC/43/15" of "A/HRC/43/15/Add.1"), in whichever order the two
arrive; a Dutch answer to the recommendations already stored for its advice (from the council's report, by label).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Q

from opvolging.model import Extraction
from opvolging.tracker import search
from opvolging.tracker.models import (
    Advice,
    Commitment,
    Council,
    Document,
    Mention,
    Recommendation,
    Response,
    Tag,
    subject_keys,
)
from opvolging.tracker.services import followup, versions

_MINISTRY = re.compile(r"\b(?:Minister|Staatssecretaris|Ministerie)\s+(?:van|voor)\s+(?P<name>.+?)\s*,?$")
_ADDENDUM = re.compile(r"/Add\.\d+$")


@dataclass
class IngestResult:
    document: Document
    created: bool
    changed: bool


def ministry_of(role: str | None) -> str:
    """'Minister van Buitenlandse Zaken' → 'Buitenlandse Zaken'; '' when the role names none."""
    m = _MINISTRY.search(role or "")
    return m["name"] if m else ""


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _advice(ex: Extraction) -> Advice | None:
    """The advice the document answers (or is): the one stored for the same council and number, else for the same
    council and title in any case; a new one otherwise."""
    a = ex.advice
    if a is None or not (a.title or a.number):
        return None
    council = None
    if a.council or a.council_abbreviation:
        council, _ = Council.objects.get_or_create(name=a.council or a.council_abbreviation,
                                                   defaults={"abbreviation": a.council_abbreviation or ""})
    title = a.title or f"Advies {a.number}"
    advice = None
    if a.number:
        advice = Advice.objects.filter(council=council, number=a.number).first()
    if advice is None:
        advice = Advice.objects.filter(council=council, title__iexact=title).first()
    if advice is None:
        return Advice.objects.create(council=council, title=title, number=a.number or "",
                                     published=_date(a.published))
    advice.number = advice.number or a.number or ""
    advice.published = advice.published or _date(a.published)
    if advice.title.startswith("Advies ") and a.title:
        advice.title = a.title
    advice.save()
    return advice


@transaction.atomic
def ingest(ex: Extraction, public: bool = True) -> IngestResult:
    """Store `ex`; see the module docstring for what happens when the document is already there."""
    same = Document.objects.filter(sha256=ex.source.sha256).first()
    if same is not None:
        return IngestResult(same, created=False, changed=False)
    md = ex.metadata
    doc = Document.objects.filter(identifier=md.identifier).first() if md.identifier else None
    created = doc is None
    if doc is None:
        doc = Document(is_public=public)
    _fill_document(doc, ex)
    doc.save()
    recs = _store_recommendations(doc, ex)
    _store_tags(doc, ex, recs)
    _store_responses(doc, ex, recs)
    _store_commitments(doc, ex, recs)
    _link_answers(doc)
    later = Document.objects.none()
    if doc.identifier or doc.un_symbol:
        later = Document.objects.filter(answers_identifier__in={doc.identifier, doc.un_symbol} - {""})
    if doc.advice_id and doc.recommendations.exists():
        later = later | Document.objects.filter(advice=doc.advice, answers_identifier="")
    for answer in later.exclude(pk=doc.pk).distinct():
        _link_answers(answer)  # an answer that arrived before what it answers
    search.index_document(doc)
    followup.suggest_evidence(doc)
    return IngestResult(doc, created=created, changed=True)


def _fill_document(doc: Document, ex: Extraction, advice: Advice | None | bool = False) -> None:
    """`doc`'s fields from `ex`; `advice` when the caller found it already (`_advice(ex)`), else it is looked up."""
    md = ex.metadata
    signer = next((s.role for s in md.signatories if s.role), None)
    doc.identifier = md.identifier or ""
    doc.sha256 = ex.source.sha256
    doc.source_path = ex.source.path
    doc.format = ex.source.format
    doc.language = ex.language
    doc.chamber = md.chamber or ""
    doc.session_year = md.session_year or ""
    doc.dossier = md.dossier or ""
    doc.number = md.number or ""
    doc.document_type = md.document_type or ""
    doc.date = _date(md.date)
    doc.year = md.year
    doc.ministry = ministry_of(md.ministry) or ministry_of(signer)
    doc.reference = md.reference or ""
    doc.subject = (md.subject or "")[:500]
    doc.signatories = [{"name": s.name, "role": s.role} for s in md.signatories]
    doc.text = ex.text
    doc.un_symbol = Document.un_symbol_of(doc.identifier, ex.text)
    doc.text_map = [list(s) for s in ex.text_map]
    doc.warnings = list(ex.warnings)
    doc.advice = _advice(ex) if advice is False else advice
    doc.council = doc.advice.council if doc.advice else None
    doc.answers_identifier = _ADDENDUM.sub("", md.identifier) if md.identifier and _ADDENDUM.search(
        md.identifier) else ""
    doc.answered = [{"label": a.label, "response": a.response_id, "stance": a.stance,
                     "stance_evidence": a.stance_evidence or ""} for a in ex.answered]


def recommendation_values(doc: Document, r, position: int) -> dict:
    """The machine-made fields of a Recommendation read as `r` (an extract Recommendation), `position`-th in `doc`."""
    return dict(advice=doc.advice, text=r.text, refers_to=r.refers_to, recommending_states=r.recommending_states,
                themes=r.themes, sdgs=r.sdgs, affected_persons=r.affected_persons, label=r.label,
                span_start=r.span[0], span_end=r.span[1], position=position, year=doc.year, page=r.page,
                stance=r.stance, stance_evidence=r.stance_evidence or "", stance_confidence=r.stance_confidence,
                un_key=Recommendation.un_key_of(r.label, r.text))


def commitment_values(doc: Document, c) -> dict:
    """The machine-made fields of a Commitment read as `c` (an extract Commitment) in `doc`."""
    return dict(action=c.action, actor=c.actor or "", ministry=ministry_of(c.actor) or doc.ministry,
                deadline_text=c.deadline_text or "", due=_date(c.due), due_confidence=c.due_confidence,
                council=doc.council, confidence=c.confidence, reason=c.reason or "",
                after_interval=c.after_interval or "")


def tag_sources(r) -> dict[tuple[str, str], dict]:
    """Per (kind, value) of `r`'s subjects, where the tag came from, its score and its words (`Tag` fields)."""
    sources = {}
    for kind, value in subject_keys(r.themes, r.sdgs, r.affected_persons):
        evidence = r.tag_evidence.get(f"{kind}:{value}", {})
        sources[(kind, value)] = {"source": r.tags_source or "model", "score": evidence.get("score"),
                                  "words": evidence.get("words", [])}
    return sources


def _store_recommendations(doc: Document, ex: Extraction) -> dict[str, Recommendation]:
    """The document's recommendations by label: matched to the stored version by their words and label; one
    already stored for the same advice from another document (the council's report, or an answer that came first)
    is that one, not a second."""
    stored = list(doc.recommendations.all())
    pairs, gone = versions.pair(stored, ex.recommendations, lambda r: [r.text], lambda r: [r.text],
                                lambda r: r.label, lambda r: r.label)
    elsewhere = {}
    if doc.advice_id:
        elsewhere = {r.label: r for r in Recommendation.objects.filter(advice=doc.advice, is_current=True)
                     .exclude(document=doc)}
    shared = {} if doc.advice_id else same_un_recommendations(doc, ex.recommendations)
    for i in gone:  # first, so that a renumbered recommendation may take the label a gone one had
        _mark_gone(stored[i])
    recs: dict[str, Recommendation] = {}
    for position, r in enumerate(ex.recommendations):
        if position in pairs:
            rec, score = stored[pairs[position][0]], pairs[position][1]
        elif r.label in elsewhere:
            rec, score = elsewhere[r.label], versions.similarity(elsewhere[r.label].text, r.text)
        elif r.label in shared:
            rec, score = shared[r.label], 1.0
            rec.also_read_in.add(doc)
        else:
            rec, score = Recommendation(document=doc, label=r.label, is_public=doc.is_public), None
        values = recommendation_values(doc, r, position)
        if rec.document_id in (None, doc.pk):
            rec.apply_machine_values(**values)
            rec.is_current = True
            rec.match_score = None if score in (None, 1.0) else score
        elif r.stance != "unclear":  # stored from another document: this one answers it
            rec.apply_machine_values(**{k: values[k] for k in ("stance", "stance_evidence", "stance_confidence")})
        rec.save()
        recs[r.label] = rec
    return recs


def same_un_recommendations(doc: Document, recs) -> dict[str, Recommendation]:
    """Per label, the recommendation another document already holds that is this one: a UN recommendation
    numbered as the report numbers it ("122.14") with the same words, as a UN list prints its report's
    recommendations (`Recommendation.un_key_of`, looked up by its index), of the same review where both documents
    name theirs (`Document.un_symbol`). Empty for a document without such numbers."""
    wanted = {key: r.label for r in recs if (key := Recommendation.un_key_of(r.label, r.text))}
    if not wanted:
        return {}
    found = {}
    stored = Recommendation.objects.filter(un_key__in=list(wanted), is_current=True, advice__isnull=True)
    if doc.un_symbol:  # of another review: other recommendations, whatever their words
        stored = stored.filter(Q(document__un_symbol=doc.un_symbol) | Q(document__un_symbol=""))
    for rec in stored.exclude(document=doc).order_by("pk"):
        found.setdefault(wanted[rec.un_key], rec)
    return found


def _mark_gone(record) -> None:
    """A record the new version no longer says: kept, with its history, and marked."""
    if record.is_current:
        record.is_current = False
        record.save(update_fields=["is_current"])


def _store_responses(doc: Document, ex: Extraction, recs: dict[str, Recommendation]) -> None:
    stored = list(doc.responses.all())
    pairs, gone = versions.pair(stored, ex.responses, lambda r: [r.text], lambda a: [a.text])
    next_key = _next_key(stored, "a")
    for j, a in enumerate(ex.responses):
        if j in pairs:
            resp, score = stored[pairs[j][0]], pairs[j][1]
        else:
            resp, score = Response(document=doc, key=f"a{next_key}", is_public=doc.is_public), None
            next_key += 1
        resp.apply_machine_values(text=a.text, span_start=a.span[0], span_end=a.span[1], page=a.page)
        resp.is_current = True
        resp.match_score = None if score in (None, 1.0) else score
        resp.save()
        if "recommendations" not in resp.corrected_fields:
            resp.recommendations.set([recs[label] for label in a.answers if label in recs])
        for item in doc.answered:  # an answer read without its report names its response by extraction id
            if item.get("response") == a.id:
                item["response_key"] = resp.key
    for i in gone:
        _mark_gone(stored[i])
    if doc.answered:
        Document.objects.filter(pk=doc.pk).update(answered=doc.answered)


def _next_key(stored, prefix: str) -> int:
    numbers = [int(r.key[len(prefix):]) for r in stored if r.key[len(prefix):].isdigit()]
    return max(numbers, default=0) + 1


def _store_commitments(doc: Document, ex: Extraction, recs: dict[str, Recommendation]) -> None:
    """Commitments (and the possible ones, for review) matched to the stored ones by their mentions' words."""
    items = list(ex.commitments) + list(ex.possible_commitments)
    stored = list(doc.commitments.prefetch_related("mentions"))
    pairs, gone = versions.pair(stored, items, lambda c: [m.text for m in c.mentions.all()] or [c.action],
                                lambda c: [m.text for m in c.mentions] or [c.action])
    next_key = _next_key(stored, "c")
    by_id: dict[str, Commitment] = {}
    for j, c in enumerate(items):
        if j in pairs:
            com, score = stored[pairs[j][0]], pairs[j][1]
        else:
            com, score = Commitment(document=doc, key=f"c{next_key}", is_public=doc.is_public), None
            next_key += 1
        com.apply_machine_values(**commitment_values(doc, c))
        com.is_current = True
        com.match_score = None if score in (None, 1.0) else score
        com.save()
        com.mentions.all().delete()
        Mention.objects.bulk_create([Mention(commitment=com, text=m.text, span_start=m.span[0], span_end=m.span[1],
                                             page=m.page) for m in c.mentions])
        com.recommendations.set([recs[label] for label in c.recommendations if label in recs])
        by_id[c.id] = com
    for c in items:
        if "after" not in by_id[c.id].corrected_fields:
            after = by_id.get(c.after) if c.after else None
            Commitment.objects.filter(pk=by_id[c.id].pk).update(after=after)
    for i in gone:
        _mark_gone(stored[i])


def _link_answers(answer: Document) -> None:
    """The answers of `answer`, read without the document they answer, linked to its recommendations once that
    document is stored: a UN addendum's to its report's (by the report's symbol), a Dutch answer's to those stored
    for its advice from another document (the council's report). Each response is linked to the recommendations it
    names, and each recommendation takes its stance from it (never over a person's correction)."""
    if not answer.answered:
        if answer.advice_id and not answer.recommendations.exists():
            _link_by_subject(answer)
        return
    if answer.answers_identifier:
        # the report itself, else a list of its recommendations (a UHRI export of the same review)
        target = (Document.objects.filter(identifier=answer.answers_identifier).first()
                  or Document.objects.filter(un_symbol=answer.answers_identifier).exclude(pk=answer.pk)
                  .order_by("pk").first())
        # its own recommendations and those it prints that another document was read for first
        stored = (Recommendation.objects.filter(Q(document=target) | Q(also_read_in=target), is_current=True)
                  .distinct() if target else Recommendation.objects.none())
    elif answer.advice_id:
        stored = Recommendation.objects.filter(advice=answer.advice, is_current=True).exclude(document=answer)
    else:
        return
    recs = {r.label: r for r in stored}
    responses = {r.key: r for r in answer.responses.all()}
    for item in answer.answered:
        rec = recs.get(item["label"])
        resp = responses.get(item.get("response_key", ""))
        if rec is None:
            continue
        if resp is not None:
            resp.recommendations.add(rec)
        if item.get("stance") and item["stance"] != "unclear":
            if rec.apply_machine_values(stance=item["stance"], stance_evidence=item.get("stance_evidence") or ""):
                rec.save()


def _link_by_subject(answer: Document) -> None:
    """An answer to advice that names no recommendation by its number, read on its own: each section of it that
    speaks of a recommendation stored for the advice from another document (the council's report) becomes that
    recommendation's response, and gives it its stance (never over a person's correction). Matched by the content
    words they share (`extract.answers_by_subject`); a section already a response stays the one."""
    from opvolging.extract.answers_by_subject import sections_answering
    from opvolging.extract.stance import classify

    stored = list(Recommendation.objects.filter(advice=answer.advice, is_current=True).exclude(document=answer))
    if not stored:
        return
    found = sections_answering(answer.text, [(r.label, r.text) for r in stored], answer.language or "nl")
    if not found:
        return
    by_label = {r.label: r for r in stored}
    existing = {(r.span_start, r.span_end): r for r in answer.responses.all()}
    next_key = _next_key(list(existing.values()), "a")
    made = False
    for label, (a, b) in found.items():
        resp = existing.get((a, b))
        if resp is None:
            resp = Response.objects.create(document=answer, key=f"a{next_key}", text=answer.text[a:b], span_start=a,
                                           span_end=b, is_public=answer.is_public)
            existing[(a, b)] = resp
            next_key += 1
            made = True
        elif not resp.is_current:  # a new version of the answer says it again
            Response.objects.filter(pk=resp.pk).update(is_current=True)
        rec = by_label[label]
        resp.recommendations.add(rec)
        read = classify(resp.text, answer.language or "nl")
        if read.stance != "unclear" and rec.apply_machine_values(stance=read.stance,
                                                                 stance_evidence=read.evidence or ""):
            rec.save()
    if made:
        search.index_document(answer)  # its new responses searchable, when it was stored before the report


def _store_tags(doc: Document, ex: Extraction, recs: dict[str, Recommendation]) -> None:
    """Every recommendation's tags as `Tag` rows, with where each came from, its score and its words."""
    rows = []
    own = [r for r in ex.recommendations if recs[r.label].document_id == doc.pk]
    for r in own:
        rows += recs[r.label].tag_rows(tag_sources(r))
    Tag.objects.filter(recommendation__document=doc).delete()
    # a recommendation read again from a list that prints its subjects takes those, over a machine's guess
    for r in ex.recommendations:
        rec = recs[r.label]
        if (rec.document_id == doc.pk or r.tags_source != "printed" or {"themes", "sdgs", "affected_persons"}
                & set(rec.corrected_fields) or rec.tags.filter(source="printed").exists()):
            continue
        if rec.apply_machine_values(themes=r.themes, sdgs=r.sdgs, affected_persons=r.affected_persons):
            rec.save()
        rec.tags.all().delete()
        rows += rec.tag_rows(tag_sources(r))
    Tag.objects.bulk_create(rows)
