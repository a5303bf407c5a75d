"""Any saved or deleted record that a page shows raises the data version (the key of every cached count and page); a
recommendation's tags and every record's search entry follow its visibility; advice is as public as the
documents it was read from."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from opvolging.tracker import search
from opvolging.tracker.models import (
    Advice,
    Commitment,
    Council,
    DataVersion,
    Document,
    Evidence,
    Mention,
    Recommendation,
    RegisterEntry,
    Response,
    StatusChange,
    Tag,
)


@receiver([post_save, post_delete], sender=Recommendation)
@receiver([post_save, post_delete], sender=Commitment)
@receiver([post_save, post_delete], sender=Document)
@receiver([post_save, post_delete], sender=Response)
@receiver([post_save, post_delete], sender=Tag)
@receiver([post_save, post_delete], sender=Advice)
@receiver([post_save, post_delete], sender=Council)
@receiver([post_save, post_delete], sender=Evidence)
@receiver([post_save, post_delete], sender=Mention)
@receiver([post_save, post_delete], sender=StatusChange)
@receiver([post_save, post_delete], sender=RegisterEntry)
def data_changed(sender, **kwargs) -> None:
    """Whatever a page shows changed: every cached count and page is out of date."""
    DataVersion.bump()


@receiver(post_save, sender=Recommendation)
def tags_follow_visibility(sender, instance: Recommendation, created: bool, **kwargs) -> None:
    """A recommendation made public or private takes its tags along (they carry its `is_public`)."""
    if not created:
        Tag.objects.filter(recommendation=instance).exclude(is_public=instance.is_public).update(
            is_public=instance.is_public)


@receiver(post_save, sender=Recommendation)
@receiver(post_save, sender=Response)
@receiver(post_save, sender=Commitment)
def search_follows_visibility(sender, instance, created: bool, **kwargs) -> None:
    """A record reviewed, made private or no longer said is found by visitors only while they may see it (a new
    record is indexed with its document)."""
    if not created:
        search.follow_visibility(sender.__name__.lower(), instance)


@receiver(pre_save, sender=Document)
def remember_visibility(sender, instance: Document, **kwargs) -> None:
    """What the document was before this save: its advice, and whether it was public."""
    before = Document.objects.filter(pk=instance.pk).values("advice_id", "is_public").first() if instance.pk else None
    instance._before = before


@receiver([post_save, post_delete], sender=Document)
def advice_follows_documents(sender, instance: Document, **kwargs) -> None:
    """Advice read only from private documents is private; a document made public or private takes its records'
    search entries along."""
    before = getattr(instance, "_before", None) or {}
    for advice_id in {instance.advice_id, before.get("advice_id")} - {None}:
        advice = Advice.objects.filter(pk=advice_id).first()
        if advice is not None:
            advice.refresh_visibility()
    if before and before.get("is_public") != instance.is_public and kwargs.get("signal") is post_save:
        search.follow_visibility("document", instance)
        for kind, model in (("recommendation", Recommendation), ("response", Response), ("commitment", Commitment)):
            for obj in model.objects.filter(document=instance):
                obj.document = instance
                search.follow_visibility(kind, obj)
