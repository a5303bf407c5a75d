from opvolging.tracker.models import ApiToken, Commitment


def test_openapi_and_docs_are_local(client, db):
    spec = client.get("/api/openapi.json").json()
    assert "/api/commitments" in spec["paths"]
    docs = client.get("/api/docs").content.decode()
    assert "cdn" not in docs.lower() and "/static/ninja/" in docs


def test_lists_and_details(client, letter):
    coms = client.get("/api/commitments").json()
    assert coms and coms[0]["url"].startswith("http://testserver/")
    assert client.get(f"/api/commitments/{coms[0]['id']}").json()["id"] == coms[0]["id"]
    assert client.get("/api/recommendations?stance=adopted").json()
    assert client.get("/api/advice").json()[0]["council"] == "AIV"
    assert client.get("/api/documents").json()[0]["identifier"] == "kst-32735-354"
    assert client.get("/api/commitments?format=csv")["Content-Type"].startswith("text/csv")


def test_each_record_names_its_document_and_gives_its_id(client, letter):
    # "document" is the official identifier, which a ministry letter does not have: its id and its name as pages
    # give it stand beside it
    letter.identifier, letter.subject = "", "Kabinetsreactie op het AIV-advies"
    letter.save()
    for path in ("/api/commitments", "/api/recommendations"):
        row = client.get(path).json()[0]
        assert (row["document"], row["document_id"], row["document_name"]) == (
            "", letter.pk, "Kabinetsreactie op het AIV-advies"), path
        assert client.get(f"/api/documents/{row['document_id']}").json()["subject"] == row["document_name"]
    hit = client.get("/api/search", {"q": "beleidsbrief"}).json()[0]
    assert (hit["document_id"], hit["document_name"]) == (letter.pk, "Kabinetsreactie op het AIV-advies")


def test_search_endpoint_and_bad_query(client, letter):
    assert client.get("/api/search", {"q": "beleidsbrief"}).json()
    r = client.get("/api/search", {"q": '"'})
    assert r.status_code == 400 and "aanhalingsteken" in r.json()["detail"]  # Dutch by default


def test_status_change_needs_a_token(client, letter, editor):
    c = Commitment.objects.filter(document=letter).first()
    url = f"/api/commitments/{c.pk}/status"
    body = {"status": "in_progress", "note": "Gestart"}
    assert client.post(url, body, content_type="application/json").status_code == 401
    token = ApiToken.issue(editor).key
    r = client.post(url, body, content_type="application/json", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json()["status"] == "in_progress"
    r = client.post(url, {"status": "done", "note": "x"}, content_type="application/json",
                    headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 400
