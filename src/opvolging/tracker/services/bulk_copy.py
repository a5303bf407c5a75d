"""The bulk load's rows written (`bulk`): on PostgreSQL, COPY FROM STDIN (psycopg 3) into a staging table per model
and one INSERT … SELECT each into the tracker's table (the search entries' tsvectors computed in it) and, for the
models with history, one into their history table; on SQLite, bulk inserts (the history rows made in Python) and
the full-text table filled.
"""

from __future__ import annotations

import json

from django.db import connection, transaction

from opvolging.tracker import search
from opvolging.tracker.models import SearchEntry
from opvolging.tracker.services.bulk_rows import HISTORY, Rows

# psycopg writes these as they are (dates and aware datetimes too, as Django's PostgreSQL backend hands them over)
_AS_IS = ("DateField", "DateTimeField", "CharField", "TextField", "IntegerField", "BigIntegerField", "FloatField",
          "BooleanField", "ForeignKey", "BigAutoField", "AutoField", "PositiveIntegerField", "SmallIntegerField",
          "OneToOneField")


def _json(value) -> str:
    """`value` as JSON text, as `json.dumps` writes it; most of these fields are empty lists, written as they are
    without a call."""
    return "[]" if value == [] else json.dumps(value)


def _converters(fields) -> list:
    """Per field, how a value is written: as it is (text, numbers, ids), else by the field's own preparation."""
    out = []
    for f in fields:
        if f.get_internal_type() in _AS_IS:
            out.append(None)
        elif f.get_internal_type() == "JSONField":  # COPY reads JSON as text: no adapter object per value
            out.append(_json if f.encoder is None else lambda v, encoder=f.encoder: json.dumps(v, cls=encoder))
        else:
            out.append(lambda v, f=f: f.get_db_prep_save(v, connection))
    return out


def write_postgres(rows: Rows, now) -> int:
    """COPY each model's rows into a staging table, then INSERT … SELECT them into the tracker's table, and those of
    a model whose saves write history into its history table too, as created at `now` (built in Python and copied,
    they had been a tenth of the load's time); the rows written, history included."""
    written = 0
    with connection.cursor() as django_cursor:
        cur = django_cursor.cursor  # psycopg's own, for COPY
        for model, objs in rows.by_model.items():
            auto_pk = getattr(objs[0], model._meta.pk.attname) is None  # the table numbers these rows itself
            fields = [f for f in model._meta.concrete_fields if not (f.primary_key and auto_pk)
                      and f.column != "vector"]
            cols = ", ".join(f'"{f.column}"' for f in fields)
            table = model._meta.db_table
            stage = f"stage_{table}" + ("_numbered" if auto_pk else "")
            # made once per connection (a table made and dropped per shard and model was a tenth of the time the
            # load's statements took) and emptied at each commit; emptied before it is filled again within a
            # transaction (a shard whose new documents come in runs between others), which few shards need (a
            # TRUNCATE after every merge was a twentieth of the load's time)
            cur.execute(f'CREATE TEMP TABLE IF NOT EXISTS "{stage}" ON COMMIT DELETE ROWS AS SELECT {cols} '
                        f'FROM "{table}" WITH NO DATA')
            if stage in _filled:
                cur.execute(f'TRUNCATE "{stage}"')
            else:
                _filled.add(stage)
                transaction.on_commit(lambda stage=stage: _filled.discard(stage))
            names = [f.attname for f in fields]
            convert = list(zip(names, _converters(fields), strict=True))
            with cur.copy(f'COPY "{stage}" ({cols}) FROM STDIN') as copy:
                for obj in objs:
                    values = obj.__dict__
                    copy.write_row([values[n] if c is None else c(values[n]) for n, c in convert])
            if model is SearchEntry:
                cur.execute(f'INSERT INTO "{table}" ({cols}, "vector") SELECT {cols}, '
                            f"to_tsvector('dutch'::regconfig, COALESCE(text, '')) || "
                            f"to_tsvector('english'::regconfig, COALESCE(text, '')) FROM \"{stage}\"")
            else:
                cur.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM "{stage}"')
            if model in HISTORY:
                hist = model.history.model
                tracked = ", ".join(f'"{f.column}"' for f in hist.tracked_fields)
                cur.execute(f'INSERT INTO "{hist._meta.db_table}" ({tracked}, history_date, history_type, '
                            f"history_user_id, history_change_reason) SELECT {tracked}, %s, '+', NULL, NULL FROM "
                            f'"{stage}"', [now])
                written += len(objs)
            written += len(objs)
    return written


# the staging tables filled in this transaction (a transaction rolled back leaves its names: a TRUNCATE too many)
_filled: set[str] = set()


def write_sqlite(rows: Rows) -> int:
    written = 0
    for model, objs in rows.by_model.items():
        model._default_manager.bulk_create(objs, batch_size=500)
        written += len(objs)
    entries = rows.by_model.get(SearchEntry, [])
    if entries:
        with connection.cursor() as cur:
            cur.executemany(f"INSERT INTO {search.FTS_TABLE}(rowid, stems) VALUES (%s, %s)",
                            [(e.pk, " ".join(search.stems(e.text, e.language))) for e in entries])
    return written
