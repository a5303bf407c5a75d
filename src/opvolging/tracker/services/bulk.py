"""Bulk load: Extractions (the JSONL shards of `opvolging batch extract`) into the tracker, a shard per transaction.

A document already stored with the same bytes is skipped, so the same shard twice changes nothing. A new document
(neither its bytes nor its identifier stored, not an answer to link to what is stored, its advice holding no
recommendations read from elsewhere) is written the fast way: its rows are built in memory with ids taken from the
tables' sequences, copied into staging tables with COPY FROM STDIN (psycopg 3) and merged into the tracker's tables
with one INSERT … SELECT each, its history rows ("created", as a save writes them) and search entries with it
(their tsvectors computed in the merge). Every other document (a new version of a stored one, an answer to what is
stored, a UN list of recommendations stored already) goes through `ingest`, which matches versions by their
words and never overwrites a person's correction. The shard is stored in its order (the files' order): a run
of new documents at a time, and each of the others in between, so that the result is a plain ingest's.
On SQLite the same rows are written with bulk inserts and the full-text table filled.

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
from django.db.models.base import ModelState
from django.db.models.functions import Lower
from django.utils import timezone

from opvolging.errors import InputError
from opvolging.model import Extraction
from opvolging.tracker import search
from opvolging.tracker.models import (
    Advice,
    Commitment,
    Council,
    DataVersion,
    Document,
    Mention,
    Recommendation,
    Response,
    SearchEntry,
    Tag,
)
from opvolging.tracker.services import followup
from opvolging.tracker.services.ingest import (
    _date,
    _fill_document,
    _link_answers,
    commitment_values,
    ingest,
    recommendation_values,
    tag_sources,
)

HISTORY = (Document, Recommendation, Response, Commitment)


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


class _Spec:
    """How `_fast` makes a model's row: its fields' defaults (the constant ones once, the callable ones called per
    row), its foreign keys by name, its primary key's column."""

    def __init__(self, model: type) -> None:
        self.static, self.callables, self.fk = {}, [], {}
        for f in model._meta.concrete_fields:
            if f.has_default() and callable(f.default):
                self.callables.append((f.attname, f.default))
            else:
                self.static[f.attname] = f.get_default()
            if f.is_relation:
                self.fk[f.name] = f.attname
        self.pk = model._meta.pk.attname


_SPECS: dict[type, _Spec] = {}


def _fast(model: type, **values):
    """An unsaved `model` row with `values` (fields by name, foreign keys as objects or as `…_id`), as
    `model(**values)` makes it but without Django's per-field work: a shard builds some ten thousand of them, and
    `Model.__init__` was a quarter of the load. Foreign keys given as objects are cached on the row, as Django
    does."""
    spec = _SPECS.get(model) or _SPECS.setdefault(model, _Spec(model))
    obj = model.__new__(model)
    obj._state = ModelState()
    d = obj.__dict__
    d.update(spec.static)
    for attname, default in spec.callables:
        d[attname] = default()
    for name, value in values.items():
        if name == "pk":
            d[spec.pk] = value
        elif name in spec.fk:
            d[spec.fk[name]] = None if value is None else value.pk
            obj._state.fields_cache[name] = value
        else:
            d[name] = value
    return obj


class _Rows:
    """The unsaved rows of the documents written the fast way, per model, in the order they are written."""

    def __init__(self) -> None:
        self.by_model: dict[type, list] = {}

    def add(self, obj) -> None:
        self.by_model.setdefault(type(obj), []).append(obj)

    def extend(self, objs) -> None:
        for obj in objs:
            self.add(obj)


class _Ids:
    """Ids taken from each table's sequence, ahead, so that rows can name each other before they are written."""

    def __init__(self, counts: dict[type, int]) -> None:
        self.free = {model: _reserve(model, n) for model, n in counts.items() if n}

    def next(self, model: type) -> int:
        return self.free[model].pop()


