"""A corpus on a cluster: `batch extract` on a `distributed` LocalCluster with two workers over the dev corpus,
`batch load` into the test database (PostgreSQL when the run is on it, SQLite otherwise), and the result
compared, record by record, with a plain `ingest` of the same files."""

from __future__ import annotations

from pathlib import Path

import pytest

from opvolging.batch import files, manifest, run
from opvolging.extract.pipeline import extract_path
from opvolging.tracker.models import (
    Commitment,
    Document,
    Recommendation,
    Response,
    SearchEntry,
    Tag,
)
from opvolging.tracker.services import bulk
from opvolging.tracker.services.ingest import ingest


def state() -> dict:
    """Everything the tracker holds of the documents, keyed by what it says (never by database id)."""
    sha = dict(Document.objects.values_list("pk", "sha256"))
    rec_key = {r.pk: (sha[r.document_id], r.label) for r in Recommendation.objects.all()}
    com_key = {c.pk: (sha[c.document_id], c.key) for c in Commitment.objects.all()}
    return {
        "documents": sorted((d.sha256, d.identifier, str(d.date), d.ministry, d.subject, str(d.signatories),
                             d.advice.title if d.advice else "", d.is_public, str(d.warnings), d.answers_identifier)
                            for d in Document.objects.select_related("advice")),
        "recommendations": sorted((rec_key[r.pk], r.text, r.stance, r.stance_evidence, r.stance_confidence,
                                   str(r.themes), str(r.sdgs), str(r.affected_persons), r.is_current, r.page,
                                   r.advice.title if r.advice else "", r.position,
                                   tuple(sorted(sha[d.pk] for d in r.also_read_in.all())))
                                  for r in Recommendation.objects.select_related("advice").prefetch_related(
                                      "also_read_in")),
        "tags": sorted((rec_key[t.recommendation_id], t.kind, t.value, t.source, t.score, str(t.words),
                        t.is_public) for t in Tag.objects.all()),
        "responses": sorted((sha[a.document_id], a.key, a.text, a.page,
                             tuple(sorted(rec_key[r.pk] for r in a.recommendations.all())))
                            for a in Response.objects.prefetch_related("recommendations")),
        "commitments": sorted((com_key[c.pk], c.action, c.actor, c.ministry, str(c.due), c.confidence, c.reason,
                               com_key.get(c.after_id), tuple(sorted(rec_key[r.pk] for r in c.recommendations.all())),
                               tuple(m.text for m in c.mentions.all()), c.is_public)
                              for c in Commitment.objects.prefetch_related("recommendations", "mentions")),
        "search": sorted((e.kind, sha[e.document_id], e.text, e.is_public) for e in SearchEntry.objects.all()),
        "history": sorted((m.__name__, t, m.history.filter(history_type=t).count())
                          for m in bulk.HISTORY for t in "+~-"),
        # what each history row says of its record, as a save writes it (PostgreSQL's load merges them in SQL)
        "history_rows": sorted(
            [("document", h.history_type, sha[h.id], h.identifier, str(h.date), h.is_public, h.history_user_id)
             for h in Document.history.all()]
            + [("recommendation", h.history_type, rec_key[h.id], h.text, h.stance, str(h.themes), h.is_current)
               for h in Recommendation.history.all()]
            + [("response", h.history_type, sha[h.document_id], h.key, h.text) for h in Response.history.all()]
            + [("commitment", h.history_type, com_key[h.id], h.action, str(h.due), h.confidence, h.review_state)
               for h in Commitment.history.all()]),
    }


@pytest.fixture(scope="module")
def extracted(corpus, tmp_path_factory) -> Path:
    """The dev corpus extracted by `batch` on a LocalCluster of two worker processes, partitions of three files."""
    from distributed import Client

    out = tmp_path_factory.mktemp("batch")
    paths = files.documents(str(corpus))
    todo = run.plan(paths, out)
    with run.local_cluster(2, dashboard=None) as cluster, Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        entries = run.run(todo.todo, out, client, partition=3)
    assert len(entries) == len(paths) and all(e.status == "ok" for e in entries), entries
    return out


def test_a_second_run_skips_what_is_done_and_a_failure_is_recorded(extracted, corpus, tmp_path):
    paths = files.documents(str(corpus))
    assert run.plan(paths, extracted).todo == []  # everything is in the manifest, by sha256
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"%PDF-1.4 no more")
    entries = run.extract_partition([(str(bad), files.sha256(bad), 0)], str(tmp_path))
    assert entries[0].status == "failed" and entries[0].error.startswith(f"{bad}: ")
    assert "\n" not in entries[0].error and not (tmp_path / "shards").exists()


def test_a_killed_run_resumes_with_what_is_left(corpus, tmp_path):
    paths = files.documents(str(corpus))[:4]
    first = run.plan(paths, tmp_path)
    manifest.append(tmp_path, run.extract_partition(first.todo[:2], str(tmp_path)))  # then the run was killed
    with (tmp_path / manifest.NAME).open("a") as f:
        f.write('{"file": "cut off')  # a line the kill cut off
    again = run.plan(paths, tmp_path)
    assert [item[1] for item in again.todo] == [item[1] for item in first.todo[2:]]


