"""`opvolging import-recommendations`: UHRI and UPR Info lists stored as documents of recommendations; the same
file twice changes nothing; a broken file stores nothing and is one line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from opvolging.registers import un
from opvolging.tracker.models import Document, Recommendation, Tag
from tests.registers.test_un import UHRI_COLUMNS, UHRI_ROWS, UPR_INFO_COLUMNS, UPR_INFO_ROWS, csv_bytes


@pytest.mark.django_db(transaction=True)
def test_import_stores_recommendations_with_printed_subjects_and_twice_changes_nothing(tmp_path):
    from opvolging.cli import app

    path = tmp_path / "uhri.csv"
    path.write_bytes(csv_bytes(UHRI_COLUMNS, UHRI_ROWS))
    out = CliRunner().invoke(app, ["import-recommendations", str(path)])
    assert out.exit_code == 0, out.output
    assert f"{path}: UHRI A/HRC/43/15: new — 2 recommendations" in out.output
    assert "1 rows of another type than recommendation left out" in out.output
    rec = Recommendation.objects.get(label="122.2")
    assert rec.stance == "noted" and rec.recommending_states == ["Montenegro", "Portugal"]
    assert sorted(Tag.objects.filter(recommendation=rec, kind="sdg").values_list("value", flat=True)) == ["16", "5"]
    assert set(Tag.objects.filter(recommendation=rec).values_list("source", flat=True)) == {"printed"}
    again = CliRunner().invoke(app, ["import-recommendations", str(path)])
    assert "A/HRC/43/15: unchanged" in again.output
    assert Document.objects.count() == 2 and Recommendation.objects.count() == 3


@pytest.mark.django_db(transaction=True)
def test_a_broken_file_stores_nothing_and_the_next_file_still_goes_in(tmp_path):
    from opvolging.cli import app

    bad = tmp_path / "kapot.csv"
    bad.write_bytes(csv_bytes(UPR_INFO_COLUMNS, UPR_INFO_ROWS + [["", "Chile", "Netherlands", "41", "4", "", "",
                                                                  ""]]))
    good = tmp_path / "upr-info.csv"
    good.write_bytes(csv_bytes(UPR_INFO_COLUMNS, UPR_INFO_ROWS))
    out = CliRunner().invoke(app, ["import-recommendations", str(bad), str(good)])
    assert out.exit_code == 2
    assert f"opvolging: {bad}: row 4: no text in the column 'Recommendation'" in out.output.splitlines()
    assert list(Document.objects.values_list("identifier", flat=True)) == ["UPR 41 Netherlands"]
    assert Recommendation.objects.count() == 2


@pytest.mark.django_db
def test_a_uhri_export_is_no_new_version_of_its_report(corpus):
    """UHRI's export of A/HRC/43/15 lists two of its recommendations: stored after the report itself, it is a
    document of its own beside the report, never read as the report's next version (which would take the other
    213 recommendations for gone), and its recommendations are the report's where the words are the same."""
    from opvolging.extract import extract_path
    from opvolging.tracker.models import Document, Recommendation
    from opvolging.tracker.services.ingest import ingest

    pdf = corpus / "upr-pdf" / "A_HRC_43_15.pdf"
    if not pdf.exists():
        pytest.skip(f"{pdf} not in the dev corpus")
    report = ingest(extract_path(pdf)).document
    for ex in un.read(csv_bytes(UHRI_COLUMNS, UHRI_ROWS), "uhri.csv"):
        ingest(ex)
    report.refresh_from_db()
    assert report.format != "uhri" and report.identifier == "A/HRC/43/15"
    assert Recommendation.objects.filter(document=report, is_current=True).count() == 215
    export = Document.objects.get(identifier="UHRI A/HRC/43/15")
    assert export.un_symbol == report.un_symbol == "A/HRC/43/15"


@pytest.mark.django_db
def test_an_addendum_reaches_the_uhri_list_of_its_report_when_the_report_is_not_stored(corpus):
    """The State's addendum answers A/HRC/43/15 by number: with only UHRI's list of that report stored, its answers
    and stances reach the list's recommendations of those numbers (the list names the review it belongs to)."""
    from opvolging.extract import extract_path
    from opvolging.tracker.services.ingest import ingest

    pdf = corpus / "upr-pdf" / "A_HRC_43_15_Add.1.pdf"
    if not pdf.exists():
        pytest.skip(f"{pdf} not in the dev corpus")
    for ex in un.read(csv_bytes(UHRI_COLUMNS, UHRI_ROWS), "uhri.csv"):
        ingest(ex)
    addendum = extract_path(pdf)
    answered = {item.label for item in addendum.answered}
    assert {"122.1", "122.2"} <= answered
    ingest(addendum)
    recs = Recommendation.objects.filter(document__identifier="UHRI A/HRC/43/15", label__in=["122.1", "122.2"])
    assert recs.count() == 2 and all(r.responses.exists() for r in recs)
