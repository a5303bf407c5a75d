"""The JSON API (django-ninja): OpenAPI at /api/openapi.json, docs at /api/docs.

Reads are open (public records for anonymous callers, as on the pages); writes need a token:
`Authorization: Bearer <token>` where the token is a user's API token (see `ApiToken`). Every list endpoint
also exports CSV and XLSX with `?format=csv|xlsx`.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema, Status
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer

from opvolging.tracker import exports
from opvolging.tracker import search as search_module
from opvolging.tracker.models import (
    STATUSES,
    Advice,
    ApiToken,
    Commitment,
    Document,
    Recommendation,
    StaleStatus,
    Tag,
)

api = NinjaAPI(title="Opvolging API", version="1", description="Advice, answers, stances and commitments. Error "
               "messages (`detail`) are in the language the request asks for (Accept-Language: nl or en; Dutch by "
               "default).", urls_namespace="api")


@api.exception_handler(Http404)
def not_found(request, exc):
    """A record that is not there, or not public to this caller: a 404 in the caller's language."""
    return api.create_response(request, {"detail": _("Not found: there is no such record, or it is not public.")},
                               status=404)


@api.exception_handler(AuthenticationError)
def not_authenticated(request, exc):
    """A write without a valid token of an editor: a 401 that says what is needed."""
    return api.create_response(request, {"detail": _(
        "This needs an editor's API token: send the header “Authorization: Bearer <token>” with a token made on "
        "the tokens page.")}, status=401)


@api.exception_handler(NinjaValidationError)
def invalid(request, exc):
    """A parameter or body of the wrong type or missing (422): a sentence in the caller's language, and where."""
    where = ", ".join(".".join(str(x) for x in e.get("loc", [])[1:]) or str(e.get("loc", [""])[0])
                      for e in exc.errors)
    return api.create_response(request, {"detail": _("A parameter is missing or has the wrong type: %(where)s.") % {
        "where": where}, "errors": exc.errors}, status=422)


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str):
        """The user whose token this is, when that user may edit; None otherwise (a 401)."""
        from opvolging.tracker.views import is_editor

        user = ApiToken.user_for(token)
        if user is not None and user.is_active and is_editor(user):  # a deactivated user's token writes nothing
            request.user = user
            return user
        return None


class AdviceOut(Schema):
    id: int
    council: str | None
    number: str
    title: str
    published: date | None
    url: str


class TagOut(Schema):
    kind: str  # theme, sdg or person
    value: str  # the taxonomy's English name; an SDG's number
    name: str  # in the language asked for (Accept-Language), Dutch by default
    source: str  # printed, model, lexicon, person or unknown
    score: float | None
    words: list[str]


class RecommendationOut(Schema):
    id: int
    document: str
    document_id: int  # the document's id (`/api/documents/{id}`)
    document_name: str  # as pages name it: its identifier, else its subject, else its file's name
    label: str
    text: str
    stance: str
    stance_evidence: str
    stance_confidence: float
    review_state: str
    themes: list[str]
    sdgs: list[int]
    affected_persons: list[str]
    tags: list[TagOut]
    url: str


class CommitmentOut(Schema):
    id: int
    document: str
    document_id: int  # the document's id (`/api/documents/{id}`)
    document_name: str  # as pages name it: its identifier, else its subject, else its file's name
    action: str
    actor: str
    ministry: str
    deadline_text: str
    due: date | None
    status: str
    overdue: bool
    recommendations: list[str]
    confidence: float  # how sure the reader is that this is a promise of the government side
    reason: str  # why, in words
    review_state: str  # suggested, confirmed or rejected
    in_latest_version: bool  # False once a later version of its document no longer says it
    url: str


class DocumentOut(Schema):
    id: int
    identifier: str
    date: date | None
    session_year: str
    ministry: str
    reference: str  # a ministry letter's Kenmerk
    subject: str  # its Betreft line
    language: str
    url: str


class StatusIn(Schema):
    status: str
    note: str
    evidence_url: str = ""  # an http(s) link of at most 200 characters
    expected_status: str | None = None  # the status the caller saw: the change is made only if it still holds


class ErrorOut(Schema):
    detail: str


class InvalidOut(Schema):
    """A parameter of the wrong type or missing: a sentence saying which, and django-ninja's own list of what was
    wrong, and where."""

    detail: str
    errors: list[dict]


def _answers(ok, *errors: int) -> dict:
    """The status codes an endpoint answers with and their bodies: `ok` with 200, each of `errors` with an error
    (422: a parameter of the wrong type, on every endpoint that takes one)."""
    return {200: ok, **{code: ErrorOut for code in errors}, 422: InvalidOut}


def _user(request):
    return getattr(request, "user", None)


