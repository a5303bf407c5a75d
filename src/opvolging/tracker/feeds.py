"""Feeds of what happened to promises: Atom (RFC 4287, Django's syndication framework) for feed readers, and the
due dates as iCalendar (RFC 5545, the `icalendar` package) for calendar programs.

`/feeds/commitments.atom` and `/feeds/deadlines.ics` hold the public view (filtered like the commitments list:
`?ministry=…`, `?council=…`); `/feeds/s/<token>.atom|.ics` one subscription's. A feed needs no login, so only
public records go into any of them; the token in a subscription's URL only says which subscription it is.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from opvolging.tracker.models import Commitment, Subscription
from opvolging.tracker.services.events import Event, events

DAYS = 30  # a feed holds the events of the last thirty days


def public_commitments(request: HttpRequest):
    """The promises a visitor sees, filtered by the commitments list's `ministry` and `council`."""
    coms = Commitment.objects.listed(None)
    if request.GET.get("ministry"):
        coms = coms.filter(ministry=request.GET["ministry"])
    if request.GET.get("council"):
        coms = coms.filter(document__council__abbreviation=request.GET["council"])
    return coms


def _subscription(token: str) -> Subscription:
    return get_object_or_404(Subscription.objects.select_related("user"), token=token)


# marked for translation here, translated when a feed is drawn (in the reader's language)
TITLES = {"promised": gettext_noop("New promise"), "due": gettext_noop("Falls due"),
          "overdue": gettext_noop("Overdue"), "fulfilled": gettext_noop("Fulfilled")}


def event_title(e: Event) -> str:
    """"Overdue: <the promise>" in the reader's language."""
    return f"{_(TITLES[e.kind])}: {e.commitment.action[:120]}"


class CommitmentEvents(Feed):
    """What became due, overdue, fulfilled or newly promised in the last DAYS days, newest first."""

    feed_type = Atom1Feed
    author_name = "Opvolging"

    def get_object(self, request: HttpRequest, token: str | None = None):
        self.request = request
        if token is None:
            return None
        return _subscription(token)

    def title(self, obj: Subscription | None) -> str:
        return _("Opvolging: promises") + (f" — {obj}" if obj else "")

    def subtitle(self, obj: Subscription | None) -> str:
        return _("What became due, overdue, fulfilled or newly promised in the last 30 days.")

    def link(self, obj: Subscription | None) -> str:
        return "/commitments/"

    def items(self, obj: Subscription | None) -> list[Event]:
        coms = obj.commitments(public_only=True) if obj else public_commitments(self.request)
        today = timezone.localdate()
        return events(coms, today - timedelta(days=DAYS), today)

    def item_title(self, item: Event) -> str:
        return event_title(item)

    def item_description(self, item: Event) -> str:
        c = item.commitment
        due = f" — {_('due')} {c.due.isoformat()}" if c.due else ""
        return f"“{item.words}” ({c.document}{due})"

    def item_link(self, item: Event) -> str:
        return item.commitment.get_absolute_url()

    def item_guid(self, item: Event) -> str:
        return self.request.build_absolute_uri(item.commitment.get_absolute_url()) + "#" + item.key

    item_guid_is_permalink = False

    def item_updateddate(self, item: Event):
        return timezone.make_aware(timezone.datetime.combine(item.on, timezone.datetime.min.time()))

    item_pubdate = item_updateddate

    def item_author_name(self, item: Event) -> str:
        return item.commitment.actor or item.commitment.ministry or "Opvolging"


def _calendar(request: HttpRequest, coms, name: str) -> HttpResponse:
    """Each promise with a due date, open or in progress, as an all-day event on that date."""
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    cal = Calendar()
    cal.add("prodid", "-//Opvolging//deadlines//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    stamp = timezone.now()
    rows = (coms.filter(due__isnull=False, status__in=("open", "in_progress")).select_related("document")
            .defer("document__text", "document__text_map").order_by("due", "pk")[:5000])
    for c in rows:
        ev = CalendarEvent()
        ev.add("uid", f"commitment-{c.pk}@{request.get_host()}")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", c.due)
        ev.add("dtend", c.due + timedelta(days=1))
        ev.add("summary", f"{_('Due')}: {c.action[:120]}")
        ev.add("description", f"{c.action}\n{c.deadline_text}\n{c.document}")
        ev.add("url", request.build_absolute_uri(c.get_absolute_url()))
        cal.add_component(ev)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="deadlines.ics"'
    return response


def deadlines(request: HttpRequest) -> HttpResponse:
    """The public promises' due dates (filtered like the commitments list)."""
    return _calendar(request, public_commitments(request), _("Opvolging: due dates"))


def subscription_deadlines(request: HttpRequest, token: str) -> HttpResponse:
    """One subscription's due dates, public records only."""
    sub = _subscription(token)
    if sub is None:
        raise Http404
    return _calendar(request, sub.commitments(public_only=True), f"Opvolging: {sub}")
