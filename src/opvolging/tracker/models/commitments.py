"""Commitments and what people did with them: where each is stated (mentions), the evidence of progress, and
the history of its status and due date. A commitment knows whether it is overdue (derived, never stored) and how
its status or due date may change."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from opvolging.tracker.models.records import (
    ACTIVE_STATUSES,
    PROMISE_CONFIDENCE,
    STATUSES,
    Council,
    Document,
    PublicQuerySet,
    Recommendation,
    Reviewed,
)


def _status_word(code: str | None) -> str:
    """A stored status in the reader's language; the code itself when it is not one."""
    return str(dict(STATUSES).get(code, code))


class StaleStatus(ValidationError):
    """A status change made on a status that someone else has changed meanwhile."""

    def __init__(self, current: str, seen: str) -> None:
        super().__init__(gettext("The status was changed to “%(current)s” meanwhile (you saw “%(seen)s”): look "
                                 "again before changing it.") % {"current": _status_word(current),
                                                                 "seen": _status_word(seen)})
        self.current, self.seen = current, seen


EVIDENCE_URL_LENGTH = 200


def validate_evidence_url(url: str) -> None:
    """An evidence link is an http(s) address of at most EVIDENCE_URL_LENGTH characters (or none);
    ValidationError otherwise (a `javascript:` link would run in the reader's browser)."""
    from django.core.validators import URLValidator

    if not url:
        return
    if len(url) > EVIDENCE_URL_LENGTH:
        raise ValidationError(gettext("The evidence link is longer than %(n)d characters.") % {
            "n": EVIDENCE_URL_LENGTH})
    URLValidator(schemes=["http", "https"],
                 message=gettext("The evidence link must be an http or https address."))(url)


# a commitment that waits for another falls due this long after that one is fulfilled, when its text gives no
# interval of its own (the commitment's page says so)
WAIT_AFTER = "P3M"


def interval_words(interval: str) -> str:
    """An ISO 8601 duration of one unit in words, in the reader's language: "P3M" → "3 maanden"."""
    from django.utils.translation import ngettext

    n, unit = int(interval[1:-1]), interval[-1]
    return {"D": ngettext("%(n)d day", "%(n)d days", n), "W": ngettext("%(n)d week", "%(n)d weeks", n),
            "M": ngettext("%(n)d month", "%(n)d months", n), "Y": ngettext("%(n)d year", "%(n)d years", n)}[
        unit] % {"n": n}


class CommitmentQuerySet(PublicQuerySet):
    def promises(self) -> CommitmentQuerySet:
        """The commitments that are promises: confirmed by a person, or read with confidence and not rejected. A
        rejected commitment, or one too weak to stand unconfirmed, is no promise: it is not shown to the public
        nor counted (overdue or otherwise); it waits in the review queue."""
        return self.exclude(review_state="rejected").filter(
            models.Q(review_state="confirmed") | models.Q(confidence__gte=PROMISE_CONFIDENCE))

    def overdue(self) -> CommitmentQuerySet:
        """Promises still open or in progress whose due date has passed: `Commitment.is_overdue`, in SQL."""
        return self.promises().filter(status__in=ACTIVE_STATUSES, due__lt=timezone.localdate())

    def suggestions(self) -> CommitmentQuerySet:
        """Commitments for an editor to review: not yet confirmed or rejected."""
        return self.filter(review_state="suggested")

    def listed(self, user) -> CommitmentQuerySet:
        """What lists and counts show `user`: the promises of the latest versions, public ones to a visitor."""
        return self.visible_to(user).current().promises()

    def shown(self, user) -> CommitmentQuerySet:
        """What a commitment's own page shows `user`: a visitor sees promises only; a signed-in user also the
        suggestions that wait for review and what a later version no longer says."""
        qs = self.visible_to(user)
        return qs if user is not None and user.is_authenticated else qs.promises()


