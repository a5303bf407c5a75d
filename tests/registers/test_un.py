"""UN recommendations from UHRI's export (CSV and XLSX) and UPR Info's lists (CSV), in files built in those
shapes: one document per UN symbol (per session and State for UPR Info), labels, States, position, themes,
affected persons and SDGs kept as printed; bad input one line naming the file, the row and the problem."""

from __future__ import annotations

import csv
import io

import pytest

from opvolging.errors import InputError
from opvolging.registers import un

UHRI_COLUMNS = ["OHCHR Annotation Id", "Document Symbol", "Document Publication Date", "Body", "Type",
                "Countries Concerned", "Themes", "Affected Persons", "Sdgs", "Text", "UPR Cycle", "UPR Session",
                "UPR Recommending States", "UPR Position", "UPR Paragraph"]
UHRI_ROWS = [
    ["b1c5d0e2-1", "A/HRC/43/15", "2019-12-18", "UPR", "Recommendation", "Slovenia",
     "Equality & non-discrimination; Racial discrimination", "Roma", "10 - Reduced inequalities",
     "Continue efforts to improve the situation of the Roma community", "3", "34", "Iraq", "Supported", "122.1"],
    ["b1c5d0e2-2", "A/HRC/43/15", "2019-12-18", "UPR", "Recommendation", "Slovenia",
     "Violence against women; Gender-based violence", "Women & girls",
     "5 - Gender equality; 16 - Peace, justice and strong institutions",
     "Ratify the Council of Europe Convention on preventing and combating violence against women",
     "3", "34", "Montenegro; Portugal", "Noted", "122.2"],
    ["b1c5d0e2-3", "CRC/C/SVN/CO/3-4", "2013-07-08", "CRC", "Observation", "Slovenia", "Children: definition",
     "Children", "", "The Committee welcomes the adoption of the Family Code", "", "", "", "", ""],
    ["b1c5d0e2-4", "CRC/C/SVN/CO/3-4", "2013-07-08", "CRC", "Recommendation", "Slovenia",
     "Children: protection against exploitation", "Children", "16 - Peace, justice and strong institutions",
     "The Committee recommends that the State party prohibit corporal punishment in all settings", "", "", "", "",
     ""],
]
UPR_INFO_COLUMNS = ["Recommendation", "Recommending State", "State under Review", "Session", "Cycle", "Response",
                    "Action Category", "Issues"]
UPR_INFO_ROWS = [
    ["Ratify the Optional Protocol to the Convention against Torture", "Denmark", "Netherlands", "41", "4",
     "Supported", "Category 5: Specific action", "Torture and other CID treatment; International instruments"],
    ["Strengthen measures to combat racial profiling by law enforcement", "Ghana", "Netherlands", "41", "4",
     "Noted", "Category 4: General action", "Racial discrimination"],
]


def csv_bytes(header, rows, delimiter=",") -> bytes:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter)
    w.writerow(header)
    w.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(header, rows) -> bytes:
    from datetime import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for r in rows:
        r = list(r)
        r[2] = datetime.fromisoformat(r[2])  # a date cell, as Excel keeps it
        sheet.append(r)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("make", [csv_bytes, xlsx_bytes, lambda h, r: csv_bytes(h, r, ";")])
def test_uhri_export_one_document_per_symbol(make):
    report, crc = un.read(make(UHRI_COLUMNS, UHRI_ROWS), "uhri.csv")
    assert report.metadata.identifier == "UHRI A/HRC/43/15" and report.metadata.date == "2019-12-18"
    assert report.metadata.subject == "UPR — Slovenia — A/HRC/43/15"
    first, second = report.recommendations
    assert (first.label, first.stance, first.stance_evidence) == ("122.1", "adopted", "Supported")
    assert first.themes == ["Equality & non-discrimination", "Racial discrimination"]
    assert first.affected_persons == ["Roma"] and first.sdgs == [10] and first.recommending_states == ["Iraq"]
    assert second.recommending_states == ["Montenegro", "Portugal"] and second.sdgs == [5, 16]
    assert second.stance == "noted"
    assert report.text[slice(*second.span)] == second.text
    # the observation is left out, and said so; the recommendation of the treaty body is its own document
    assert [r.text[:40] for r in crc.recommendations] == ["The Committee recommends that the State "]
    assert crc.recommendations[0].label == "1" and crc.metadata.year == 2013
    assert any("1 rows of another type than recommendation left out" in w for w in crc.warnings)


def test_upr_info_list_titled_by_session_and_state():
    (doc,) = un.read(csv_bytes(UPR_INFO_COLUMNS, UPR_INFO_ROWS), "upr-info.csv")
    assert doc.metadata.identifier == "UPR 41 Netherlands"
    assert doc.metadata.subject == "Universal Periodic Review, session 41: Netherlands (cycle 4)"
    first, second = doc.recommendations
    assert first.recommending_states == ["Denmark"] and first.stance == "adopted"
    assert first.themes == ["Torture and other CID treatment", "International instruments"]
    assert second.stance == "noted" and [r.label for r in doc.recommendations] == ["1", "2"]


