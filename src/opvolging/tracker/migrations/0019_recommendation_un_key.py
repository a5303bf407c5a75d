"""A UN recommendation's identity (its number and its words, hashed) kept and indexed, so that the same
recommendation read from another list is found by an index rather than by reading every recommendation with the
same number; the recommendations stored before are given theirs."""

import hashlib
import re

from django.db import migrations, models

UN_LABEL = re.compile(r"^\d{1,3}\.\d{1,3}$")


def un_key_of(label: str, text: str) -> str:
    """As `Recommendation.un_key_of` computed it when this migration was written."""
    if not UN_LABEL.match(label):
        return ""
    words = " ".join(re.findall(r"\w+", text.casefold()))
    return hashlib.sha256(f"{label}|{words}".encode()).hexdigest()


def fill(apps, schema_editor):
    Recommendation = apps.get_model("tracker", "Recommendation")
    batch = []
    for rec in Recommendation.objects.only("pk", "label", "text").iterator(chunk_size=2000):
        key = un_key_of(rec.label, rec.text)
        if key:
            rec.un_key = key
            batch.append(rec)
        if len(batch) >= 2000:
            Recommendation.objects.bulk_update(batch, ["un_key"])
            batch = []
    if batch:
        Recommendation.objects.bulk_update(batch, ["un_key"])


class Migration(migrations.Migration):

    dependencies = [
        ("tracker", "0018_shared_recommendations"),
    ]

    operations = [
        migrations.AddField(
            model_name="recommendation",
            name="un_key",
            field=models.CharField(blank=True, default="", editable=False, max_length=64),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="recommendation",
            index=models.Index(condition=models.Q(("un_key", ""), _negated=True), fields=["un_key"],
                               name="recommendation_un_key"),
        ),
    ]
