"""What is read from documents: councils, advice, documents, recommendations, their subjects and the answers
to them. Every extracted record remembers which of its fields a person corrected, so that reading a document
again never overwrites them."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

if TYPE_CHECKING:
    from opvolging.tracker.models.tags import Tag

STANCES = [
    ("adopted", _("adopted")),
    ("partially_adopted", _("partially adopted")),
    ("rejected", _("rejected")),
    ("noted", _("noted")),
    ("already_implemented", _("already implemented")),
    ("unclear", _("unclear")),
]
# the review state's words are not the stance's: a rejected suggestion is "afgewezen", a rejected recommendation
# "niet overgenomen"
REVIEW_STATES = [("suggested", pgettext_lazy("review", "suggested")),
                 ("confirmed", pgettext_lazy("review", "confirmed")),
                 ("rejected", pgettext_lazy("review", "rejected"))]
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

    def among(self, ids) -> PublicQuerySet:
        """These records whose id is among `ids`. On PostgreSQL the ids are sent as one array (`id = ANY(%s)`):
        `pk__in` writes a placeholder per id into the query, each quoted in Python, and a search page's few hundred
        ids cost more that way than the query itself."""
        ids = list(ids)
        if connection.vendor != "postgresql" or not ids:
            return self.filter(pk__in=ids)
        return self.filter(RawSQL(f'"{self.model._meta.db_table}"."id" = ANY(%s)', (ids,),
                                  output_field=models.BooleanField()))

    def by_id(self, ids) -> dict:
        """The records of `ids` among these, by id (as `in_bulk`, the ids sent as `among` sends them)."""
        return {obj.pk: obj for obj in self.among(ids).order_by()}  # in no order: no join for it

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
            raise ValidationError(gettext("Unknown review action “%(action)s”: confirm or reject.") % {
                "action": action})
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
    # the UN review it belongs to, by its report's symbol ("A/HRC/43/15"), where the document says it (`un_symbol_of`)
    un_symbol = models.CharField(max_length=60, blank=True, default="", editable=False)
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
        """What the document is called on pages: its official identifier, else its subject, else its file's name
        (never the path it was uploaded from, which is the server's business)."""
        if self.identifier:
            return self.identifier
        if self.subject:
            return self.subject
        name = self.source_path.replace("\\", "/").rsplit("/", 1)[-1]
        return name or _("document %(n)s") % {"n": self.pk}

    def get_absolute_url(self) -> str:
        return reverse("document", args=[self.pk])

    @staticmethod
    def un_symbol_of(identifier: str, text: str) -> str:
        """The symbol of the UN review report a document belongs to: its own identifier's ("A/HRC/43/15", also for
        its addendum "A/HRC/43/15/Add.1" and a UHRI export of it), else the one its lines "Source of Position:
        A/HRC/43/15 - Para 121" name most (a thematic list); "" when it names none (a bare list, a Dutch letter).
        Two documents of different reviews never share a recommendation (`Recommendation.un_key`)."""
        m = UN_SYMBOL.search(identifier or "")
        if m:
            return m[1]
        found = Counter(UN_POSITION_SOURCE.findall(text or ""))
        return found.most_common(1)[0][0] if found else ""


# a UN report's symbol, without an addendum's "/Add.1": the Human Rights Council's and its UPR working group's
UN_SYMBOL = re.compile(r"(?<![\w/])(A/HRC/(?:WG\.6/)?\d+/\d+)(?![\d])")
UN_POSITION_SOURCE = re.compile(r"Source of Position:\s*(A/HRC/(?:WG\.6/)?\d+/\d+)(?![\d])")
UN_LABEL = re.compile(r"^\d{1,3}\.\d{1,3}$")  # "122.14": a paragraph of a UN report and its item


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
    # the other documents that print this same recommendation: a UN list of a report's recommendations (the same
    # number and words) is the same recommendation read again, never a second record
    also_read_in = models.ManyToManyField(Document, related_name="shared_recommendations", blank=True,
                                          verbose_name=_("also read in"))
    # what makes two documents' UN recommendations one (`same_as`): derived from label and text on every save
    un_key = models.CharField(max_length=64, blank=True, default="", editable=False)

    history = HistoricalRecords(excluded_fields=["un_key"])

    class Meta:
        ordering = ["document", "position"]
        verbose_name = _("recommendation")
        indexes = [models.Index(fields=["un_key"], name="recommendation_un_key", condition=~models.Q(un_key="")),
                   models.Index(fields=["is_public", "stance"], name="recommendation_stance"),
                   models.Index(fields=["is_public", "year"], name="recommendation_year"),
                   models.Index(fields=["document", "position"], name="recommendation_reading"),
                   # the lists' order among the current ones, the id its tie-break: a page read off the index,
                   # no sort (the list by theme and SDG sorted 12,000 rows for its fifty at a million)
                   models.Index(fields=["document", "position", "id"], name="recommendation_reading_current",
                                condition=models.Q(is_current=True))]
        # a label once per document among the recommendations its latest version says (a gone one keeps its own)
        constraints = [models.UniqueConstraint(fields=["document", "label"], condition=models.Q(is_current=True),
                                               name="recommendation_unique_label")]

    def __str__(self) -> str:
        return f"{self.label}. {self.text[:80]}"

    @staticmethod
    def un_key_of(label: str, text: str) -> str:
        """The identity of a UN recommendation as lists print it: numbered as its report numbers it ("122.14") and
        its words (lower-cased, without punctuation: a PDF's "non refoulement" where a list prints
        "non-refoulement"), hashed so that an index finds it among millions; "" for any other label."""
        if not UN_LABEL.match(label):
            return ""
        words = " ".join(re.findall(r"\w+", text.casefold()))
        return hashlib.sha256(f"{label}|{words}".encode()).hexdigest()

    def save(self, *args, **kwargs) -> None:
        self.un_key = self.un_key_of(self.label, self.text)
        if kwargs.get("update_fields") is not None and {"label", "text"} & set(kwargs["update_fields"]):
            kwargs["update_fields"] = {*kwargs["update_fields"], "un_key"}
        super().save(*args, **kwargs)

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
        from opvolging.tracker.subjects import in_reading_order

        return in_reading_order(list(self.tags.all()))

    def correct_subjects(self, user, themes: list[str], sdgs: list[int], affected_persons: list[str]) -> None:
        """Set the subjects as a person corrected them: kept by later extractions (like any corrected field).
        A subject the machine had found keeps its source, score and words; one the person added says so."""
        with transaction.atomic():
            sources = {(t.kind, t.value): {"source": t.source, "score": t.score, "words": t.words}
                       for t in self.tags.all()}
            self.correct(user, themes=themes, sdgs=sorted(sdgs), affected_persons=affected_persons)
            self.tags.all().delete()
            self.tags.model.objects.bulk_create(self.tag_rows(sources))

    def tag_rows(self, sources: dict[tuple[str, str], dict]) -> list[Tag]:
        """Unsaved `Tag` rows, one per theme, SDG and affected group in this recommendation's lists (`themes`,
        `sdgs`, `affected_persons`, which keep what a person corrected). `sources` gives, per (kind, value), the
        extraction's {"source", "score", "words"}; a value it lacks was set by a person."""
        return [self.tags.model(**values) for values in self.tag_values(sources)]

    def tag_values(self, sources: dict[tuple[str, str], dict]) -> list[dict]:
        """The fields of `tag_rows`'s rows, as keyword arguments (a bulk load makes its rows from them)."""
        wanted = subject_keys(self.themes, self.sdgs, self.affected_persons)
        return [{"recommendation": self, "kind": kind, "value": value, "is_public": self.is_public,
                 **sources.get((kind, value), {"source": "person"})} for kind, value in wanted]


def subject_keys(themes: list[str], sdgs: list[int], affected_persons: list[str]) -> list[tuple[str, str]]:
    """(kind, value) of each subject, as a `Tag` stores it, in this order, each once."""
    keys = [("theme", v) for v in themes] + [("sdg", str(v)) for v in sdgs] + [("person", v) for v in affected_persons]
    return list(dict.fromkeys(keys))


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
