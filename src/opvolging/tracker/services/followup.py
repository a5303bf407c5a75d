"""A stored document read against the open promises: which it may fulfil or advance (`followup.evidence`), kept
as suggestions for an editor. A pair an editor decided on (accepted or rejected) is never suggested again."""

from __future__ import annotations

from django.db.models import Q

from opvolging.followup.evidence import LaterDocument, OpenCommitment, advice_key, suggest
from opvolging.tracker.models import ACTIVE_STATUSES, Commitment, Document, EvidenceSuggestion


def _advice_key(doc: Document) -> str:
    advice = doc.advice
    council = advice.council.abbreviation if advice and advice.council else None
    return advice_key(council, advice.number if advice else None)


def suggest_evidence(doc: Document) -> list[EvidenceSuggestion]:
    """Suggestions that `doc` is evidence for open promises made in other, earlier documents (or undated ones);
    the new ones, stored. A pair already suggested, accepted or rejected is left as it is."""
    candidates = (Commitment.objects.promises().current().filter(status__in=ACTIVE_STATUSES)
                  .exclude(document=doc).exclude(evidence_suggestions__document=doc)
                  .select_related("document__advice__council").prefetch_related("recommendations")
                  .defer("document__text", "document__text_map"))
    if doc.date:
        candidates = candidates.filter(Q(document__date__isnull=True) | Q(document__date__lte=doc.date))
    coms = list(candidates)
    if not coms:
        return []
    found = suggest(
        LaterDocument(text=doc.text, subject=doc.subject, ministry=doc.ministry, advice=_advice_key(doc)),
        [OpenCommitment(c.pk, c.action, c.ministry, _advice_key(c.document),
                        tuple(r.label for r in c.recommendations.all())) for c in coms])
    return EvidenceSuggestion.objects.bulk_create([
        EvidenceSuggestion(commitment_id=s.commitment_id, document=doc, score=s.score, status=s.status,
                           reasons=s.reasons, sentence=s.sentence, span_start=s.span[0], span_end=s.span[1])
        for s in found], ignore_conflicts=True)
