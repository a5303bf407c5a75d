"""Plain function views, server-rendered. Anonymous visitors see public records only, read-only; viewers see
everything; editors review, correct and record progress; admins do the rest in Django's admin."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required, user_passes_test
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from opvolging.tracker import charts, exports, subjects
from opvolging.tracker import search as search_module
from opvolging.tracker.forms import CorrectForm, DueForm, StatusForm, SubjectsForm, UploadForm
from opvolging.tracker.models import (
    ACTIVE_STATUSES,
    REVIEW_STATES,
    STANCES,
    STATUSES,
    TAG_KINDS,
    UNSURE_MATCH,
    Advice,
    Commitment,
    Council,
    DataVersion,
    Document,
    Recommendation,
    Response,
    StaleStatus,
    Tag,
)

PAGE_SIZE = 50
MAX_DAYS = 36_500


def _page(request: HttpRequest, rows, count_key: str | None = None):
    """One page of `rows` (?page=N), 50 to a page: lists stay quick however many records there are. With
    `count_key`, the number of rows is cached under it and the data version (which every change raises), so
    that paging through a filtered list counts it once."""
    from django.core.paginator import Paginator

    paginator = Paginator(rows, PAGE_SIZE)
    if count_key:
        from django.core.cache import cache

        key = f"count:{count_key}:{DataVersion.current()}"
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


def dashboard(request: HttpRequest) -> HttpResponse:
    """Counts and charts. The numbers are cached per audience and day under the data version, which every
    change raises: a read-mostly tracker answers from memory, and never shows numbers older than the data."""
    from django.core.cache import cache

    audience = "all" if request.user.is_authenticated else "public"
    key = f"dashboard:{audience}:{timezone.localdate().isoformat()}:{DataVersion.current()}:{translation_key()}"
    context = cache.get(key)
    if context is None:
        context = _dashboard_numbers(request.user)
        cache.set(key, context, 3600)
    return render(request, "tracker/dashboard.html", context)


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
        "year_chart": charts.bars([(str(k or "?"), n) for k, n in per_year], _("Recommendations per year")),
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


def advice(request: HttpRequest, pk: int) -> HttpResponse:
    adv = get_object_or_404(Advice.objects.visible_to(request.user).select_related("council"), pk=pk)
    recs = (Recommendation.objects.visible_to(request.user).current().filter(advice=adv)
            .with_document()
            .prefetch_related("responses", "tags", Prefetch("commitments",
                                                             queryset=Commitment.objects.listed(request.user))))
    rows = []
    for r in recs:
        resp = r.responses.all()[0] if r.responses.all() else None
        shared = [x.label for x in resp.recommendations.all() if x.pk != r.pk] if resp else []
        answer = search_module.highlight(resp.text, []) if resp else ""
        if resp and r.stance_evidence and r.stance_evidence in resp.text:
            before, _, after = resp.text.partition(r.stance_evidence)
            answer = (search_module.highlight(before, []) + '<mark class="evidence">'
                      + search_module.highlight(r.stance_evidence, []) + "</mark>"
                      + search_module.highlight(after, []))
        rows.append({"rec": r, "response": resp, "answer": mark_safe(answer), "shared": shared,
                     "commitments": list(r.commitments.all())})
    return render(request, "tracker/advice.html", {"advice": adv, "rows": rows, "can_edit": is_editor(request.user),
                                                   "stances": STANCES})


def documents(request: HttpRequest) -> HttpResponse:
    docs = Document.objects.visible_to(request.user).select_related("advice__council").annotate(
        n_recs=Count("recommendations", distinct=True), n_coms=Count("commitments", distinct=True))
    fmt = request.GET.get("format")
    if fmt:
        return exports.respond(fmt, "documents", [
            {"identifier": d.identifier, "date": d.date, "session_year": d.session_year, "ministry": d.ministry,
             "advice": str(d.advice or ""), "recommendations": d.n_recs, "commitments": d.n_coms,
             "url": request.build_absolute_uri(d.get_absolute_url())} for d in docs])
    page = _page(request, docs.order_by("-date", "-ingested_at"))
    return render(request, "tracker/documents.html", {"documents": page, "page": page,
                                                      "can_edit": is_editor(request.user)})


def _on_page(label: str, page: int | None) -> str:
    return f"{label} · {_('page')} {page}" if page else label


def document(request: HttpRequest, pk: int) -> HttpResponse:
    """The document's text with every fact marked where it stands, each with its page (provenance is span and
    page); what a later version of the document no longer says is listed apart, for those signed in."""
    doc = get_object_or_404(Document.objects.visible_to(request.user).defer(None), pk=pk)  # with its text
    recs = list(Recommendation.objects.visible_to(request.user).current().filter(document=doc))
    spans = [(r.span_start, r.span_end, f"r{r.pk}", "recommendation",
              _on_page(f"{_('recommendation')} {r.label}", r.page)) for r in recs]
    spans += [(a.span_start, a.span_end, f"a{a.pk}", "response", _on_page(_("answer"), a.page))
              for a in doc.responses.filter(is_current=True)]
    coms = Commitment.objects.listed(request.user).filter(document=doc).prefetch_related("mentions")
    for c in coms:
        spans += [(m.span_start, m.span_end, f"m{m.pk}", "commitment", _on_page(_("commitment"), m.page))
                  for m in c.mentions.all()]
    gone: dict[str, list] = {}
    suggestions: list = []
    if request.user.is_authenticated:
        gone = {"recommendations": list(doc.recommendations.filter(is_current=False)),
                "commitments": list(doc.commitments.filter(is_current=False))}
        suggestions = list(doc.commitments.current().suggestions().exclude(
            pk__in=[c.pk for c in coms]).prefetch_related("mentions"))
    return render(request, "tracker/document.html", {
        "document": doc, "marked_text": mark_safe(charts.mark_spans(doc.text, spans)),
        "recommendations": recs, "commitments": coms, "gone": gone, "suggestions": suggestions})


def recommendations(request: HttpRequest) -> HttpResponse:
    """Recommendations, filtered by stance, review state and subject (?theme=…, ?sdg=16, ?person=…; each
    may repeat, and a recommendation must have them all)."""
    recs = Recommendation.objects.visible_to(request.user).current()
    if request.GET.get("stance"):
        recs = recs.filter(stance=request.GET["stance"])
    if request.GET.get("review") in ("suggested", "confirmed", "rejected"):
        recs = recs.filter(review_state=request.GET["review"])
    chosen = {kind: [v for v in request.GET.getlist(kind) if v] for kind in subjects.KINDS}
    for kind, values in chosen.items():
        for value in values:
            recs = recs.filter(pk__in=Tag.objects.filter(kind=kind, value=value).values("recommendation_id"))
    fmt = request.GET.get("format")
    if fmt:
        return exports.respond(fmt, "recommendations", (
            {"label": r.label, "text": r.text, "stance": r.stance, "stance_evidence": r.stance_evidence,
             "review": r.review_state, "document": r.document.identifier, "advice": str(r.advice or ""),
             "themes": "; ".join(r.themes), "sdgs": "; ".join(map(str, r.sdgs)),
             "affected_persons": "; ".join(r.affected_persons),
             "url": request.build_absolute_uri(r.get_absolute_url())}
            for r in recs.with_document("advice__council").iterator(chunk_size=500)))
    # in reading order, document by document and each by position, as an index keeps them: a page is read off
    # the index, not sorted out of every match
    audience = "all" if request.user.is_authenticated else "public"
    filters = sorted((k, v) for k, v in request.GET.lists() if k != "page")
    # the page's ids first, from the recommendations table alone (its reading index, and the subjects' index),
    # then those fifty with their documents, councils and tags: joined before the paging, PostgreSQL planned the
    # joins over every match (160 ms on 100,000, against 50)
    page = _page(request, recs.order_by("document_id", "position", "pk").values_list("pk", flat=True),
                 count_key=f"recommendations:{audience}:{hashlib.sha256(repr(filters).encode()).hexdigest()}")
    ids = list(page.object_list)
    shown = Recommendation.objects.with_document("advice__council").prefetch_related("tags").in_bulk(ids)
    page.object_list = [shown[pk] for pk in ids]
    filters = [(kind, label, subjects.choices(kind), chosen[kind][0] if chosen[kind] else "")
               for kind, label in TAG_KINDS]
    return render(request, "tracker/recommendations.html", {
        "recommendations": page, "page": page, "stances": STANCES, "filters": filters,
        "can_edit": is_editor(request.user)})


def recommendation(request: HttpRequest, pk: int) -> HttpResponse:
    """One recommendation on its own page: its text, who made it, the stance, the answer, the commitments that
    serve it and its subjects with their reasons. A letter's recommendations are read beside their answers on
    the advice page; this page serves those without advice, such as a UPR list's."""
    rec = get_object_or_404(Recommendation.objects.visible_to(request.user).with_document("advice")
                            .prefetch_related("tags", "responses", Prefetch(
                                "commitments", queryset=Commitment.objects.listed(request.user))), pk=pk)
    can_edit = is_editor(request.user)
    return render(request, "tracker/recommendation.html", {
        "r": rec, "response": rec.response, "commitments": list(rec.commitments.all()), "stances": STANCES,
        "can_edit": can_edit, "subjects_form": SubjectsForm(recommendation=rec) if can_edit else None})


