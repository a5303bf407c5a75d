"""The API's error messages are in the caller's language (issue 17.3): Dutch by default and with Accept-Language
nl, English with Accept-Language en; for a 400, 401, 404, 409 and 422 alike. The search page's messages too."""

from __future__ import annotations

import pytest

from opvolging.tracker.models import ApiToken, Commitment

EN = {"HTTP_ACCEPT_LANGUAGE": "en"}
NL = {"HTTP_ACCEPT_LANGUAGE": "nl"}


def _post(client, path, body, key=None, **headers):
    if key:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {key}"
    return client.post(path, body, content_type="application/json", **headers)


@pytest.mark.django_db
def test_a_missing_record_is_a_404_in_the_callers_language(client, letter):
    nl = client.get("/api/commitments/999999")
    en = client.get("/api/commitments/999999", **EN)
    assert nl.status_code == en.status_code == 404
    assert nl.json()["detail"].startswith("Niet gevonden")
    assert en.json()["detail"].startswith("Not found")


@pytest.mark.django_db
def test_a_write_without_a_token_says_what_is_needed(client, letter):
    c = Commitment.objects.filter(document=letter).first()
    nl = _post(client, f"/api/commitments/{c.pk}/status", {"status": "fulfilled", "note": "x"}, **NL)
    en = _post(client, f"/api/commitments/{c.pk}/status", {"status": "fulfilled", "note": "x"}, **EN)
    assert nl.status_code == en.status_code == 401
    assert "API-token van een redacteur" in nl.json()["detail"]
    assert "Authorization: Bearer" in en.json()["detail"] and "editor's API token" in en.json()["detail"]


@pytest.mark.django_db
def test_refusals_and_conflicts_are_in_the_callers_language(client, editor, letter):
    key = ApiToken.issue(editor).key
    c = Commitment.objects.filter(document=letter).first()
    path = f"/api/commitments/{c.pk}/status"
    r = _post(client, path, {"status": "klaar", "note": "x"}, key)
    assert r.status_code == 400 and r.json()["detail"].startswith("Onbekende status “klaar”")
    r = _post(client, path, {"status": "klaar", "note": "x"}, key, **EN)
    assert r.status_code == 400 and r.json()["detail"].startswith("Unknown status “klaar”")
    r = _post(client, path, {"status": "fulfilled", "note": " "}, key)
    assert r.json()["detail"] == "Een statuswijziging heeft een toelichting nodig die zegt waarom."
    # someone else changed it meanwhile: the statuses are named in words, never as codes or a Python list
    r = _post(client, path, {"status": "fulfilled", "note": "klaar", "expected_status": "in_progress"}, key)
    assert r.status_code == 409
    assert r.json()["detail"] == ("De status is intussen gewijzigd in “open” (u zag “in uitvoering”): kijk opnieuw "
                                  "voordat u hem wijzigt.")
    r = _post(client, path, {"status": "fulfilled", "note": "klaar", "expected_status": "in_progress"}, key, **EN)
    assert r.json()["detail"].startswith("The status was changed to “open” meanwhile (you saw “in progress”)")
    r = _post(client, f"/api/commitments/{c.pk}/evidence", {"note": "zie", "url": "javascript:alert(1)"}, key)
    assert r.status_code == 400 and r.json()["detail"] == "De link naar het bewijs moet een http- of https-adres zijn."
    r = client.get("/api/recommendations", {"limit": 6000}, **EN)
    assert r.status_code == 400 and r.json()["detail"].startswith("limit is from 0 to 5000")
    assert client.get("/api/recommendations", {"limit": 6000}).json()["detail"].startswith("limit is 0 tot en met")


@pytest.mark.django_db
def test_a_parameter_of_the_wrong_type_is_a_sentence_and_the_details(client, letter):
    r = client.get("/api/recommendations", {"limit": "veel"})
    assert r.status_code == 422
    body = r.json()
    assert body["detail"] == "Een parameter ontbreekt of heeft het verkeerde type: limit."
    assert body["errors"] and body["errors"][0]["loc"][-1] == "limit"
    assert client.get("/api/recommendations", {"limit": "many"}, **EN).json()["detail"] == (
        "A parameter is missing or has the wrong type: limit.")


@pytest.mark.django_db
def test_a_search_that_cannot_be_read_says_so_in_the_readers_language(client, letter):
    nl = client.get("/search/", {"q": "(mensenrechten"}).content.decode()
    assert "Een haakje is niet gesloten." in nl
    r = client.get("/api/search", {"q": "mensenrechten AND"}, **EN)
    assert r.status_code == 400 and r.json()["detail"] == "The query ends with an operator: add a word after it."
    assert client.get("/api/search", {"q": "mensenrechten AND"}).json()["detail"] == (
        "De zoekvraag eindigt op een operator: zet er een woord achter.")
