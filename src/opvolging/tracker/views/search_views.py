"""Full-text search with facets, and the hits resolved to what the reader may see."""

from __future__ import annotations

from collections import Counter

from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_lazy

from opvolging.tracker import exports, subjects
from opvolging.tracker import search as search_module
from opvolging.tracker.models import (
    STANCES,
    STATUSES,
    Commitment,
    Document,
    Recommendation,
    Response,
)
from opvolging.tracker.views.common import paginate


def search(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    context: dict = {"q": q, "results": [], "facets": {}, "error": None}
    if q:
        try:
            public_only = not request.user.is_authenticated  # a visitor's results are counted among public ones
            found = search_module.find(q, public_only=public_only)
            hits, parsed, matches = found.hits, found.parsed, found.matches  # a capped list says of how many
        except search_module.QueryError as e:
            context["error"] = str(e)
            return render(request, "tracker/search.html", context, status=200)
        results = resolve_hits(request, hits, parsed.words)
        context["notes"] = [gettext(message) % values for message, values in parsed.notes]
        if matches > len(hits):
            context.update(matches=min(matches, search_module.COUNTED), ranked=min(matches, search_module.RANKED),
                           more=matches > search_module.COUNTED)
        facet = request.GET.get("facet")
        value = request.GET.get("value")
        facets: dict[str, Counter] = {k: Counter() for k in FACETS}
        for r in results:
            for k, vals in r["facets"].items():
                for v in vals:
                    facets[k][str(v)] += 1
        if facet and value:
            results = [r for r in results if value in map(str, r["facets"].get(facet, []))]
        page = paginate(request, results)
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


# what a result shows of its document (its name, link and facets), not the rest of it: a UN report's list of what it
# answers (`answered`, its signatories, its warnings) had been read once per answer shown
_DOCUMENT = ("id", "identifier", "subject", "source_path", "ministry", "year", "is_public", "council__abbreviation")
# what a result shows of a recommendation, beyond its document: its link and its facets
_RECOMMENDATION = ("id", "advice_id", "is_public", "stance", "themes", "sdgs", "affected_persons")


def _of_document(records, *fields: str):
    """`records` (a queryset of recommendations, answers or commitments) with their documents and councils joined,
    loading `fields` of the record and of the document what a result shows."""
    return records.select_related("document__council").only(*fields, *(f"document__{f}" for f in _DOCUMENT))


def resolve_hits(request: HttpRequest, hits, words) -> list[dict]:
    """The results a search page shows of `hits`, those `request`'s user may see, in their order: each a dict of
    its kind, text, document, link and facet values (and "html", filled where it is shown)."""
    recs = _of_document(Recommendation.objects.visible_to(request.user), *_RECOMMENDATION).in_bulk(
        [h.object_id for h in hits if h.kind == "recommendation"])
    coms = _of_document(Commitment.objects.shown(request.user), "id", "is_public", "status", "due", "review_state",
                        "confidence").in_bulk([h.object_id for h in hits if h.kind == "commitment"])
    # an answer is as visible as its document: a signed-in user sees all (the filter had been "document IN (every
    # document)"), a visitor those of public documents
    resps = Response.objects.all() if request.user.is_authenticated else Response.objects.filter(
        document__is_public=True)
    resps = _of_document(resps, "id").in_bulk([h.object_id for h in hits if h.kind == "response"])
    answered = _first_recommendations(list(resps))
    docs = Document.objects.visible_to(request.user).select_related("council").only(*_DOCUMENT).in_bulk(
        [h.object_id for h in hits if h.kind == "document"])
    out = []
    for h in hits:
        obj = {"recommendation": recs, "commitment": coms, "response": resps, "document": docs}[h.kind].get(
            h.object_id)
        if obj is None:
            continue
        doc = obj if h.kind == "document" else obj.document
        council = doc.council.abbreviation if doc.council_id and doc.council else None
        facets = {"council": [council] if council else [], "ministry": [doc.ministry] if doc.ministry else [],
                  "year": [doc.year] if doc.year else []}
        if h.kind == "recommendation":
            facets.update(stance=[obj.stance], theme=obj.themes, sdg=obj.sdgs, person=obj.affected_persons)
            url = obj.get_absolute_url()
        elif h.kind == "commitment":
            facets.update(status=[obj.get_status()])
            url = obj.get_absolute_url()
        elif h.kind == "document":
            url = doc.get_absolute_url()
        else:
            rec = answered.get(obj.pk)
            if rec is not None:
                facets.update(stance=[rec.stance], theme=rec.themes, sdg=rec.sdgs, person=rec.affected_persons)
            url = doc.get_absolute_url() + f"#a{obj.pk}"
        out.append({"kind": h.kind, "text": h.text, "html": "", "document": doc, "url": url, "facets": facets})
    return out


def _first_recommendations(response_ids: list[int]) -> dict[int, Recommendation]:
    """The first recommendation (in their order) that each answer serves, by the answer's id; answers that serve
    none are absent. One query, where a prefetch made a queryset per answer (and as many reference cycles: 12,000
    objects of garbage a search page, a 34 ms collection every few pages)."""
    out: dict[int, Recommendation] = {}
    for rec in Recommendation.objects.filter(responses__in=response_ids).only(*_RECOMMENDATION).annotate(
            response_id=F("responses")).order_by("response_id", *Recommendation._meta.ordering):
        out.setdefault(rec.response_id, rec)
    return out
