"""`opvolging import-recommendations`: UHRI and UPR Info lists stored as documents of recommendations; the same
file twice changes nothing; a broken file stores nothing and is one line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from opvolging.tracker.models import Document, Recommendation, Tag
from tests.registers.test_un import UHRI_COLUMNS, UHRI_ROWS, UPR_INFO_COLUMNS, UPR_INFO_ROWS, csv_bytes


@pytest.mark.django_db(transaction=True)
def test_import_stores_recommendations_with_printed_subjects_and_twice_changes_nothing(tmp_path):
    from opvolging.cli import app

    path = tmp_path / "uhri.csv"
    path.write_bytes(csv_bytes(UHRI_COLUMNS, UHRI_ROWS))
    out = CliRunner().invoke(app, ["import-recommendations", str(path)])
    assert out.exit_code == 0, out.output
    assert f"{path}: A/HRC/43/15: new — 2 recommendations" in out.output
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
