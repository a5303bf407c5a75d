"""No 500 and no injection from a parameter (issue 13.6)."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from opvolging.tracker.models import ApiToken, Commitment


def test_a_huge_due_within_is_a_hundred_years(client, letter):
    for days in ("2147483648", "-5", "99999999999999999999", "abc"):
        assert client.get("/commitments/", {"due_within": days}).status_code == 200


@pytest.mark.parametrize("path", ["/commitments/", "/recommendations/", "/search/", "/api/commitments",
                                  "/api/recommendations"])
def test_a_nul_byte_in_a_filter_is_a_400(client, letter, path):
    r = client.get(path, {"ministry": "Buitenlandse\x00Zaken", "q": "a\x00b", "stance": "\x00"})
    assert r.status_code == 400


def test_a_nul_byte_in_a_form_or_a_json_body_is_a_400(client, letter, editor):
    c = Commitment.objects.filter(document=letter).first()
    client.force_login(editor)
    assert client.post(c.get_absolute_url(), {"status": "fulfilled", "note": "nul\x00byte"}).status_code == 400
    token = ApiToken.issue(editor).key
    r = client.post(f"/api/commitments/{c.pk}/status", '{"status": "fulfilled", "note": "nul\\u0000"}',
                    content_type="application/json", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 400
    c.refresh_from_db()
    assert c.status == "open"


@pytest.mark.parametrize("target", ["javascript:alert(1)", "https://elsewhere.example/", "//elsewhere.example/",
                                    "http:\\\\elsewhere.example"])
def test_next_never_leaves_the_site(client, letter, editor, target):
    client.force_login(editor)
    ids = list(Commitment.objects.filter(document=letter).values_list("pk", flat=True)[:1])
    r = client.post("/commitments/review/", {"ids": ids, "action": "confirm", "next": target})
    assert r.status_code == 302 and r["Location"] == "/commitments/"


def test_next_on_this_site_is_followed(client, letter, editor):
    client.force_login(editor)
    ids = list(Commitment.objects.filter(document=letter).values_list("pk", flat=True)[:1])
    r = client.post("/commitments/review/", {"ids": ids, "action": "confirm", "next": "/commitments/?status=open"})
    assert r["Location"] == "/commitments/?status=open"


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "https://example.org/" + "a" * 5000,
                                 "ftp://example.org/report.pdf"])
def test_a_bad_evidence_link_through_the_api_is_a_400(client, letter, editor, url):
    c = Commitment.objects.filter(document=letter).first()
    token = ApiToken.issue(editor).key
    r = client.post(f"/api/commitments/{c.pk}/status", {"status": "fulfilled", "note": "Gedaan", "evidence_url": url},
                    content_type="application/json", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 400 and "link naar het bewijs" in r.json()["detail"]  # Dutch by default
    c.refresh_from_db()
    assert c.status == "open" and not c.evidence.exists() and not c.changes.exists()


@pytest.mark.parametrize("q", ["(mensenrechten)(kabinet)", "()", "(kabinet OR)", "((a)", "mensenrechten (", ")("])
def test_parentheses_in_a_search_never_show_the_index_internals(client, letter, q):
    r = client.get("/search/", {"q": q})
    html = r.content.decode()
    assert r.status_code == 200 and "fts5" not in html and "syntax error" not in html
    assert client.get("/api/search", {"q": q}).status_code in (200, 400)


def test_side_by_side_parentheses_mean_both(letter):
    from opvolging.tracker import search

    both, _ = search.query("(mensenrechten)(cursus)")
    assert both and all("cursus" in h.text for h in both)


def _formula_letter(editor, letter):
    c = Commitment.objects.filter(document=letter).first()
    c.correct(editor, action='=HYPERLINK("https://evil.example","klik")', actor="+31 cmd")
    return c


def test_exported_cells_never_run_as_formulas(client, letter, editor):
    _formula_letter(editor, letter)
    rows = list(csv.DictReader(io.StringIO(b"".join(
        client.get("/commitments/", {"format": "csv"}, HTTP_ACCEPT_LANGUAGE="en").streaming_content).decode())))
    actions = [r["action"] for r in rows]
    assert "'=HYPERLINK(\"https://evil.example\",\"klik\")" in actions
    assert not any(a.startswith(("=", "+", "-", "@")) for a in actions)
    assert "'+31 cmd" in [r["actor"] for r in rows]
    book = load_workbook(io.BytesIO(client.get("/commitments/", {"format": "xlsx"}, HTTP_ACCEPT_LANGUAGE="en").content))
    cells = [cell for row in book.active.iter_rows(min_row=2) for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert any(cell.value == "'=HYPERLINK(\"https://evil.example\",\"klik\")" for cell in cells)


def test_openapi_states_every_status_code(client, db):
    spec = client.get("/api/openapi.json").json()
    declared = {(path, method): set(op["responses"]) for path, ops in spec["paths"].items()
                for method, op in ops.items()}
    assert declared[("/api/commitments/{commitment_id}/status", "post")] >= {"200", "400", "401", "404", "409",
                                                                             "422"}
    for (path, _method), codes in declared.items():
        assert "200" in codes and "422" in codes, path
        assert ("404" in codes) == ("{" in path), path  # a record that is not there (or not shown)
        if "{" not in path:
            assert "400" in codes, path  # an unknown export format, a query that cannot be read


def test_api_answers_the_codes_it_states(client, letter):
    assert client.get("/api/commitments/999999").status_code == 404
    assert client.get("/api/commitments", {"format": "pdf"}).status_code == 400
    assert client.get("/api/commitments", {"limit": "veel"}).status_code == 422
    assert len(client.get("/api/commitments", {"limit": 2}).json()) == 2
    everything = client.get("/api/commitments").json()
    assert client.get("/api/commitments", {"limit": 2, "offset": 1}).json() == everything[1:3]
