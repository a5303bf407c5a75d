"""What happened to promises on which day: newly promised, due, overdue, fulfilled. Derived each time from the
records (a commitment's first reading, its due date and status, its history), never stored; the digest e-mail and
the feeds list them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from opvolging.tracker.models import ACTIVE_STATUSES, Commitment, StatusChange

KINDS = ("promised", "due", "overdue", "fulfilled")


@dataclass(frozen=True)
class Event:
    kind: str  # promised, due (falls due that day), overdue (the day after, still open), fulfilled
    on: date
    commitment: Commitment
    words: str  # the source's words: where the promise is said, or the note of the change

    @property
    def key(self) -> str:
        return f"{self.kind}-{self.commitment.pk}-{self.on.isoformat()}"


def _words(c: Commitment) -> str:
    mentions = list(c.mentions.all())
    return (mentions[0].text if mentions else c.action)[:300]


def events(commitments, since: date, until: date) -> list[Event]:
    """The events of `commitments` (a queryset of promises) from `since` to `until`, both included, newest first.
    A commitment falls due on its due date and is overdue from the day after, while it is still open or in
    progress; it is promised on the day it was first read; fulfilled on the day its status became so."""
    tz = timezone.get_current_timezone()
    coms = commitments.select_related("document").defer("document__text", "document__text_map").prefetch_related(
        "mentions")
    out: list[Event] = []
    for c in coms.filter(created_at__date__gte=since, created_at__date__lte=until):
        out.append(Event("promised", timezone.localtime(c.created_at, tz).date(), c, _words(c)))
    active = coms.filter(status__in=ACTIVE_STATUSES)
    for c in active.filter(due__gte=since, due__lte=until):
        out.append(Event("due", c.due, c, _words(c)))
    for c in active.filter(due__gte=since - timedelta(days=1), due__lte=until - timedelta(days=1)):
        out.append(Event("overdue", c.due + timedelta(days=1), c, _words(c)))
    changes = (StatusChange.objects.filter(commitment__in=commitments, field="status", new="fulfilled",
                                           at__date__gte=since, at__date__lte=until)
               .select_related("commitment__document").defer("commitment__document__text",
                                                             "commitment__document__text_map"))
    for ch in changes:
        out.append(Event("fulfilled", timezone.localtime(ch.at, tz).date(), ch.commitment, ch.note[:300]))
    return sorted(out, key=lambda e: (e.on, KINDS.index(e.kind), e.commitment.pk), reverse=True)
