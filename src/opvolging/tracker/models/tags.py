"""A recommendation's subjects (`Tag`): the themes, SDGs and affected persons of the taxonomy, each with where it came
from and, for a machine's tag, its score and the words that triggered it."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from opvolging.tracker.models.records import TAG_KINDS, TAG_SOURCES, Recommendation


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
