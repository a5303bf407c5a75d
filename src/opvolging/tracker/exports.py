"""CSV, XLSX and JSON from every list: the same rows, each with its record's URL."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import chain

from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils.translation import gettext_lazy as _

FORMATS = ("csv", "xlsx", "json")
# the column headers of CSV and XLSX in the reader's language (JSON keeps its keys: they are for programs)
HEADERS = {
    "label": _("label"), "text": _("text"), "stance": _("stance"), "stance_evidence": _("stance evidence"),
    "review": _("review"), "document": _("document"), "advice": _("advice"), "themes": _("themes"),
    "sdgs": _("SDGs"), "affected_persons": _("affected persons"), "url": _("URL"), "action": _("action"),
    "actor": _("actor"), "ministry": _("ministry"), "deadline": _("deadline"), "due": _("due"),
    "status": _("status"), "recommendations": _("recommendations"), "identifier": _("identifier"),
    "date": _("date"), "session_year": _("session year"), "commitments": _("commitments"), "kind": _("kind"),
    "council": _("council"), "number": _("number"), "title": _("title"), "published": _("published"),
    "confidence": _("confidence"), "reason": _("reason"), "overdue": _("overdue"),
    "review_state": _("review state"), "in_latest_version": _("in the latest version"), "tags": _("tags"),
}


def header(column: str) -> str:
    """A column's header in the reader's language; the key itself where it has none."""
    return str(HEADERS.get(column, column))


def _cell(value):
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


# a cell a spreadsheet would read as a formula: "=HYPERLINK(…)", "+cmd", "-2+3", "@SUM(…)" (and a tab or a carriage
# return before one of them)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _neutral(value):
    """A text cell that would run as a formula, with a quote before it so that it stays text (OWASP's advice for
    CSV injection); numbers and dates as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _flat(value):
    """A cell for CSV and XLSX: lists joined with "; " (a tag by its name), the rest as `_cell` gives it; never a
    formula."""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v.get("name", v)) if isinstance(v, dict) else str(v) for v in value)
    return _neutral(_cell(value))


class _Line:
    """A file for `csv.writer` that hands back what is written to it: one CSV line at a time."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(columns: list[str], rows: Iterator[dict]) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield writer.writerow([header(c) for c in columns])
    for r in rows:
        yield writer.writerow([_flat(r.get(c)) for c in columns])


def respond(fmt: str, name: str, rows: Iterable[dict]) -> HttpResponse | StreamingHttpResponse:
    """The rows (any iterable of dicts with the same keys) as a download in `fmt`; a 400 with a one-line message
    for an unknown format. CSV is streamed a line at a time as the rows are made: a long export holds no more
    than a line in memory, and stops being made when the client goes away."""
    if fmt not in FORMATS:
        return HttpResponse(f"unknown export format {fmt!r}; use csv, xlsx or json", status=400,
                            content_type="text/plain; charset=utf-8")
    rows = iter(rows)
    first = next(rows, None)
    columns = list(first) if first is not None else ["url"]
    rows = chain([first], rows) if first is not None else iter(())
    if fmt == "json":
        return JsonResponse([{k: _cell(v) for k, v in r.items()} for r in rows], safe=False,
                            json_dumps_params={"ensure_ascii": False})
    if fmt == "csv":
        resp = StreamingHttpResponse(_csv_lines(columns, rows), content_type="text/csv; charset=utf-8")
    else:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        wb = Workbook(write_only=True)  # rows go to the file as they come, not into a sheet in memory
        ws = wb.create_sheet(name[:31])
        ws.append([header(c) for c in columns])
        for r in rows:
            cells = []
            for c in columns:
                cell = WriteOnlyCell(ws, _flat(r.get(c)))
                if cell.data_type == "f":  # openpyxl reads text that begins with "=" as a formula: keep it text
                    cell.data_type = "s"
                cells.append(cell)
            ws.append(cells)
        out = io.BytesIO()
        wb.save(out)
        resp = HttpResponse(out.getvalue(),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    resp["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return resp
