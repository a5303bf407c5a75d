"""The SQLite FTS5 table behind search (PostgreSQL uses its own full-text search and needs nothing here)."""

from django.db import migrations


def create_fts(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS tracker_search_fts USING fts5(stems, "
            "tokenize='unicode61 remove_diacritics 2')")


def drop_fts(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS tracker_search_fts")


class Migration(migrations.Migration):
    dependencies = [("tracker", "0001_initial")]
    operations = [migrations.RunPython(create_fts, drop_fts)]
