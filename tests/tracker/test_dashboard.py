def test_dashboard_charts_with_numbers(client, letter):
    r = client.get("/")
    html = r.content.decode()
    assert r.status_code == 200
    assert "<svg" in html and "Recommendations by stance" in html or "Aanbevelingen" in html
    assert "Content-Security-Policy" in r.headers


def test_anonymous_sees_public_records_only(client, letter, private_letter):
    html = client.get("/documents/").content.decode()
    assert "kst-32735-354" in html and "geheim.txt" not in html
    assert client.get(f"/documents/{private_letter.pk}/").status_code == 404


def test_viewer_sees_private_records(client, viewer, private_letter):
    client.force_login(viewer)
    assert client.get(f"/documents/{private_letter.pk}/").status_code == 200


def test_dashboard_numbers_follow_every_change(client, letter, editor):
    from opvolging.tracker.models import Commitment

    before = client.get("/").content.decode()
    c = Commitment.objects.filter(document=letter, status="open").first()
    c.set_status("withdrawn", editor, "Niet meer nodig")
    after = client.get("/").content.decode()
    assert before != after  # the cached numbers were not served after a change
