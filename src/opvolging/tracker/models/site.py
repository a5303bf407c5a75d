"""What the site keeps for itself: the search index, API tokens and the data version that keys every cache."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models

from opvolging.tracker.models.records import Document


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
