"""Feeds: Atom (checked against RFC 4287's required elements with an XML parser) and iCal (parsed with the
icalendar package), public records only, advertised on the pages they follow."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar
from lxml import etree

from opvolging.tracker.models import Commitment, Subscription

ATOM = "{http://www.w3.org/2005/Atom}"


def _atom(content: bytes):
    """The feed, after checking what RFC 4287 requires: the feed's id, title, updated and an author (of the feed
    or of every entry); each entry's id, title, updated, and a link or content."""
    feed = etree.fromstring(content)
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{name}") is not None, name
    entries = feed.findall(f"{ATOM}entry")
    assert feed.find(f"{ATOM}author/{ATOM}name") is not None or all(
        e.find(f"{ATOM}author/{ATOM}name") is not None for e in entries)
    for e in entries:
        for name in ("id", "title", "updated"):
            assert e.find(f"{ATOM}{name}") is not None and e.find(f"{ATOM}{name}").text, name
        assert e.find(f"{ATOM}link[@rel='alternate']") is not None or e.find(f"{ATOM}content") is not None
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(ids) == len(set(ids))  # each entry its own id
    return feed, entries


def test_the_public_feed_lists_new_overdue_and_fulfilled_promises(client, letter, editor):
    c = Commitment.objects.filter(document=letter, status="open").exclude(due=None).first()
    c.set_status("fulfilled", editor, "De brief is verstuurd")
    r = client.get("/feeds/commitments.atom")
    assert r["Content-Type"].startswith("application/atom+xml")
    feed, entries = _atom(r.content)
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert any(t.startswith("Nieuwe toezegging") for t in titles)  # read today: newly promised
    assert any(t.startswith("Nagekomen") and c.action[:40] in t for t in titles)
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href").startswith("http://testserver/commitments/")
    assert "“" in first.find(f"{ATOM}summary").text  # the source's words


def test_overdue_and_due_are_derived_from_the_date(client, letter):
    first, second = Commitment.objects.filter(document=letter, status="open")[:2]
    today = timezone.localdate()
    Commitment.objects.filter(pk=first.pk).update(due=today - timedelta(days=1))  # overdue since today
    Commitment.objects.filter(pk=second.pk).update(due=today)  # falls due today
    titles = [e.find(f"{ATOM}title").text for e in _atom(client.get("/feeds/commitments.atom").content)[1]]
    assert f"Te laat: {first.action[:120]}" in titles
    assert f"Uiterste datum: {second.action[:120]}" in titles


def test_private_records_never_go_into_a_feed(client, letter, private_letter, editor):
    content = client.get("/feeds/commitments.atom").content.decode()
    private = Commitment.objects.filter(document=private_letter).first()
    assert private.action[:30] not in content
    sub = Subscription.objects.create(user=editor, kind="search", value="register")
    assert private.action[:30] not in client.get(f"/feeds/s/{sub.token}.atom").content.decode()
    assert private.action[:30] not in client.get(f"/feeds/s/{sub.token}.ics").content.decode()


def test_a_subscriptions_feed_and_calendar(client, letter, editor):
    sub = Subscription.objects.create(user=editor, kind="ministry", value="Buitenlandse Zaken")
    feed, entries = _atom(client.get(f"/feeds/s/{sub.token}.atom").content)
    assert "Buitenlandse Zaken" in feed.find(f"{ATOM}title").text and entries
    assert client.get("/feeds/s/not-a-token.atom").status_code == 404
    cal = Calendar.from_ical(client.get(f"/feeds/s/{sub.token}.ics").content)
    assert cal.walk("VEVENT")


def test_the_deadlines_calendar_is_read_by_icalendar(client, letter):
    r = client.get("/feeds/deadlines.ics", {"ministry": "Buitenlandse Zaken"})
    assert r["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(r.content)
    events = cal.walk("VEVENT")
    dated = Commitment.objects.listed(None).filter(due__isnull=False, status__in=("open", "in_progress"),
                                                   ministry="Buitenlandse Zaken")
    assert len(events) == dated.count() > 0
    ev = events[0]
    assert ev.get("dtstart").dt == dated.order_by("due", "pk").first().due
    assert str(ev.get("url")).startswith("http://testserver/commitments/") and str(ev.get("uid"))


def test_feeds_are_advertised_on_the_pages_they_follow(client, letter):
    for path in ("/", "/commitments/?ministry=Buitenlandse+Zaken"):
        head = client.get(path).content.decode().split("</head>")[0]
        assert 'rel="alternate" type="application/atom+xml"' in head and 'type="text/calendar"' in head, path
    head = client.get("/commitments/?ministry=Buitenlandse+Zaken").content.decode().split("</head>")[0]
    assert "/feeds/commitments.atom?ministry=Buitenlandse+Zaken" in head
