"""The dashboard: counts and charts, cached under the data version."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta
from urllib.parse import urlencode

from django.db import connection, transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from opvolging.tracker import charts, subjects
from opvolging.tracker.models import (
    ACTIVE_STATUSES,
    STANCES,
    STATUSES,
    Advice,
    Commitment,
    Council,
    DataVersion,
    Document,
    Recommendation,
    Tag,
)

# numbers that took longer than this to count are, after a change, shown as last counted (the page says when) while
# they are counted again in the background: over a million recommendations a count takes most of a second, which
# no visitor should wait for after every status change. Below it they are counted before the page is shown.
SLOW = 0.2


def dashboard(request: HttpRequest) -> HttpResponse:
    """Counts and charts. The numbers are cached per audience, day and language under the data version, which
    every change raises: a read-mostly tracker answers from memory. After a change they are counted again before
    the page is shown; where counting is slow (more than `SLOW` seconds), the last numbers are shown, with the time
    they were counted, while they are counted again in the background."""
    from django.core.cache import cache

    audience = "all" if request.user.is_authenticated else "public"
    key = f"dashboard:{audience}:{timezone.localdate().isoformat()}:{translation_key()}"
    version = DataVersion.current(request)
    entry = cache.get(key)
    if entry is not None and entry["version"] == version:
        context = entry["context"]
    elif entry is not None and entry["seconds"] > SLOW:
        _recount_later(key, version, request.user)
        context = dict(entry["context"], counted_at=entry["at"])
    else:
        context = _count(key, version, request.user)
    response = render(request, "tracker/dashboard.html", context)
    if "counted_at" in context:  # numbers being counted again: never kept as this data version's page
        response["Cache-Control"] = "no-store"
    return response


def _count(key: str, version: int, user) -> dict:
    """The numbers, counted now and kept under `key` with the data version they count and how long they took."""
    import time

    from django.core.cache import cache

    t = time.perf_counter()
    with _counting_in_parallel():
        context = _dashboard_numbers(user)
    cache.set(key, {"version": version, "context": context, "seconds": time.perf_counter() - t,
                    "at": timezone.now()}, 3600)
    return context


@contextmanager
def _counting_in_parallel():
    """On PostgreSQL, a transaction in which counts over every row may use parallel workers as the server's default
    has it (the web's sessions keep a page of fifty rows serial: settings.py); elsewhere, nothing."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cur:
        cur.execute("SET LOCAL parallel_setup_cost = 1000")
        try:
            yield
        finally:  # as the session has it again, also when this transaction is part of a larger one
            cur.execute("SET LOCAL parallel_setup_cost TO DEFAULT")


def _recount_later(key: str, version: int, user) -> None:
    """Count again in a thread of its own, once at a time per audience, day and language."""
    import threading

    from django.core.cache import cache
    from django.utils import translation

    if not cache.add(f"{key}:recounting", 1, 120):
        return
    language = translation.get_language()

    def work() -> None:
        try:
            with translation.override(language):
                _count(key, version, user)
        finally:
            cache.delete(f"{key}:recounting")
            connection.close()

    threading.Thread(target=work, name="dashboard-recount", daemon=True).start()


def translation_key() -> str:
    from django.utils import translation

    return translation.get_language() or "nl"


def _dashboard_numbers(user) -> dict:
    recs = Recommendation.objects.visible_to(user).current()
    coms = Commitment.objects.listed(user)
    today = timezone.localdate()
    stance_counts = dict(recs.values_list("stance").annotate(n=Count("*")).order_by())
    status_counts = dict(coms.values_list("status").annotate(n=Count("*")).order_by())
    overdue = coms.filter(status__in=ACTIVE_STATUSES, due__lt=today).count()
    due_soon = coms.filter(status__in=ACTIVE_STATUSES, due__gte=today, due__lte=today + timedelta(days=30))
    council_counts = coms.values_list("council_id").annotate(n=Count("*")).order_by()
    names = dict(Council.objects.values_list("pk", "abbreviation"))
    per_council = sorted(((names.get(k) or "", n) for k, n in council_counts), key=lambda x: -x[1])
    per_ministry = coms.exclude(ministry="").values_list("ministry").annotate(n=Count("*")).order_by("-n")
    per_year = recs.values_list("year").annotate(n=Count("*")).order_by("year")
    tags = Tag.objects.all() if user is not None and user.is_authenticated else Tag.objects.filter(is_public__in=[True])
    per_sdg = dict(tags.filter(kind="sdg").values_list("value").annotate(n=Count("*")).order_by())
    per_theme = tags.filter(kind="theme").values_list("value").annotate(n=Count("*")).order_by("-n", "value")[:10]
    subject_url = reverse("recommendations") + "?"
    sdgs = sorted(per_sdg, key=int)
    stance_names = dict(STANCES)
    status_names = dict(STATUSES)
    return {
        "stance_chart": charts.bars([(str(stance_names[k]), stance_counts.get(k, 0)) for k, _ in STANCES],
                                    _("Recommendations by stance")),
        "status_chart": charts.bars([(str(status_names[k]), status_counts.get(k, 0)) for k, _ in STATUSES]
                                    + [(_("overdue"), overdue)], _("Commitments by status")),
        "council_chart": charts.bars([(k or _("unknown"), n) for k, n in per_council[:10]],
                                     _("Commitments per council")),
        "ministry_chart": charts.bars([(k, n) for k, n in per_ministry[:10]], _("Commitments per ministry")),
        "year_chart": charts.bars([(str(k) if k else _("unknown"), n) for k, n in per_year],
                                  _("Recommendations per year")),
        "sdg_chart": charts.bars([(subjects.name("sdg", k), per_sdg[k]) for k in sdgs], _("Recommendations per SDG"),
                                 [subject_url + urlencode({"sdg": k}) for k in sdgs]),
        "theme_chart": charts.bars([(subjects.name("theme", k), n) for k, n in per_theme],
                                   _("Most frequent themes"),
                                   [subject_url + urlencode({"theme": k}) for k, _n in per_theme]),
        "overdue": overdue,
        "due_soon": [{"action": c.action, "due": c.due, "url": c.get_absolute_url()}
                     for c in due_soon.order_by("due")[:20]],
        "due_soon_count": due_soon.count(),
        "totals": {"recommendations": sum(stance_counts.values()), "commitments": sum(status_counts.values()),
                   "documents": Document.objects.visible_to(user).count()},
        "advice_list": [{"label": f"{a.council or ''} {a.number} «{a.title}»".strip(), "published": a.published,
                         "url": a.get_absolute_url()}
                        for a in Advice.objects.visible_to(user).select_related("council")[:20]],
    }
