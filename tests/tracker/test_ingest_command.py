"""`opvolging ingest FILE`: one line per document, saying what it holds as the dashboard counts it."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner


@pytest.mark.django_db(transaction=True)
def test_ingest_says_the_promises_and_those_for_review_apart_on_one_line(tmp_path):
    from opvolging.cli import app

    path = tmp_path / ("a-long-folder-name-" * 4) / "brief.txt"
    path.parent.mkdir()
    path.write_text("Den Haag, 14 maart 2024\n\nGeachte voorzitter,\n\nIk informeer uw Kamer voor de zomer over de "
                    "voortgang.\n\nHet RIVM zal in 2025 een notitie opstellen.\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["ingest", str(path)], terminal_width=80)
    assert out.exit_code == 0, out.output
    # a promise, and a state agency's plan for review; the line is not broken at the terminal's width
    assert f"{path}: new — 0 recommendations, 1 commitment, 1 for review\n" in out.output
