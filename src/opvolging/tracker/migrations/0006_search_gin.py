"""PostgreSQL: a GIN index on the stored search vector (SQLite searches through its FTS5 table instead)."""

from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX IF NOT EXISTS tracker_search_vector_gin ON tracker_searchentry "
                              "USING gin (vector)")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS tracker_search_vector_gin")


class Migration(migrations.Migration):
    dependencies = [("tracker", "0005_search_vector")]
    operations = [migrations.RunPython(create_index, drop_index)]
