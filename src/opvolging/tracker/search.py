"""Full-text search over recommendations, answers and commitments, behind one interface.

SQLite (the default): an FTS5 table over Snowball-stemmed text (Dutch or English by the record's language).
PostgreSQL: full-text search with the `dutch` and `english` configurations. Both take the same queries:
words, "phrases", AND, OR, NOT (or EN, OF, NIET), and parentheses. A query that cannot be read raises
`QueryError` with a message a person can act on — never a server error.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

from django.db import connection

from opvolging.tracker.models import Commitment, Document, Recommendation, Response, SearchEntry
from opvolging.tracker.search_query import (  # the query's language apart, re-exported for the callers
    WORD,
    ParsedQuery,
    QueryError,
    is_sqlite,
    parse,
    stem,
    stems,
)

FTS_TABLE = "tracker_search_fts"
RANKED = 1000  # a search ranks the newest this many matches (all of a common word's took 105 ms on 100,000)
LIMIT = 200  # results shown


@dataclass
class Hit:
    kind: str
    object_id: int
    document_id: int
    text: str


def is_public(kind: str, obj) -> bool:
    """Whether an anonymous visitor sees `obj` (a recommendation, a response or a commitment) in search: a
    public record of a public document; a commitment only when it is a promise the latest version still says."""
    if kind == "document":
        return obj.is_public
    if not (obj.is_public and obj.document.is_public):
        return False
    return kind != "commitment" or (obj.is_current and obj.is_promise)


def document_text(doc: Document) -> str:
    """What a document is found by, beyond its records' words: its identifier and number as people write them
    ("kst-32735-354", "32735-354", "32 735"), its subject, ministry, council and the names of its signatories."""
    parts = [doc.identifier, doc.subject, doc.ministry, doc.reference]
    if doc.dossier:
        dossier = doc.dossier.replace(" ", "")
        # "32735 354" too: PostgreSQL's parser reads "32735-354" as 32735 and a negative -354
        parts += [dossier, f"{dossier}-{doc.number} {dossier} {doc.number}" if doc.number else ""]
    if doc.council_id and doc.council:
        parts += [doc.council.name, doc.council.abbreviation]
    parts += [s.get("name") or "" for s in doc.signatories or []]
    return " · ".join(p for p in parts if p)


def _entries(doc: Document) -> list[SearchEntry]:
    out = [SearchEntry(kind="document", object_id=doc.pk, document=doc, language=doc.language,
                       text=document_text(doc), is_public=doc.is_public)]
    for kind, rows, text in (("recommendation", Recommendation.objects.filter(document=doc), "text"),
                             ("response", Response.objects.filter(document=doc), "text"),
                             ("commitment", Commitment.objects.filter(document=doc), "action")):
        for obj in rows:
            obj.document = doc
            out.append(SearchEntry(kind=kind, object_id=obj.pk, document=doc, language=doc.language,
                                   text=getattr(obj, text), is_public=is_public(kind, obj)))
    return out


def follow_visibility(kind: str, obj) -> None:
    """Keep the search entry of `obj` as visible as `obj` itself (after a review, a new version, a document
    made public or private)."""
    SearchEntry.objects.filter(kind=kind, object_id=obj.pk).exclude(is_public=is_public(kind, obj)).update(
        is_public=is_public(kind, obj))


def index_document(doc: Document) -> None:
    """(Re)build the search entries of one document."""
    old = list(SearchEntry.objects.filter(document=doc).values_list("pk", flat=True))
    if is_sqlite() and old:
        with connection.cursor() as cur:
            cur.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({','.join('%s' for _ in old)})", old)
    SearchEntry.objects.filter(document=doc).delete()
    entries = SearchEntry.objects.bulk_create(_entries(doc))
    if not is_sqlite():
        update_vectors(SearchEntry.objects.filter(document=doc))
    if is_sqlite():
        with connection.cursor() as cur:
            cur.executemany(f"INSERT INTO {FTS_TABLE}(rowid, stems) VALUES (%s, %s)",
                            [(e.pk, " ".join(stems(e.text, e.language))) for e in entries])


def update_vectors(entries) -> None:
    """PostgreSQL: fill the stored Dutch + English tsvector of `entries` (a queryset)."""
    from django.contrib.postgres.search import SearchVector

    entries.update(vector=SearchVector("text", config="dutch") + SearchVector("text", config="english"))


def _fts_error(e: Exception) -> QueryError:
    """What a person is told when the full-text index refuses a query: what they may write, not its internals."""
    return QueryError('The search could not read this query. Use words, "phrases", AND, OR, NOT and parentheses.')


def _pg_query(parsed: ParsedQuery):
    """The query as PostgreSQL's: the words by websearch_to_tsquery in Dutch or English; each word with a *
    ("mensen*") a prefix match of its stem in either language, which every result must have."""
    from django.contrib.postgres.search import SearchQuery

    query = None
    if parsed.websearch.strip(" -"):
        query = SearchQuery(parsed.websearch, search_type="websearch", config="dutch") | SearchQuery(
            parsed.websearch, search_type="websearch", config="english")
    for word in parsed.prefixes:
        nl, en = stem(word, "nl"), stem(word, "en")
        prefix = SearchQuery(f"{nl}:*", search_type="raw", config="simple") | SearchQuery(
            f"{en}:*", search_type="raw", config="simple")
        query = prefix if query is None else query & prefix
    return query


def _sqlite_match(public_only: bool) -> str:
    """The FROM and WHERE of an FTS5 match (its one parameter: the query), on public entries only if asked."""
    if not public_only:
        return f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
    return (f"FROM {FTS_TABLE} JOIN {SearchEntry._meta.db_table} e ON e.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s AND e.is_public")


@dataclass
class Found:
    """What a search found: the `hits` shown (best first), the query as read, and how many entries match
    (`matches`), counted up to `COUNTED` + 1: more than `COUNTED` is "more than"."""

    hits: list[Hit]
    parsed: ParsedQuery
    matches: int


COUNTED = 20_000  # a search counts its matches up to this many; beyond, the page says "more than"


def query(q: str, limit: int | None = None, public_only: bool = False) -> tuple[list[Hit], ParsedQuery]:
    """Entries matching `q`, best first, at most `limit` (`LIMIT` if None), and the query as read; see `find`."""
    found = find(q, limit, public_only)
    return found.hits, found.parsed


def find(q: str, limit: int | None = None, public_only: bool = False) -> Found:
    """Entries matching `q`, best first, at most `limit` (`LIMIT` if None; public ones only if `public_only`:
    what an anonymous visitor may see), and how many match; QueryError when `q` cannot be read. Of a query that
    matches more than `RANKED` entries, the newest `RANKED` (the last indexed) are ranked: a common word matches a
    third of the table, and ranking them all takes longer than a person waits."""
    parsed = parse(q)
    limit = LIMIT if limit is None else limit
    if is_sqlite():
        from django.db import OperationalError

        try:
            with connection.cursor() as cur:
                cur.execute(f"SELECT rowid FROM (SELECT {FTS_TABLE}.rowid AS rowid, rank {_sqlite_match(public_only)} "
                            f"ORDER BY {FTS_TABLE}.rowid DESC LIMIT %s) ORDER BY rank LIMIT %s",
                            [parsed.fts, RANKED, limit])
                ids = [row[0] for row in cur.fetchall()]
        except OperationalError as e:
            raise _fts_error(e) from None
        by_id = SearchEntry.objects.in_bulk(ids)
        entries = [by_id[i] for i in ids if i in by_id]
        matches = count(parsed, public_only, cap=COUNTED) if len(entries) >= limit else 0
    else:
        from django.contrib.postgres.search import SearchRank
        from django.db.models import F

        sq = _pg_query(parsed)
        matching = SearchEntry.objects.filter(vector=sq)
        if public_only:
            matching = matching.filter(is_public=True)
        from django.db.models import BooleanField
        from django.db.models.expressions import RawSQL

        candidates, matches = _newest(matching)
        # the candidates as one array parameter: `pk__in` wrote a thousand placeholders into the query, each quoted
        # in Python (some 15 ms a search)
        among = RawSQL(f'"{SearchEntry._meta.db_table}"."id" = ANY(%s)', (candidates,), output_field=BooleanField())
        entries = list(SearchEntry.objects.filter(among)
                       # F(): the stored vector itself; a bare "vector" would be read as text and parsed again
                       # (ts_rank(to_tsvector(vector::text), …)), slow and ranked on the vector's printed form
                       .annotate(rank=SearchRank(F("vector"), sq)).order_by("-rank")
                       .values_list("kind", "object_id", "document_id", "text")[:limit])
    if is_sqlite():
        hits = [Hit(e.kind, e.object_id, e.document_id, e.text) for e in entries]
    else:
        hits = [Hit(*e) for e in entries]
    if parsed.phrases and "OR" not in parsed.fts:
        hits = [h for h in hits if all(p in " ".join(WORD.findall(h.text.lower())) for p in parsed.phrases)]
    return Found(hits, parsed, matches if len(hits) >= limit else len(hits))  # fewer than shown: all are shown


def _newest(matching) -> tuple[list[int], int]:
    """The ids of the newest `RANKED` entries of `matching` (a queryset), and how many it holds, counted up to
    `COUNTED` + 1 (more than `COUNTED`: "more than").

    Which way is fast depends on how common the words are, and the planner's estimate of it (from the index's
    statistics) decides. A word estimated in `COMMON` entries or more (seen at most 2.2 times what it is, so in
    well over `COUNTED`) is common: its newest are found walking back from the last entry, a few thousand
    entries. Any other query's ids are read through the index first, in no order and at most `COUNTED` + 1 of them:
    when that was all of them, the newest are among them and their number is known; when there are more, the word
    is common enough (one entry in 140 or more) to walk back. Walked back for every word, a rarer one (15,750
    matches over 2.8 million entries) took 45 ms and a count of it 30 ms more; read through the index for every
    word, one in 1.2 million entries took 130 ms.

    The ids are read through the index, never by a scan of the table: the planner, taking a word's matches to be
    spread evenly, would scan until it had read enough, and a word of one part of the corpus ("gemeenten", the
    Dutch letters) was read on through 640,000 entries (130 ms; by the index, 20,001 entries at most: 40 ms)."""
    from django.db import transaction

    newest = matching.order_by("-pk").values_list("pk", flat=True)
    if _estimate(matching) >= COMMON:
        return list(newest[:RANKED]), COUNTED + 1
    # counted, and the newest picked, where the ids are read: sent to Python, the 16,000 of a word took 5 ms more
    sql, params = matching.values_list("pk", flat=True)[:COUNTED + 1].query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cur:
        cur.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
        try:
            cur.execute(f"SELECT count(*), (array_agg(pk ORDER BY pk DESC))[1:{RANKED}] FROM ({sql}) AS m(pk)", params)
            matches, ids = cur.fetchone()
        finally:  # within a longer transaction (an ingest's evidence search), the rest of it plans as it would
            cur.execute("SET LOCAL enable_seqscan TO DEFAULT; SET LOCAL enable_indexscan TO DEFAULT")
    if matches <= COUNTED:
        return ids or [], matches
    return list(newest[:RANKED]), matches


COMMON = 10 * COUNTED  # estimated in this many entries: a common word, in more than COUNTED for certain


def _estimate(matching) -> float:
    """How many entries the planner expects `matching` to hold (`EXPLAIN`, not run)."""
    plan = json.loads(matching.values_list("pk", flat=True).explain(format="json"))
    return float(plan[0]["Plan"]["Plan Rows"])



def count(parsed: ParsedQuery, public_only: bool = False, cap: int | None = None) -> int:
    """How many entries match `parsed` (a query `query` read), public ones only if `public_only`: what a capped
    list of results stands for; with `cap`, at most cap + 1 (counting every match of a common word over millions
    of entries takes longer than the search). A phrase is matched here by its stems, so this may count a few
    entries more than the phrase as written."""
    limit = f" LIMIT {int(cap) + 1}" if cap is not None else ""
    if is_sqlite():
        from django.db import OperationalError

        try:
            with connection.cursor() as cur:
                cur.execute(f"SELECT count(*) FROM (SELECT 1 {_sqlite_match(public_only)}{limit})", [parsed.fts])
                return cur.fetchone()[0]
        except OperationalError as e:
            raise _fts_error(e) from None
    matching = SearchEntry.objects.filter(vector=_pg_query(parsed))
    matching = matching.filter(is_public=True) if public_only else matching
    return matching[:cap + 1].count() if cap is not None else matching.count()


def highlight(text: str, words: list[str]) -> str:
    """`text` escaped for HTML, with the words of the query, and words that share their Dutch or English stem
    ("rechtsstaten" finds and marks "rechtsstaat"), in <mark>."""
    if not words:
        return html.escape(text)
    wanted = set(words) | {stem(w, "nl") for w in words} | {stem(w, "en") for w in words}
    out, pos = [], 0
    for m in WORD.finditer(text):
        w = m.group(0).lower()
        if w in wanted or stem(w, "nl") in wanted or stem(w, "en") in wanted:
            out.append(html.escape(text[pos:m.start()]))
            out.append(f"<mark>{html.escape(m.group(0))}</mark>")
            pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)
