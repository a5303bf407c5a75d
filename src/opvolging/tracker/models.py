"""The domain model (DESIGN.md): councils, advice, documents, recommendations, responses, commitments, and
what people did with them (mentions, evidence, status changes).

The models own their rules: a commitment knows whether it is overdue (derived, never stored) and how its
status or due date may change; every extracted record remembers which of its fields a person corrected, so
that extracting a document again never overwrites them.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

STANCES = [
    ("adopted", _("adopted")),
    ("partially_adopted", _("partially adopted")),
    ("rejected", _("rejected")),
    ("noted", _("noted")),
    ("already_implemented", _("already implemented")),
    ("unclear", _("unclear")),
]
REVIEW_STATES = [("suggested", _("suggested")), ("confirmed", _("confirmed")), ("rejected", _("rejected"))]
# a match across versions of a document less alike than this is shown to an editor to check
UNSURE_MATCH = 0.85
# a commitment the reader is less sure of than this is a suggestion for review, not a promise (extract.promises)
PROMISE_CONFIDENCE = 0.5
STATUSES = [
    ("open", _("open")),
    ("in_progress", _("in progress")),
    ("fulfilled", _("fulfilled")),
    ("partially_fulfilled", _("partially fulfilled")),
    ("withdrawn", _("withdrawn")),
]
ACTIVE_STATUSES = ("open", "in_progress")
TAG_KINDS = [("theme", _("theme")), ("sdg", _("SDG")), ("person", _("affected persons"))]
TAG_SOURCES = [
    ("printed", _("printed in the document")),
    ("model", _("predicted by the model")),
    ("lexicon", _("found by keywords")),
]


class PublicQuerySet(models.QuerySet):
    def visible_to(self, user) -> PublicQuerySet:
        """Everything for a signed-in user; only public records for an anonymous visitor."""
        if user is not None and user.is_authenticated:
            return self
        # "IN (true)", not the bare column: SQLite then uses the (is_public, …) indexes to count
        return self.filter(is_public__in=[True])

    def current(self) -> PublicQuerySet:
        """Records the latest version of their document still says (a gone one is kept, and left out of lists)."""
        return self.filter(is_current=True)

    def with_document(self, *related: str) -> PublicQuerySet:
        """Records joined to their document (and `related`, such as "document__council"), the document without its
        whole text: a list of 5,000 recommendations otherwise loads their documents' texts 5,000 times."""
        return self.select_related("document", *related).defer(*(f"document__{f}" for f in Document.HEAVY))


