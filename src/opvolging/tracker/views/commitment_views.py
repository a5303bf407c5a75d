"""Commitments: the list with its filters and exports, a commitment's page (status, due date, corrections) and
the review queue."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import F, OuterRef, Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from opvolging.tracker import exports
from opvolging.tracker.forms import CorrectForm, DueForm, StatusForm
from opvolging.tracker.models import (
    ACTIVE_STATUSES,
    REVIEW_STATES,
    STATUSES,
    UNSURE_MATCH,
    WAIT_AFTER,
    Commitment,
    Council,
    DataVersion,
    Document,
    Recommendation,
    StaleStatus,
)
from opvolging.tracker.models.commitments import interval_words
from opvolging.tracker.views.common import chosen, editor_required, is_editor, next_url, paginate

MAX_DAYS = 36_500


@require_POST
@login_required
@editor_required
def review_commitments(request: HttpRequest) -> HttpResponse:
    """Confirm or reject commitments the machine found (one, or many selected at once)."""
    action = request.POST.get("action")
    if action not in ("confirm", "reject"):
        messages.error(request, _("Nothing to do: choose an action."))
    else:
        n = 0
        ids = chosen(request, lambda query: _filter_commitments(request, query))
        for com in Commitment.objects.filter(pk__in=ids).iterator():
            com.review(request.user, action)  # one by one: each change is in the history, with who made it
            n += 1
        DataVersion.bump()
        messages.success(request, _("%(n)d commitment(s) updated.") % {"n": n})
    return redirect(next_url(request, "commitments"))


def _filter_commitments(request: HttpRequest, g=None):
    """The commitments a list shows: the promises; for a signed-in user, with ?review=suggested, ?review=rejected
    or ?version=gone, what waits for review (weak readings too), what was rejected, or what a later version of its
    document no longer says. `g`: the query (default the request's)."""
    g = request.GET if g is None else g
    user = request.user
    if user.is_authenticated and g.get("review") in ("suggested", "confirmed", "rejected"):
        coms = Commitment.objects.current().filter(review_state=g["review"])
    elif user.is_authenticated and g.get("version") == "gone":
        coms = Commitment.objects.filter(is_current=False)
    else:
        coms = Commitment.objects.listed(user)
    today = timezone.localdate()
    status = g.get("status")
    if status == "overdue" or g.get("overdue"):
        coms = coms.filter(status__in=ACTIVE_STATUSES, due__lt=today)
    elif status:
        coms = coms.filter(status=status)
    if g.get("ministry"):
        coms = coms.filter(ministry=g["ministry"])
    if g.get("council"):
        coms = coms.filter(document__council__abbreviation=g["council"])
    if g.get("due_within"):
        try:
            days = min(max(int(g["due_within"]), 0), MAX_DAYS)  # a hundred years at most: a date stays a date
        except ValueError:
            days = 30
        coms = coms.filter(due__gte=today, due__lte=today + timedelta(days=days))
    return coms


def commitments(request: HttpRequest) -> HttpResponse:
    coms = _filter_commitments(request)
    fmt = request.GET.get("format")
    if fmt:
        coms = coms.with_document("document__advice__council").prefetch_related("recommendations")
        return exports.respond(fmt, "commitments", (
            {"action": c.action, "actor": c.actor, "ministry": c.ministry, "deadline": c.deadline_text,
             "due": c.due, "status": c.get_status(),
             "recommendations": ", ".join(r.label for r in c.recommendations.all()),
             "document": str(c.document), "url": request.build_absolute_uri(c.get_absolute_url())}
            for c in coms.iterator(chunk_size=500)))
    audience = "all" if request.user.is_authenticated else "public"
    filters = sorted((k, v) for k, v in request.GET.lists() if k != "page")
    # soonest due first, those without a due date after them, on SQLite as on PostgreSQL (whose default it is)
    page = paginate(request, _with_labels(coms.only(*_LISTED)).order_by(F("due").asc(nulls_last=True), "pk"),
                    count_key=f"commitments:{audience}:{hashlib.sha256(repr(filters).encode()).hexdigest()}")
    for c in page:
        if not hasattr(c, "labels"):
            c.labels = [r.label for r in c.recommendations.all()]
    feed_query = urlencode({k: request.GET[k] for k in ("ministry", "council") if request.GET.get(k)})
    ministries, councils = _filter_choices(request, audience)
    return render(request, "tracker/commitments.html", {
        "commitments": page, "page": page, "statuses": STATUSES, "review_states": REVIEW_STATES,
        "ministries": ministries, "councils": councils,
        "query": request.GET.urlencode(), "can_edit": is_editor(request.user), "feed_query": feed_query,
        "page_ids": [c.pk for c in page]})


def _with_labels(coms):
    """`coms` with the labels of the recommendations each serves, in their document's order, as `labels`: the page
    shows a promise and those labels only (their whole rows, documents and councils joined, were half the page's
    database time at a million). On PostgreSQL an array in the same query (as a second query, the labels made the
    rows' time 2.8 times a hand-written query's); on SQLite fetched after, for the page only."""
    from django.db import connection

    if connection.vendor == "postgresql":
        from django.contrib.postgres.expressions import ArraySubquery

        labels = (Recommendation.objects.filter(commitments=OuterRef("pk")).order_by("document_id", "position")
                  .values("label"))
        return coms.annotate(labels=ArraySubquery(labels))
    return coms.prefetch_related(Prefetch("recommendations", queryset=Recommendation.objects.only("id", "label")
                                          .order_by("document_id", "position")))


# the fields the list shows of each promise (its status derived from them: `Commitment.get_status`)
_LISTED = ("id", "action", "actor", "deadline_text", "due", "status", "review_state", "confidence", "is_public",
           "document_id")


def _filter_choices(request: HttpRequest, audience: str) -> tuple[list[str], list[str]]:
    """The filter's choices: the ministries of the promises the request's user sees, and every council's
    abbreviation; read once per data version (distinct over a million commitments takes a quarter of a second,
    and the councils, a query of their own on every page, were a third of the rows' time)."""
    from django.core.cache import cache

    key = f"commitment-filters:{audience}:{DataVersion.current(request)}"
    choices = cache.get(key)
    if choices is None:
        choices = (list(Commitment.objects.listed(request.user).exclude(ministry="")
                        .values_list("ministry", flat=True).distinct().order_by("ministry")),
                   list(Council.objects.order_by("abbreviation").values_list("abbreviation", flat=True)))
        cache.set(key, choices, 3600)
    return choices


def commitment(request: HttpRequest, pk: int) -> HttpResponse:
    com = get_object_or_404(Commitment.objects.shown(request.user).with_document("after"), pk=pk)
    can_edit = is_editor(request.user)
    status_form = StatusForm(initial={"status": com.status, "seen_status": com.status})
    due_form = DueForm(initial={"due": com.due})
    correct_form = CorrectForm(initial={"action": com.action, "actor": com.actor})
    if request.method == "POST":
        if not can_edit:
            return HttpResponse(status=403)
        if request.POST.get("form") == "correct":
            correct_form = CorrectForm(request.POST)
            if correct_form.is_valid():
                com.correct(request.user, **correct_form.cleaned_data)
                messages.success(request, _("Commitment corrected."))
                return redirect(com)
        elif request.POST.get("form") == "due":
            due_form = DueForm(request.POST)
            if due_form.is_valid():
                com.move_due(due_form.cleaned_data["due"], request.user, due_form.cleaned_data["reason"])
                messages.success(request, _("Due date moved."))
                return redirect(com)
        else:
            status_form = StatusForm(request.POST, request.FILES)
            if status_form.is_valid():
                try:
                    com.set_status(status_form.cleaned_data["status"], request.user, status_form.cleaned_data["note"],
                                   status_form.cleaned_data["evidence_url"],
                                   status_form.cleaned_data.get("evidence_file"),
                                   expected=status_form.cleaned_data.get("seen_status") or None)
                except StaleStatus as e:
                    com.refresh_from_db()
                    # the form again as the editor filled it in, now on the status there is: sent again, it counts
                    data = request.POST.copy()
                    data["seen_status"] = com.status
                    status_form = StatusForm(data, request.FILES)
                    status_form.is_valid()
                    status_form.add_error("status", _(
                        "Someone else changed the status to %(current)s while you were looking at it (you saw "
                        "%(seen)s). Nothing was changed: look at the commitment again.") % {
                        "current": dict(STATUSES).get(e.current, e.current),
                        "seen": dict(STATUSES).get(e.seen, e.seen)})
                except ValidationError as e:
                    status_form.add_error("status", e)
                else:
                    messages.success(request, _("Status changed."))
                    return redirect(com)
    suggestions = []
    if request.user.is_authenticated:  # a machine's guess, for those who review: not shown to visitors
        suggestions = (com.evidence_suggestions.filter(state="suggested",
                                                       document__in=Document.objects.visible_to(request.user))
                       .select_related("document"))
    return render(request, "tracker/commitment.html", {
        "commitment": com, "changes": com.changes.select_related("user"),
        "evidence": com.evidence.select_related("document").defer("document__text", "document__text_map"),
        "mentions": com.mentions.all(), "register_entries": com.register_entries.all(),
        "status_form": status_form, "due_form": due_form,
        "correct_form": correct_form, "can_edit": can_edit, "unsure_match": UNSURE_MATCH,
        "suggestions": suggestions, "statuses": STATUSES,
        "wait_words": interval_words(com.after_interval or WAIT_AFTER)})
