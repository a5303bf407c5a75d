"""The daily digest e-mail: what became due, overdue, fulfilled or newly promised among what a user follows,
with the source's words and a link; sent once a day however often the command runs."""

from __future__ import annotations

from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from opvolging.tracker.models import Commitment, DigestSent, Subscription


def _follow(user, kind="ministry", value="Buitenlandse Zaken"):
    user.email = f"{user.username}@example.org"
    user.save()
    return Subscription.objects.create(user=user, kind=kind, value=value)


def test_the_digest_lists_what_happened_with_words_and_links(letter, editor, settings):
    settings.SITE_URL = "https://opvolging.example"
    _follow(editor)
    c = Commitment.objects.filter(document=letter, status="open").first()
    c.set_status("fulfilled", editor, "De brief is verstuurd")
    call_command("send_digests")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redacteur@example.org"] and "Opvolging" in message.subject
    assert "Nieuwe toezegging" in message.body and "Nagekomen" in message.body
    assert f"https://opvolging.example/commitments/{c.pk}/" in message.body
    assert "“" in message.body  # the source's words
    html = message.alternatives[0][0]
    assert f'href="https://opvolging.example/commitments/{c.pk}/"' in html


def test_the_digest_is_sent_once_a_day(letter, editor):
    _follow(editor)
    call_command("send_digests")
    call_command("send_digests")
    assert len(mail.outbox) == 1 and DigestSent.objects.filter(user=editor).count() == 1


def test_the_next_day_lists_only_what_is_new_since(letter, editor):
    _follow(editor)
    today = timezone.localdate()
    call_command("send_digests", day=today.isoformat())
    mail.outbox.clear()
    call_command("send_digests", day=(today + timedelta(days=1)).isoformat())
    assert mail.outbox == []  # nothing new happened: no e-mail


def test_a_theme_or_a_saved_search_follows_its_commitments(letter, editor):
    sub = _follow(editor, kind="search", value="mensenrechtencursus")
    assert [c.action for c in sub.commitments()] == [
        c.action for c in Commitment.objects.filter(document=letter, action__contains="mensenrechtencursus")]
    assert _follow(editor, kind="ministry", value="Defensie").commitments().count() == 0


def test_no_address_and_a_dry_run_send_nothing(letter, editor, viewer, capsys):
    Subscription.objects.create(user=viewer, kind="ministry", value="Buitenlandse Zaken")
    _follow(editor)
    call_command("send_digests", dry_run=True)
    assert mail.outbox == [] and not DigestSent.objects.exists()
    out = capsys.readouterr().out
    assert "would be sent: 1" in out and "no e-mail address: 1" in out


def test_the_subscriptions_page(client, letter, editor):
    client.force_login(editor)
    r = client.post("/subscriptions/", {"action": "add", "kind": "sdg", "value": "vijf"})
    assert r.status_code == 400
    client.post("/subscriptions/", {"action": "add", "kind": "ministry", "value": "Buitenlandse Zaken"})
    sub = Subscription.objects.get(user=editor)
    page = client.get("/subscriptions/").content.decode()
    assert f"/feeds/s/{sub.token}.atom" in page and f"/feeds/s/{sub.token}.ics" in page
    client.post("/subscriptions/", {"action": "delete", "id": sub.pk})
    assert not Subscription.objects.exists()
    client.logout()
    assert client.get("/subscriptions/").status_code == 302
