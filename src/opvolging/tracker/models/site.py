"""What the site keeps for itself: the search index, API tokens and the data version that keys every cache."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

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
    """A user's token for writes through the API (`Authorization: Bearer <token>`). Only its SHA-256 is stored:
    the token itself is shown once, when it is made (`issue`), and cannot be read back; its first characters
    (`prefix`) tell a user's tokens apart on the tokens page."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    digest = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    name = models.CharField(_("name"), max_length=100, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name})" if self.name else f"{self.prefix}…"

    @staticmethod
    def hash(token: str) -> str:
        import hashlib

        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def issue(cls, user, name: str = "") -> ApiToken:
        """A new random token for `user`, stored as its hash; the token itself is on the returned object's `key`
        (this once: it is not stored)."""
        import secrets

        key = secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, digest=cls.hash(key), prefix=key[:6], name=name[:100])
        token.key = key
        return token

    @classmethod
    def user_for(cls, key: str):
        """The user a token belongs to (its use noted), or None for a token that is not one."""
        from django.utils import timezone

        token = cls.objects.select_related("user").filter(digest=cls.hash(key)).first()
        if token is None:
            return None
        cls.objects.filter(pk=token.pk).update(last_used=timezone.now())
        return token.user


class DataVersion(models.Model):
    """One counter, raised by every change to what the dashboard counts: the key of its cached numbers."""

    n = models.BigIntegerField(default=0)

    @classmethod
    def current(cls, request=None) -> int:
        """The counter; read once per `request` when one is given (a page's count, its filters' lists and the
        visitors' cache all key on it: one query, not one each)."""
        if request is not None and hasattr(request, "_data_version"):
            return request._data_version
        row = cls.objects.filter(pk=1).values_list("n", flat=True).first()
        if request is not None:
            request._data_version = row or 0
        return row or 0

    @classmethod
    def bump(cls) -> None:
        if not cls.objects.filter(pk=1).update(n=models.F("n") + 1):
            cls.objects.get_or_create(pk=1, defaults={"n": 1})
