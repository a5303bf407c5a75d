"""What a file holds as Extractions (opvolging.reading): a register's export by its columns, a list saved as a
sheet by the pipeline, anything else a one-line error; a folder's documents are not its spreadsheets."""

import csv
import io

import openpyxl
import pytest

from opvolging import reading
from opvolging.batch.files import documents
from opvolging.errors import InputError


def _sheet(rows) -> bytes:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_registers_export_is_read_by_its_columns():
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["OHCHR Annotation Id", "Document Symbol", "Type", "Text", "UPR Recommending States", "UPR Position",
                "UPR Paragraph"])
    w.writerow(["1", "A/HRC/43/15", "Recommendation", "Ratify the Convention against Torture", "France; Peru",
                "Noted", "121.1"])
    (ex,) = reading.read_bytes(out.getvalue().encode(), "uhri.csv", "csv")
    assert [(r.label, r.stance, r.recommending_states) for r in ex.recommendations] == [
        ("121.1", "noted", ["France", "Peru"])]


def test_a_list_saved_as_a_sheet_is_read_as_a_table():
    data = _sheet([["Recommendation", "Position"]] + [
        [f"121.{k} Ratify the Convention against Torture ({state});", position]
        for k, (state, position) in enumerate((("France", "Supported"), ("Peru", "Noted"), ("Chile", "Supported")), 1)])
    (ex,) = reading.read_bytes(data, "list.xlsx", "xlsx")
    assert [(r.label, r.stance) for r in ex.recommendations] == [("121.1", "adopted"), ("121.2", "noted"),
                                                                ("121.3", "adopted")]


def test_a_sheet_of_neither_kind_is_one_line_naming_the_file():
    with pytest.raises(InputError, match=r"^ages\.xlsx: is neither a UHRI export .*nor does it list recommendations"):
        reading.read_bytes(_sheet([["Name", "Age"], ["a", 1]]), "ages.xlsx", "xlsx")


def test_a_folders_documents_are_not_its_spreadsheets(tmp_path):
    (tmp_path / "letter.txt").write_text("Het kabinet zal de regeling in 2025 aanpassen.", encoding="utf-8")
    (tmp_path / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert [p.name for p in documents(str(tmp_path))] == ["letter.txt"]
