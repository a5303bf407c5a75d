import pytest


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


def test_chart_labels_are_whole_and_an_unknown_year_is_named(client, db):
    from opvolging.extract import extract_text
    from opvolging.tracker import charts
    from opvolging.tracker.services.ingest import ingest

    long = "Cooperation and meaningful consultation with civil society & participation"
    chart = charts.bars([(long, 3)], "Themes")
    assert "Cooperation and meaningful" in chart["svg"] and "consultation with civil" in chart["svg"]
    assert f"<title>{long.replace('&', '&amp;')}</title>" in chart["svg"]  # the whole label, on hover too
    assert all(len(line) <= charts.LABEL_CHARS for line in charts.label_lines(long))
    ingest(extract_text("Aanbeveling 1: Doe dit.\n\nHet kabinet neemt deze aanbeveling over.", "zonder-jaar.txt"))
    page = client.get("/").content.decode()
    assert "onbekend" in page and ">?<" not in page


@pytest.mark.django_db(transaction=True)
def test_slow_numbers_are_shown_as_last_counted_while_counted_again(client, monkeypatch):
    """Where counting is slow, a change does not make the next visitor wait: the last numbers are shown with the
    time they were counted, and counted again in the background; then the new ones are shown."""
    import threading

    from opvolging.extract import extract_text
    from opvolging.tracker.services.ingest import ingest
    from opvolging.tracker.views import dashboard_views

    monkeypatch.setattr(dashboard_views, "SLOW", -1.0)  # every count is "slow"
    ingest(extract_text("Aanbeveling 1: Doe dit.\n\nHet kabinet neemt deze aanbeveling over.", "een.txt"))
    first = client.get("/").content.decode()
    assert 'id="counted-at"' not in first and "1 document, 1 aanbeveling," in first  # the singular for one
    ingest(extract_text("Aanbeveling 1: Doe dat.\n\nHet kabinet neemt deze aanbeveling over.", "twee.txt"))
    stale = client.get("/").content.decode()
    assert 'id="counted-at"' in stale
    for t in threading.enumerate():
        if t.name == "dashboard-recount":
            t.join(timeout=30)
    fresh = client.get("/").content.decode()
    assert 'id="counted-at"' not in fresh and "2 documenten, 2 aanbevelingen" in fresh


@pytest.mark.django_db
def test_pages_plan_serially_and_the_dashboards_count_in_parallel():
    """On PostgreSQL a page's session is told a parallel plan's start is dear (settings.py); the dashboard's count
    over every row is not. Elsewhere there is nothing to set, and nothing is."""
    from django.db import connection

    from opvolging.tracker.views.dashboard_views import _counting_in_parallel

    if connection.vendor != "postgresql":
        with _counting_in_parallel():
            pass
        pytest.skip("SQLite: no parallel plans to weigh (this test runs on PostgreSQL in make test-postgres)")
    with connection.cursor() as cur:
        cur.execute("SHOW parallel_setup_cost")
        assert cur.fetchone()[0] == "10000"
        with _counting_in_parallel():
            cur.execute("SHOW parallel_setup_cost")
            assert cur.fetchone()[0] == "1000"
        cur.execute("SHOW parallel_setup_cost")
        assert cur.fetchone()[0] == "10000"
