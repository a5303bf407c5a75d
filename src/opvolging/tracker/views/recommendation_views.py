"""Advice and recommendations: the advice page (each recommendation beside its answer), the list by stance and
subject, a recommendation's page, and the reviews of stances, answers and subjects."""

from __future__ import annotations

import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from opvolging.tracker import exports, subjects
from opvolging.tracker import search as search_module
from opvolging.tracker.forms import SubjectsForm
from opvolging.tracker.models import (
    REVIEW_STATES,
    STANCES,
    TAG_KINDS,
    Advice,
    Commitment,
    Document,
    Recommendation,
    Response,
    Tag,
)
from opvolging.tracker.views.common import chosen, editor_required, is_editor, next_url, paginate


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
                                                   "stances": STANCES, "waiting": _waiting(adv, rows, request.user)})


def _waiting(adv: Advice, rows: list[dict], user) -> list[dict]:
    """The recommendations the advice's answers name that no stored document holds yet (an answer read before the
    council's report: "Over de vijfde aanbeveling …"), each with the stance its answer takes and the document that
    names it; they are linked when the report is stored."""
    stored = {row["rec"].label for row in rows}
    names = dict(STANCES)
    out = []
    for doc in Document.objects.visible_to(user).filter(advice=adv).exclude(answered=[]):
        for item in doc.answered:
            label = item.get("label")
            if label and label not in stored:
                out.append({"label": label, "stance": item.get("stance", "unclear"),
                            "stance_label": names.get(item.get("stance"), item.get("stance")),
                            "evidence": item.get("stance_evidence", ""), "document": doc})
    return sorted(out, key=lambda w: [int(p) if p.isdigit() else p for p in w["label"].split(".")])


def recommendations(request: HttpRequest) -> HttpResponse:
    """Recommendations, filtered by stance, review state and subject (?theme=…, ?sdg=16, ?person=…; each
    may repeat, and a recommendation must have them all)."""
    recs, picked = _filter_recommendations(request.user, request.GET)
    fmt = request.GET.get("format")
    if fmt:
        return exports.respond(fmt, "recommendations", (
            {"label": r.label, "text": r.text, "stance": r.stance, "stance_evidence": r.stance_evidence,
             "review": r.review_state, "document": str(r.document), "advice": str(r.advice or ""),
             "themes": "; ".join(r.themes), "sdgs": "; ".join(map(str, r.sdgs)),
             "affected_persons": "; ".join(r.affected_persons),
             "url": request.build_absolute_uri(r.get_absolute_url())}
            for r in recs.with_document("advice__council").iterator(chunk_size=500)))
    # in reading order, document by document and each by position, as an index keeps them: a page is read off
    # the index, not sorted out of every match
    audience = "all" if request.user.is_authenticated else "public"
    filters = sorted((k, v) for k, v in request.GET.lists() if k != "page")
    # the page's fifty ids are found in a subquery, from the recommendations table alone (its reading index, and
    # the subjects' index), and only those fifty are joined to their documents: joined before the paging,
    # PostgreSQL planned the joins over every match (160 ms on 100,000, against 50). One query for the rows and
    # one for their subjects (the ids read apart first were a third query, a third of the rows' time at a million)
    order = ("document_id", "position", "pk")
    page = paginate(request, recs.order_by(*order).values_list("pk", flat=True),
                 count_key=f"recommendations:{audience}:{hashlib.sha256(repr(filters).encode()).hexdigest()}")
    # only what the list shows (a row's whole record, its advice and council joined, was half the rows' time)
    page.object_list = _with_subjects(Recommendation.objects.filter(pk__in=page.object_list)
                                      .select_related("document").only(*_LISTED).order_by(*order))
    ids = [r.pk for r in page.object_list]
    filters = [(kind, label, subjects.choices(kind), picked[kind][0] if picked[kind] else "")
               for kind, label in TAG_KINDS]
    return render(request, "tracker/recommendations.html", {
        "recommendations": page, "page": page, "stances": STANCES, "filters": filters,
        "subject_sources": SUBJECT_SOURCES,
        "all_subjects": [(f"{kind}:{value}", f"{label}: {name}") for kind, label in TAG_KINDS
                         for value, name in subjects.choices(kind)],
        "review_states": REVIEW_STATES, "can_edit": is_editor(request.user), "page_ids": ids})


def _with_subjects(recs) -> list[Recommendation]:
    """`recs` (a queryset of a page's rows), each with `listed_subjects`: its tags in reading order. On PostgreSQL the
    tags' kinds and values come as an array in the same query (as a query of their own, the rows' time was up to 2.3
    times a hand-written query's at a million); on SQLite they are prefetched."""
    from django.db import connection

    if connection.vendor != "postgresql":
        rows = list(recs.prefetch_related("tags"))
        for r in rows:
            r.listed_subjects = r.subjects
        return rows
    from django.contrib.postgres.expressions import ArraySubquery
    from django.db.models import OuterRef, Value
    from django.db.models.functions import Concat

    keys = Tag.objects.filter(recommendation=OuterRef("pk")).values(key=Concat("kind", Value("\t"), "value"))
    rows = list(recs.annotate(subject_keys=ArraySubquery(keys)))
    for r in rows:
        r.listed_subjects = subjects.in_reading_order(
            [Tag(kind=kind, value=value) for kind, value in (k.split("\t", 1) for k in r.subject_keys)])
    return rows


