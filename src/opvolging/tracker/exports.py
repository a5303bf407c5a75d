"""CSV, XLSX and JSON from every list: the same rows, each with its record's URL."""

from __future__ import annotations

import csv
import io
from datetime import date

from django.http import HttpResponse, JsonResponse

FORMATS = ("csv", "xlsx", "json")


def _cell(value):
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


def _flat(value):
    """A cell for CSV and XLSX: lists joined with "; " (a tag by its name), the rest as `_cell` gives it."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v.get("name", v)) if isinstance(v, dict) else str(v) for v in value)
    return _cell(value)


def respond(fmt: str, name: str, rows: list[dict]) -> HttpResponse:
    """The rows as a download in `fmt`; a 400 with a one-line message for an unknown format."""
    if fmt not in FORMATS:
        return HttpResponse(f"unknown export format {fmt!r}; use csv, xlsx or json", status=400,
                            content_type="text/plain; charset=utf-8")
    columns = list(rows[0]) if rows else ["url"]
    if fmt == "json":
        return JsonResponse([{k: _cell(v) for k, v in r.items()} for r in rows], safe=False,
                            json_dumps_params={"ensure_ascii": False})
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns)
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _flat(v) for k, v in r.items()})
        resp = HttpResponse(buf.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = name[:31]
        ws.append(columns)
        for r in rows:
            ws.append([_flat(r.get(c)) for c in columns])
        out = io.BytesIO()
        wb.save(out)
        resp = HttpResponse(out.getvalue(),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    resp["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return resp
