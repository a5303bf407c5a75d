"""The progress report ("stand van zaken") of one advice or one ministry: per recommendation its stance and the
answer's words, its commitments with status, due date, evidence and history, and a summary chart; as HTML (the
page, and a file that stands alone), as PDF (WeasyPrint, set in DejaVu) and as Markdown.

`build` gathers what a reader may see (`user`: None is a visitor: public records only); `html`, `markdown` and
`pdf` render it. `opvolging report` and `/advice/N/report/`, `/report/?ministry=…` use them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from opvolging.tracker import charts
from opvolging.tracker.models import STATUSES, Advice, Commitment, Recommendation


@dataclass
class Row:
    """A recommendation (None: the commitments that answer none) with its commitments."""

    recommendation: Recommendation | None
    commitments: list[Commitment] = field(default_factory=list)


@dataclass
class Report:
    title: str
    subtitle: str
    made: date
    rows: list[Row]
    public_only: bool

    @property
    def commitments(self) -> list[Commitment]:
        seen, out = set(), []
        for row in self.rows:
            for c in row.commitments:
                if c.pk not in seen:
                    seen.add(c.pk)
                    out.append(c)
        return out

    @property
    def status_counts(self) -> list[tuple[str, int]]:
        """How many commitments have each status as people see it (overdue derived), in the statuses' order."""
        counts = Counter(c.get_status() for c in self.commitments)
        names = dict(STATUSES) | {"overdue": _("overdue")}
        order = ["overdue", *dict(STATUSES)]
        return [(str(names[k]), counts[k]) for k in order if counts[k]]

    @property
    def chart(self) -> dict:
        return charts.bars(self.status_counts, _("Commitments by status"))


def _commitments(user):
    return (Commitment.objects.listed(user).select_related("document").defer("document__text", "document__text_map")
            .prefetch_related("changes__user", "evidence__document", "recommendations").order_by("due", "pk"))


def build(advice: Advice | None = None, ministry: str | None = None, user=None) -> Report:
    """The report of `advice` (its recommendations in reading order, each with its commitments) or of `ministry`
    (its commitments, by the recommendation they answer), as `user` may see them."""
    made = timezone.localdate()
    if advice is not None:
        recs = (Recommendation.objects.visible_to(user).current().filter(advice=advice)
                .select_related("document").defer("document__text", "document__text_map")
                .prefetch_related("responses", Prefetch("commitments", queryset=_commitments(user)))
                .order_by("document_id", "position", "pk"))
        rows = [Row(r, list(r.commitments.all())) for r in recs]
        answered = {c.pk for row in rows for c in row.commitments}
        rest = [c for c in _commitments(user).filter(document__advice=advice) if c.pk not in answered]
        if rest:
            rows.append(Row(None, rest))
        council = f"{advice.council} " if advice.council else ""
        return Report(title=f"{council}{advice.number} «{advice.title}»".replace("  ", " "),
                      subtitle=_("State of follow-up of the advice"), made=made, rows=rows, public_only=user is None)
    coms = list(_commitments(user).filter(ministry=ministry))
    by_rec: dict[int | None, Row] = {}
    for c in coms:
        recs = list(c.recommendations.all()) or [None]
        for r in recs:
            by_rec.setdefault(r.pk if r else None, Row(r)).commitments.append(c)
    rows = sorted(by_rec.values(), key=lambda row: (row.recommendation is None,
                                                    row.recommendation.document_id if row.recommendation else 0,
                                                    row.recommendation.position if row.recommendation else 0))
    return Report(title=ministry or "", subtitle=_("State of follow-up of the ministry's commitments"), made=made,
                  rows=rows, public_only=user is None)


def html(report: Report) -> str:
    """The report as one HTML file that stands alone (its styles inside; what the PDF is made from)."""
    return render_to_string("tracker/report_document.html", {"report": report})


def pdf(report: Report) -> bytes:
    """The report as PDF, set by WeasyPrint in the DejaVu fonts Debian installs."""
    from weasyprint import HTML

    return HTML(string=html(report)).write_pdf()


def status_label(c: Commitment) -> str:
    """The status as people read it, in their language: "te laat" (overdue, derived) or the stored one's name."""
    return str(_("overdue")) if c.is_overdue else str(c.get_status_display())


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def markdown(report: Report) -> str:
    """The report as Markdown: headings per recommendation, a table of its commitments, the history as a list."""
    out = [f"# {report.title}", "", f"{report.subtitle} — {report.made.isoformat()}", ""]
    if report.public_only:
        out += [_("Public records only."), ""]
    out += [f"| {_('status')} | {_('number')} |", "|---|---:|"]
    out += [f"| {label} | {n} |" for label, n in report.status_counts] + [""]
    for row in report.rows:
        r = row.recommendation
        if r is None:
            out += [f"## {_('Commitments that answer no single recommendation')}", ""]
        else:
            out += [f"## {_('Recommendation')} {r.label}", "", _cell(r.text), "",
                    f"**{_('Stance')}:** {r.get_stance_display()}" + (f" — “{_cell(r.stance_evidence)}”"
                                                                      if r.stance_evidence else ""), ""]
        if not row.commitments:
            out += [f"_{_('No commitments.')}_", ""]
            continue
        out += [f"| {_('Commitment')} | {_('Status')} | {_('Due')} | {_('Evidence')} |", "|---|---|---|---|"]
        for c in row.commitments:
            evidence = "; ".join(_cell(e.document or e.url or e.note[:80]) for e in c.evidence.all())
            out.append(f"| {_cell(c.action)} | {status_label(c)} | {c.due.isoformat() if c.due else '—'} | "
                       f"{evidence or '—'} |")
        out.append("")
        for c in row.commitments:
            changes = list(c.changes.all())
            if changes:
                out.append(f"{_('History of')} “{_cell(c.action)[:80]}”:")
                out += [f"- {ch.at.date().isoformat()} {ch.user or '—'}: {ch.field} {ch.old or '—'} → "
                        f"{ch.new or '—'} ({_cell(ch.note)})" for ch in changes]
                out.append("")
    return "\n".join(out).rstrip() + "\n"