def _reserve(model: type, n: int) -> list[int]:
    table = model._meta.db_table
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, n])
            ids = [r[0] for r in cur.fetchall()]
        else:  # SQLite: the writer holds the database's lock from its transaction's start
            cur.execute(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"')
            top = cur.fetchone()[0]
            cur.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            seq = cur.fetchone()
            start = max(top, seq[0] if seq else 0) + 1
            ids = list(range(start, start + n))
    return sorted(ids, reverse=True)  # popped from the end: in order


def _counts(exs: list[Extraction]) -> dict[type, int]:
    recs = sum(len(ex.recommendations) for ex in exs)
    resps = sum(len(ex.responses) for ex in exs)
    coms = sum(len(ex.commitments) + len(ex.possible_commitments) for ex in exs)
    return {Document: len(exs), Recommendation: recs, Response: resps, Commitment: coms,
            SearchEntry: len(exs) + recs + resps + coms}


def _build(ex: Extraction, advice: Advice | None, public: bool, ids: _Ids, rows: _Rows, now) -> Document:
    """The rows of one new document, as `ingest` would write them."""
    doc = _fast(Document, pk=ids.next(Document), is_public=public, ingested_at=now)
    _fill_document(doc, ex, advice)
    rows.add(doc)
    recs: dict[str, Recommendation] = {}
    for position, r in enumerate(ex.recommendations):
        rec = _fast(Recommendation, pk=ids.next(Recommendation), document=doc, is_public=doc.is_public,
                    **recommendation_values(doc, r, position))
        recs[r.label] = rec
        rows.add(rec)
        rows.extend(_fast(Tag, **values) for values in rec.tag_values(tag_sources(r)))
    through = Response.recommendations.through
    for j, a in enumerate(ex.responses):
        resp = _fast(Response, pk=ids.next(Response), document=doc, key=f"a{j + 1}", text=a.text,
                     span_start=a.span[0], span_end=a.span[1], page=a.page, is_public=doc.is_public)
        rows.add(resp)
        rows.extend(_fast(through, response_id=resp.pk, recommendation_id=recs[label].pk)
                    for label in dict.fromkeys(a.answers) if label in recs)
        for item in doc.answered:
            if item.get("response") == a.id:
                item["response_key"] = resp.key
    by_id: dict[str, Commitment] = {}
    items = list(ex.commitments) + list(ex.possible_commitments)
    c_through = Commitment.recommendations.through
    for j, c in enumerate(items):
        com = _fast(Commitment, pk=ids.next(Commitment), document=doc, key=f"c{j + 1}", is_public=doc.is_public,
                    **commitment_values(doc, c))
        by_id[c.id] = com
        rows.add(com)
        rows.extend(_fast(Mention, commitment=com, text=m.text, span_start=m.span[0], span_end=m.span[1],
                          page=m.page) for m in c.mentions)
        rows.extend(_fast(c_through, commitment_id=com.pk, recommendation_id=recs[label].pk)
                    for label in dict.fromkeys(c.recommendations) if label in recs)
    for c in items:
        if c.after and c.after in by_id:
            by_id[c.id].after_id = by_id[c.after].pk
    rows.add(_fast(SearchEntry, pk=ids.next(SearchEntry), kind="document", object_id=doc.pk, document=doc,
                   language=doc.language, text=search.document_text(doc), is_public=doc.is_public))
    for kind, objs, field in (("recommendation", recs.values(), "text"),
                              ("response", rows.by_model.get(Response, []), "text"),
                              ("commitment", by_id.values(), "action")):
        for obj in objs:
            if obj.document_id != doc.pk:
                continue
            rows.add(_fast(SearchEntry, pk=ids.next(SearchEntry), kind=kind, object_id=obj.pk, document=doc,
                           language=doc.language, text=getattr(obj, field), is_public=search.is_public(kind, obj)))
    return doc


def _history(rows: _Rows, now) -> None:
    """The history row a save writes ("+", created) of every document, recommendation, answer and commitment."""
    for model in HISTORY:
        hist = model.history.model
        fields = [f.attname for f in hist.tracked_fields]
        rows.extend(_fast(hist, history_date=now, history_type="+", history_user_id=None,
                          history_change_reason=None, **{f: getattr(obj, f) for f in fields})
                    for obj in rows.by_model.get(model, []))


# psycopg writes these as they are (dates and aware datetimes too, as Django's PostgreSQL backend hands them over)
_AS_IS = ("DateField", "DateTimeField", "CharField", "TextField", "IntegerField", "BigIntegerField", "FloatField",
          "BooleanField", "ForeignKey", "BigAutoField", "AutoField", "PositiveIntegerField", "SmallIntegerField",
          "OneToOneField")


def _converters(fields) -> list:
    """Per field, how a value is written: as it is (text, numbers, ids), else by the field's own preparation."""
    out = []
    for f in fields:
        if f.get_internal_type() in _AS_IS:
            out.append(None)
        elif f.get_internal_type() == "JSONField":  # COPY reads JSON as text: no adapter object per value
            out.append(lambda v, encoder=f.encoder: json.dumps(v, cls=encoder))
        else:
            out.append(lambda v, f=f: f.get_db_prep_save(v, connection))
    return out


def _write_postgres(rows: _Rows) -> int:
    """COPY each model's rows into a staging table, then INSERT … SELECT them into the tracker's table."""
    written = 0
    with connection.cursor() as django_cursor:
        cur = django_cursor.cursor  # psycopg's own, for COPY
        for model, objs in rows.by_model.items():
            auto_pk = getattr(objs[0], model._meta.pk.attname) is None  # the table numbers these rows itself
            fields = [f for f in model._meta.concrete_fields if not (f.primary_key and auto_pk)
                      and f.column != "vector"]
            cols = ", ".join(f'"{f.column}"' for f in fields)
            table, stage = model._meta.db_table, f"stage_{model._meta.db_table}"
            cur.execute(f'CREATE TEMP TABLE "{stage}" ON COMMIT DROP AS SELECT {cols} FROM "{table}" WITH NO DATA')
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
            cur.execute(f'DROP TABLE "{stage}"')
            written += len(objs)
    return written


def _write_sqlite(rows: _Rows) -> int:
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
    ids, rows = _Ids(_counts(run)), _Rows()
    docs = [_build(ex, advice[id(ex)], public, ids, rows, now) for ex in run]
    _history(rows, now)
    result.rows += (_write_postgres if connection.vendor == "postgresql" else _write_sqlite)(rows)
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
