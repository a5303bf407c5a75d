"""Concurrency (issue 13.2): two editors changing one commitment at once, 200 simultaneous status changes, and
`ingest` while the API writes. Run on SQLite (a file, in WAL mode) and, by `make test`, on PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from opvolging.extract import extract_path, extract_text
from opvolging.tracker.models import ApiToken, Commitment, StaleStatus, StatusChange
from opvolging.tracker.services.ingest import ingest
from tests.conftest import SAMPLE

NEXT = {"open": "in_progress", "in_progress": "partially_fulfilled", "partially_fulfilled": "fulfilled",
        "fulfilled": "open"}


WIDTH = 50  # connections at once: what a server's workers and threads hold open (PostgreSQL allows 100)


def _in_threads(n: int, work) -> list:
    """`work(i)` for i in range(n), all handed at once to `WIDTH` threads (each its own connection), the first
    `WIDTH` let loose together; what each returned (or raised)."""
    width = min(n, WIDTH)
    start = threading.Barrier(width)

    def run(i):
        try:
            if i < width:
                start.wait()
            return work(i)
        except Exception as e:  # what a thread raised is the test's to judge
            return e
        finally:
            connection.close()  # each thread has its own connection

    with ThreadPoolExecutor(max_workers=width) as pool:
        return list(pool.map(run, range(n)))


@pytest.mark.django_db(transaction=True)
def test_of_two_editors_at_once_the_second_is_told(editor):
    doc = ingest(extract_path(SAMPLE)).document
    coms = list(Commitment.objects.filter(document=doc).order_by("pk")[:10])
    outcomes = Counter()
    for _round in range(10):  # 100 pairs
        for c in coms:
            c.refresh_from_db()
            seen = c.status

            def change(i, c=c, seen=seen):
                mine = Commitment.objects.get(pk=c.pk)
                return mine.set_status(NEXT[seen], editor, f"editor {i}", expected=seen)

            results = _in_threads(2, change)
            outcomes[tuple(sorted(type(r).__name__ for r in results))] += 1
    assert outcomes == {("StaleStatus", "StatusChange"): 100}
    for c in coms:  # the history is one unbroken chain: every "from" is the "to" before it
        changes = list(StatusChange.objects.filter(commitment=c, field="status").order_by("pk"))
        assert [x.old for x in changes[1:]] == [x.new for x in changes[:-1]]
        c.refresh_from_db()
        assert changes[-1].new == c.status


@pytest.mark.django_db(transaction=True)
def test_200_simultaneous_status_changes_lose_nothing(editor):
    doc = ingest(extract_path(SAMPLE)).document
    ids = list(Commitment.objects.filter(document=doc).order_by("pk").values_list("pk", flat=True)[:10])
    retries = Counter()

    def change(i):
        pk = ids[i % len(ids)]
        while True:  # as a person would: told it changed, look again and change it from there
            c = Commitment.objects.get(pk=pk)
            try:
                return c.set_status(NEXT[c.status], editor, f"change {i}", expected=c.status)
            except StaleStatus:
                retries[pk] += 1

    results = _in_threads(200, change)
    errors = [r for r in results if isinstance(r, Exception)]
    assert errors == []
    assert StatusChange.objects.filter(commitment_id__in=ids, field="status").count() == 200  # none lost
    for pk in ids:
        changes = list(StatusChange.objects.filter(commitment_id=pk, field="status").order_by("pk"))
        assert len(changes) == 20
        assert [x.old for x in changes[1:]] == [x.new for x in changes[:-1]]
        assert Commitment.objects.get(pk=pk).status == changes[-1].new
    print(f"\n200 status changes at once ({WIDTH} connections) on {connection.vendor}: 0 lost, {len(errors)} errors, "
          f"{sum(retries.values())} told to look again")


def _letter(n: int) -> str:
    return (f"Kamerstuk 36 000, nr. {n}\n\nAanbeveling 1: Maak een register van toezeggingen.\n\n"
            f"Het kabinet neemt deze aanbeveling over en zal voor 1 juli 2027 een register publiceren (brief {n}).")


@pytest.mark.django_db(transaction=True)
def test_ingest_while_the_api_writes(client, editor):
    doc = ingest(extract_path(SAMPLE)).document
    ids = list(Commitment.objects.filter(document=doc).order_by("pk").values_list("pk", flat=True)[:8])
    token = ApiToken.issue(editor).key
    texts = [extract_text(_letter(n), path=f"brief-{n}.txt") for n in range(12)]
    stop = threading.Event()

    def work(i):
        if i == 0:  # the reader: a dozen letters, one after the other
            try:
                return [ingest(ex).created for ex in texts]
            finally:
                stop.set()
        from django.test import Client

        api, codes = Client(), Counter()
        pk = ids[i % len(ids)]
        while not stop.is_set() or not codes:
            status = api.get(f"/api/commitments/{pk}").json()["status"]
            r = api.post(f"/api/commitments/{pk}/status",
                         {"status": NEXT[status], "note": f"writer {i}", "expected_status": status},
                         content_type="application/json", headers={"Authorization": f"Bearer {token}"})
            codes[r.status_code] += 1
        return codes

    results = _in_threads(9, work)
    assert not [r for r in results if isinstance(r, Exception)], results
    assert results[0] == [True] * 12  # every letter stored
    codes = sum(results[1:], Counter())
    assert set(codes) <= {200, 409} and codes[200] > 0  # written, or told it changed meanwhile: never a 500
    changes = StatusChange.objects.filter(commitment_id__in=ids, field="status").count()
    assert changes == codes[200]
    print(f"\ningest of 12 letters while 8 API clients wrote on {connection.vendor}: 0 failures, "
          f"{codes[200]} changes, {codes[409]} told to look again")