def test_upr_info_rows_of_one_cycle_without_a_session_are_titled_by_the_cycle():
    # an export of a cycle's rows with no session column: the review is the State's in that cycle
    columns = [c for c in UPR_INFO_COLUMNS if c != "Session"]
    rows = [[cell for k, cell in enumerate(r) if k != 3] for r in UPR_INFO_ROWS]
    (doc,) = un.read(csv_bytes(columns, rows), "upr-info.csv")
    assert doc.metadata.identifier == "UPR cycle 4 Netherlands"
    assert doc.metadata.subject == "Universal Periodic Review, cycle 4: Netherlands"
    assert [r.stance for r in doc.recommendations] == ["adopted", "noted"]
    # neither session nor cycle: a one-line error, naming the row
    columns = [c for c in columns if c != "Cycle"]
    rows = [[cell for k, cell in enumerate(r) if k != 3] for r in rows]
    with pytest.raises(InputError, match="row 2: no session or cycle"):
        un.read(csv_bytes(columns, rows), "upr-info.csv")


def test_a_label_printed_in_the_text_is_kept_as_printed():
    rows = [["Ratify the Convention", "Chile", "Netherlands", "41", "4", "Supported", "", ""]]
    rows[0][0] = "41.12 Ratify the Convention"
    (doc,) = un.read(csv_bytes(UPR_INFO_COLUMNS, rows), "f.csv")
    assert doc.recommendations[0].label == "41.12" and doc.recommendations[0].text == "Ratify the Convention"


def test_reading_the_same_file_gives_the_same_documents():
    a = un.read(csv_bytes(UHRI_COLUMNS, UHRI_ROWS), "uhri.csv")
    b = un.read(csv_bytes(UHRI_COLUMNS, UHRI_ROWS), "uhri.csv")
    assert [x.source.sha256 for x in a] == [x.source.sha256 for x in b]
    assert len({x.source.sha256 for x in a}) == 2


def test_an_unknown_position_is_kept_as_printed_and_said():
    rows = [list(UHRI_ROWS[0])]
    rows[0][13] = "Supported in part"
    (doc,) = un.read(csv_bytes(UHRI_COLUMNS, rows), "uhri.csv")
    assert doc.recommendations[0].stance == "unclear"
    assert doc.recommendations[0].stance_evidence == "Supported in part"
    assert "uhri.csv: row 2: position 'Supported in part' is not one Opvolging knows" in doc.warnings[0]


def _without(column: str):
    i = UHRI_COLUMNS.index(column)
    return [c for c in UHRI_COLUMNS if c != column], [r[:i] + r[i + 1:] for r in UHRI_ROWS]


@pytest.mark.parametrize(("data", "message"), [
    (csv_bytes(*_without("Text")), r"^uhri\.csv: no column 'text' \(UHRI names it so; the columns are OHCHR"),
    (csv_bytes(["Name", "Age"], [["a", "1"]]), r"^uhri\.csv: is neither a UHRI export"),
    (csv_bytes(UHRI_COLUMNS, [UHRI_ROWS[0][:9] + [""] + UHRI_ROWS[0][10:]]),
     r"^uhri\.csv: row 2: no text in the column 'Text'$"),
    (csv_bytes(UHRI_COLUMNS, [UHRI_ROWS[0][:2] + ["de 18e"] + UHRI_ROWS[0][3:]]),
     r"^uhri\.csv: row 2: the date 'de 18e' cannot be read$"),
    (csv_bytes(UHRI_COLUMNS, [UHRI_ROWS[0], UHRI_ROWS[0]]), r"^uhri\.csv: row 3: label 122\.1 of A/HRC/43/15 is "
                                                            r"also row 2$"),
    (b"PK\x03\x04broken workbook", r"^uhri\.csv: is not a readable XLSX workbook"),
    (b"\xff\xfe\x00\x00binary", r"^uhri\.csv: is not a CSV file"),
    (csv_bytes(UHRI_COLUMNS, []), r"^uhri\.csv: holds no recommendations$"),
])
def test_bad_input_is_one_line_naming_file_and_row(data, message):
    with pytest.raises(InputError, match=message) as e:
        un.read(data, "uhri.csv")
    assert "\n" not in str(e.value)


def test_a_states_own_matrix_saved_as_a_sheet_is_one_list():
    # GENRE: a State's matrix of its recommendations saved as a workbook, with UPR Info's columns of a recommendation
    # but none of its document (no State under Review, no session): one list, labelled by its own numbers, the
    # theme's code left off as the text's reading leaves it
    header = ["Rec. No.", "Recommendation", "Recommending State", "Position", "Theme"]
    rows = [["121.1", "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural "
             "Rights", "Portugal", "Supported", "A12 Acceptance of international norms"],
            ["121.3", "Abolish the death penalty in all circumstances", "Spain", "Noted", "D21 Right to life"]]
    [ex] = un.read(csv_bytes(header, rows), "matrix.csv")
    assert ex.metadata.identifier is None and ex.source.path == "matrix.csv"
    assert [(r.label, r.recommending_states, r.stance, r.themes) for r in ex.recommendations] == [
        ("121.1", ["Portugal"], "adopted", ["Acceptance of international norms"]),
        ("121.3", ["Spain"], "noted", ["Right to life"])]
    # with the columns of its document, but a row without them, it is UPR Info's and the row is in error
    with pytest.raises(InputError, match=r"row 2: no State under Review"):
        un.read(csv_bytes(UPR_INFO_COLUMNS, [UPR_INFO_ROWS[0][:2] + [""] + UPR_INFO_ROWS[0][3:]]), "u.csv")
