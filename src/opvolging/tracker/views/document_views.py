"""Documents: the list, a document's text with every fact marked where it stands, and the upload."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from opvolging.tracker import charts, exports
from opvolging.tracker.forms import UploadForm
from opvolging.tracker.models import (
    STATUSES,
    Commitment,
    Document,
    Recommendation,
)
from opvolging.tracker.views.common import editor_required, is_editor, paginate


def _count(model) -> Subquery:
    """How many records of `model` a document has: counted per document by its index, not by joining both lists
    (which multiplies them: 5 s for 400 documents)."""
    return Subquery(model.objects.filter(document=OuterRef("pk")).order_by().values("document")
                    .annotate(n=Count("*")).values("n")[:1])


def documents(request: HttpRequest) -> HttpResponse:
    docs = Document.objects.visible_to(request.user).select_related("advice__council").annotate(
        n_recs=Coalesce(_count(Recommendation), 0), n_coms=Coalesce(_count(Commitment), 0))
    fmt = request.GET.get("format")
    if fmt:
        return exports.respond(fmt, "documents", [
            {"identifier": d.identifier, "date": d.date, "session_year": d.session_year, "ministry": d.ministry,
             "advice": str(d.advice or ""), "recommendations": d.n_recs, "commitments": d.n_coms,
             "url": request.build_absolute_uri(d.get_absolute_url())} for d in docs])
    page = paginate(request, docs.order_by("-date", "-ingested_at"))
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
    # every mention of a promise, in the order the letter says them (the list is ordered by due date)
    marks = sorted(((m, c) for c in coms for m in c.mentions.all()), key=lambda mc: mc[0].span_start)
    spans += [(m.span_start, m.span_end, f"m{m.pk}", "commitment", _on_page(_("commitment"), m.page))
              for m, _c in marks]
    gone: dict[str, list] = {}
    suggestions: list = []
    evidence_for: list = []
    if request.user.is_authenticated:
        gone = {"recommendations": list(doc.recommendations.filter(is_current=False)),
                "commitments": list(doc.commitments.filter(is_current=False))}
        suggestions = list(doc.commitments.current().suggestions().exclude(
            pk__in=[c.pk for c in coms]).prefetch_related("mentions"))
        evidence_for = list(doc.evidence_suggestions.filter(
            commitment__in=Commitment.objects.shown(request.user)).select_related("commitment"))
        spans += [(s.span_start, s.span_end, f"s{s.pk}", "evidence", _("evidence of a promise"))
                  for s in evidence_for]
    return render(request, "tracker/document.html", {
        "document": doc, "marked_text": mark_safe(charts.mark_spans(doc.text, spans)),
        "recommendations": recs, "commitments": coms, "commitment_marks": marks, "gone": gone,
        "suggestions": suggestions,
        "evidence_for": evidence_for, "statuses": STATUSES, "can_edit": is_editor(request.user),
        "shared": list(Recommendation.objects.visible_to(request.user).current().filter(also_read_in=doc)
                       .order_by("position")[:500])})


@login_required
@editor_required
def upload(request: HttpRequest) -> HttpResponse:
    """Upload a letter or a register's list, or fetch a publication by its identifier: read and stored like
    `opvolging ingest`, `import-recommendations`, `import-toezeggingen` and `fetch` do (`services.upload`)."""
    posted = request.method == "POST"
    form = UploadForm(request.POST if posted else None, request.FILES if posted else None)
    if posted and form.is_valid():
        from opvolging.errors import InputError
        from opvolging.sources.web import FetchError
        from opvolging.tracker.services import upload as uploads

        public, f = form.cleaned_data["public"], form.cleaned_data["file"]
        try:
            if f:
                stored = uploads.store_file(f.read(), f.name, public)
            else:
                stored = uploads.store_fetched(form.cleaned_data["identifier"].strip(), public)
        except (InputError, FetchError) as e:
            form.add_error("file" if f else "identifier", str(e))
        else:
            messages.success(request, stored.message)
            return redirect(stored.document)
    return render(request, "tracker/upload.html", {"form": form}, status=400 if form.errors else 200)
