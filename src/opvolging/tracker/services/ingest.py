"""Ingest: an Extraction into the database, one transaction per document.

The same document twice (same bytes) changes nothing. A new version of a document (same official identifier,
other bytes) updates what the machine made, but never a field a person corrected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.db import transaction

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

_MINISTRY = re.compile(r"\b(?:Minister|Staatssecretaris|Ministerie)\s+(?:van|voor)\s+(?P<name>.+?)\s*,?$")


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
    a = ex.advice
    if a is None or not (a.title or a.number):
        return None
    council = None
    if a.council or a.council_abbreviation:
        council, _ = Council.objects.get_or_create(name=a.council or a.council_abbreviation,
                                                   defaults={"abbreviation": a.council_abbreviation or ""})
    title = a.title or f"Advies {a.number}"
    advice, created = Advice.objects.get_or_create(council=council, title=title,
                                                   defaults={"number": a.number or "",
                                                             "published": _date(a.published)})
    if not created:
        advice.number = advice.number or a.number or ""
        advice.published = advice.published or _date(a.published)
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
    doc.ministry = ministry_of(signer)
    doc.signatories = [{"name": s.name, "role": s.role} for s in md.signatories]
    doc.text = ex.text
    doc.text_map = [list(s) for s in ex.text_map]
    doc.warnings = list(ex.warnings)
    doc.advice = _advice(ex)
    doc.council = doc.advice.council if doc.advice else None
    doc.save()

    recs: dict[str, Recommendation] = {r.label: r for r in doc.recommendations.all()}
    seen = set()
    for position, r in enumerate(ex.recommendations):
        rec = recs.get(r.label) or Recommendation(document=doc, label=r.label, is_public=doc.is_public)
        rec.apply_machine_values(
            advice=doc.advice, text=r.text, span_start=r.span[0], span_end=r.span[1], stance=r.stance,
            stance_evidence=r.stance_evidence or "", stance_confidence=r.stance_confidence, refers_to=r.refers_to,
            recommending_states=r.recommending_states, themes=r.themes, sdgs=r.sdgs,
            affected_persons=r.affected_persons, position=position, year=doc.year)
        rec.save()
        recs[r.label] = rec
        seen.add(r.label)
    _store_tags(doc, ex, recs)
    for label, rec in list(recs.items()):  # gone from the new version and never reviewed: remove
        if label not in seen and rec.review_state == "suggested" and not rec.corrected_fields:
            rec.delete()
            del recs[label]

    responses: dict[str, Response] = {r.key: r for r in doc.responses.all()}
    for a in ex.responses:
        resp = responses.pop(a.id, None) or Response(document=doc, key=a.id, is_public=doc.is_public)
        resp.apply_machine_values(text=a.text, span_start=a.span[0], span_end=a.span[1])
        resp.save()
        if "recommendations" not in resp.corrected_fields:
            resp.recommendations.set([recs[label] for label in a.answers if label in recs])
    for gone in responses.values():  # no longer in the new version and never touched by a person
        if gone.review_state == "suggested" and not gone.corrected_fields:
            gone.delete()

    commitments: dict[str, Commitment] = {c.key: c for c in doc.commitments.all()}
    for c in ex.commitments:
        com = commitments.get(c.id) or Commitment(document=doc, key=c.id, is_public=doc.is_public)
        actor_ministry = ministry_of(c.actor)
        com.apply_machine_values(action=c.action, actor=c.actor or "", ministry=actor_ministry or doc.ministry,
                                 deadline_text=c.deadline_text or "", due=_date(c.due),
                                 due_confidence=c.due_confidence, council=doc.council)
        com.save()
        com.mentions.all().delete()
        Mention.objects.bulk_create([Mention(commitment=com, text=m.text, span_start=m.span[0], span_end=m.span[1])
                                     for m in c.mentions])
        com.recommendations.set([recs[label] for label in c.recommendations if label in recs])
        commitments[c.id] = com
    for c in ex.commitments:
        if "after" not in commitments[c.id].corrected_fields:
            after = commitments.get(c.after) if c.after else None
            Commitment.objects.filter(pk=commitments[c.id].pk).update(after=after)
    search.index_document(doc)
    return IngestResult(doc, created=created, changed=True)


def _store_tags(doc: Document, ex: Extraction, recs: dict[str, Recommendation]) -> None:
    """Every recommendation's tags as `Tag` rows, with where each came from, its score and its words."""
    rows = []
    for r in ex.recommendations:
        sources = {}
        for kind, value in subject_keys(r.themes, r.sdgs, r.affected_persons):
            evidence = r.tag_evidence.get(f"{kind}:{value}", {})
            sources[(kind, value)] = {"source": r.tags_source or "model", "score": evidence.get("score"),
                                      "words": evidence.get("words", [])}
        rows += recs[r.label].tag_rows(sources)
    Tag.objects.filter(recommendation__document=doc).delete()
    Tag.objects.bulk_create(rows)
