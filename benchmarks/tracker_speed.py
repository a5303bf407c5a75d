"""Tracker speed at scale: p50/p95 of the dashboard, a search and a filtered commitment list, on SQLite and on
PostgreSQL (when it answers), over 100,000 synthetic recommendations.

The data is generated from the shapes of real recommendations and answers (the founding letter's and the UPR
list's sentences, recombined with other councils, ministries, years, stances and statuses). Each page is
requested through Django's test client, after a warm-up, and timed. The baseline, timed in the same run, is a
`SELECT COUNT(*)` over the recommendations table. Target: p95 ≤ 100 ms for each page. Never part of the tests.

    python benchmarks/tracker_speed.py [N]        (N recommendations, default 100000)
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
PG_BENCH = "postgres://postgres@127.0.0.1:5432/opvolging_bench"
REQUESTS = 40

RECOMMENDATIONS = [
    "Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten.",
    "Maak niet langer onderscheid tussen verschillende categorieën van rechten.",
    "Versterk de capaciteit en kennis inzake mensenrechten binnen de overheid.",
    "Bouw actief aan nieuwe coalities met gelijkgestemde landen en het maatschappelijk middenveld.",
    "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance.",
    "Continue efforts to combat human trafficking and ensure the protection of the victims.",
    "Step up efforts to combat domestic violence and violence against women and girls.",
    "Geef gemeenten meer ruimte bij de uitvoering van het sociaal domein.",
    "Investeer in digitale vaardigheden van burgers en ambtenaren.",
    "Evalueer de wet binnen drie jaar en betrek de uitvoeringsorganisaties daarbij.",
]
ANSWERS = [
    "Het kabinet neemt deze aanbeveling over en zal nog dit jaar een beleidsbrief aan de Kamer sturen.",
    "Het kabinet deelt de analyse van de Raad en zal voor de zomer een actieplan presenteren.",
    "Dit gebeurt reeds in het kader van het nationaal actieplan mensenrechten.",
    "Het kabinet neemt deze aanbeveling niet over, omdat de wet hier al in voorziet.",
    "Slovenia accepts this recommendation and will report on its implementation by the end of 2024.",
]
COUNCILS = [("Adviesraad Internationale Vraagstukken", "AIV"), ("Raad voor het Openbaar Bestuur", "Rob"),
            ("Wetenschappelijke Raad voor het Regeringsbeleid", "WRR"), ("Raad van State", "RvS"),
            ("Sociaal-Economische Raad", "SER"), ("Raad voor de leefomgeving en infrastructuur", "Rli"),
            ("Onderwijsraad", ""), ("Gezondheidsraad", "")]
MINISTRIES = ["Buitenlandse Zaken", "Binnenlandse Zaken en Koninkrijksrelaties", "Justitie en Veiligheid",
              "Volksgezondheid, Welzijn en Sport", "Onderwijs, Cultuur en Wetenschap", "Financiën",
              "Sociale Zaken en Werkgelegenheid", "Infrastructuur en Waterstaat"]
THEMES = ["Rule of law", "Democracy", "Freedom of opinion & expression & right to information", "Women's rights",
          "Good governance & corruption", "Equality & non-discrimination", "Human rights defenders"]
PERSONS = ["Women", "Civil society", "Human rights defenders", "media"]
STANCES = ["adopted"] * 6 + ["partially_adopted", "rejected", "noted", "already_implemented", "unclear"]
STATUSES = ["open"] * 5 + ["in_progress"] * 2 + ["fulfilled", "partially_fulfilled", "withdrawn"]


def setup(database_url: str, var: Path) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["OPVOLGING_VAR"] = str(var)
    os.environ["DJANGO_SETTINGS_MODULE"] = "opvolging.site.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def generate(n: int, seed: int = 1) -> None:
    from django.db import connection, transaction

    from opvolging.tracker import search
    from opvolging.tracker.models import (
        Advice,
        Commitment,
        Council,
        Document,
        Recommendation,
        Response,
        SearchEntry,
        Tag,
    )

    rng = random.Random(seed)
    councils = [Council.objects.create(name=name, abbreviation=abbr) for name, abbr in COUNCILS]
    n_docs = max(1, n // 50)
    with transaction.atomic():
        advice = Advice.objects.bulk_create([
            Advice(council=rng.choice(councils), number=str(i), title=f"Advies {i} over {rng.choice(MINISTRIES)}",
                   published=date(2000, 1, 1) + timedelta(days=rng.randrange(9500))) for i in range(n_docs)])
        docs = Document.objects.bulk_create([
            Document(identifier=f"kst-{30000 + i}-{i % 400}", sha256=f"{i:064x}", format="txt", language="nl",
                     chamber="Tweede Kamer", year=a.published.year, date=a.published + timedelta(days=90),
                     ministry=rng.choice(MINISTRIES), text="", advice=a, council=a.council)
            for i, a in enumerate(advice)])
        recs, resps, coms = [], [], []
        for i in range(n):
            d = docs[i % n_docs]
            text = f"{rng.choice(RECOMMENDATIONS)} ({i})"
            recs.append(Recommendation(document=d, advice=d.advice, label=str(i // n_docs + 1), text=text,
                                       span_start=0, span_end=len(text), stance=rng.choice(STANCES),
                                       stance_evidence=rng.choice(ANSWERS), stance_confidence=0.8, position=i,
                                       year=d.year,
                                       sdgs=[rng.choice([5, 10, 16])], themes=rng.sample(THEMES, 2),
                                       affected_persons=[rng.choice(PERSONS)]))
        recs = Recommendation.objects.bulk_create(recs, batch_size=5000)
        Tag.objects.bulk_create([Tag(recommendation=r, kind=kind, value=str(value), source="model", score=0.8,
                                     words=["mensenrechten"])
                                 for r in recs for kind, values in (("sdg", r.sdgs), ("theme", r.themes),
                                                                    ("person", r.affected_persons))
                                 for value in values], batch_size=10000)
        for i, r in enumerate(recs):
            resps.append(Response(document=r.document, key=f"a{i}", text=rng.choice(ANSWERS), span_start=0,
                                  span_end=10))
            if i % 2 == 0:
                coms.append(Commitment(document=r.document, key=f"c{i}", action=rng.choice(ANSWERS),
                                       actor="kabinet", ministry=r.document.ministry, deadline_text="nog dit jaar",
                                       due=r.document.date + timedelta(days=rng.randrange(-200, 900)),
                                       status=rng.choice(STATUSES), council=r.document.council))
        resps = Response.objects.bulk_create(resps, batch_size=5000)
        Response.recommendations.through.objects.bulk_create(
            [Response.recommendations.through(response_id=a.pk, recommendation_id=r.pk)
             for a, r in zip(resps, recs, strict=True)], batch_size=5000)
        coms = Commitment.objects.bulk_create(coms, batch_size=5000)
        entries = [SearchEntry(kind="recommendation", object_id=r.pk, document_id=r.document_id, language="nl",
                               text=r.text) for r in recs]
        entries += [SearchEntry(kind="commitment", object_id=c.pk, document_id=c.document_id, language="nl",
                                text=c.action) for c in coms]
        entries = SearchEntry.objects.bulk_create(entries, batch_size=5000)
        if not search.is_sqlite():
            search.update_vectors(SearchEntry.objects.all())
        if search.is_sqlite():
            cache: dict[str, str] = {}
            rows = []
            for e in entries:
                if e.text not in cache:
                    cache[e.text] = " ".join(search.stems(e.text, "nl"))
                rows.append((e.pk, cache[e.text]))
            with connection.cursor() as cur:
                cur.executemany(f"INSERT INTO {search.FTS_TABLE}(rowid, stems) VALUES (%s, %s)", rows)
    with connection.cursor() as cur:  # fresh statistics, as autovacuum would keep them in a running database
        cur.execute("ANALYZE" if connection.vendor == "sqlite" else "VACUUM ANALYZE")


def timings(client, url: str, cold: bool = False) -> tuple[float, float]:
    """p50 and p95 in ms; `cold`: the data version is raised before each request, so nothing is cached."""
    from opvolging.tracker.models import DataVersion

    for _ in range(3):
        assert client.get(url).status_code == 200, url
    samples = []
    for _ in range(REQUESTS if not cold else 10):
        if cold:
            DataVersion.bump()
        t = time.perf_counter()
        client.get(url)
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def measure(label: str) -> None:
    from django.db import connection
    from django.test import Client

    from opvolging.tracker.models import Recommendation

    client = Client()
    t = time.perf_counter()
    for _ in range(REQUESTS):
        with connection.cursor() as cur:
            cur.execute(f"SELECT COUNT(*) FROM {Recommendation._meta.db_table}")
            cur.fetchone()
    baseline = (time.perf_counter() - t) * 1000 / REQUESTS
    n = Recommendation.objects.count()
    print(f"{label}: {n:,} recommendations; baseline SELECT COUNT(*) {baseline:.1f} ms")
    for name, url, cold in (("dashboard", "/", False), ("dashboard cold", "/", True),
                            ("search", "/search/?q=mensenrechten+OR+gemeenten", False),
                            ("commitments", "/commitments/?status=open&ministry=Buitenlandse+Zaken", False),
                            ("recommendations", "/recommendations/", False),
                            ("recs page 500", "/recommendations/?page=500", False),
                            ("by subject", "/recommendations/?sdg=16&theme=Rule+of+law", False),
                            ("by subject cold", "/recommendations/?sdg=16&theme=Rule+of+law", True)):
        p50, p95 = timings(client, url, cold)
        verdict = "ok" if p95 <= 100 else "over target"
        print(f"  {name:15s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({p95 / baseline:.1f}x baseline; {verdict})")


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100_000
    backend = sys.argv[2] if len(sys.argv) > 2 else None
    if backend is None:  # run each backend in its own process (Django is set up once per process)
        subprocess.run([sys.executable, __file__, str(n), "sqlite"], check=False)
        subprocess.run([sys.executable, __file__, str(n), "postgres"], check=False)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        var = Path(tmp)
        if backend == "sqlite":
            url = f"sqlite:///{var / 'bench.sqlite3'}"
        else:
            try:
                import psycopg

                with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as conn:
                    conn.execute("DROP DATABASE IF EXISTS opvolging_bench")
                    conn.execute("CREATE DATABASE opvolging_bench")
            except Exception as e:  # noqa: BLE001 - any failure to connect means: no PostgreSQL here
                print(f"PostgreSQL: does not answer at {PG_ADMIN} ({e.__class__.__name__}); skipped")
                return 0
            url = PG_BENCH
        setup(url, var)
        t = time.perf_counter()
        generate(n)
        print(f"{backend}: generated {n:,} recommendations in {time.perf_counter() - t:.0f} s")
        measure(backend)
    return 0


if __name__ == "__main__":
    sys.exit(main())