def _advice(a: Advice, request) -> dict:
    return {"id": a.pk, "council": str(a.council) if a.council else None, "number": a.number, "title": a.title,
            "published": a.published, "url": request.build_absolute_uri(a.get_absolute_url())}


def _rec(r: Recommendation, request) -> dict:
    return {"id": r.pk, "document": r.document.identifier, "document_id": r.document_id,
            "document_name": str(r.document), "label": r.label, "text": r.text, "stance": r.stance,
            "stance_evidence": r.stance_evidence, "stance_confidence": r.stance_confidence,
            "review_state": r.review_state, "themes": r.themes, "sdgs": r.sdgs,
            "affected_persons": r.affected_persons,
            "tags": [{"kind": t.kind, "value": t.value, "name": str(t), "source": t.source, "score": t.score,
                      "words": t.words} for t in r.subjects],
            "url": request.build_absolute_uri(r.get_absolute_url())}


def _com(c: Commitment, request) -> dict:
    return {"id": c.pk, "document": c.document.identifier, "document_id": c.document_id,
            "document_name": str(c.document), "action": c.action, "actor": c.actor,
            "ministry": c.ministry, "deadline_text": c.deadline_text, "due": c.due, "status": c.status,
            "overdue": c.is_overdue, "recommendations": [r.label for r in c.recommendations.all()],
            "confidence": c.confidence, "reason": c.reason, "review_state": c.review_state,
            "in_latest_version": c.is_current, "url": request.build_absolute_uri(c.get_absolute_url())}


def _doc(d: Document, request) -> dict:
    return {"id": d.pk, "identifier": d.identifier, "date": d.date, "session_year": d.session_year,
            "ministry": d.ministry, "reference": d.reference, "subject": d.subject, "language": d.language,
            "url": request.build_absolute_uri(d.get_absolute_url())}


MAX_LIMIT = 5000  # records in one JSON answer; an export (format=csv, xlsx) has them all
PAGING = ("Paged with `limit` (at most 5,000) and `offset`; the answer's `X-Total-Count` header gives the number "
          "of records, and its `Link` header the next and previous pages (rel=\"next\", rel=\"prev\").")


def _list(request, response: HttpResponse, qs, row, name: str, format: str | None, limit: int, offset: int):
    """A list endpoint's answer: `row(obj, request)` of each record of `qs`, as JSON `limit` at a time from
    `offset` (only those are read), with the total and the links to the next and previous pages in headers; or
    every one as an export in `format` (read 500 at a time). A `limit` over MAX_LIMIT is a 400, never a silent
    cut."""
    if format and format != "json":
        return exports.respond(format, name, (row(obj, request) for obj in qs.iterator(chunk_size=500)))
    if limit > MAX_LIMIT or limit < 0 or offset < 0:
        return Status(400, {"detail": _("limit is from 0 to %(max)d and offset at least 0: page through more with "
                                        "offset (the Link header gives the next page).") % {"max": MAX_LIMIT}})
    total = qs.count()
    response["X-Total-Count"] = str(total)
    links = []
    base = request.build_absolute_uri(request.path)
    others = [(k, v) for k, v in request.GET.items() if k not in ("limit", "offset")]
    if offset + limit < total:
        links.append(f'<{base}?{urlencode(others + [("limit", limit), ("offset", offset + limit)])}>; rel="next"')
    if offset > 0:
        links.append(f'<{base}?{urlencode(others + [("limit", limit), ("offset", max(offset - limit, 0))])}>; '
                     f'rel="prev"')
    if links:
        response["Link"] = ", ".join(links)
    return Status(200, [row(obj, request) for obj in qs[offset:offset + limit]])


@api.get("/advice", response=_answers(list[AdviceOut], 400), summary="All advice", description=PAGING)
def list_advice(request, response: HttpResponse, format: str | None = None, limit: int = 1000, offset: int = 0):
    """Advice a visitor may see: of which at least one document is public."""
    qs = Advice.objects.visible_to(_user(request)).select_related("council").order_by("pk")
    return _list(request, response, qs, _advice, "advice", format, limit, offset)


@api.get("/advice/{advice_id}", response=_answers(AdviceOut, 404))
def get_advice(request, advice_id: int):
    return _advice(get_object_or_404(Advice.objects.visible_to(_user(request)), pk=advice_id), request)