@require_POST
@login_required
@editor_required
def correct_subjects(request: HttpRequest, pk: int) -> HttpResponse:
    """Correct a recommendation's themes, SDGs and affected persons; later extractions keep the correction."""
    rec = get_object_or_404(Recommendation, pk=pk)
    form = SubjectsForm(request.POST, recommendation=rec)
    if form.is_valid():
        rec.correct_subjects(request.user, themes=form.cleaned_data["theme"],
                             sdgs=[int(n) for n in form.cleaned_data["sdg"]],
                             affected_persons=form.cleaned_data["person"])
        messages.success(request, _("Subjects corrected."))
    else:
        messages.error(request, _("Choose subjects from the lists."))
    return redirect(reverse("recommendation", args=[rec.pk]))


@require_POST
@login_required
@editor_required
def review_response(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm, reject or correct one answer (its text as a person reads it)."""
    resp = get_object_or_404(Response, pk=pk)
    action = request.POST.get("action")
    if action == "correct" and request.POST.get("text", "").strip():
        resp.correct(request.user, text=request.POST["text"].strip())
        messages.success(request, _("Answer corrected."))
    elif action in ("confirm", "reject"):
        resp.review(request.user, action)
        messages.success(request, _("Answer updated."))
    else:
        messages.error(request, _("Nothing to do: choose an action."))
    return redirect(next_url(request, resp.document))


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
        for com in Commitment.objects.filter(pk__in=request.POST.getlist("ids")):
            com.review(request.user, action)  # one by one: each change is in the history, with who made it
            n += 1
        DataVersion.bump()
        messages.success(request, _("%(n)d commitment(s) updated.") % {"n": n})
    return redirect(next_url(request, "commitments"))


@require_POST
@login_required
@editor_required
def review(request: HttpRequest) -> HttpResponse:
    """Confirm, reject or correct recommendations (one, or many selected at once)."""
    ids = request.POST.getlist("ids")
    action = request.POST.get("action")
    recs = Recommendation.objects.filter(pk__in=ids)
    if action in ("confirm", "reject"):
        n = 0
        for r in recs:
            r.review(request.user, action)
            n += 1
        messages.success(request, _("%(n)d recommendation(s) updated.") % {"n": n})
    elif action == "confirm_answers":
        n = 0
        for resp in Response.objects.filter(recommendations__in=recs).distinct():
            resp.review(request.user, "confirm")
            n += 1
        messages.success(request, _("%(n)d answer(s) confirmed.") % {"n": n})
    elif action == "correct_stance" and request.POST.get("stance") in dict(STANCES):
        for r in recs:
            r.correct(request.user, stance=request.POST["stance"])
        messages.success(request, _("Stance corrected."))
    else:
        messages.error(request, _("Nothing to do: choose an action."))
    return redirect(next_url(request, "recommendations"))


def _filter_commitments(request: HttpRequest):
    """The commitments a list shows: the promises; for a signed-in user, with ?review=suggested, ?review=rejected
    or ?version=gone, what waits for review (weak readings too), what was rejected, or what a later version of its
    document no longer says."""
    g = request.GET
    if request.user.is_authenticated and g.get("review") in ("suggested", "confirmed", "rejected"):
        coms = Commitment.objects.current().filter(review_state=g["review"])
    elif request.user.is_authenticated and g.get("version") == "gone":
        coms = Commitment.objects.filter(is_current=False)
    else:
        coms = Commitment.objects.listed(request.user)
    coms = coms.with_document("document__advice__council").prefetch_related("recommendations")
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
        return exports.respond(fmt, "commitments", (
            {"action": c.action, "actor": c.actor, "ministry": c.ministry, "deadline": c.deadline_text,
             "due": c.due, "status": c.get_status(),
             "recommendations": ", ".join(r.label for r in c.recommendations.all()),
             "document": c.document.identifier, "url": request.build_absolute_uri(c.get_absolute_url())}
            for c in coms.iterator(chunk_size=500)))
    visible = Commitment.objects.listed(request.user)
    page = _page(request, coms.order_by("due", "pk"))
    return render(request, "tracker/commitments.html", {
        "commitments": page, "page": page, "statuses": STATUSES, "review_states": REVIEW_STATES,
        "ministries": visible.exclude(ministry="").values_list("ministry", flat=True).distinct().order_by("ministry"),
        "councils": Council.objects.order_by("abbreviation").values_list("abbreviation", flat=True),
        "query": request.GET.urlencode(), "can_edit": is_editor(request.user)})


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
    return render(request, "tracker/commitment.html", {
        "commitment": com, "changes": com.changes.select_related("user"), "evidence": com.evidence.all(),
        "mentions": com.mentions.all(), "status_form": status_form, "due_form": due_form,
        "correct_form": correct_form, "can_edit": can_edit, "unsure_match": UNSURE_MATCH})


def search(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    context: dict = {"q": q, "results": [], "facets": {}, "error": None}
    if q:
        try:
            public_only = not request.user.is_authenticated  # a visitor's results are counted among public ones
            hits, parsed = search_module.query(q, public_only=public_only)
            # a capped list says how many entries it was taken from
            matches = (search_module.count(parsed, public_only=public_only) if len(hits) >= search_module.LIMIT
                       else len(hits))
        except search_module.QueryError as e:
            context["error"] = str(e)
            return render(request, "tracker/search.html", context, status=200)
        results = _resolve_hits(request, hits, parsed.words)
        if matches > len(hits):
            context.update(matches=matches, ranked=min(matches, search_module.RANKED))
        facet = request.GET.get("facet")
        value = request.GET.get("value")
        facets: dict[str, Counter] = {k: Counter() for k in FACETS}
        for r in results:
            for k, vals in r["facets"].items():
                for v in vals:
                    facets[k][str(v)] += 1
        if facet and value:
            results = [r for r in results if value in map(str, r["facets"].get(facet, []))]
        page = _page(request, results)
        for r in page:  # highlight only what is shown
            r["html"] = mark_safe(search_module.highlight(r["text"], parsed.words))
        context.update(results=results, page=page, facets=[
            (k, FACETS[k], [(v, _facet_name(k, v), n) for v, n in sorted(counts.items(), key=lambda x: -x[1])])
            for k, counts in facets.items() if counts])
        fmt = request.GET.get("format")
        if fmt:
            return exports.respond(fmt, "search", [
                {"kind": r["kind"], "text": r["text"], "document": r["document"].identifier,
                 "url": request.build_absolute_uri(r["url"])} for r in results])
    return render(request, "tracker/search.html", context)


FACETS = {"council": gettext_lazy("council"), "ministry": gettext_lazy("ministry"), "stance": gettext_lazy("stance"),
          "status": gettext_lazy("status"), "year": gettext_lazy("year"), "theme": gettext_lazy("theme"),
          "sdg": gettext_lazy("SDG"), "person": gettext_lazy("affected persons")}


def _facet_name(kind: str, value: str) -> str:
    """What a facet value reads as: a subject's name in the reader's language, a stance's or status's label."""
    if kind in subjects.KINDS:
        return subjects.name(kind, value)
    if kind == "stance":
        return str(dict(STANCES).get(value, value))
    if kind == "status":
        return str(dict(STATUSES).get(value, value))
    return value


def _resolve_hits(request: HttpRequest, hits, words) -> list[dict]:
    recs = Recommendation.objects.visible_to(request.user).with_document("document__council").in_bulk(
        [h.object_id for h in hits if h.kind == "recommendation"])
    coms = Commitment.objects.shown(request.user).with_document("document__council").in_bulk(
        [h.object_id for h in hits if h.kind == "commitment"])
    resps = Response.objects.filter(document__in=Document.objects.visible_to(request.user)).with_document(
        "document__council").prefetch_related("recommendations").in_bulk(
        [h.object_id for h in hits if h.kind == "response"])
    out = []
    for h in hits:
        obj = {"recommendation": recs, "commitment": coms, "response": resps}[h.kind].get(h.object_id)
        if obj is None:
            continue
        doc = obj.document
        council = doc.council.abbreviation if doc.council_id and doc.council else None
        facets = {"council": [council] if council else [], "ministry": [doc.ministry] if doc.ministry else [],
                  "year": [doc.year] if doc.year else []}
        if h.kind == "recommendation":
            facets.update(stance=[obj.stance], theme=obj.themes, sdg=obj.sdgs, person=obj.affected_persons)
            url = obj.get_absolute_url()
        elif h.kind == "commitment":
            facets.update(status=[obj.get_status()])
            url = obj.get_absolute_url()
        else:
            rec = obj.recommendations.first()
            if rec is not None:
                facets.update(stance=[rec.stance], theme=rec.themes, sdg=rec.sdgs, person=rec.affected_persons)
            url = doc.get_absolute_url() + f"#a{obj.pk}"
        out.append({"kind": h.kind, "text": h.text, "html": "", "document": doc, "url": url, "facets": facets})
    return out


@login_required
@editor_required
def upload(request: HttpRequest) -> HttpResponse:
    """Upload a letter: it is read and stored like `opvolging ingest` does."""
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        from opvolging.errors import InputError
        from opvolging.extract.pipeline import extract
        from opvolging.sources import load_bytes
        from opvolging.tracker.services.ingest import ingest

        f = form.cleaned_data["file"]
        fmt = f.name.rsplit(".", 1)[-1].lower() if "." in f.name else ""
        fmt = {"htm": "html", "xhtml": "html", "text": "txt"}.get(fmt, fmt)
        try:
            doc = load_bytes(f.read(), fmt, f.name)
            result = ingest(extract(doc), public=form.cleaned_data["public"])
        except InputError as e:
            form.add_error("file", str(e))
        else:
            messages.success(request, _("Read %(n)d recommendations.") % {
                "n": result.document.recommendations.count()})
            return redirect(result.document)
    return render(request, "tracker/upload.html", {"form": form}, status=400 if form.errors else 200)