class Commitment(Reviewed):
    """A promise. Its status is stored; whether it is overdue is derived (`is_overdue`), never stored."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="commitments")
    key = models.CharField(max_length=20)
    action = models.TextField(_("action"))
    actor = models.CharField(_("actor"), max_length=200, blank=True)
    ministry = models.CharField(_("ministry"), max_length=200, blank=True, db_index=True)
    deadline_text = models.CharField(_("deadline"), max_length=200, blank=True)
    due = models.DateField(_("due"), null=True, blank=True, db_index=True)
    due_confidence = models.FloatField(null=True, blank=True)
    after = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="followers")
    # how long after `after` is fulfilled this one falls due, as the text says it ("binnen drie maanden na …"),
    # an ISO 8601 duration ("P3M"); empty: the default, `WAIT_AFTER`
    after_interval = models.CharField(_("interval after the one it waits for"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("first read"), default=timezone.now)
    status = models.CharField(_("status"), max_length=24, choices=STATUSES, default="open", db_index=True)
    # how sure the reader is that this is a promise of the government side, and why (extract.promises)
    confidence = models.FloatField(_("confidence"), default=1.0)
    reason = models.TextField(_("reason"), blank=True)
    recommendations = models.ManyToManyField(Recommendation, related_name="commitments", blank=True)
    # the document's council, kept here for counts per council
    council = models.ForeignKey(Council, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    history = HistoricalRecords()
    objects = CommitmentQuerySet.as_manager()

    class Meta:
        ordering = ["due", "pk"]
        verbose_name = _("commitment")
        constraints = [models.UniqueConstraint(fields=["document", "key"], name="commitment_unique_key")]
        indexes = [models.Index(fields=["is_public", "status", "due"], name="commitment_status_due"),
                   models.Index(fields=["is_public", "ministry"], name="commitment_ministry"),
                   models.Index(fields=["is_public", "council"], name="commitment_council"),
                   # the list's order (`ordering`), current ones only: the first page without sorting them all
                   models.Index(fields=["due", "id"], name="commitment_list_order", condition=Q(is_current=True))]

    def __str__(self) -> str:
        return self.action[:80]

    def get_absolute_url(self) -> str:
        return reverse("commitment", args=[self.pk])

    @property
    def is_promise(self) -> bool:
        """True when this is a promise (see `CommitmentQuerySet.promises`)."""
        return self.review_state == "confirmed" or (
            self.review_state != "rejected" and self.confidence >= PROMISE_CONFIDENCE)

    @property
    def is_overdue(self) -> bool:
        """True when the promise is still open or in progress and its due date has passed; a rejected or
        unconfirmed weak suggestion is no promise, and never overdue."""
        return (self.is_promise and self.status in ACTIVE_STATUSES and self.due is not None
                and self.due < timezone.localdate())

    def get_status(self) -> str:
        """The status as people see it: 'overdue' where derived, else the stored status."""
        return "overdue" if self.is_overdue else self.status

    @property
    def status_label(self) -> str:
        """`get_status()` in the reader's language ("te laat", "nagekomen"), never the code."""
        return str(_("overdue")) if self.is_overdue else str(self.get_status_display())

    @transaction.atomic
    def set_status(self, new_status: str, user, note: str = "", evidence_url: str = "",
                   evidence_file=None, expected: str | None = None) -> StatusChange:
        """Move to `new_status`, keeping who, when, from → to and why; evidence is attached when given.

        The change is made only if the status is still the one the person saw (`expected`, else the status this
        object was read with): the row is locked and read again first (`select_for_update`; on SQLite every
        writing transaction holds the write lock from its start), so that of two people changing it at once the
        second is told (StaleStatus), and the history never records a "from" that was already replaced."""
        valid = {k for k, _ in STATUSES}
        if new_status not in valid:
            raise ValidationError(gettext("Unknown status “%(status)s”; use one of: %(statuses)s.") % {
                "status": new_status, "statuses": ", ".join(sorted(valid))})
        validate_evidence_url(evidence_url)
        current = Commitment.objects.select_for_update().filter(pk=self.pk).values_list("status", flat=True).first()
        seen = expected if expected is not None else self.status
        if current != seen:
            raise StaleStatus(current, seen)
        if new_status == current:
            raise ValidationError(gettext("The status is already “%(status)s”.") % {"status": _status_word(current)})
        change = StatusChange.objects.create(commitment=self, user=user, field="status", old=current,
                                             new=new_status, note=note)
        if evidence_url or evidence_file:
            Evidence.objects.create(commitment=self, url=evidence_url, file=evidence_file, note=note, added_by=user)
        self.status = new_status
        self._history_user = user
        self.save(update_fields=["status"])
        if new_status == "fulfilled":
            for follower in self.followers.filter(is_current=True, due__isnull=True):
                follower.fall_due_after(self, user)
        return change

    def fall_due_after(self, fulfilled: Commitment, user) -> StatusChange | None:
        """A commitment that waits for `fulfilled` ("Na de aanbieding van de beleidsbrief …") falls due when that
        one is fulfilled: today plus the interval its text gives, or `WAIT_AFTER`. The move is in its history,
        and reading the document again keeps the date. None when it has a due date already, or a person set it."""
        from opvolging.extract.dates import add_interval

        if self.due is not None or "due" in self.corrected_fields:
            return None
        interval = self.after_interval or WAIT_AFTER
        due = add_interval(timezone.localdate(), interval)
        how = _("as its text says") if self.after_interval else _("the default when the text gives none")
        note = _("Falls due %(interval)s after “%(other)s”, fulfilled today (%(how)s).") % {
            "interval": interval_words(interval), "other": fulfilled.action[:120], "how": how}
        change = StatusChange.objects.create(commitment=self, user=user, field="due", old="", new=due.isoformat(),
                                             note=note)
        self.due = due
        self.corrected_fields["due"] = {"by": None, "at": timezone.now().isoformat(), "after": fulfilled.pk}
        self._history_user = user
        self.save(update_fields=["due", "corrected_fields"])
        return change

    @transaction.atomic
    def move_due(self, new_due: date | None, user, reason: str) -> StatusChange:
        """Move the due date; a reason is required and kept in the history."""
        if not reason.strip():
            raise ValidationError(gettext("Moving a due date needs a reason."))
        change = StatusChange.objects.create(
            commitment=self, user=user, field="due", old=self.due.isoformat() if self.due else "",
            new=new_due.isoformat() if new_due else "", note=reason)
        self.due = new_due
        self.corrected_fields["due"] = {"by": getattr(user, "username", None), "at": timezone.now().isoformat()}
        self.save(update_fields=["due", "corrected_fields"])
        return change


