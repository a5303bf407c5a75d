"""Follow-up pages: the queue of evidence suggestions (later documents that may fulfil or advance a promise), an
editor's decision on one or many, and evidence files, served to whoever may see their commitment."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from opvolging.tracker.models import (
    STATUSES,
    SUGGESTION_STATES,
    Commitment,
    Evidence,
    EvidenceSuggestion,
    Subscription,
)
from opvolging.tracker.views.common import chosen, editor_required, is_editor, next_url, paginate


@login_required
def suggestions(request: HttpRequest) -> HttpResponse:
    """The review queue of evidence suggestions, best first (?state=accepted|rejected for the decided ones)."""
    state, rows = _suggestion_rows(request.user, request.GET)
    page = paginate(request, rows.select_related("document", "commitment", "decided_by")
                    .defer("document__text", "document__text_map"))
    return render(request, "tracker/suggestions.html", {
        "suggestions": page, "page": page, "state": state, "states": SUGGESTION_STATES, "statuses": STATUSES,
        "can_edit": is_editor(request.user)})


def _suggestion_rows(user, g) -> tuple:
    """(the state shown, the suggestions in it that `user` may see) for the query `g`, best first."""
    state = g.get("state") if g.get("state") in dict(SUGGESTION_STATES) else "suggested"
    rows = EvidenceSuggestion.objects.filter(state=state, commitment__in=Commitment.objects.shown(user))
    return state, rows.order_by("-score", "pk")


@require_POST
@login_required
@editor_required
def decide(request: HttpRequest) -> HttpResponse:
    """Accept or reject the suggestions `ids` (one, or all those selected): accepting records the document as
    evidence and moves the commitment to `status` (the suggested one if none is chosen), with its history."""
    action = request.POST.get("action")
    status = request.POST.get("status") or None
    if status is not None and status not in dict(STATUSES):
        status = None
    done, refused = 0, []
    ids = chosen(request, lambda query: _suggestion_rows(request.user, query)[1])
    for s in EvidenceSuggestion.objects.filter(pk__in=ids, state="suggested"):
        try:
            if action == "accept":
                s.accept(request.user, status)
            elif action == "reject":
                s.reject(request.user)
            else:
                messages.error(request, _("Nothing to do: choose an action."))
                break
            done += 1
        except ValidationError as e:
            refused.append("; ".join(e.messages))
    if done:
        messages.success(request, _("%(n)d suggestion(s) decided.") % {"n": done})
    for reason in refused:
        messages.error(request, reason)
    return redirect(next_url(request, "suggestions"))


def evidence_file(request: HttpRequest, pk: int) -> FileResponse:
    """An uploaded evidence file, to whoever may see its commitment (a 404 to anyone else)."""
    evidence = get_object_or_404(Evidence.objects.filter(commitment__in=Commitment.objects.shown(request.user)),
                                 pk=pk)
    if not evidence.file:
        raise Http404("this evidence has no file")
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError:
        raise Http404("the file is no longer there") from None
    return FileResponse(handle, as_attachment=True, filename=evidence.file.name.rsplit("/", 1)[-1])


@login_required
def subscriptions(request: HttpRequest) -> HttpResponse:
    """What the user follows, with each subscription's feeds, and a form to follow more: a ministry, a council,
    an addressee, a theme, an SDG or a saved search. POST `add` (kind, value) or `delete` (id)."""
    from opvolging.tracker.forms import SubscriptionForm

    form = SubscriptionForm(request.POST if request.POST.get("action") == "add" else None)
    if request.method == "POST":
        if request.POST.get("action") == "delete":
            Subscription.objects.filter(user=request.user, pk=request.POST.get("id")).delete()
            messages.success(request, _("You no longer follow this."))
            return redirect(next_url(request, "subscriptions"))
        if form.is_valid():
            Subscription.objects.get_or_create(user=request.user, kind=form.cleaned_data["kind"],
                                               value=form.cleaned_data["value"].strip())
            messages.success(request, _("You now follow this. The daily digest and its feeds list what happens."))
            return redirect(next_url(request, "subscriptions"))
    return render(request, "tracker/subscriptions.html", {
        "subscriptions": request.user.subscriptions.all(), "form": form, "has_email": bool(request.user.email)},
        status=400 if form.errors else 200)


def report(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """The progress report of advice `pk`, or of `?ministry=…`: a page, or a download with ?format=pdf|md|html."""
    from django.http import HttpResponseBadRequest

    from opvolging.tracker import reports
    from opvolging.tracker.models import Advice

    user = request.user if request.user.is_authenticated else None
    if pk is not None:
        advice = get_object_or_404(Advice.objects.visible_to(request.user).select_related("council"), pk=pk)
        built, name = reports.build(advice=advice, user=user), f"advies-{advice.pk}"
    elif request.GET.get("ministry"):
        built, name = reports.build(ministry=request.GET["ministry"], user=user), "ministerie"
    else:
        return HttpResponseBadRequest("Name the advice (/advice/N/report/) or a ministry (?ministry=…).",
                                      content_type="text/plain; charset=utf-8")
    fmt = request.GET.get("format")
    if fmt in ("pdf", "md", "html"):
        body, kind = {"pdf": (reports.pdf, "application/pdf"), "md": (reports.markdown, "text/markdown"),
                      "html": (reports.html, "text/html")}[fmt]
        response = HttpResponse(body(built), content_type=f"{kind}; charset=utf-8" if fmt != "pdf" else kind)
        response["Content-Disposition"] = f'attachment; filename="stand-van-zaken-{name}.{fmt}"'
        return response
    from urllib.parse import urlencode

    query = urlencode({"ministry": request.GET["ministry"]}) if request.GET.get("ministry") else ""
    return render(request, "tracker/report.html", {"report": built, "query": query})
