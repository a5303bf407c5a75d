"""What an editor does on the pages, through the API (a token: `Authorization: Bearer <token>`, made on /tokens/):
confirm or reject a recommendation or a commitment, correct a stance, add evidence, read and decide evidence
suggestions. Every change is in the record's history with the token's user, as on the pages."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from opvolging.tracker.api import TokenAuth, _answers, _com, _rec
from opvolging.tracker.models import (
    STANCES,
    STATUSES,
    Commitment,
    Document,
    Evidence,
    EvidenceSuggestion,
    Recommendation,
    validate_evidence_url,
)

router = Router(auth=TokenAuth(), tags=["editing"])


class ReviewIn(Schema):
    action: str  # confirm or reject


class StanceIn(Schema):
    stance: str  # adopted, partially_adopted, rejected, noted, already_implemented or unclear
    stance_evidence: str | None = None  # the words that show it, when they are to change too


class EvidenceIn(Schema):
    note: str
    url: str = ""  # an http(s) link of at most 200 characters
    document_id: int | None = None  # a document in the tracker that shows the progress


class DecideIn(Schema):
    action: str  # accept or reject
    status: str | None = None  # accepting: the commitment's new status (default: the one suggested)


class SuggestionOut(Schema):
    id: int
    commitment_id: int
    document: str
    score: float
    status: str
    reasons: list
    sentence: str
    state: str


def _review(obj, user, action: str):
    if action not in ("confirm", "reject"):
        return Status(400, {"detail": _("action is confirm or reject.")})
    obj.review(user, action)
    return None


@router.post("/recommendations/{rec_id}/review", response=_answers(dict, 400, 401, 404))
def review_recommendation(request, rec_id: int, payload: ReviewIn):
    """Confirm or reject a recommendation as read (its history says who)."""
    rec = get_object_or_404(Recommendation.objects.with_document().prefetch_related("tags"), pk=rec_id)
    return _review(rec, request.user, payload.action) or Status(200, _rec(rec, request))


@router.post("/recommendations/{rec_id}/stance", response=_answers(dict, 400, 401, 404))
def correct_stance(request, rec_id: int, payload: StanceIn):
    """Correct the stance taken on a recommendation: kept by later readings of the document, like any correction."""
    rec = get_object_or_404(Recommendation.objects.with_document().prefetch_related("tags"), pk=rec_id)
    if payload.stance not in dict(STANCES):
        return Status(400, {"detail": _("Unknown stance “%(stance)s”; use one of: %(stances)s.") % {
            "stance": payload.stance, "stances": ", ".join(dict(STANCES))}})
    values = {"stance": payload.stance}
    if payload.stance_evidence is not None:
        values["stance_evidence"] = payload.stance_evidence
    rec._history_user = request.user
    rec.correct(request.user, **values)
    return Status(200, _rec(rec, request))


@router.post("/commitments/{commitment_id}/review", response=_answers(dict, 400, 401, 404))
def review_commitment(request, commitment_id: int, payload: ReviewIn):
    """Confirm a commitment as a promise, or reject it (a rejected one is no promise: not public, never overdue)."""
    c = get_object_or_404(Commitment.objects.with_document(), pk=commitment_id)
    return _review(c, request.user, payload.action) or Status(200, _com(c, request))


@router.post("/commitments/{commitment_id}/evidence", response=_answers(dict, 400, 401, 404))
def add_evidence(request, commitment_id: int, payload: EvidenceIn):
    """Add evidence of progress to a commitment: a note with a link or a document in the tracker."""
    c = get_object_or_404(Commitment.objects.with_document(), pk=commitment_id)
    if not payload.note.strip():
        return Status(400, {"detail": _("Evidence needs a note saying what it shows.")})
    try:
        validate_evidence_url(payload.url)
    except ValidationError as e:
        return Status(400, {"detail": "; ".join(e.messages)})
    doc = None
    if payload.document_id is not None:
        doc = Document.objects.filter(pk=payload.document_id).first()
        if doc is None:
            return Status(400, {"detail": _("There is no document %(id)s.") % {"id": payload.document_id}})
    Evidence.objects.create(commitment=c, url=payload.url, document=doc, note=payload.note, added_by=request.user)
    return Status(200, _com(c, request))


def _suggestion(s: EvidenceSuggestion) -> dict:
    return {"id": s.pk, "commitment_id": s.commitment_id, "document": str(s.document), "score": s.score,
            "status": s.status, "reasons": s.reasons, "sentence": s.sentence, "state": s.state}


@router.get("/suggestions", response=_answers(list[SuggestionOut], 400, 401))
def list_suggestions(request, state: str = "suggested", limit: int = 100, offset: int = 0):
    """Evidence suggestions in a state (suggested, accepted or rejected), best first; `limit` (at most 1,000)
    at a time from `offset`."""
    if not 0 <= limit <= 1000 or offset < 0:
        return Status(400, {"detail": _("limit is from 0 to %(max)d and offset at least 0.") % {"max": 1000}})
    qs = EvidenceSuggestion.objects.filter(state=state).select_related("document").defer(
        "document__text", "document__text_map").order_by("-score", "pk")
    return Status(200, [_suggestion(s) for s in qs[offset:offset + limit]])


@router.post("/suggestions/{suggestion_id}/decide", response=_answers(dict, 400, 401, 404))
def decide_suggestion(request, suggestion_id: int, payload: DecideIn):
    """Accept (the document is recorded as evidence and the commitment's status changes, with its history) or
    reject (never suggested again for this pair) an evidence suggestion."""
    s = get_object_or_404(EvidenceSuggestion.objects.select_related("document"), pk=suggestion_id)
    if payload.status is not None and payload.status not in dict(STATUSES):
        return Status(400, {"detail": _("Unknown status “%(status)s”; use one of: %(statuses)s.") % {
            "status": payload.status, "statuses": ", ".join(dict(STATUSES))}})
    try:
        if payload.action == "accept":
            s.accept(request.user, payload.status)
        elif payload.action == "reject":
            s.reject(request.user)
        else:
            return Status(400, {"detail": _("action is accept or reject.")})
    except ValidationError as e:
        return Status(400, {"detail": "; ".join(e.messages)})
    return Status(200, _suggestion(s))
