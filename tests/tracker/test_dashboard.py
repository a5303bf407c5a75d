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


def test_dashboard_counts_recommendations_per_sdg_and_links_to_them(client, letter):
    from opvolging.tracker.models import Recommendation

    n16 = Recommendation.objects.filter(document=letter, tags__kind="sdg", tags__value="16").count()
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Recommendations per SDG" in html
    row = html[html.index('href="/recommendations/?sdg=16"'):]
    assert "SDG 16: Peace, justice and strong institutions</a>" in row[:200]
    assert f">{n16}</td>" in row[:400]


def test_private_recommendations_subjects_are_not_counted_for_visitors(client, viewer, letter):
    from opvolging.tracker.models import Recommendation, Tag

    rec = Recommendation.objects.get(document=letter, label="1")
    rec.is_public = False
    rec.save()
    assert not Tag.objects.filter(recommendation=rec, is_public=True).exists()  # the tags followed
    public = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    client.force_login(viewer)
    everyone = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    def sdg16(html):
        row = html[html.index('href="/recommendations/?sdg=16"'):]
        return int(row[row.index('numeric">') + 9:row.index("</td>")])

    assert sdg16(everyone) == sdg16(public) + 1
