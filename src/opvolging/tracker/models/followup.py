"""Follow-up: later documents suggested as evidence of progress, and what people follow (subscriptions, digests)."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from opvolging.tracker.models.commitments import Commitment, Evidence
from opvolging.tracker.models.records import STATUSES, Document

SUGGESTION_STATES = [("suggested", _("suggested")), ("accepted", _("accepted")), ("rejected", _("rejected"))]


class EvidenceSuggestion(models.Model):
    """A later document that may fulfil or advance a commitment, as `followup.evidence` read it, with its score
    and reasons: an editor accepts it (the evidence is recorded, the status changes with its history) or rejects
    it (and the pair is never suggested again)."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="evidence_suggestions")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="evidence_suggestions")
    score = models.FloatField(_("score"))
    status = models.CharField(_("suggested status"), max_length=24, choices=STATUSES)
    reasons = models.JSONField(default=list)
    sentence = models.TextField(blank=True)
    span_start = models.IntegerField(default=0)
    span_end = models.IntegerField(default=0)
    state = models.CharField(_("review"), max_length=12, choices=SUGGESTION_STATES, default="suggested")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-score", "pk"]
        verbose_name = _("evidence suggestion")
        constraints = [models.UniqueConstraint(fields=["commitment", "document"], name="suggestion_unique_pair")]
        indexes = [models.Index(fields=["state", "-score"], name="suggestion_queue")]

    def __str__(self) -> str:
        return f"{self.document} → {self.commitment}"

    @transaction.atomic
    def accept(self, user, status: str | None = None, note: str = "") -> None:
        """Record the document as evidence for the commitment and move its status to `status` (the suggested
        one when None; unchanged when it is already that), with a note saying where it comes from."""
        if self.state != "suggested":
            raise ValidationError(self._decided_already())
        status = status or self.status
        why = note.strip() or f"{self.document}: {self.sentence[:300]}"
        commitment = Commitment.objects.get(pk=self.commitment_id)
        Evidence.objects.create(commitment=commitment, document=self.document, note=why, added_by=user)
        if status != commitment.status:
            commitment.set_status(status, user, why)
        self._decide(user, "accepted")

    def reject(self, user) -> None:
        """Not evidence: never suggested again for this commitment and document."""
        if self.state != "suggested":
            raise ValidationError(self._decided_already())
        self._decide(user, "rejected")

    def _decided_already(self) -> str:
        return (gettext("This suggestion was accepted already.") if self.state == "accepted"
                else gettext("This suggestion was rejected already."))

    def _decide(self, user, state: str) -> None:
        self.state, self.decided_by, self.decided_at = state, user, timezone.now()
        self.save(update_fields=["state", "decided_by", "decided_at"])


SUBSCRIPTION_KINDS = [
    ("ministry", _("ministry")),
    ("council", _("council")),
    ("addressee", _("addressee")),
    ("theme", _("theme")),
    ("sdg", _("SDG")),
    ("search", _("saved search")),
]


def _feed_token() -> str:
    return secrets.token_urlsafe(24)


class Subscription(models.Model):
    """What a signed-in user follows: a ministry, a council, an addressee (the chamber a letter is sent to), a
    theme, an SDG or a saved search. The daily digest and the subscription's own feed (its URL holds `token`,
    since feed readers cannot sign in) list what happened to the commitments it covers."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions")
    kind = models.CharField(_("kind"), max_length=12, choices=SUBSCRIPTION_KINDS)
    value = models.CharField(_("value"), max_length=300)
    token = models.CharField(max_length=40, unique=True, default=_feed_token)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["kind", "value"]
        verbose_name = _("subscription")
        constraints = [models.UniqueConstraint(fields=["user", "kind", "value"], name="subscription_unique")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"

    def commitments(self, public_only: bool = False):
        """The commitments this subscription covers, as its user may see them (promises of the latest versions),
        or as a visitor may (`public_only`: for its feed, which needs no login)."""
        from opvolging.tracker.models.tags import Tag

        coms = Commitment.objects.listed(None if public_only else self.user)
        if self.kind == "ministry":
            return coms.filter(ministry=self.value)
        if self.kind == "council":
            return coms.filter(models.Q(council__abbreviation=self.value) | models.Q(council__name=self.value))
        if self.kind == "addressee":
            return coms.filter(document__chamber=self.value)
        if self.kind in ("theme", "sdg"):
            recs = Tag.objects.filter(kind=self.kind, value=self.value).values("recommendation_id")
            return coms.filter(recommendations__in=recs).distinct()
        from opvolging.tracker import search

        try:
            hits, _parsed = search.query(self.value, limit=search.RANKED)
        except search.QueryError:
            return coms.none()
        hits = [h for h in hits if not public_only or h.document_id in public_documents()]
        ids = {h.object_id for h in hits if h.kind == "commitment"}
        recs = {h.object_id for h in hits if h.kind == "recommendation"}
        return coms.filter(models.Q(pk__in=ids) | models.Q(recommendations__in=recs)).distinct()


def public_documents() -> set[int]:
    return set(Document.objects.visible_to(None).values_list("pk", flat=True))


class DigestSent(models.Model):
    """One user's digest of one day, sent: the command that sends digests sends each at most once a day."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)
    items = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="digest_once_a_day")]


