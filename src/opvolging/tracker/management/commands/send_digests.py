"""`opvolging manage send_digests [--day YYYY-MM-DD] [--dry-run]`: the daily digest e-mail (see
`services.digest`). Run it daily from cron or a systemd timer; running it twice on a day sends nothing twice."""

from __future__ import annotations

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from opvolging.tracker.services.digest import send_digests


class Command(BaseCommand):
    help = "Send each subscriber the digest of the day (once a day)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--day", help="the day to send the digest of (YYYY-MM-DD; today by default)")
        parser.add_argument("--dry-run", action="store_true", help="count what would be sent, send nothing")

    def handle(self, *args, day: str | None = None, dry_run: bool = False, **options) -> None:
        try:
            when = date.fromisoformat(day) if day else None
        except ValueError:
            raise CommandError(f"--day: not a date (YYYY-MM-DD): {day!r}") from None
        r = send_digests(when, dry_run=dry_run)
        verb = "would be sent" if dry_run else "sent"
        self.stdout.write(f"digests {verb}: {r.sent}; nothing new: {r.nothing_new}; sent already: {r.already_sent}; "
                          f"no e-mail address: {r.no_address}")
