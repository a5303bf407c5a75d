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


def test_bad_files_each_get_one_line_and_the_run_goes_on(tmp_path):
    import zipfile

    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.4\n garbage")
    with zipfile.ZipFile(tmp_path / "kapot.docx", "w") as z:  # a zip, but no Word document
        z.writestr("word/document.xml", b"<w:document>")
    (tmp_path / "leeg.txt").write_bytes(b"")
    (tmp_path / "diep.xml").write_text("<a>" * 100_000 + "</a>" * 100_000)
    odd = tmp_path / "naam\x1b[31m met\nregeleinde.txt"  # a name that would break the line and colour the terminal
    odd.write_bytes(b"\x00\x01\x02" * 100)
    good = tmp_path / "brief.txt"
    good.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    names = ["kapot.pdf", "kapot.docx", "leeg.txt", good.name, "diep.xml", odd.name]
    p = run("extract", *(str(tmp_path / n) for n in names), "--format", "jsonl")
    assert p.returncode == 2
    errors = p.stderr.strip().split("\n")
    assert len(errors) == 5 and all(line.startswith("opvolging: ") for line in errors)
    assert "\\x1b" in errors[-1] and "\x1b" not in p.stderr
    assert [json.loads(line)["metadata"]["identifier"] for line in p.stdout.splitlines()] == ["kst-32735-354"]


def test_a_list_as_a_spreadsheet_and_a_registers_export(tmp_path):
    # OHCHR's thematic list saved as a workbook: each row read as a table's row, its cells apart; a UHRI export
    # read by its columns
    import csv

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"])
    ws.append(["Theme: Acceptance of international norms"])
    ws.append(["121.1 Ratify the International Convention for the Protection of All Persons from Enforced "
               "Disappearance (France) (Lithuania);\nSource of Position: A/HRC/43/15 - Para 121", "Supported",
               "- Acceptance of international norms\nSDGs:\n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"])
    ws.append(["121.2 Consider ratifying the Convention on the Rights of Migrant Workers (Philippines);", "Noted",
               "- Migrants\nSDGs:\n- 8 - DECENT WORK AND ECONOMIC GROWTH\n- 10 - REDUCED INEQUALITIES"])
    ws.append(["121.3 Adopt a comprehensive anti-discrimination strategy (Canada);", "Supported",
               "- Equality & non-discrimination\nSDGs:\n- 5 - GENDER EQUALITY"])
    wb.save(tmp_path / "matrix.xlsx")
    out = json.loads(run("extract", str(tmp_path / "matrix.xlsx"), "--format", "json").stdout)
    assert [(r["label"], r["stance"], r["recommending_states"], r["sdgs"]) for r in out["recommendations"]] == [
        ("121.1", "adopted", ["France", "Lithuania"], [16]), ("121.2", "noted", ["Philippines"], [8, 10]),
        ("121.3", "adopted", ["Canada"], [5])]
    assert out["source"]["format"] == "xlsx"
    with open(tmp_path / "uhri.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["OHCHR Annotation Id", "Document Symbol", "Document Publication Date", "Type", "Text",
                    "UPR Recommending States", "UPR Position", "UPR Paragraph", "SDGs"])
        w.writerow(["1", "A/HRC/43/15", "2019-12-19", "Recommendation", "Ratify the International Convention for "
                    "the Protection of All Persons from Enforced Disappearance", "France; Lithuania", "Supported",
                    "121.1", "16"])
    out = json.loads(run("extract", str(tmp_path / "uhri.csv"), "--format", "json").stdout)
    assert [(r["label"], r["stance"], r["recommending_states"]) for r in out["recommendations"]] == [
        ("121.1", "adopted", ["France", "Lithuania"])]


def test_counts_are_said_in_the_singular_for_one():
    from opvolging.cli import counted
    assert [counted(n, "commitment") for n in (0, 1, 2)] == ["0 commitments", "1 commitment", "2 commitments"]
