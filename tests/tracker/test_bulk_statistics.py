"""The planner's statistics kept up with a bulk load (`bulk_statistics`): on PostgreSQL, ANALYZE when the tables
have doubled and at the end of the load; elsewhere nothing."""

from __future__ import annotations

import pytest
from django.db import connection

from opvolging.tracker.models import Recommendation
from opvolging.tracker.services import bulk_statistics
from opvolging.tracker.services.bulk import LoadResult
from opvolging.tracker.services.bulk_statistics import Statistics


def _planner_rows(table: str) -> float:
    with connection.cursor() as cur:
        cur.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
        return cur.fetchone()[0]


def test_the_tables_a_load_writes_include_history_links_and_search():
    names = bulk_statistics.tables()
    for table in ("tracker_document", "tracker_recommendation", "tracker_historicalrecommendation",
                  "tracker_response_recommendations", "tracker_commitment_recommendations", "tracker_searchentry",
                  "tracker_tag", "tracker_mention"):
        assert table in names
    assert len(names) == len(set(names))


def test_analyzed_when_the_tables_have_doubled_and_at_the_end(letter, monkeypatch):
    monkeypatch.setattr(bulk_statistics, "LEAST", 10)
    stats = Statistics()
    stats.base = 100  # as if the tables held 100 rows at the last ANALYZE
    stats.written(LoadResult(rows=60))
    assert stats.analyzed == 0 and stats.since == 60  # grown by less than they held: not yet
    stats.written(LoadResult(rows=40))
    if connection.vendor != "postgresql":
        assert stats.analyzed == 0 and stats.since == 0  # SQLite: nothing to run
        return
    assert stats.analyzed == 1 and stats.since == 0
    # the planner now knows what the letter wrote (before, a table never analyzed reads -1 or 0)
    assert _planner_rows("tracker_recommendation") == Recommendation.objects.count() > 0
    assert stats.base >= Recommendation.objects.count()
    stats.done()
    assert stats.analyzed == 1  # nothing written since
    stats.written(LoadResult(rows=1))
    stats.done()
    assert stats.analyzed == 2


@pytest.mark.django_db
def test_nothing_written_nothing_analyzed():
    stats = Statistics()
    stats.done()
    assert stats.analyzed == 0