# the fields the list shows of each recommendation
_LISTED = ("id", "label", "text", "stance", "review_state", "is_public", "advice_id", "document__id",
           "document__identifier")

# where a subject came from, as the list filters by it
SUBJECT_SOURCES = [("printed", _lazy("printed in the document")), ("model", _lazy("predicted by the model")),
                   ("lexicon", _lazy("found by keywords")), ("person", _lazy("set by a person"))]


def _filter_recommendations(user, g) -> tuple:
    """(the recommendations the list shows for the query `g`, the subjects chosen per kind): by stance, review
    state and subject (each subject may repeat, and a recommendation must have them all)."""
    recs = Recommendation.objects.visible_to(user).current()
    if g.get("stance"):
        recs = recs.filter(stance=g["stance"])
    if g.get("review") in ("suggested", "confirmed", "rejected"):
        recs = recs.filter(review_state=g["review"])
    picked = {kind: [v for v in g.getlist(kind) if v] for kind in subjects.KINDS}
    # ?source=model|lexicon|printed|person: the subjects chosen found that way (or, with none chosen, any subject)
    source = {"source": g["source"]} if g.get("source") in dict(SUBJECT_SOURCES) else {}
    for kind, values in picked.items():
        for value in values:
            recs = recs.filter(pk__in=Tag.objects.filter(kind=kind, value=value, **source).values("recommendation_id"))
    if source and not any(picked.values()):
        recs = recs.filter(pk__in=Tag.objects.filter(**source).values("recommendation_id"))
    # ?subjects=checked|unchecked: whether a person has confirmed or corrected the subjects
    if g.get("subjects") == "checked":
        recs = recs.filter(corrected_fields__has_key="sdgs")
    elif g.get("subjects") == "unchecked":
        recs = recs.exclude(corrected_fields__has_key="sdgs")
    return recs, picked


def _review_subjects(request: HttpRequest, recs, action: str) -> None:
    """Add or remove one subject (`subject`: "kind:value") on each recommendation, or confirm their subjects as
    they are: each a person's correction, in its history, kept by later extractions."""
    kind, _sep, value = request.POST.get("subject", "").partition(":")
    if action != "confirm_subjects" and (kind not in subjects.KINDS or value not in dict(subjects.choices(kind))):
        messages.error(request, _("Choose a subject from the list."))
        return
    field = {"theme": "themes", "sdg": "sdgs", "person": "affected_persons"}.get(kind)
    item = int(value) if kind == "sdg" else value
    n = 0
    for r in recs.prefetch_related("tags"):
        lists = {"themes": list(r.themes), "sdgs": list(r.sdgs), "affected_persons": list(r.affected_persons)}
        if action == "add_subject" and item not in lists[field]:
            lists[field].append(item)
        elif action == "remove_subject" and item in lists[field]:
            lists[field].remove(item)
        elif action != "confirm_subjects":
            continue
        r.correct_subjects(request.user, **lists)
        n += 1
    messages.success(request, _("Subjects of %(n)d recommendation(s) updated.") % {"n": n})


def recommendation(request: HttpRequest, pk: int) -> HttpResponse:
    """One recommendation on its own page: its text, who made it, the stance, the answer, the commitments that
    serve it and its subjects with their reasons. A letter's recommendations are read beside their answers on
    the advice page; this page serves those without advice, such as a UPR list's."""
    rec = get_object_or_404(Recommendation.objects.visible_to(request.user).with_document("advice")
                            .prefetch_related("tags", "responses", Prefetch(
                                "commitments", queryset=Commitment.objects.listed(request.user))), pk=pk)
    can_edit = is_editor(request.user)
    return render(request, "tracker/recommendation.html", {
        "r": rec, "response": rec.response,
        "also": list(rec.also_read_in.filter(pk__in=Document.objects.visible_to(request.user).values("pk"))),
        "commitments": list(rec.commitments.all()), "stances": STANCES,
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
def review(request: HttpRequest) -> HttpResponse:
    """Confirm, reject or correct recommendations (one, or many selected at once)."""
    ids = chosen(request, lambda query: _filter_recommendations(request.user, query)[0])
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
    elif action in ("add_subject", "remove_subject", "confirm_subjects"):
        _review_subjects(request, recs, action)
    elif action == "correct_stance" and request.POST.get("stance") in dict(STANCES):
        for r in recs:
            r.correct(request.user, stance=request.POST["stance"])
        messages.success(request, _("Stance corrected."))
    else:
        messages.error(request, _("Nothing to do: choose an action."))
    return redirect(next_url(request, "recommendations"))
