"""The API is usable: tokens made, listed and revoked on a page (shown once, stored hashed); lists paged with the
total; editors do through the API what they do on the pages; and a walk over the OpenAPI document finds every
endpoint answering only with the status codes it states."""

from __future__ import annotations

import re

import pytest

from opvolging.tracker.models import ApiToken, Commitment, Evidence, EvidenceSuggestion, Recommendation


def _bearer(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.mark.django_db
def test_a_token_is_made_shown_once_stored_hashed_and_revoked(client, editor, letter):
    client.force_login(editor)
    page = client.post("/tokens/", {"action": "create", "name": "script"}).content.decode()
    key = re.search(r'id="new-token".*?<code>([^<]+)</code>', page, re.S)[1]
    token = ApiToken.objects.get(user=editor)
    assert token.digest == ApiToken.hash(key) and key not in (token.digest, token.prefix)
    assert key not in client.get("/tokens/").content.decode()  # shown once
    assert f"{key[:6]}…" in client.get("/tokens/").content.decode()
    c = Commitment.objects.filter(document=letter).promises().first()
    ok = client.post(f"/api/commitments/{c.pk}/review", {"action": "confirm"}, content_type="application/json",
                     **_bearer(key))
    assert ok.status_code == 200
    client.post("/tokens/", {"action": "revoke", "id": token.pk})
    assert not ApiToken.objects.exists()
    assert client.post(f"/api/commitments/{c.pk}/review", {"action": "confirm"}, content_type="application/json",
                       **_bearer(key)).status_code == 401


@pytest.mark.django_db
def test_lists_are_paged_with_the_total_and_never_cut_silently(client, letter):
    r = client.get("/api/recommendations", {"limit": 3, "offset": 3})
    assert r.status_code == 200 and len(r.json()) == 3
    assert r["X-Total-Count"] == str(Recommendation.objects.count())
    assert 'rel="next"' in r["Link"] and "offset=6" in r["Link"] and 'rel="prev"' in r["Link"]
    assert client.get("/api/recommendations", {"limit": 6000}).status_code == 400


@pytest.mark.django_db
def test_an_editor_does_through_the_api_what_the_pages_do(client, editor, letter):
    key = ApiToken.issue(editor).key
    rec = Recommendation.objects.filter(document=letter).first()
    r = client.post(f"/api/recommendations/{rec.pk}/stance", {"stance": "rejected"},
                    content_type="application/json", **_bearer(key))
    assert r.status_code == 200 and r.json()["stance"] == "rejected"
    rec.refresh_from_db()
    assert "stance" in rec.corrected_fields and rec.history.first().history_user == editor
    assert client.post(f"/api/recommendations/{rec.pk}/review", {"action": "confirm"},
                       content_type="application/json", **_bearer(key)).json()["review_state"] == "confirmed"
    c = Commitment.objects.filter(document=letter).promises().first()
    r = client.post(f"/api/commitments/{c.pk}/evidence", {"note": "Brief verstuurd", "url": "https://example.org/b"},
                    content_type="application/json", **_bearer(key))
    assert r.status_code == 200 and Evidence.objects.get(commitment=c).added_by == editor
    assert client.post(f"/api/commitments/{c.pk}/evidence", {"note": "x", "url": "javascript:alert(1)"},
                       content_type="application/json", **_bearer(key)).status_code == 400
    from opvolging.tracker.models import Document

    s = EvidenceSuggestion.objects.create(commitment=c, document=Document.objects.get(), score=0.8,
                                          status="fulfilled", reasons=["test"], sentence="Hiermee is voldaan.",
                                          span_start=0, span_end=10)
    listed = client.get("/api/suggestions", **_bearer(key)).json()
    assert [x["id"] for x in listed] == [s.pk]
    r = client.post(f"/api/suggestions/{s.pk}/decide", {"action": "accept"}, content_type="application/json",
                    **_bearer(key))
    assert r.status_code == 200 and r.json()["state"] == "accepted"
    c.refresh_from_db()
    assert c.status == "fulfilled" and c.changes.filter(user=editor, new="fulfilled").exists()


@pytest.mark.django_db
def test_a_walk_over_the_openapi_document(client, editor, letter):
    """Every operation the OpenAPI document states answers, called as a visitor and (for writes) without and
    with a token and an empty body, only with a status code it states, never a 500."""
    key = ApiToken.issue(editor).key
    spec = client.get("/api/openapi.json").json()
    ids = {"rec_id": Recommendation.objects.first().pk, "commitment_id": Commitment.objects.first().pk,
           "document_id": letter.pk, "advice_id": letter.advice_id, "suggestion_id": 999999}
    walked = 0
    for path, operations in spec["paths"].items():
        url = re.sub(r"{(\w+)}", lambda m: str(ids[m[1]]), path)
        for method, op in operations.items():
            stated = {int(code) for code in op["responses"]}
            query = {"q": "mensenrechten"} if path.endswith("/search") else {}
            if method == "get":
                answers = [client.get(url, query), client.get(url, query, **_bearer(key))]
            else:
                answers = [client.post(url, {}, content_type="application/json"),
                           client.post(url, {}, content_type="application/json", **_bearer(key))]
                assert answers[0].status_code == 401, (method, path)
            for r in answers:
                assert r.status_code in stated | {401} and r.status_code != 500, (method, path, r.status_code)
            walked += 1
    assert walked >= 16
