"""The rows of new documents, made in memory for the bulk load (`bulk`): each model's rows as `ingest` would save
them, without Django's per-field work, their ids taken ahead from the tables' sequences so that rows can name each
other before they are written, and the history rows a save writes.
"""

from __future__ import annotations

from django.db import connection
from django.db.models.base import ModelState

from opvolging.model import Extraction
from opvolging.tracker import search
from opvolging.tracker.models import (
    Advice,
    Commitment,
    Document,
    Mention,
    Recommendation,
    Response,
    SearchEntry,
    Tag,
)
from opvolging.tracker.services.ingest import _fill_document, commitment_values, recommendation_values, tag_sources

HISTORY = (Document, Recommendation, Response, Commitment)  # the models whose saves write a history row


class _Spec:
    """How `fast` makes a model's row: its fields' defaults (the constant ones once, the callable ones called per
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


def fast(model: type, **values):
    """An unsaved `model` row with `values` (fields by name, foreign keys as objects or as `…_id`), as
    `model(**values)` makes it but without Django's per-field work: a shard builds some ten thousand of them, and
    `Model.__init__` was a quarter of the load. Foreign keys given as objects are cached on the row, as Django
    does."""
    spec = _SPECS.get(model) or _SPECS.setdefault(model, _Spec(model))
    obj = model.__new__(model)
    state = obj._state = ModelState()
    d = obj.__dict__
    d.update(spec.static)
    for attname, default in spec.callables:
        d[attname] = default()
    if "pk" in values:
        d[spec.pk] = values.pop("pk")
    for name in spec.fk.keys() & values.keys():
        value = values.pop(name)
        d[spec.fk[name]] = None if value is None else value.pk
        state.fields_cache[name] = value
    d.update(values)
    return obj


class Rows:
    """The unsaved rows of the documents written the fast way, per model, in the order they are written."""

    def __init__(self) -> None:
        self.by_model: dict[type, list] = {}

    def add(self, obj) -> None:
        self.by_model.setdefault(type(obj), []).append(obj)

    def extend(self, objs) -> None:
        for obj in objs:
            self.add(obj)


class Ids:
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


def counts(exs: list[Extraction]) -> dict[type, int]:
    recs = sum(len(ex.recommendations) for ex in exs)
    resps = sum(len(ex.responses) for ex in exs)
    coms = sum(len(ex.commitments) + len(ex.possible_commitments) for ex in exs)
    return {Document: len(exs), Recommendation: recs, Response: resps, Commitment: coms,
            SearchEntry: len(exs) + recs + resps + coms}


def build(ex: Extraction, advice: Advice | None, public: bool, ids: Ids, rows: Rows, now) -> Document:
    """The rows of one new document, as `ingest` would write them."""
    doc = fast(Document, pk=ids.next(Document), is_public=public, ingested_at=now)
    _fill_document(doc, ex, advice)
    rows.add(doc)
    recs: dict[str, Recommendation] = {}
    for position, r in enumerate(ex.recommendations):
        rec = fast(Recommendation, pk=ids.next(Recommendation), document=doc, is_public=doc.is_public,
                    **recommendation_values(doc, r, position))
        recs[r.label] = rec
        rows.add(rec)
        rows.extend(fast(Tag, **values) for values in rec.tag_values(tag_sources(r)))
    through = Response.recommendations.through
    for j, a in enumerate(ex.responses):
        resp = fast(Response, pk=ids.next(Response), document=doc, key=f"a{j + 1}", text=a.text,
                     span_start=a.span[0], span_end=a.span[1], page=a.page, is_public=doc.is_public)
        rows.add(resp)
        rows.extend(fast(through, response_id=resp.pk, recommendation_id=recs[label].pk)
                    for label in dict.fromkeys(a.answers) if label in recs)
        for item in doc.answered:
            if item.get("response") == a.id:
                item["response_key"] = resp.key
    by_id: dict[str, Commitment] = {}
    items = list(ex.commitments) + list(ex.possible_commitments)
    c_through = Commitment.recommendations.through
    for j, c in enumerate(items):
        com = fast(Commitment, pk=ids.next(Commitment), document=doc, key=f"c{j + 1}", is_public=doc.is_public,
                    **commitment_values(doc, c))
        by_id[c.id] = com
        rows.add(com)
        rows.extend(fast(Mention, commitment=com, text=m.text, span_start=m.span[0], span_end=m.span[1],
                          page=m.page) for m in c.mentions)
        rows.extend(fast(c_through, commitment_id=com.pk, recommendation_id=recs[label].pk)
                    for label in dict.fromkeys(c.recommendations) if label in recs)
    for c in items:
        if c.after and c.after in by_id:
            by_id[c.id].after_id = by_id[c.after].pk
    rows.add(fast(SearchEntry, pk=ids.next(SearchEntry), kind="document", object_id=doc.pk, document=doc,
                   language=doc.language, text=search.document_text(doc), is_public=doc.is_public))
    for kind, objs, field in (("recommendation", recs.values(), "text"),
                              ("response", rows.by_model.get(Response, []), "text"),
                              ("commitment", by_id.values(), "action")):
        for obj in objs:
            if obj.document_id != doc.pk:
                continue
            rows.add(fast(SearchEntry, pk=ids.next(SearchEntry), kind=kind, object_id=obj.pk, document=doc,
                           language=doc.language, text=getattr(obj, field), is_public=search.is_public(kind, obj)))
    return doc


def history(rows: Rows, now) -> None:
    """The history row a save writes ("+", created) of every document, recommendation, answer and commitment."""
    for model in HISTORY:
        hist = model.history.model
        fields = [f.attname for f in hist.tracked_fields]
        rows.extend(fast(hist, history_date=now, history_type="+", history_user_id=None,
                          history_change_reason=None, **{f: getattr(obj, f) for f in fields})
                    for obj in rows.by_model.get(model, []))
