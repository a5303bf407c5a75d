"""API tokens are stored as their SHA-256 only (a token is shown once, when it is made); existing tokens keep
working: their hashes are stored and the tokens themselves dropped."""

import hashlib

from django.db import migrations, models


def hash_keys(apps, schema_editor):
    ApiToken = apps.get_model("tracker", "ApiToken")
    for token in ApiToken.objects.all():
        token.digest = hashlib.sha256(token.key.encode()).hexdigest()
        token.prefix = token.key[:6]
        token.save(update_fields=["digest", "prefix"])


class Migration(migrations.Migration):
    dependencies = [("tracker", "0016_document_search")]
    operations = [
        migrations.AddField("apitoken", "digest", models.CharField(max_length=64, null=True)),
        migrations.AddField("apitoken", "prefix", models.CharField(max_length=8, default="")),
        migrations.AddField("apitoken", "name", models.CharField(blank=True, max_length=100, verbose_name="name")),
        migrations.AddField("apitoken", "last_used", models.DateTimeField(blank=True, null=True)),
        migrations.RunPython(hash_keys, migrations.RunPython.noop),
        migrations.RemoveField("apitoken", "key"),
        migrations.AlterField("apitoken", "digest", models.CharField(max_length=64, unique=True)),
        migrations.AlterField("apitoken", "prefix", models.CharField(max_length=8)),
        migrations.AlterModelOptions("apitoken", {"ordering": ["-created"]}),
    ]
