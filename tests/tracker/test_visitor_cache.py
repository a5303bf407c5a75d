"""Pages as visitors see them are drawn once and kept under the data version; the language is switched by a link."""

from __future__ import annotations

from django.test.utils import CaptureQueriesContext

from opvolging.tracker.models import Commitment


def test_a_visitors_page_is_drawn_once(client, letter):
    from django.db import connection

    client.get("/commitments/")
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/commitments/")
    assert again.status_code == 200 and len(queries.captured_queries) == 1  # the data version, nothing else


def test_a_change_is_seen_at_once(client, letter, editor):
    c = Commitment.objects.filter(document=letter, status="open").first()
    assert "Gedeeltelijk" not in client.get(c.get_absolute_url()).content.decode()
    c.set_status("partially_fulfilled", editor, "Deels gedaan")
    html = client.get(c.get_absolute_url()).content.decode()
    assert "Deels gedaan" in html


def test_a_signed_in_user_never_gets_a_visitors_page(client, letter, private_letter, viewer):
    client.get("/documents/")  # cached for visitors, without the private letter
    client.force_login(viewer)
    assert private_letter.identifier or private_letter.source_path
    assert "geheim" in client.get("/documents/").content.decode()


def test_a_visitors_page_holds_no_form_token(client, letter):
    for path in ("/", "/commitments/", "/recommendations/", "/documents/", "/search/?q=kabinet"):
        assert "csrfmiddlewaretoken" not in client.get(path).content.decode(), path


def test_the_language_is_switched_by_a_link(client, letter):
    r = client.get("/language/en/", {"next": "/commitments/"})
    assert r.status_code == 302 and r["Location"] == "/commitments/"
    assert "Commitments" in client.get("/commitments/").content.decode()
    assert client.get("/language/en/", {"next": "https://elsewhere.example/"})["Location"] == "/"
    assert client.get("/language/xx/").status_code == 404
    client.get("/language/nl/")
    assert "Toezeggingen" in client.get("/commitments/").content.decode()


def test_the_api_answers_visitors_from_the_cache_and_callers_with_a_token_fresh(client, letter, editor):
    from opvolging.tracker.models import ApiToken

    first = client.get("/api/commitments").json()
    c = Commitment.objects.get(pk=first[0]["id"])
    c.set_status("in_progress", editor, "Gestart")
    assert client.get("/api/commitments").json()[0]["status"] == "in_progress"  # the change raised the version
    token = ApiToken.issue(editor).key
    r = client.get("/api/commitments", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json()[0]["status"] == "in_progress"


def test_a_corrected_answer_is_seen_by_visitors_at_once(client, letter, editor):
    from opvolging.tracker.models import Response

    page = letter.advice.get_absolute_url()
    client.get(page)
    answer = Response.objects.filter(document=letter).first()
    answer.correct(editor, text=answer.text + " Gecorrigeerd door de redactie.")
    assert "Gecorrigeerd door de redactie." in client.get(page).content.decode()
