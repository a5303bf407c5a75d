"""Full-text search with facets, and the hits resolved to what the reader may see."""

from __future__ import annotations

from collections import Counter
from functools import partial

from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL
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
    Council,
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
        results = resolve_hits(request, hits, parsed.words, urls=False)  # links made for the page shown
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
        for r in page:  # highlight and link only what is shown
            r["html"] = mark_safe(search_module.highlight(r["text"], parsed.words))
            r["url"] = r["link"]()
        context.update(results=results, page=page, facets=[
            (k, FACETS[k], [(v, _facet_name(k, v), n) for v, n in sorted(counts.items(), key=lambda x: -x[1])])
            for k, counts in facets.items() if counts])
        fmt = request.GET.get("format")
        if fmt:
            return exports.respond(fmt, "search", [
                {"kind": r["kind"], "text": r["text"], "document": str(r["document"]),  # as pages name it
                 "url": request.build_absolute_uri(r["link"]())} for r in results])
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
_DOCUMENT = ("id", "identifier", "subject", "source_path", "ministry", "year", "is_public", "council")
# what a result shows of a recommendation, beyond its document: its link and its facets
_RECOMMENDATION = ("id", "advice_id", "is_public", "stance", "themes", "sdgs", "affected_persons")
_SUBJECTS = ("stance", "themes", "sdgs", "affected_persons")  # a recommendation's facets, as an answer shows them


def resolve_hits(request: HttpRequest, hits, words, urls: bool = True) -> list[dict]:
    """The results a search page shows of `hits`, those `request`'s user may see, in their order: each a dict of
    its kind, text, document, facet values, "link" (a function that makes its URL) and "url" (made when `urls`,
    else "": a page of 50 of 200 results makes its own, and a URL takes 50 µs to reverse), and "html" (filled where
    it is shown).

    Made of what each result needs and no more: a recommendation and a promise as records (their links and a
    promise's status are their own rules), each document once however many of the hits are its records, an answer
    and the recommendation it serves first as plain values, councils by their abbreviation (a search for a word of
    200 answers had made some 800 records, three quarters of its time)."""
    user = request.user
    recs = Recommendation.objects.visible_to(user).only(*_RECOMMENDATION, "document").by_id(
        h.object_id for h in hits if h.kind == "recommendation")
    coms = Commitment.objects.shown(user).only(
        "id", "document", "is_public", "status", "due", "review_state", "confidence").by_id(
        h.object_id for h in hits if h.kind == "commitment")
    # an answer is as visible as its document: a signed-in user sees all (the filter had been "document IN (every
    # document)"), a visitor those of public documents
    resps = Response.objects.all() if user.is_authenticated else Response.objects.filter(document__is_public=True)
    resps = dict(resps.among(h.object_id for h in hits if h.kind == "response").order_by().values_list(
        "id", "document_id"))
    answered = _first_recommendations(list(resps))
    found_docs = [h.object_id for h in hits if h.kind == "document"]
    shown_docs = set(Document.objects.visible_to(user).filter(pk__in=found_docs).values_list("pk", flat=True)) \
        if found_docs else set()
    docs = Document.objects.only(*_DOCUMENT).by_id(
        {obj.document_id for found in (recs, coms) for obj in found.values()} | set(resps.values()) | shown_docs)
    councils = dict(Council.objects.filter(pk__in={d.council_id for d in docs.values() if d.council_id})
                    .values_list("id", "abbreviation"))
    out = []
    for h in hits:
        if h.kind == "response":
            if h.object_id not in resps:
                continue
            doc = docs[resps[h.object_id]]
        elif h.kind == "document":
            if h.object_id not in shown_docs:
                continue
            doc = docs[h.object_id]
        else:
            obj = (recs if h.kind == "recommendation" else coms).get(h.object_id)
            if obj is None:
                continue
            doc = docs[obj.document_id]
        council = councils.get(doc.council_id)
        facets = {"council": [council] if council else [], "ministry": [doc.ministry] if doc.ministry else [],
                  "year": [doc.year] if doc.year else []}
        if h.kind == "recommendation":
            facets.update(stance=[obj.stance], theme=obj.themes, sdg=obj.sdgs, person=obj.affected_persons)
            link = obj.get_absolute_url
        elif h.kind == "commitment":
            facets.update(status=[obj.get_status()])
            link = obj.get_absolute_url
        elif h.kind == "document":
            link = doc.get_absolute_url
        else:
            first = answered.get(h.object_id)
            if first is not None:
                stance, themes, sdgs, persons = first
                facets.update(stance=[stance], theme=themes, sdg=sdgs, person=persons)
            link = partial(_answer_url, doc, h.object_id)
        out.append({"kind": h.kind, "text": h.text, "html": "", "document": doc, "link": link,
                    "url": link() if urls else "", "facets": facets})
    return out


def _answer_url(doc: Document, response_id: int) -> str:
    """An answer's place on its document's page."""
    return doc.get_absolute_url() + f"#a{response_id}"


def _first_recommendations(response_ids: list[int]) -> dict[int, tuple]:
    """The facets (stance, themes, SDGs, affected persons) of the first recommendation (in their order) that each
    answer serves, by the answer's id; answers that serve none are absent. One query of plain values, where a
    prefetch made a queryset per answer (and as many reference cycles: 12,000 objects of garbage a search page, a
    34 ms collection every few pages)."""
    out: dict[int, tuple] = {}
    if not response_ids:
        return out
    among = response_ids if connection.vendor != "postgresql" else RawSQL(  # one array, not a placeholder per id
        "SELECT unnest(%s::bigint[])", (response_ids,))
    for response_id, *values in Recommendation.objects.filter(responses__in=among).annotate(
            response_id=F("responses")).order_by("response_id", *Recommendation._meta.ordering).values_list(
            "response_id", *_SUBJECTS):
        out.setdefault(response_id, tuple(values))
    return out