class Mention(models.Model):
    """One place in a document where a commitment is stated."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="mentions")
    text = models.TextField()
    span_start = models.IntegerField()
    span_end = models.IntegerField()
    page = models.IntegerField(_("page"), null=True, blank=True)

    class Meta:
        ordering = ["span_start"]


class Evidence(models.Model):
    """A later document, link, upload or note that shows progress on a commitment."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="evidence")
    document = models.ForeignKey(Document, on_delete=models.SET_NULL, null=True, blank=True)
    url = models.URLField(blank=True)
    file = models.FileField(upload_to="evidence/", blank=True, null=True)
    note = models.TextField(blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-added_at"]


class StatusChange(models.Model):
    """The audit trail of a commitment: who, when, from → to, why (status or due date)."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="changes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    at = models.DateTimeField(default=timezone.now)
    field = models.CharField(max_length=20, default="status")
    old = models.CharField(max_length=40, blank=True)
    new = models.CharField(max_length=40, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def _label(self, value: str) -> str:
        return str(dict(STATUSES).get(value, value)) if self.field == "status" else value

    @property
    def field_label(self) -> str:
        """What changed, in the reader's language: the status or the due date."""
        return str(_("status")) if self.field == "status" else str(_("due date"))

    @property
    def old_label(self) -> str:
        """The value before, in words: a status's name in the reader's language, a date as written."""
        return self._label(self.old)

    @property
    def new_label(self) -> str:
        """The value after, in words (see `old_label`)."""
        return self._label(self.new)
