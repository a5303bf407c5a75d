"""Any saved or deleted record that the dashboard counts raises the data version (its cache key)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from opvolging.tracker.models import Commitment, DataVersion, Document, Recommendation


@receiver([post_save, post_delete], sender=Recommendation)
@receiver([post_save, post_delete], sender=Commitment)
@receiver([post_save, post_delete], sender=Document)
def data_changed(sender, **kwargs) -> None:
    DataVersion.bump()
