"""In a real browser: Playwright driving Debian's chromium headless against a live server.

A person logs in, opens the advice page, confirms a stance, changes a commitment's status with a reason,
searches, and exports CSV; axe checks the main pages for serious or critical accessibility violations.
Skips, saying so, where /usr/bin/chromium is not installed (`make test` installs it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.urls import reverse

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed: browser tests "
                                                                "skipped (make test installs it)")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture
def site(live_server, transactional_db):
    from django.contrib.auth.models import Group, User

    from opvolging.extract import extract_path
    from opvolging.tracker.services.ingest import ingest
    from tests.conftest import SAMPLE

    doc = ingest(extract_path(SAMPLE)).document
    user = User.objects.create_user("redacteur", password="geheim-wachtwoord-1")
    user.groups.add(Group.objects.get_or_create(name="editor")[0])
    return live_server.url, doc


@pytest.fixture
def page(monkeypatch):
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        context = browser.new_context(accept_downloads=True, locale="en-GB")
        pg = context.new_page()
        yield pg
        context.close()
        browser.close()
        # While Playwright's event loop runs, Django keeps a connection per context: the one the test's own
        # queries opened is closed here, or PostgreSQL still has a session open when the test database goes
        from django.db import connections

        connections.close_all()


def login(page, url):
    page.goto(url + "/login/")
    page.fill("#id_username", "redacteur")
    page.fill("#id_password", "geheim-wachtwoord-1")
    page.click("button[type=submit]:has-text('Log in')")
    page.wait_for_url(url + "/")


def test_review_follow_up_search_export(site, page):
    from opvolging.tracker.models import Commitment, Recommendation

    url, doc = site
    login(page, url)
    page.goto(url + doc.advice.get_absolute_url())
    rec = Recommendation.objects.get(document=doc, label="1")
    page.click(f"#confirm-{rec.pk}")
    page.wait_for_load_state()
    rec.refresh_from_db()
    assert rec.review_state == "confirmed"

    com = Commitment.objects.filter(document=doc).first()
    page.goto(url + com.get_absolute_url())
    page.select_option("#id_status", "in_progress")
    page.fill("#id_note", "De cursus wordt ontworpen")
    page.click("#change-status")
    page.wait_for_load_state()
    assert "De cursus wordt ontworpen" in page.inner_text("#history")
    com.refresh_from_db()
    assert com.status == "in_progress"

    page.goto(url + "/search/")
    page.fill("#q", "beleidsbrief")
    page.press("#q", "Enter")
    page.wait_for_selector("#result-count")
    assert "result" in page.inner_text("#result-count")

    page.goto(url + "/commitments/")
    with page.expect_download() as info:
        page.click("#export-csv")
    content = Path(info.value.path()).read_text(encoding="utf-8")
    assert content.startswith("action,") and "/commitments/" in content


@pytest.mark.parametrize("path", ["/", "advice", "/commitments/", "/search/?q=mensenrechten",
                                  "/recommendations/?sdg=16", "recommendation"])
def test_no_serious_accessibility_violations(site, page, path):
    from axe_playwright_python.sync_playwright import Axe

    from opvolging.tracker.models import Recommendation

    url, doc = site
    if path == "advice":
        path = doc.advice.get_absolute_url()
    elif path == "recommendation":
        path = reverse("recommendation", args=[Recommendation.objects.filter(document=doc).first().pk])
    page.goto(url + path)
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    assert bad == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in bad]


def test_an_editors_recommendation_page_is_accessible_and_corrects_subjects(site, page):
    from axe_playwright_python.sync_playwright import Axe

    from opvolging.tracker.models import Recommendation

    url, doc = site
    login(page, url)
    rec = Recommendation.objects.get(document=doc, label="3")
    page.goto(url + reverse("recommendation", args=[rec.pk]))
    page.click("text=Correct the subjects")
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    assert bad == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in bad]
    page.select_option("#id_sdg", ["5", "10"])
    page.click("#correct-subjects")
    page.wait_for_load_state()
    rec.refresh_from_db()
    assert rec.sdgs == [5, 10] and "sdgs" in rec.corrected_fields
