"""Entries of others' registers that Opvolging tracks as its own records: the Tweede Kamer's toezeggingen. An
entry keeps what the register printed (its number, status and fields), and points to the commitment it is: its
own, or, for a repetition ("IsHerhalingVan"), the commitment it repeats, so that a promise made twice is tracked
once."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from opvolging.tracker.models.commitments import Commitment

REGISTER_RELATIONS = [
    ("", _("its own entry")),
    ("repetition", _("a repetition")),
]
TOEZEGGINGEN = "tk-toezeggingen"  # the Tweede Kamer's register


class RegisterEntry(models.Model):
    register = models.CharField(max_length=30, default=TOEZEGGINGEN)
    number = models.CharField(_("number"), max_length=40)  # "TZ202412-116"
    external_id = models.CharField(max_length=64, blank=True, db_index=True)  # the register's Id (a GUID)
    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="register_entries")
    relation = models.CharField(max_length=12, choices=REGISTER_RELATIONS, blank=True)
    status = models.CharField(_("status in the register"), max_length=60, blank=True)  # as printed
    # the status the last import gave the commitment: a status a person set since is never overwritten
    applied_status = models.CharField(max_length=24, blank=True)
    data = models.JSONField(default=dict)  # the fields as the register printed them
    deleted = models.BooleanField(default=False)  # the register deleted it; the commitment is kept, marked gone
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["register", "number"]
        verbose_name = _("register entry")
        verbose_name_plural = _("register entries")
        constraints = [models.UniqueConstraint(fields=["register", "number"], name="register_entry_unique")]

    def __str__(self) -> str:
        return self.number
