"""A signed-in user's own things: API tokens (made, listed and revoked here; a token is shown once)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from opvolging.tracker.models import ApiToken
from opvolging.tracker.views.common import is_editor


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    """POST action=create (with a name) makes a token and shows it once; action=revoke (with id) deletes one of
    the user's own; GET lists them (name, first characters, made, last used)."""
    new_key = None
    if request.method == "POST":
        if request.POST.get("action") == "create":
            token = ApiToken.issue(request.user, request.POST.get("name", "").strip())
            new_key = token.key
        elif request.POST.get("action") == "revoke":
            n, _deleted = ApiToken.objects.filter(user=request.user, pk=request.POST.get("id") or 0).delete()
            messages.success(request, _("Token revoked.") if n else _("No such token."))
            return redirect("tokens")
    return render(request, "tracker/tokens.html", {
        "tokens": ApiToken.objects.filter(user=request.user), "new_key": new_key,
        "can_write": is_editor(request.user)})
