"""The daily digest: to each user with subscriptions, one e-mail a day listing what became due, overdue,
fulfilled or newly promised among the commitments they follow since their last digest, each with the source's
words and a link. `opvolging manage send_digests` sends it (a cron job or a systemd timer runs it daily); it is
idempotent per day: a user's digest of a day is sent once (`DigestSent`), and a run that stopped halfway sends
the rest when run again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from opvolging.tracker.models import DigestSent, Subscription
from opvolging.tracker.services.events import Event, events

MAX_DAYS = 7  # a digest looks back at most a week, however long ago the last one was


@dataclass
class Report:
    sent: int = 0
    nothing_new: int = 0
    already_sent: int = 0
    no_address: int = 0


def digest(user, day: date) -> list[tuple[Subscription, list[Event]]]:
    """For each of `user`'s subscriptions, its events since the day after the user's last digest (or yesterday)
    up to `day`; subscriptions with none are left out."""
    last = DigestSent.objects.filter(user=user, day__lt=day).order_by("-day").values_list("day", flat=True).first()
    since = max(last + timedelta(days=1) if last else day - timedelta(days=1), day - timedelta(days=MAX_DAYS))
    out = []
    for sub in user.subscriptions.all():
        found = events(sub.commitments(), since, day)
        if found:
            out.append((sub, found))
    return out


def send_digests(day: date | None = None, dry_run: bool = False) -> Report:
    """Send the digest of `day` (today) to every active user with subscriptions who has not had it yet."""
    from django.contrib.auth import get_user_model

    day = day or timezone.localdate()
    report = Report()
    users = get_user_model().objects.filter(is_active=True, subscriptions__isnull=False).distinct()
    for user in users:
        if DigestSent.objects.filter(user=user, day=day).exists():
            report.already_sent += 1
            continue
        if not user.email:
            report.no_address += 1
            continue
        parts = digest(user, day)
        if not parts:
            report.nothing_new += 1
            continue
        if dry_run:
            report.sent += 1
            continue
        try:
            with transaction.atomic():  # recorded first, so that two runs at once send one digest
                DigestSent.objects.create(user=user, day=day, items=sum(len(e) for _, e in parts))
                _message(user, day, parts).send()
        except IntegrityError:
            report.already_sent += 1
            continue
        report.sent += 1
    return report


def _message(user, day: date, parts) -> EmailMultiAlternatives:
    site = settings.SITE_URL.rstrip("/")
    with translation.override(settings.LANGUAGE_CODE):
        context = {"user": user, "day": day, "parts": parts, "site": site}
        subject = render_to_string("tracker/email/digest_subject.txt", context).strip()
        text = render_to_string("tracker/email/digest.txt", context)
        html = render_to_string("tracker/email/digest.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [user.email])
    message.attach_alternative(html, "text/html")
    return message