@pytest.mark.django_db(transaction=True)
def test_batch_load_equals_a_plain_ingest_and_twice_changes_nothing(extracted, corpus):
    shards = sorted((extracted / "shards").glob("*.jsonl"))
    assert len(shards) >= 2
    results = [bulk.load(bulk.read_shard(s), evidence=False) for s in shards]
    assert sum(r.fast for r in results) >= 8  # most of the corpus the fast way
    batch = state()
    again = [bulk.load(bulk.read_shard(s), evidence=False) for s in shards]
    assert sum(r.unchanged for r in again) == len(files.documents(str(corpus)))
    assert state() == batch
    Document.objects.all().delete()
    for model in bulk.HISTORY:
        model.history.all().delete()
    for path in files.documents(str(corpus)):
        ingest(extract_path(path))
    plain = state()
    for part in plain:
        assert batch[part] == plain[part], part


@pytest.mark.django_db(transaction=True)
def test_evidence_is_suggested_as_ingest_does():
    """A later letter loaded in bulk is read against the open promises as `ingest` reads it: the policy letter the
    founding letter promised is suggested for that promise; and a document written in bulk also sees the
    promises of the rest of its shard, so the suggestions hold all of a plain ingest's."""
    from opvolging.extract import extract_text
    from opvolging.tracker.models import EvidenceSuggestion
    from tests.conftest import SAMPLE
    from tests.followup.test_evidence import POLICY_LETTER

    def pairs():
        return set(EvidenceSuggestion.objects.values_list("commitment__document__sha256", "commitment__key",
                                                          "document__sha256"))

    exs = [extract_path(SAMPLE), extract_text("Den Haag, 10 december 2022\n\n" + POLICY_LETTER.text, "later.txt")]
    for ex in exs:
        ingest(ex)
    plain = pairs()
    Document.objects.all().delete()
    bulk.load(exs)
    assert plain and plain <= pairs()


@pytest.mark.django_db(transaction=True)
def test_ingest_of_a_folder_takes_the_same_path(corpus, tmp_path):
    from typer.testing import CliRunner

    from opvolging.cli import app

    folder = tmp_path / "brieven"
    folder.mkdir()
    for name in ("kst-32735-354.txt", "nl-excerpts/31839-297.txt"):
        (folder / Path(name).name).write_bytes((corpus / name).read_bytes())
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.4 no more")
    out = CliRunner().invoke(app, ["ingest", str(folder)])
    assert out.exit_code == 2 and f"{folder / 'kapot.pdf'}: " in out.output
    assert f"{folder}: 2 new or updated, 0 unchanged" in out.output
    assert Document.objects.count() == 2
    again = CliRunner().invoke(app, ["ingest", str(folder)])
    assert f"{folder}: 0 new or updated, 2 unchanged" in again.output


@pytest.mark.django_db(transaction=True)
def test_a_shard_finds_and_makes_advice_as_ingest_does():
    """The advice of a shard's documents, looked up all at once: two answers to one advice share it, an advice
    stored before is found by its number, and by its title whatever its case; the same rows as a plain ingest."""
    import dataclasses

    from opvolging.model import Advice as AdviceRead
    from opvolging.tracker.models import Advice

    def letter(n: int, **advice) -> object:
        ex = extract_path(Path(__file__).resolve().parents[2] / "src/opvolging/data/samples/kst-32735-354.txt")
        source = dataclasses.replace(ex.source, sha256=f"{n:064d}", path=f"letter-{n}.txt")
        metadata = dataclasses.replace(ex.metadata, identifier=f"kst-1-{n}")
        return dataclasses.replace(ex, source=source, metadata=metadata,
                                   advice=AdviceRead(**{**dataclasses.asdict(ex.advice), **advice}))

    def advice_rows():
        return sorted((d.identifier, d.advice.council.name if d.advice.council else None, d.advice.number,
                       d.advice.title) for d in Document.objects.select_related("advice__council"))

    first = [letter(1, number="7", title="Wegen en water")]
    shard = [letter(2, number="7", title="Wegen en water"), letter(3, number="8", title="Lucht"),
             letter(4, number="8", title="Lucht"), letter(5, number="", title="WEGEN EN WATER")]
    for ex in first + shard:
        ingest(ex)
    plain, plain_count = advice_rows(), Advice.objects.count()
    Document.objects.all().delete()
    Advice.objects.all().delete()
    for ex in first:
        ingest(ex)
    bulk.load(shard)
    assert advice_rows() == plain and Advice.objects.count() == plain_count == 2


@pytest.mark.django_db
def test_a_shard_with_a_new_version_between_new_documents_stores_each_once():
    # a new version goes through ingest between two runs of new documents written the fast way: the second run
    # fills the staging tables again within the shard's transaction, and must not write the first run's rows again
    from opvolging.extract import extract_text

    def letter(identifier: str, words: str):
        ex = extract_text(f"Aanbeveling 1: {words}\n\nHet kabinet neemt deze aanbeveling over.\n", f"{identifier}.txt")
        ex.metadata.identifier = identifier
        return ex

    ingest(letter("kst-1-1", "Versterk de positie van gemeenteraden."))
    result = bulk.load([letter("kst-2-1", "Geef gemeenten meer ruimte."),
                        letter("kst-1-1", "Versterk de positie van gemeenteraden en provincies."),
                        letter("kst-3-1", "Betrek burgers bij de uitvoering.")], evidence=False)
    assert (result.fast, result.ingested) == (2, 1)
    assert sorted(Document.objects.values_list("identifier", flat=True)) == ["kst-1-1", "kst-2-1", "kst-3-1"]
    assert Recommendation.objects.filter(document__identifier="kst-2-1").count() == 1
    assert Recommendation.history.filter(history_type="+").count() == 3  # one each, the new version's matched
