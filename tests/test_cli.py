"""The `opvolging` command, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import SAMPLE


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "opvolging.cli", *args], capture_output=True, text=True,
                          timeout=60)


def test_json_is_schema_v1():
    p = run("extract", str(SAMPLE), "--format", "json")
    assert p.returncode == 0, p.stderr
    d = json.loads(p.stdout)
    assert d["schema"] == "opvolging/extraction/v1"
    for key in ("source", "language", "metadata", "advice", "references", "text", "recommendations", "responses",
                "commitments", "warnings"):
        assert key in d
    assert set(d["source"]) >= {"path", "format", "sha256"}
    rec = d["recommendations"][0]
    for key in ("id", "label", "text", "span", "response_id", "refers_to", "stance", "stance_evidence",
                "stance_confidence", "recommending_states", "themes", "sdgs"):
        assert key in rec
    c = d["commitments"][0]
    for key in ("id", "action", "actor", "deadline_text", "due", "after", "recommendations", "mentions"):
        assert key in c


def test_jsonl_one_line_per_document(tmp_path):
    other = tmp_path / "kort.txt"
    other.write_text("Het kabinet zal de Kamer voor de zomer informeren.", encoding="utf-8")
    p = run("extract", str(SAMPLE), str(other), "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    lines = p.stdout.strip().split("\n")
    assert len(lines) == 2
    second = json.loads(lines[1])
    assert second["recommendations"] == [] and second["warnings"]


def test_table_shows_recommendations_and_commitments():
    p = run("extract", str(SAMPLE), "--format", "table")
    assert p.returncode == 0, p.stderr
    assert "10 recommendations" in p.stdout and "adopted" in p.stdout and "2022-12-31" in p.stdout


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("leeg.txt", b"   \n", "is empty"),
    ("rommel.txt", b"\x00\x01\x02\xff" * 300, "is binary"),
    ("brief.xyz", b"hallo", "unknown extension"),
    ("kapot.pdf", b"%PDF-1.4 garbage", "is not a readable PDF"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, name, data, problem):
    p = tmp_path / name
    p.write_bytes(data)
    r = run("extract", str(p), "--format", "json")
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().split("\n")
    assert len(lines) == 1 and name in lines[0] and problem in lines[0]
    assert "Traceback" not in r.stderr


def test_missing_file_exit_2(tmp_path):
    r = run("extract", str(tmp_path / "weg.txt"))
    assert r.returncode == 2 and "weg.txt: no such file" in r.stderr and "Traceback" not in r.stderr


def test_a_report_and_its_answer_print_one_extraction(tmp_path):
    from tests.extract.test_case import ANSWER, REPORT

    (tmp_path / "advies.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "reactie.txt").write_text(ANSWER, encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "opvolging.cli", "extract", str(tmp_path / "advies.txt"),
                        str(tmp_path / "reactie.txt"), "--format", "json"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert [s["path"] for s in out["sources"]] == [str(tmp_path / "advies.txt"), str(tmp_path / "reactie.txt")]
    assert out["text"].count("\f") == 1 and [r["label"] for r in out["recommendations"]] == ["1", "2", "3"]
