"""What an editor does with any record: make it public or private (with its history), read its history, and
sign out (a page that asks, since signing out is a POST)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout as auth_logout
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from opvolging.tracker.models import Commitment, Document, Recommendation, Response
from opvolging.tracker.views.common import editor_required, next_url

KINDS = {"document": Document, "recommendation": Recommendation, "commitment": Commitment, "response": Response}


def _record(kind: str, pk: int):
    model = KINDS.get(kind)
    if model is None:
        raise Http404("no such kind of record")
    manager = model._base_manager if model is not Document else Document.objects
    return get_object_or_404(manager, pk=pk)


@require_POST
@editor_required
def visibility(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Make one record public or private (`public` = "1" or "0"); a document takes its records along. Each save is
    in the record's history, with who did it."""
    obj = _record(kind, pk)
    public = request.POST.get("public") == "1"
    with transaction.atomic():
        records = [obj]
        if isinstance(obj, Document):
            for model in (Recommendation, Response, Commitment):
                records += list(model.objects.filter(document=obj).exclude(is_public=public))
        for record in records:
            if record.is_public != public:
                record.is_public = public
                record._history_user = request.user
                record.save(update_fields=["is_public"])
    messages.success(request, _("Now public.") if public else _("Now private: only signed-in users see it."))
    return redirect(next_url(request, obj))


@editor_required
def history(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Every saved version of a record, newest first, each with who, when and what changed (old → new)."""
    obj = _record(kind, pk)
    versions = list(obj.history.select_related("history_user").order_by("-history_date", "-history_id")[:200])
    rows = []
    for i, v in enumerate(versions):
        before = versions[i + 1] if i + 1 < len(versions) else None
        changes = []
        if before is not None:
            delta = v.diff_against(before)
            changes = [(str(obj._meta.get_field(c.field).verbose_name), c.old, c.new) for c in delta.changes
                       if c.field not in ("text_map",)]
        rows.append({"version": v, "changes": changes,
                     "type": {"+": _("created"), "~": _("changed"), "-": _("deleted")}[v.history_type]})
    return render(request, "tracker/history.html", {"record": obj, "kind": kind, "rows": rows})


def logout(request: HttpRequest) -> HttpResponse:
    """GET: a page asking to sign out; POST: signed out, back to the dashboard."""
    if request.method == "POST":
        auth_logout(request)
        return redirect("dashboard")
    return render(request, "tracker/logout.html")
