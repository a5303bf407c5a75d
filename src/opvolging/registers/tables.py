"""Rows of a spreadsheet, CSV or XLSX, each with the number a person sees beside it (the header is row 1).

`rows(data, name)` returns (header, rows): the header's names as printed, and each row as {name: text} with its
row number under `ROW`. Bad input (not CSV nor XLSX, a broken workbook, no header, a file over `MAX_BYTES`) is an
`InputError` naming the file.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime

from opvolging.errors import InputError

ROW = "\0row"  # the key that holds a row's number
MAX_BYTES = 200 * 1024 * 1024
MAX_XLSX_INFLATED = 1024 * 1024 * 1024  # a workbook that inflates past this is refused (a zip bomb)


def key(column: str) -> str:
    """A column's name to match by: lower case, letters and digits only ("UPR Position" → "uprposition")."""
    return re.sub(r"[^0-9a-z]", "", column.casefold())


def rows(data: bytes, name: str) -> tuple[list[str], list[dict]]:
    if len(data) > MAX_BYTES:
        raise InputError(name, f"is larger than {MAX_BYTES // 2**20} MB")
    if data.startswith(b"PK\x03\x04"):
        return _xlsx(data, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(name, "is neither a CSV file in UTF-8 or Windows-1252 nor an XLSX workbook") from None
    if "\0" in text:
        raise InputError(name, "is not a CSV file (it holds NUL bytes)")
    return _csv(text, name)


def _csv(text: str, name: str) -> tuple[list[str], list[dict]]:
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise InputError(name, "has no header row")
        header = [h.strip() for h in header]
        out, line = [], reader.line_num
        for values in reader:
            row = line + 1  # the row the record starts on
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header):
                raise InputError(name, f"row {row}: {len(values)} values under {len(header)} columns")
            record = {h: v.strip() for h, v in zip(header, values, strict=False)}
            record[ROW] = row
            out.append(record)
    except csv.Error as e:
        raise InputError(name, f"row {reader.line_num}: is not valid CSV ({e})") from None
    return header, out


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx(data: bytes, name: str) -> tuple[list[str], list[dict]]:
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_XLSX_INFLATED:
                raise InputError(name, "inflates to more than 1 GB; refused")
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 — openpyxl raises zip, XML and key errors for a broken workbook
        raise InputError(name, f"is not a readable XLSX workbook ({e.__class__.__name__})") from None
    try:
        sheet = book.worksheets[0]
        header: list[str] | None = None
        out = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            cells = [_cell(v) for v in values]
            if header is None:
                if any(cells):
                    header = cells
                continue
            if not any(cells):
                continue
            record = {h: v for h, v in zip(header, cells, strict=False) if h}
            record[ROW] = number
            out.append(record)
    except Exception as e:  # noqa: BLE001 — a sheet broken inside the archive
        raise InputError(name, f"is not a readable XLSX workbook ({e.__class__.__name__})") from None
    finally:
        book.close()
    if header is None:
        raise InputError(name, "has no header row")
    return [h for h in header if h], out
