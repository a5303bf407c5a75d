"""What every page family shares: pagination, where a form sends the user back, who is an editor."""

from __future__ import annotations

from django.contrib.auth.decorators import user_passes_test
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from opvolging.tracker.models import (
    DataVersion,
)

PAGE_SIZE = 50


def paginate(request: HttpRequest, rows, count_key: str | None = None):
    """One page of `rows` (?page=N), 50 to a page: lists stay quick however many records there are. With
    `count_key`, the number of rows is cached under it and the data version (which every change raises), so
    that paging through a filtered list counts it once."""
    from django.core.paginator import Paginator

    paginator = Paginator(rows, PAGE_SIZE)
    if count_key:
        from django.core.cache import cache

        key = f"count:{count_key}:{DataVersion.current(request)}"
        n = cache.get(key)
        if n is None:
            n = paginator.count
            cache.set(key, n, 3600)
        paginator.count = n  # Paginator.count is a cached property: this is its value
    return paginator.get_page(request.GET.get("page"))


def next_url(request: HttpRequest, default) -> str:
    """Where a form sends the user back: its `next` when that is a path on this site, else `default` (a URL, a
    view name or a model). `javascript:…` and another site's address are never followed."""
    from django.utils.http import url_has_allowed_host_and_scheme

    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if wanted and url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return wanted
    return default if isinstance(default, str) and default.startswith("/") else (
        default.get_absolute_url() if hasattr(default, "get_absolute_url") else reverse(default))


def is_editor(user) -> bool:
    """True for active superusers and active members of the 'editor' or 'admin' group."""
    return bool(user and user.is_authenticated and user.is_active and (
        user.is_superuser or user.groups.filter(name__in=["editor", "admin"]).exists()))


editor_required = user_passes_test(is_editor)


def language(request: HttpRequest, code: str) -> HttpResponse:
    """Switch the interface to `code` (nl or en) and go back to `next`: a link, not a form, so that a visitor's
    page holds no CSRF token and may be cached for every visitor (see `middleware.VisitorCacheMiddleware`)."""
    from django.conf import settings
    from django.http import Http404, HttpResponseRedirect

    if code not in dict(settings.LANGUAGES):
        raise Http404("unknown language")
    response = HttpResponseRedirect(next_url(request, "dashboard"))
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, code, max_age=365 * 24 * 3600, samesite="Lax",
                        secure=settings.SESSION_COOKIE_SECURE, httponly=True)
    return response


def chosen(request: HttpRequest, filtered) -> list[int]:
    """The ids a bulk form acts on, by its `scope`: the rows ticked ("selected", the default), every row of the
    page it was sent from ("page": its `page_ids`), or every row the list's filter matches ("filtered": the list's
    query string, sent as `query`, given to `filtered`, a function of a QueryDict that returns the queryset)."""
    from django.http import QueryDict

    scope = request.POST.get("scope", "selected")
    if scope == "filtered":
        return list(filtered(QueryDict(request.POST.get("query", ""))).values_list("pk", flat=True))
    return [int(x) for x in request.POST.getlist("page_ids" if scope == "page" else "ids") if x.isdigit()]
