"""Bulk load: Extractions (the JSONL shards of `opvolging batch extract`) into the tracker, a shard per transaction.

A document already stored with the same bytes is skipped, so the same shard twice changes nothing. A new document
(neither its bytes nor its identifier stored, not an answer to link to what is stored, its advice holding no
recommendations read from elsewhere) is written the fast way: its rows are built in memory with ids taken from the
tables' sequences, copied into staging tables with COPY FROM STDIN (psycopg 3) and merged into the tracker's tables
with one INSERT … SELECT each, its history rows ("created", as a save writes them) merged from the same staging
tables, and its search entries with it (their tsvectors computed in the merge). Every other document (a new
version of a stored one, an answer to what is stored, a UN list of recommendations stored already) goes through
`ingest`, which matches versions by their words and never overwrites a person's correction. The shard is stored in
its order (the files' order): a run of new documents at a time, and each of the others in between, so that the
result is a plain ingest's.
On SQLite the same rows are written with bulk inserts and the full-text table filled. The rows are made in
`bulk_rows` and written in `bulk_copy`; this module decides which documents go which way.

Afterwards, in the same transaction: answers stored earlier that wait for these documents are linked, evidence is
suggested for open promises (as `ingest` does, unless `evidence=False`), advice visibility follows its documents,
and the data version is raised, so that counts and cached pages follow.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.db import connection, transaction
from django.db.models import Exists, OuterRef
from django.db.models.functions import Lower
from django.utils import timezone

from opvolging.errors import InputError
from opvolging.model import Extraction
from opvolging.tracker.models import (
    Advice,
    Council,
    DataVersion,
    Document,
    Recommendation,
)
from opvolging.tracker.services import followup
from opvolging.tracker.services.bulk_copy import write_postgres, write_sqlite
from opvolging.tracker.services.bulk_rows import HISTORY, Ids, Rows, build, counts, history  # noqa: F401 — HISTORY too
from opvolging.tracker.services.ingest import (
    _date,
    _link_answers,
    ingest,
)


@dataclass
class LoadResult:
    fast: int = 0  # new documents written in bulk
    ingested: int = 0  # documents that went through `ingest`
    unchanged: int = 0  # already stored, the same bytes
    rows: int = 0  # rows written in bulk, history and search entries included

    def add(self, other: LoadResult) -> None:
        self.fast += other.fast
        self.ingested += other.ingested
        self.unchanged += other.unchanged
        self.rows += other.rows


def read_shard(path: Path) -> list[Extraction]:
    """The Extractions of one JSONL shard; InputError naming the shard and line when one cannot be read."""
    out = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot be read ({e.__class__.__name__})") from None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(Extraction.from_dict(json.loads(line)))
        except (json.JSONDecodeError, ValueError, KeyError, TypeError) as e:
            raise InputError(str(path), f"line {n}: is not an Extraction ({e.__class__.__name__}: "
                                        f"{str(e)[:100]})") from None
    return out


def _advice_of_all(exs: list[Extraction]) -> dict[int, Advice | None]:
    """Per extraction (by `id`), its advice as `ingest._advice` finds or makes it, for a shard at once: the
    councils, the advice by number and by title each read in one query, new advice written together (a shard's
    documents that answer the same advice share it). A query and a save per document were a quarter of a load."""
    out: dict[int, Advice | None] = {}
    wanted = [(ex, ex.advice) for ex in exs if ex.advice is not None and (ex.advice.title or ex.advice.number)]
    for ex in exs:
        out[id(ex)] = None
    if not wanted:
        return out
    names = {a.council or a.council_abbreviation for _, a in wanted if a.council or a.council_abbreviation}
    councils = {c.name: c for c in Council.objects.filter(name__in=names)}
    for _, a in wanted:
        name = a.council or a.council_abbreviation
        if name and name not in councils:
            councils[name], _ = Council.objects.get_or_create(
                name=name, defaults={"abbreviation": a.council_abbreviation or ""})
    council_ids = {c.pk for c in councils.values()}
    scope = Advice.objects.filter(council__in=council_ids) if council_ids else Advice.objects.none()
    if any(not (a.council or a.council_abbreviation) for _, a in wanted):
        scope = scope | Advice.objects.filter(council__isnull=True)
    numbers = {a.number for _, a in wanted if a.number}
    titles = {(a.title or f"Advies {a.number}").lower() for _, a in wanted}
    by_number, by_title = {}, {}
    for adv in scope.filter(number__in=numbers).order_by("-pk"):
        by_number[(adv.council_id, adv.number)] = adv  # the first by pk wins, as `.first()` finds it
    for adv in scope.annotate(low=Lower("title")).filter(low__in=titles).order_by("-pk"):
        by_title[(adv.council_id, adv.title.lower())] = adv
    new: list[Advice] = []
    for ex, a in wanted:
        name = a.council or a.council_abbreviation
        council = councils[name] if name else None
        cid = council.pk if council else None
        title = a.title or f"Advies {a.number}"
        adv = (by_number.get((cid, a.number)) if a.number else None) or by_title.get((cid, title.lower()))
        if adv is None:
            adv = Advice(council=council, title=title, number=a.number or "", published=_date(a.published))
            new.append(adv)
        elif adv.pk is not None:
            before = (adv.number, adv.published, adv.title)
            adv.number = adv.number or a.number or ""
            adv.published = adv.published or _date(a.published)
            if adv.title.startswith("Advies ") and a.title:
                adv.title = a.title
            if (adv.number, adv.published, adv.title) != before:
                adv.save()
        if a.number:
            by_number.setdefault((cid, a.number), adv)
        by_title.setdefault((cid, title.lower()), adv)
        out[id(ex)] = adv
    Advice.objects.bulk_create(new)  # each is given its id (PostgreSQL and SQLite both return them)
    return out


def _careful(ex: Extraction, advice: Advice | None, stored_ids: set[str], shard_ids: set[str],
             advice_taken: set[int]) -> bool:
    """True when `ex` must go through `ingest`: what it says is to be matched or linked to what is stored (its
    identifier is, or its advice has recommendations read from elsewhere, `advice_taken`)."""
    ident = ex.metadata.identifier or ""
    if ident and (ident in stored_ids or ident in shard_ids):
        return True
    if ex.answered or (ident and "/Add." in ident):
        return True
    if advice is not None:
        if advice.pk in advice_taken:
            return True
        advice_taken.add(advice.pk)
    return False


def _un_keys(ex: Extraction) -> set[str]:
    """The identities (`Recommendation.un_key_of`) of the UN-numbered recommendations of `ex`: what makes two
    lists the same recommendation (`ingest.same_un_recommendations`)."""
    return {key for r in ex.recommendations if (key := Recommendation.un_key_of(r.label, r.text))}


def _un_recommendations_stored(exs: list[Extraction], advice: dict) -> dict[str, set[str]]:
    """Of the UN-numbered recommendations of `exs` (those without advice), the identities stored already, each
    with the review symbols (`Document.un_symbol`) of the documents that hold it; found by their index, never by
    a scan of every recommendation with the same number."""
    keys = set().union(*(_un_keys(ex) for ex in exs if advice[id(ex)] is None)) if exs else set()
    stored: dict[str, set[str]] = {}
    if keys:
        for key, symbol in (Recommendation.objects.filter(un_key__in=keys, is_current=True, advice__isnull=True)
                            .values_list("un_key", "document__un_symbol")):
            stored.setdefault(key, set()).add(symbol)
    return stored


def _shares(keys: set[str], symbol: str, taken: dict[str, set[str]]) -> bool:
    """True when a recommendation of `keys`, in a document of review `symbol`, is one stored already (or earlier in
    the shard): the same identity in a document of the same review, or where either names none."""
    return any(k in taken and (not symbol or "" in taken[k] or symbol in taken[k]) for k in keys)


@transaction.atomic
def load(exs: list[Extraction], public: bool = True, evidence: bool = True) -> LoadResult:
    """Store `exs` (one shard) in one transaction; see the module docstring."""
    result = LoadResult()
    if connection.vendor == "postgresql":  # one loader at a time decides what is new
        with connection.cursor() as cur:
            cur.execute(f'LOCK TABLE "{Document._meta.db_table}" IN SHARE ROW EXCLUSIVE MODE')
    shas = {ex.source.sha256 for ex in exs}
    stored = set(Document.objects.filter(sha256__in=shas).values_list("sha256", flat=True))
    idents = {ex.metadata.identifier for ex in exs if ex.metadata.identifier}
    stored_ids = set(Document.objects.filter(identifier__in=idents).values_list("identifier", flat=True))
    new = [ex for ex in exs if ex.source.sha256 not in stored]
    result.unchanged = len(exs) - len(new)
    advice = _advice_of_all(new)
    advice_taken = set(Recommendation.objects.filter(
        advice_id__in={a.pk for a in advice.values() if a is not None}, is_current=True)
        .values_list("advice_id", flat=True).distinct())
    un_taken = _un_recommendations_stored(new, advice)
    # in the shard's order (the files' order): new documents in bulk, a run at a time, and between them each one
    # that must be matched to what is stored through `ingest`, so that the result is a plain ingest's
    run: list[Extraction] = []
    shard_ids, seen = set(), set()
    for ex in new:
        if ex.source.sha256 in seen:
            result.unchanged += 1
            continue
        seen.add(ex.source.sha256)
        un = set() if advice[id(ex)] is not None else _un_keys(ex)
        symbol = Document.un_symbol_of(ex.metadata.identifier or "", ex.text) if un else ""
        careful = _careful(ex, advice[id(ex)], stored_ids, shard_ids, advice_taken) or _shares(un, symbol, un_taken)
        for key in un:
            un_taken.setdefault(key, set()).add(symbol)
        if ex.metadata.identifier:
            shard_ids.add(ex.metadata.identifier)
        if not careful:
            run.append(ex)
            continue
        _write_run(run, advice, public, evidence, result)
        run = []
        ingest(ex, public=public)
        result.ingested += 1
    _write_run(run, advice, public, evidence, result)
    DataVersion.bump()
    return result


def _write_run(run: list[Extraction], advice: dict, public: bool, evidence: bool, result: LoadResult) -> None:
    """New documents, written the fast way, and what `ingest` does after storing them."""
    if not run:
        return
    now = timezone.now()
    ids, rows = Ids(counts(run)), Rows()
    docs = [build(ex, advice[id(ex)], public, ids, rows, now) for ex in run]
    if connection.vendor == "postgresql":  # the history rows are merged from the staging tables
        result.rows += write_postgres(rows, now)
    else:
        history(rows, now)
        result.rows += write_sqlite(rows)
    result.fast += len(docs)
    _after(docs, evidence)


def _after(docs: list[Document], evidence: bool) -> None:
    """What `ingest` does after storing a document, for documents written in bulk."""
    idents = {x for d in docs for x in (d.identifier, d.un_symbol) if x}
    advice_ids = {d.advice_id for d in docs if d.advice_id}
    later = Document.objects.filter(answers_identifier__in=idents) if idents else Document.objects.none()
    if advice_ids:
        later = later | Document.objects.filter(advice_id__in=advice_ids, answers_identifier="")
    for answer in later.exclude(pk__in=[d.pk for d in docs]).distinct():
        _link_answers(answer)
    if advice_ids:  # as public as one of its documents is (`Advice.refresh_visibility`, for all at once)
        public = Document.objects.filter(advice=OuterRef("pk"), is_public=True)
        Advice.objects.filter(pk__in=advice_ids).exclude(is_public=Exists(public)).update(is_public=Exists(public))
    if evidence:
        for doc in docs:
            followup.suggest_evidence(doc)
