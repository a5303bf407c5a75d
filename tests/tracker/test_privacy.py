"""Private stays private (issue 13.5): advice read only from private documents, search counts, a deactivated
user's token, login lockout per account and address."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from opvolging.extract import extract_text
from opvolging.tracker import search
from opvolging.tracker.models import Advice, ApiToken, Commitment, Document
from opvolging.tracker.services.ingest import ingest
from tests.conftest import SAMPLE


@pytest.fixture
def private_founding(db):
    """The founding letter as another document (another Kamerstuk number), ingested as private: its Document."""
    text = SAMPLE.read_text(encoding="utf-8").replace("32 735, nr. 354", "32 735, nr. 999")
    return ingest(extract_text(text, path="kst-32735-999.txt"), public=False).document


def test_advice_of_a_private_document_is_not_published(client, private_founding):
    advice = Advice.objects.get(pk=private_founding.advice_id)
    assert advice is not None and not advice.is_public
    assert advice.title not in client.get("/").content.decode()
    assert client.get(advice.get_absolute_url()).status_code == 404
    assert client.get("/api/advice").json() == []
    assert client.get(f"/api/advice/{advice.pk}").status_code == 404
    assert advice.title not in b"".join(client.get("/api/advice?format=csv").streaming_content).decode()
    assert client.get("/api/documents").json() == [] and client.get("/api/commitments").json() == []


def test_advice_turns_public_with_its_first_public_document_and_back(client, private_founding):
    advice = Advice.objects.get(pk=private_founding.advice_id)
    private_founding.is_public = True
    private_founding.save()
    advice.refresh_from_db()
    assert advice.is_public and client.get(advice.get_absolute_url()).status_code == 200
    private_founding.is_public = False
    private_founding.save()
    advice.refresh_from_db()
    assert not advice.is_public


def test_a_signed_in_user_sees_private_advice(client, private_founding, viewer):
    client.force_login(viewer)
    assert client.get(private_founding.advice.get_absolute_url()).status_code == 200


def test_search_counts_and_ranks_only_what_a_visitor_may_see(client, letter, private_founding, monkeypatch):
    _, parsed = search.query("mensenrechten")
    everything = search.count(parsed)
    public = search.count(parsed, public_only=True)
    assert 0 < public < everything  # the private copy of the letter doubles the matches
    hits, _ = search.query("mensenrechten", public_only=True)
    assert hits and {h.document_id for h in hits} == {letter.pk}
    # a capped list says how many it was taken from: for a visitor, of the public ones only
    monkeypatch.setattr(search, "RANKED", 5)
    monkeypatch.setattr(search, "LIMIT", 3)
    html = client.get("/search/", {"q": "mensenrechten"}).content.decode()
    assert f"van {public} treffers" in html and f"van {everything} treffers" not in html


def test_a_rejected_commitment_leaves_the_visitors_search(letter, editor):
    c = Commitment.objects.filter(document=letter, action__icontains="mensenrechtencursus").first()
    hits, _ = search.query("mensenrechtencursus", public_only=True)
    assert ("commitment", c.pk) in {(h.kind, h.object_id) for h in hits}
    c.review(editor, "reject")
    hits, _ = search.query("mensenrechtencursus", public_only=True)
    assert ("commitment", c.pk) not in {(h.kind, h.object_id) for h in hits}
    hits, _ = search.query("mensenrechtencursus")  # an editor still finds it
    assert ("commitment", c.pk) in {(h.kind, h.object_id) for h in hits}


def test_a_deactivated_users_token_writes_nothing(client, letter, editor):
    c = Commitment.objects.filter(document=letter).first()
    token = ApiToken.issue(editor).key
    editor.is_active = False
    editor.save()
    r = client.post(f"/api/commitments/{c.pk}/status", {"status": "in_progress", "note": "x"},
                    content_type="application/json", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
    c.refresh_from_db()
    assert c.status == "open"


def test_login_lockout_is_per_account_and_address(client, db, settings):
    User.objects.create_user("ander", password="eigen-wachtwoord-9")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/login/", {"username": "ander", "password": "fout"}, REMOTE_ADDR="10.0.0.1")
    locked = client.post("/login/", {"username": "ander", "password": "eigen-wachtwoord-9"},
                         REMOTE_ADDR="10.0.0.1")
    assert locked.status_code in (403, 429)
    assert "Tijdelijk geblokkeerd" in locked.content.decode()  # the site's own page, in the reader's language
    # another account from the same address (everyone behind one proxy) still signs in …
    User.objects.create_user("collega", password="collega-wachtwoord-3")
    r = client.post("/login/", {"username": "collega", "password": "collega-wachtwoord-3"},
                    REMOTE_ADDR="10.0.0.1")
    assert r.status_code == 302
    client.logout()
    # … and so does the account's owner from elsewhere
    r = client.post("/login/", {"username": "ander", "password": "eigen-wachtwoord-9"},
                    REMOTE_ADDR="10.0.0.2")
    assert r.status_code == 302


def test_documents_list_never_loads_the_texts(letter):
    doc = Document.objects.get(pk=letter.pk)
    assert {"text", "text_map"} <= doc.get_deferred_fields()
    assert Advice.objects.count() == 1
