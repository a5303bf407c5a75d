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


def _contrast(rgb_a: str, rgb_b: str) -> float:
    """WCAG 2.1 contrast ratio of two CSS rgb()/rgba() colours."""
    import re

    def luminance(css: str) -> float:
        r, g, b = (int(x) / 255 for x in re.findall(r"\d+", css)[:3])
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(rgb_a), luminance(rgb_b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "editor"])
@pytest.mark.parametrize("locale", ["nl-NL", "en-GB"])
def test_every_page_type_in_both_languages_has_no_serious_accessibility_violations(site, locale, signed_in,
                                                                                  monkeypatch):
    """axe on every kind of page, in Dutch and English, as a visitor and as an editor; and the footer's text
    stands out from its background by at least 4.5:1."""
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    from opvolging.tracker.models import Commitment, Recommendation

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop
    url, doc = site
    rec = Recommendation.objects.filter(document=doc).first()
    com = Commitment.objects.filter(document=doc).promises().first()
    paths = ["/", doc.advice.get_absolute_url(), doc.get_absolute_url(), "/documents/", "/recommendations/",
             reverse("recommendation", args=[rec.pk]), "/commitments/", com.get_absolute_url(),
             "/search/?q=mensenrechten", "/search/?q=zeppelinhangaar", doc.advice.get_absolute_url() + "report/",
             "/login/", "/no-such-page/"]
    if signed_in:
        paths += ["/suggestions/", "/subscriptions/", "/documents/upload/", "/tokens/",
                  f"/records/commitment/{com.pk}/history/", "/logout/", "/commitments/?review=suggested", "/answers/"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        page = browser.new_context(locale=locale).new_page()
        if signed_in:
            page.goto(url + "/login/")
            page.fill("#id_username", "redacteur")
            page.fill("#id_password", "geheim-wachtwoord-1")
            page.click("button[type=submit]")
            page.wait_for_url(url + "/")
        failures = []
        for path in paths:
            page.goto(url + path)
            bad = [v for v in Axe().run(page).response["violations"] if v.get("impact") in ("serious", "critical")]
            failures += [(path, v["id"], [n["target"] for n in v["nodes"]][:2]) for v in bad]
            colors = page.evaluate("() => { const e = document.querySelector('.site-footer'); return e ? "
                                   "[getComputedStyle(e).color, getComputedStyle(e).backgroundColor] : null; }")
            if colors is None:
                failures.append((path, "no site footer: not drawn by the site's own template"))
            elif _contrast(*colors) < 4.5:
                failures.append((path, "footer contrast", colors))
        browser.close()
        from django.db import connections

        connections.close_all()  # as the `page` fixture does: no session left open on PostgreSQL
    assert failures == []


def test_chart_labels_are_read_at_their_size(site, page):
    """A chart's labels are drawn at 14 px on the page, not its SVG scaled down into a narrow column (issue 17.4)."""
    url, _ = site
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(url + "/")
    sizes = page.eval_on_selector_all(
        "svg.chart", "svgs => svgs.map(s => s.getBoundingClientRect().width / s.viewBox.baseVal.width * 14)")
    assert sizes and min(sizes) >= 13, sizes