class Reviewed(models.Model):
    """An extracted record: a suggestion until a person confirms it; fields a person corrected are kept.

    When its document is read again in a new version, the record is matched to what the new version says (never
    by position): `is_current` is False once the new version no longer says it (the record is kept, with its
    history), and `match_score` says how alike the words it was matched to were (None: read from one version
    only; below `UNSURE_MATCH` an editor is asked to check the match)."""

    review_state = models.CharField(_("review"), max_length=16, choices=REVIEW_STATES, default="suggested")
    corrected_fields = models.JSONField(_("corrected fields"), default=dict, blank=True,
                                        help_text="field name → {'by': username, 'at': ISO time}")
    is_public = models.BooleanField(_("public"), default=True)
    is_current = models.BooleanField(_("in the latest version"), default=True)
    match_score = models.FloatField(_("match with the latest version"), null=True, blank=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        abstract = True

    def review(self, user, action: str) -> None:
        """Confirm or reject this record as a person: saved on its own, so that its history says who and when (a
        match with a later version that was unsure is then settled, too)."""
        if action not in ("confirm", "reject"):
            raise ValidationError(f"unknown review action {action!r}")
        self.review_state = "confirmed" if action == "confirm" else "rejected"
        self.match_score = None
        self._history_user = user
        self.save(update_fields=["review_state", "match_score"])

    def correct(self, user, **values) -> None:
        """Set fields as a person corrected them; later extractions leave these fields alone."""
        for field, value in values.items():
            setattr(self, field, value)
            self.corrected_fields[field] = {"by": getattr(user, "username", None), "at": timezone.now().isoformat()}
        if self.review_state == "suggested":
            self.review_state = "confirmed"
        self.save()

    def apply_machine_values(self, **values) -> bool:
        """Set machine-made values, except on fields a person corrected. True when anything changed."""
        changed = False
        for field, value in values.items():
            if field in self.corrected_fields:
                continue
            if getattr(self, field) != value:
                setattr(self, field, value)
                changed = True
        return changed


class Council(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    abbreviation = models.CharField(_("abbreviation"), max_length=20, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("council")

    def __str__(self) -> str:
        return self.abbreviation or self.name


class Advice(models.Model):
    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="advice", null=True, blank=True)
    number = models.CharField(_("number"), max_length=20, blank=True)
    title = models.CharField(_("title"), max_length=500)
    published = models.DateField(_("published"), null=True, blank=True)
    is_public = models.BooleanField(_("public"), default=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "title"]
        verbose_name = _("advice")
        verbose_name_plural = _("advice")
        constraints = [models.UniqueConstraint(fields=["council", "title"], name="advice_unique_title")]

    def __str__(self) -> str:
        return f"{self.council or ''} {self.number} {self.title}".strip()

    def get_absolute_url(self) -> str:
        return reverse("advice", args=[self.pk])

    def refresh_visibility(self) -> None:
        """Public when one of the documents it was read from is public (or none is stored yet): advice read only
        from private documents publishes neither its title nor its number nor its council."""
        docs = self.documents.all()
        public = not docs.exists() or docs.filter(is_public=True).exists()
        if public != self.is_public:
            self.is_public = public
            self.save(update_fields=["is_public"])


class DocumentQuerySet(PublicQuerySet):
    pass


class DocumentManager(models.Manager.from_queryset(DocumentQuerySet)):
    def get_queryset(self) -> DocumentQuerySet:
        """Documents without their whole text (loaded when read: `doc.text`), as lists want them."""
        return super().get_queryset().defer(*Document.HEAVY)


class Document(models.Model):
    """A government letter (or UPR list) as read by `extract`; `text` is the normalized text spans index."""

    HEAVY = ("text", "text_map")  # what lists never load (`Document.objects` defers it)

    identifier = models.CharField(_("identifier"), max_length=100, blank=True, db_index=True)
    sha256 = models.CharField(max_length=64, unique=True)
    source_path = models.CharField(max_length=500, blank=True)
    format = models.CharField(max_length=10)
    language = models.CharField(max_length=5, default="nl")
    chamber = models.CharField(max_length=50, blank=True)
    session_year = models.CharField(max_length=9, blank=True)
    dossier = models.CharField(max_length=30, blank=True)
    number = models.CharField(max_length=20, blank=True)
    document_type = models.CharField(max_length=30, blank=True)
    date = models.DateField(null=True, blank=True)
    year = models.IntegerField(null=True, blank=True, db_index=True)
    ministry = models.CharField(_("ministry"), max_length=200, blank=True, db_index=True)
    reference = models.CharField(_("reference"), max_length=200, blank=True)  # a ministry letter's Kenmerk
    subject = models.CharField(_("subject"), max_length=500, blank=True)  # its Betreft line
    signatories = models.JSONField(default=list, blank=True)
    # the identifier of the document this one answers (the UN report "A/HRC/43/15" of its addendum), and the
    # recommendations it answers by label ({label, stance, stance_evidence, response}) until that document is here
    answers_identifier = models.CharField(max_length=100, blank=True, db_index=True)
    answered = models.JSONField(default=list, blank=True)
    text = models.TextField()
    text_map = models.JSONField(default=list, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    advice = models.ForeignKey(Advice, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents")
    # the advice's council, kept here too so that counts per council need no join through the advice
    council = models.ForeignKey(Council, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents")
    ingested_at = models.DateTimeField(auto_now_add=True)
    is_public = models.BooleanField(_("public"), default=True)

    objects = DocumentManager()
    history = HistoricalRecords(excluded_fields=["text", "text_map"])

    class Meta:
        ordering = ["-date", "-ingested_at"]
        verbose_name = _("document")

    def __str__(self) -> str:
        return self.identifier or self.source_path

    def get_absolute_url(self) -> str:
        return reverse("document", args=[self.pk])


class Recommendation(Reviewed):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="recommendations")
    advice = models.ForeignKey(Advice, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="recommendations")
    label = models.CharField(_("label"), max_length=20)
    text = models.TextField(_("text"))
    span_start = models.IntegerField()
    span_end = models.IntegerField()
    stance = models.CharField(_("stance"), max_length=24, choices=STANCES, default="unclear", db_index=True)
    stance_evidence = models.TextField(_("stance evidence"), blank=True)
    stance_confidence = models.FloatField(default=0.0)
    refers_to = models.JSONField(default=list, blank=True)
    recommending_states = models.JSONField(default=list, blank=True)
    themes = models.JSONField(default=list, blank=True)
    sdgs = models.JSONField(default=list, blank=True)
    affected_persons = models.JSONField(default=list, blank=True)
    position = models.IntegerField(default=0)
    year = models.IntegerField(null=True, blank=True)  # the document's year, kept here for counts per year
    page = models.IntegerField(_("page"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["document", "position"]
        verbose_name = _("recommendation")
        indexes = [models.Index(fields=["is_public", "stance"], name="recommendation_stance"),
                   models.Index(fields=["is_public", "year"], name="recommendation_year"),
                   models.Index(fields=["document", "position"], name="recommendation_reading")]
        # a label once per document among the recommendations its latest version says (a gone one keeps its own)
        constraints = [models.UniqueConstraint(fields=["document", "label"], condition=models.Q(is_current=True),
                                               name="recommendation_unique_label")]

    def __str__(self) -> str:
        return f"{self.label}. {self.text[:80]}"

    def get_absolute_url(self) -> str:
        """Beside its answer on the advice page; on a page of its own when there is no advice (a UPR list)."""
        if self.advice_id:
            return reverse("advice", args=[self.advice_id]) + f"#r{self.pk}"
        return reverse("recommendation", args=[self.pk])

    @property
    def response(self) -> Response | None:
        """The answer that serves this recommendation, or None when the document gives none."""
        return self.responses.first()

    @property
    def subjects(self) -> list[Tag]:
        """The tags in reading order: themes, then SDGs by number, then affected persons (prefetch "tags")."""
        order = {"theme": 0, "sdg": 1, "person": 2}
        return sorted(self.tags.all(), key=lambda t: (order[t.kind], int(t.value) if t.kind == "sdg" else 0,
                                                      str(t).casefold()))

    def correct_subjects(self, user, themes: list[str], sdgs: list[int], affected_persons: list[str]) -> None:
        """Set the subjects as a person corrected them: kept by later extractions (like any corrected field).
        A subject the machine had found keeps its source, score and words; one the person added says so."""
        with transaction.atomic():
            sources = {(t.kind, t.value): {"source": t.source, "score": t.score, "words": t.words}
                       for t in self.tags.all()}
            self.correct(user, themes=themes, sdgs=sorted(sdgs), affected_persons=affected_persons)
            self.tags.all().delete()
            Tag.objects.bulk_create(self.tag_rows(sources))

    def tag_rows(self, sources: dict[tuple[str, str], dict]) -> list[Tag]:
        """Unsaved `Tag` rows, one per theme, SDG and affected group in this recommendation's lists (`themes`,
        `sdgs`, `affected_persons`, which keep what a person corrected). `sources` gives, per (kind, value), the
        extraction's {"source", "score", "words"}; a value it lacks was set by a person."""
        wanted = subject_keys(self.themes, self.sdgs, self.affected_persons)
        return [Tag(recommendation=self, kind=kind, value=value, is_public=self.is_public,
                    **sources.get((kind, value), {"source": "person"})) for kind, value in wanted]


def subject_keys(themes: list[str], sdgs: list[int], affected_persons: list[str]) -> list[tuple[str, str]]:
    """(kind, value) of each subject, as a `Tag` stores it, in this order, each once."""
    keys = [("theme", v) for v in themes] + [("sdg", str(v)) for v in sdgs] + [("person", v) for v in affected_persons]
    return list(dict.fromkeys(keys))


class Tag(models.Model):
    """A subject of a recommendation, from the taxonomy (`data/taxonomy.json`): a human-rights theme, an SDG or a
    group of affected persons. It says where it came from (printed in the document, predicted by the model,
    found by keywords, set by a person) and, for a machine's tag, its score and the words that triggered it."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="tags")
    kind = models.CharField(_("kind"), max_length=8, choices=TAG_KINDS)
    value = models.CharField(_("value"), max_length=200, help_text="the taxonomy's English name; an SDG's number")
    source = models.CharField(_("source"), max_length=8, choices=TAG_SOURCES + [
        ("person", _("set by a person")), ("unknown", _("read before sources were kept"))])
    score = models.FloatField(null=True, blank=True)
    words = models.JSONField(default=list, blank=True)
    # the recommendation's, kept here so that counting subjects for the public reads this table alone
    is_public = models.BooleanField(default=True)

    class Meta:
        ordering = ["kind", "value"]
        verbose_name = _("tag")
        constraints = [models.UniqueConstraint(fields=["recommendation", "kind", "value"], name="tag_unique")]
        # a filter by subject, and the counts per subject, read an index alone
        indexes = [models.Index(fields=["kind", "value", "recommendation"], name="tag_subject"),
                   models.Index(fields=["kind", "is_public", "value"], name="tag_count")]

    def __str__(self) -> str:
        from opvolging.tracker import subjects

        return subjects.name(self.kind, self.value)

    @property
    def from_answer(self) -> bool:
        """True for a keyword tag read from the answer, not the recommendation (`extract.tags.ANSWER_SCORE`)."""
        return self.source == "lexicon" and self.score is not None and self.score < 1


class Response(Reviewed):
    """The government's answer to one or more recommendations; a person may correct where it starts or ends."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="responses")
    key = models.CharField(max_length=20)
    text = models.TextField()
    span_start = models.IntegerField()
    span_end = models.IntegerField()
    page = models.IntegerField(_("page"), null=True, blank=True)
    # the recommendations it answers, in its own document or in the one it answers
    recommendations = models.ManyToManyField(Recommendation, related_name="responses")

    history = HistoricalRecords()

    class Meta:
        ordering = ["document", "span_start"]
        constraints = [models.UniqueConstraint(fields=["document", "key"], name="response_unique_key")]

    def __str__(self) -> str:
        return self.text[:80]


class StaleStatus(ValidationError):
    """A status change made on a status that someone else has changed meanwhile."""

    def __init__(self, current: str, seen: str) -> None:
        super().__init__(f"the status was changed to {current!r} meanwhile (you saw {seen!r}): look again before "
                         f"changing it")
        self.current, self.seen = current, seen


EVIDENCE_URL_LENGTH = 200


def validate_evidence_url(url: str) -> None:
    """An evidence link is an http(s) address of at most EVIDENCE_URL_LENGTH characters (or none);
    ValidationError otherwise (a `javascript:` link would run in the reader's browser)."""
    from django.core.validators import URLValidator

    if not url:
        return
    if len(url) > EVIDENCE_URL_LENGTH:
        raise ValidationError(f"the evidence link is longer than {EVIDENCE_URL_LENGTH} characters")
    URLValidator(schemes=["http", "https"], message="the evidence link must be an http or https address")(url)


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
                   models.Index(fields=["is_public", "council"], name="commitment_council")]

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
            raise ValidationError(f"unknown status {new_status!r}")
        validate_evidence_url(evidence_url)
        current = Commitment.objects.select_for_update().filter(pk=self.pk).values_list("status", flat=True).first()
        seen = expected if expected is not None else self.status
        if current != seen:
            raise StaleStatus(current, seen)
        if new_status == current:
            raise ValidationError("the status is already " + current)
        change = StatusChange.objects.create(commitment=self, user=user, field="status", old=current,
                                             new=new_status, note=note)
        if evidence_url or evidence_file:
            Evidence.objects.create(commitment=self, url=evidence_url, file=evidence_file, note=note, added_by=user)
        self.status = new_status
        self._history_user = user
        self.save(update_fields=["status"])
        return change

    @transaction.atomic
    def move_due(self, new_due: date | None, user, reason: str) -> StatusChange:
        """Move the due date; a reason is required and kept in the history."""
        if not reason.strip():
            raise ValidationError("moving a due date needs a reason")
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


class SearchEntry(models.Model):
    """What full-text search indexes: one row per recommendation, response or commitment."""

    kind = models.CharField(max_length=20)  # recommendation, response, commitment
    object_id = models.BigIntegerField()
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="search_entries")
    language = models.CharField(max_length=5)
    text = models.TextField()
    # whether an anonymous visitor may see the entry's record: search neither ranks nor counts the others for them
    is_public = models.BooleanField(default=True)
    # PostgreSQL only: the text as a Dutch and English tsvector, GIN-indexed (migration 0005); unused on SQLite
    vector = SearchVectorField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_unique_object")]


class ApiToken(models.Model):
    """A user's token for writes through the API (`Authorization: Bearer <key>`)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    key = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)

    @classmethod
    def issue(cls, user) -> ApiToken:
        """A new random token for `user`."""
        import secrets

        return cls.objects.create(user=user, key=secrets.token_urlsafe(32))


class DataVersion(models.Model):
    """One counter, raised by every change to what the dashboard counts: the key of its cached numbers."""

    n = models.BigIntegerField(default=0)

    @classmethod
    def current(cls) -> int:
        row = cls.objects.filter(pk=1).values_list("n", flat=True).first()
        return row or 0

    @classmethod
    def bump(cls) -> None:
        if not cls.objects.filter(pk=1).update(n=models.F("n") + 1):
            cls.objects.get_or_create(pk=1, defaults={"n": 1})
