"""The UN review a document belongs to, by its report's symbol, kept so that two reviews' recommendations that
happen to share a number and words are never taken for one; the documents stored before are given theirs."""

import re
from collections import Counter

from django.db import migrations, models

UN_SYMBOL = re.compile(r"(?<![\w/])(A/HRC/(?:WG\.6/)?\d+/\d+)(?![\d])")
UN_POSITION_SOURCE = re.compile(r"Source of Position:\s*(A/HRC/(?:WG\.6/)?\d+/\d+)(?![\d])")


def un_symbol_of(identifier: str, text: str) -> str:
    """As `Document.un_symbol_of` read it when this migration was written."""
    m = UN_SYMBOL.search(identifier or "")
    if m:
        return m[1]
    found = Counter(UN_POSITION_SOURCE.findall(text or ""))
    return found.most_common(1)[0][0] if found else ""


def fill(apps, schema_editor):
    Document = apps.get_model("tracker", "Document")
    for doc in Document.objects.only("pk", "identifier", "text").iterator(chunk_size=200):
        symbol = un_symbol_of(doc.identifier, doc.text)
        if symbol:
            Document.objects.filter(pk=doc.pk).update(un_symbol=symbol)


class Migration(migrations.Migration):

    dependencies = [
        ("tracker", "0019_recommendation_un_key"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="un_symbol",
            field=models.CharField(blank=True, default="", editable=False, max_length=60),
        ),
        migrations.AddField(
            model_name="historicaldocument",
            name="un_symbol",
            field=models.CharField(blank=True, default="", editable=False, max_length=60),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
