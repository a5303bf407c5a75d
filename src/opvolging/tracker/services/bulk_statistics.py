"""The planner's statistics kept up with a bulk load (`bulk`), on PostgreSQL.

A corpus loaded shard by shard grows the tracker's tables many times over in minutes, faster than autovacuum
analyzes them; the planner, still taking the tables for the size they had, then chooses plans for a few rows
(seen: a search page's answers joined to their recommendations by sequential scans and hash joins, 560 ms where the
same query takes 7 ms once the tables are analyzed, while a corpus was loading). PostgreSQL's own advice for a bulk
load is to run ANALYZE afterwards; a long load also runs it whenever the tables have doubled since the last time,
so that pages read during the load plan right too, at a cost that grows with the logarithm of the load (ANALYZE
reads a sample of each table, not all of it).
"""

from __future__ import annotations

from django.db import connection

from opvolging.tracker.models import (
    Commitment,
    Document,
    Mention,
    Recommendation,
    Response,
    SearchEntry,
    Tag,
)

# the tables a bulk load writes (with their history and the many-to-many tables of the answers' and promises' links)
_MODELS = (Document, Recommendation, Tag, Response, Commitment, Mention, SearchEntry)
LEAST = 10_000  # rows written before the first ANALYZE of a load into (nearly) empty tables


def tables() -> list[str]:
    """The names of the tables a bulk load writes."""
    out = []
    for model in _MODELS:
        out.append(model._meta.db_table)
        history = getattr(model, "history", None)
        if history is not None:
            out.append(history.model._meta.db_table)
        out += [f.remote_field.through._meta.db_table for f in model._meta.local_many_to_many]
    return list(dict.fromkeys(out))


def analyze() -> None:
    """ANALYZE the tables a bulk load writes (PostgreSQL; nothing elsewhere: SQLite's planner keeps no such
    statistics that go stale this way)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cur:
        cur.execute("ANALYZE " + ", ".join(f'"{t}"' for t in tables()))


def rows_now() -> int:
    """How many rows the planner takes the loaded tables to hold (its estimate, `pg_class.reltuples`; 0 for a table
    never analyzed), or 0 off PostgreSQL."""
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cur:
        cur.execute("SELECT COALESCE(SUM(GREATEST(reltuples, 0)), 0) FROM pg_class WHERE relname = ANY(%s)",
                    [tables()])
        return int(cur.fetchone()[0])


class Statistics:
    """Keeps the statistics up with one load: `written(result)` after each shard (an ANALYZE when the rows written
    since the last one are as many as the tables then held, and at least `LEAST`), `done()` at the end (an ANALYZE
    when anything was written since the last). `analyzed` counts the ANALYZEs run."""

    def __init__(self) -> None:
        self.base = rows_now()
        self.since = 0
        self.analyzed = 0

    def written(self, result) -> None:
        """After a shard: `result`, its `bulk.LoadResult` (the rows it wrote in bulk, and one for each document it
        stored through `ingest`)."""
        self.since += result.rows + result.ingested
        if self.since >= max(self.base, LEAST):
            self._analyze()

    def done(self) -> None:
        if self.since:
            self._analyze()

    def _analyze(self) -> None:
        if connection.vendor != "postgresql":
            self.since = 0
            return
        analyze()
        self.analyzed += 1
        self.base, self.since = rows_now(), 0
