"""Any saved or deleted record that the dashboard counts raises the data version (its cache key); a
recommendation's tags follow its visibility."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from opvolging.tracker.models import Commitment, DataVersion, Document, Recommendation, Tag


@receiver([post_save, post_delete], sender=Recommendation)
@receiver([post_save, post_delete], sender=Commitment)
@receiver([post_save, post_delete], sender=Document)
def data_changed(sender, **kwargs) -> None:
    DataVersion.bump()


@receiver(post_save, sender=Recommendation)
def tags_follow_visibility(sender, instance: Recommendation, created: bool, **kwargs) -> None:
    """A recommendation made public or private takes its tags along (they carry its `is_public`)."""
    if not created:
        Tag.objects.filter(recommendation=instance).exclude(is_public=instance.is_public).update(
            is_public=instance.is_public)
