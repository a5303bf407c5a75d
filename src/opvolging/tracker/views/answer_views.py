"""Answers to review: every answer the machine read, filtered by review state and document, reviewed one by one or
many at once (the rows ticked, the page, or every answer the filter finds). An answer is also reviewed beside its
recommendation on the advice page (`recommendation_views.review_response`)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from opvolging.tracker.models import REVIEW_STATES, DataVersion, Document, Recommendation, Response
from opvolging.tracker.views.common import chosen, editor_required, is_editor, next_url, paginate


def _filter_answers(user, g):
    """The answers the list shows for the query `g`: those of current documents a user may see; by review state
    (?review=suggested|confirmed|rejected) and by document (?document=its identifier)."""
    answers = Response.objects.visible_to(user).current().filter(
        document__in=Document.objects.visible_to(user).values("pk"))
    if g.get("review") in dict(REVIEW_STATES):
        answers = answers.filter(review_state=g["review"])
    if g.get("document"):
        answers = answers.filter(document__identifier=g["document"])
    return answers


@login_required
def answers(request: HttpRequest) -> HttpResponse:
    """The answers, 50 to a page in reading order, each with the recommendations it answers; an editor ticks rows
    and confirms or rejects them."""
    page = paginate(request, _filter_answers(request.user, request.GET).order_by("document_id", "span_start", "pk")
                    .values_list("pk", flat=True))
    ids = list(page.object_list)
    shown = (Response.objects.select_related("document").defer(*(f"document__{f}" for f in Document.HEAVY))
             .prefetch_related(Prefetch("recommendations", queryset=Recommendation.objects.only("pk", "label")))
             .in_bulk(ids))
    page.object_list = [shown[pk] for pk in ids]
    documents = (Document.objects.visible_to(request.user).filter(responses__isnull=False).distinct()
                 .order_by("identifier").values_list("identifier", flat=True))
    return render(request, "tracker/answers.html", {
        "answers": page, "page": page, "page_ids": ids, "review_states": REVIEW_STATES,
        "documents": list(documents), "can_edit": is_editor(request.user)})


@require_POST
@login_required
@editor_required
def review_answers(request: HttpRequest) -> HttpResponse:
    """Confirm or reject answers (the rows ticked, the page, or every answer the list's filter finds), one by one,
    so that each change is in the answer's history with who made it."""
    action = request.POST.get("action")
    if action not in ("confirm", "reject"):
        messages.error(request, _("Nothing to do: choose an action."))
        return redirect(next_url(request, "answers"))
    n = 0
    for answer in Response.objects.filter(pk__in=chosen(request, lambda q: _filter_answers(request.user, q))):
        answer.review(request.user, action)
        n += 1
    DataVersion.bump()
    messages.success(request, _("%(n)d answer(s) updated.") % {"n": n})
    return redirect(next_url(request, "answers"))
