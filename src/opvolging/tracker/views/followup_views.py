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

from opvolging.tracker.models import STATUSES, SUGGESTION_STATES, Commitment, Evidence, EvidenceSuggestion
from opvolging.tracker.views.common import editor_required, is_editor, next_url, paginate


@login_required
def suggestions(request: HttpRequest) -> HttpResponse:
    """The review queue of evidence suggestions, best first (?state=accepted|rejected for the decided ones)."""
    state = request.GET.get("state") if request.GET.get("state") in dict(SUGGESTION_STATES) else "suggested"
    rows = (EvidenceSuggestion.objects.filter(state=state, commitment__in=Commitment.objects.shown(request.user))
            .select_related("document", "commitment", "decided_by").defer("document__text", "document__text_map")
            .order_by("-score", "pk"))
    page = paginate(request, rows)
    return render(request, "tracker/suggestions.html", {
        "suggestions": page, "page": page, "state": state, "states": SUGGESTION_STATES, "statuses": STATUSES,
        "can_edit": is_editor(request.user)})


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
    for s in EvidenceSuggestion.objects.filter(pk__in=request.POST.getlist("ids"), state="suggested"):
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
