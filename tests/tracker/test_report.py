"""The progress report ("stand van zaken"): `opvolging report` as HTML, PDF (its text layer holds the
recommendations; its pages render with pdftoppm) and Markdown, and the page."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from opvolging.tracker import reports
from opvolging.tracker.models import Commitment, Recommendation


def test_the_report_of_an_advice_holds_each_recommendation_and_its_commitments(letter, editor):
    c = Commitment.objects.filter(document=letter, action__contains="mensenrechtencursus").get()
    c.set_status("in_progress", editor, "De cursus is begonnen", evidence_url="https://example.org/cursus")
    r = reports.build(advice=letter.advice)
    assert [row.recommendation.label for row in r.rows if row.recommendation] == [str(n) for n in range(1, 11)]
    md = reports.markdown(r)
    assert "## Aanbeveling 1" in md and "Verdedig onverkort het behoud van rechtsstaat" in md
    assert "in uitvoering" in md and "https://example.org/cursus" in md and "De cursus is begonnen" in md
    assert "| te laat |" in md or "| open |" in md
    html = reports.html(r)
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "Aanbeveling 10" in html


def test_the_pdf_holds_the_recommendations_and_renders(letter, tmp_path):
    if not shutil.which("pdftotext") or not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils (pdftotext, pdftoppm) not installed: make test installs them")
    path = tmp_path / "stand.pdf"
    path.write_bytes(reports.pdf(reports.build(advice=letter.advice)))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for r in Recommendation.objects.filter(document=letter):
        assert r.text[:40].split()[0] in text
    assert "Verdedig onverkort het behoud van rechtsstaat" in " ".join(text.split())
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "2", str(path), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 2 and all(p.stat().st_size > 2000 for p in pages)


def test_a_ministrys_report_and_a_visitor_sees_public_records_only(letter, private_letter):
    r = reports.build(ministry="Buitenlandse Zaken")
    assert r.commitments and all(c.document.is_public for c in r.commitments)


def test_the_report_page_and_its_downloads(client, letter):
    page = client.get(f"/advice/{letter.advice_id}/report/")
    assert page.status_code == 200 and "Aanbeveling 1" in page.content.decode()
    pdf = client.get(f"/advice/{letter.advice_id}/report/", {"format": "pdf"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    md = client.get("/report/", {"ministry": "Buitenlandse Zaken", "format": "md"})
    assert md.status_code == 200 and md.content.decode().startswith("# Buitenlandse Zaken")
    assert client.get("/report/").status_code == 400
    assert 'id="report-link"' in client.get(letter.advice.get_absolute_url()).content.decode()


def test_the_report_command(letter, tmp_path, capsys):
    from typer.testing import CliRunner

    from opvolging.cli import app

    runner = CliRunner()
    out = tmp_path / "stand.md"
    result = runner.invoke(app, ["report", str(letter.advice_id), "--format", "md", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "## Aanbeveling 1" in out.read_text(encoding="utf-8")
    result = runner.invoke(app, ["report", "--ministry", "Buitenlandse Zaken", "--format", "html"])
    assert result.exit_code == 0 and "<!DOCTYPE html>" in result.output
    assert runner.invoke(app, ["report", "999999"]).exit_code == 2
    assert runner.invoke(app, ["report"]).exit_code == 2
