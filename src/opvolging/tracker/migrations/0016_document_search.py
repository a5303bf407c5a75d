"""Documents are found by their number, signatories, ministry and council: a search entry for each document
already stored (new ones get theirs when they are read)."""

from django.db import migrations


def index_documents(apps, schema_editor):
    from opvolging.tracker import search

    Document = apps.get_model("tracker", "Document")
    SearchEntry = apps.get_model("tracker", "SearchEntry")
    done = set(SearchEntry.objects.filter(kind="document").values_list("object_id", flat=True))
    todo = [d for d in Document.objects.select_related("council").defer("text", "text_map") if d.pk not in done]
    entries = SearchEntry.objects.bulk_create([
        SearchEntry(kind="document", object_id=d.pk, document_id=d.pk, language=d.language,
                    text=search.document_text(d), is_public=d.is_public) for d in todo], batch_size=500)
    conn = schema_editor.connection
    with conn.cursor() as cur:
        if conn.vendor == "sqlite":
            cur.executemany(f"INSERT INTO {search.FTS_TABLE}(rowid, stems) VALUES (%s, %s)",
                            [(e.pk, " ".join(search.stems(e.text, e.language))) for e in entries])
        elif entries:
            cur.execute("UPDATE tracker_searchentry SET vector = to_tsvector('dutch'::regconfig, text) || "
                        "to_tsvector('english'::regconfig, text) WHERE kind = 'document' AND vector IS NULL")


class Migration(migrations.Migration):
    dependencies = [("tracker", "0015_registers")]
    operations = [migrations.RunPython(index_documents, migrations.RunPython.noop)]