@api.get("/recommendations", response=_answers(list[RecommendationOut], 400), description=PAGING)
def list_recommendations(request, response: HttpResponse, stance: str | None = None, theme: str | None = None,
                         sdg: int | None = None, person: str | None = None, format: str | None = None,
                         limit: int = 1000, offset: int = 0):
    """Recommendations, by stance and by subject: a theme or an affected group (the taxonomy's English name) or
    an SDG's number; `limit` at a time from `offset`."""
    qs = (Recommendation.objects.visible_to(_user(request)).current().with_document()
          .prefetch_related("tags").order_by("pk"))
    if stance:
        qs = qs.filter(stance=stance)
    for kind, value in (("theme", theme), ("sdg", sdg), ("person", person)):
        if value is not None and value != "":
            qs = qs.filter(pk__in=Tag.objects.filter(kind=kind, value=str(value)).values("recommendation_id"))
    return _list(request, response, qs, _rec, "recommendations", format, limit, offset)


@api.get("/recommendations/{rec_id}", response=_answers(RecommendationOut, 404))
def get_recommendation(request, rec_id: int):
    return _rec(get_object_or_404(Recommendation.objects.visible_to(_user(request)).with_document()
                                  .prefetch_related("tags"), pk=rec_id), request)


@api.get("/commitments", response=_answers(list[CommitmentOut], 400), description=PAGING)
def list_commitments(request, response: HttpResponse, status: str | None = None, ministry: str | None = None,
                     overdue: bool = False, format: str | None = None, limit: int = 1000, offset: int = 0):
    """Promises, by status and ministry, or only the overdue ones; `limit` at a time from `offset`."""
    qs = (Commitment.objects.listed(_user(request)).with_document().prefetch_related("recommendations")
          .order_by("pk"))
    if status:
        qs = qs.filter(status=status)
    if ministry:
        qs = qs.filter(ministry=ministry)
    if overdue:
        qs = qs.overdue()
    return _list(request, response, qs, _com, "commitments", format, limit, offset)


@api.get("/commitments/{commitment_id}", response=_answers(CommitmentOut, 404))
def get_commitment(request, commitment_id: int):
    c = get_object_or_404(Commitment.objects.shown(_user(request)).with_document(), pk=commitment_id)
    return _com(c, request)


@api.post("/commitments/{commitment_id}/status",
          response=_answers(CommitmentOut, 400, 401, 404, 409),
          auth=TokenAuth())
def change_status(request, commitment_id: int, payload: StatusIn):
    """Change a commitment's status with a note (and an evidence link); kept in its history. With
    `expected_status`, the change is made only if the status is still that one (409 otherwise: someone changed it
    meanwhile)."""
    c = get_object_or_404(Commitment, pk=commitment_id)
    if payload.status not in dict(STATUSES):
        return Status(400, {"detail": _("Unknown status “%(status)s”; use one of: %(statuses)s.") % {
            "status": payload.status, "statuses": ", ".join(dict(STATUSES))}})
    if not payload.note.strip():
        return Status(400, {"detail": _("A status change needs a note saying why.")})
    try:
        c.set_status(payload.status, request.user, payload.note, payload.evidence_url,
                     expected=payload.expected_status)
    except StaleStatus as e:
        return Status(409, {"detail": "; ".join(e.messages)})
    except ValidationError as e:
        return Status(400, {"detail": "; ".join(e.messages)})
    return Status(200, _com(c, request))


@api.get("/documents", response=_answers(list[DocumentOut], 400), description=PAGING)
def list_documents(request, response: HttpResponse, format: str | None = None, limit: int = 1000, offset: int = 0):
    """Documents, newest first, without their texts; `limit` at a time from `offset`."""
    return _list(request, response, Document.objects.visible_to(_user(request)), _doc, "documents", format, limit,
                 offset)


@api.get("/documents/{document_id}", response=_answers(DocumentOut, 404))
def get_document(request, document_id: int):
    return _doc(get_object_or_404(Document.objects.visible_to(_user(request)), pk=document_id), request)


class SearchHitOut(Schema):
    kind: str
    text: str
    document: str
    document_id: int
    document_name: str
    url: str


@api.get("/search", response=_answers(list[SearchHitOut], 400))
def search(request, q: str, format: str | None = None):
    """Full-text search; a query that cannot be read gives a 400 with what to change."""
    from opvolging.tracker.views import resolve_hits

    try:
        hits, parsed = search_module.query(q, public_only=not getattr(_user(request), "is_authenticated", False))
    except search_module.QueryError as e:
        return Status(400, {"detail": str(e)})
    rows = [{"kind": r["kind"], "text": r["text"], "document": r["document"].identifier,
             "document_id": r["document"].pk, "document_name": str(r["document"]),
             "url": request.build_absolute_uri(r["url"])} for r in resolve_hits(request, hits, parsed.words)]
    if format and format != "json":
        return exports.respond(format, "search", rows)
    return Status(200, rows)


from opvolging.tracker import api_edits  # noqa: E402 — the editors' endpoints, on this API

api.add_router("/", api_edits.router)
