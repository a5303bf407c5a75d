"""Full-text search over recommendations, answers and commitments, behind one interface.

SQLite (the default): an FTS5 table over Snowball-stemmed text (Dutch or English by the record's language).
PostgreSQL: full-text search with the `dutch` and `english` configurations. Both take the same queries:
words, "phrases", AND, OR, NOT (or EN, OF, NIET), and parentheses. A query that cannot be read raises
`QueryError` with a message a person can act on — never a server error.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from django.db import connection

from opvolging.tracker.models import Commitment, Document, Recommendation, Response, SearchEntry

OPERATORS = {"AND": "AND", "EN": "AND", "OR": "OR", "OF": "OR", "NOT": "NOT", "NIET": "NOT"}
_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"|(?P<paren>[()])|(?P<word>[^\s()"]+)')
_WORD = re.compile(r"[^\W_]+")
FTS_TABLE = "tracker_search_fts"
RANKED = 1000  # a search ranks the newest this many matches (all of a common word's took 105 ms on 100,000)
LIMIT = 200  # results shown


class QueryError(ValueError):
    """A search query that cannot be read; str() says what to change."""


@lru_cache(maxsize=2)
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer("dutch" if language == "nl" else "english")


@lru_cache(maxsize=100_000)
def stem(word: str, language: str) -> str:
    """One lower-cased word's Snowball stem in `language` ('nl' or 'en'); remembered, since words repeat."""
    return _stemmer(language).stemWord(word)


def stems(text: str, language: str) -> list[str]:
    """The lower-cased, stemmed words of `text` in `language` ('nl' or 'en')."""
    return [stem(w, language) for w in _WORD.findall(text.lower())]


@dataclass
class Hit:
    kind: str
    object_id: int
    document_id: int
    text: str


@dataclass
class ParsedQuery:
    fts: str  # for SQLite FTS5
    websearch: str  # for PostgreSQL websearch_to_tsquery
    words: list[str]  # for highlighting
    phrases: list[str]  # each must stand in a hit as written (PostgreSQL drops stop words from phrases)


def parse(query: str) -> ParsedQuery:
    """Translate a user's query; QueryError when it cannot be read."""
    if query.count('"') % 2:
        raise QueryError('A quotation mark is not closed: put a second " after the phrase.')
    parts_fts: list[str] = []
    parts_web: list[str] = []
    words: list[str] = []
    phrases: list[str] = []
    depth = 0
    last = "start"
    for m in _TOKEN.finditer(query):
        if m["paren"]:
            depth += 1 if m["paren"] == "(" else -1
            if depth < 0:
                raise QueryError("A closing parenthesis has no opening one.")
            parts_fts.append(m["paren"])
            last = m["paren"]
            continue
        if m["phrase"] is not None:
            ws = _WORD.findall(m["phrase"].lower())
            if not ws:
                continue
            words += ws
            if parts_fts[-1:] != ["NOT"]:
                phrases.append(" ".join(ws))
            nl, en = " ".join(stems(m["phrase"], "nl")), " ".join(stems(m["phrase"], "en"))
            term = f'"{nl}"' if nl == en else f'("{nl}" OR "{en}")'
            web = f'"{m["phrase"]}"'
        else:
            raw = m["word"]
            if raw.upper() in OPERATORS and raw.isupper():
                op = OPERATORS[raw.upper()]
                if op == "NOT" and last == "op" and parts_fts and parts_fts[-1] == "AND":
                    parts_fts.pop()  # "a AND NOT b" is "a NOT b"
                    last = "term"
                if last in ("start", "(", "op"):
                    raise QueryError(f"{raw} needs a word before it.")
                parts_fts.append(op)
                parts_web.append({"AND": "", "OR": "or", "NOT": "-"}[op])
                last = "op"
                continue
            ws = _WORD.findall(raw.lower())
            if not ws:
                continue  # punctuation only ("*", "NEAR(" leaves "NEAR"): nothing to look for
            words += ws
            terms = []
            for w in ws:
                a, b = stem(w, "nl"), stem(w, "en")
                terms.append(f'"{a}"' if a == b else f'("{a}" OR "{b}")')
            term = " AND ".join(terms)
            web = " ".join(ws)
        if last not in ("start", "(", "op"):
            parts_fts.append("AND")
        parts_fts.append(term)
        if parts_web and parts_web[-1] == "-":
            parts_web[-1] = "-" + web
        else:
            parts_web.append(web)
        last = "term"
    if depth != 0:
        raise QueryError("A parenthesis is not closed.")
    if last == "op":
        raise QueryError("The query ends with an operator: add a word after it.")
    if not words:
        raise QueryError("Type one or more words to search for.")
    fts = " ".join(parts_fts).replace("( )", "").strip()
    if fts.startswith("NOT"):
        raise QueryError("NOT needs a word before it, as in: corruptie NOT China.")
    return ParsedQuery(fts=fts, websearch=" ".join(p for p in parts_web if p), words=words, phrases=phrases)


def _entries(doc: Document) -> list[SearchEntry]:
    out = []
    for r in Recommendation.objects.filter(document=doc):
        out.append(SearchEntry(kind="recommendation", object_id=r.pk, document=doc, language=doc.language, text=r.text))
    for a in Response.objects.filter(document=doc):
        out.append(SearchEntry(kind="response", object_id=a.pk, document=doc, language=doc.language, text=a.text))
    for c in Commitment.objects.filter(document=doc):
        out.append(SearchEntry(kind="commitment", object_id=c.pk, document=doc, language=doc.language,
                               text=c.action))
    return out


def is_sqlite() -> bool:
    return connection.vendor == "sqlite"


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
    return QueryError(f"The search could not read this query ({e}). Use words, \"phrases\", AND, OR, NOT.")


def _pg_query(parsed: ParsedQuery):
    from django.contrib.postgres.search import SearchQuery

    return SearchQuery(parsed.websearch, search_type="websearch", config="dutch") | SearchQuery(
        parsed.websearch, search_type="websearch", config="english")


def query(q: str, limit: int = LIMIT) -> tuple[list[Hit], ParsedQuery]:
    """Entries matching `q`, best first, at most `limit`; QueryError when `q` cannot be read. Of a query that
    matches more than `RANKED` entries, the newest `RANKED` (the last indexed) are ranked: a common word matches
    a third of the table, and ranking them all takes longer than a person waits (see `count`)."""
    parsed = parse(q)
    if is_sqlite():
        from django.db import OperationalError

        try:
            with connection.cursor() as cur:
                cur.execute(f"SELECT rowid FROM (SELECT rowid, rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                            f"ORDER BY rowid DESC LIMIT %s) ORDER BY rank LIMIT %s", [parsed.fts, RANKED, limit])
                ids = [row[0] for row in cur.fetchall()]
        except OperationalError as e:
            raise _fts_error(e) from None
        by_id = SearchEntry.objects.in_bulk(ids)
        entries = [by_id[i] for i in ids if i in by_id]
    else:
        from django.contrib.postgres.search import SearchRank
        from django.db.models import F

        sq = _pg_query(parsed)
        candidates = SearchEntry.objects.filter(vector=sq).order_by("-pk").values("pk")[:RANKED]
        entries = list(SearchEntry.objects.filter(pk__in=candidates)
                       # F(): the stored vector itself; a bare "vector" would be read as text and parsed again
                       # (ts_rank(to_tsvector(vector::text), …)), slow and ranked on the vector's printed form
                       .annotate(rank=SearchRank(F("vector"), sq)).order_by("-rank")[:limit])
    hits = [Hit(e.kind, e.object_id, e.document_id, e.text) for e in entries]
    if parsed.phrases and "OR" not in parsed.fts:
        hits = [h for h in hits if all(p in " ".join(_WORD.findall(h.text.lower())) for p in parsed.phrases)]
    return hits, parsed


def count(parsed: ParsedQuery) -> int:
    """How many entries match `parsed` (a query `query` read): what a capped list of results stands for. A
    phrase is matched here by its stems, so this may count a few entries more than the phrase as written."""
    if is_sqlite():
        from django.db import OperationalError

        try:
            with connection.cursor() as cur:
                cur.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [parsed.fts])
                return cur.fetchone()[0]
        except OperationalError as e:
            raise _fts_error(e) from None
    return SearchEntry.objects.filter(vector=_pg_query(parsed)).count()


def highlight(text: str, words: list[str]) -> str:
    """`text` escaped for HTML, with the words of the query, and words that share their Dutch or English stem
    ("rechtsstaten" finds and marks "rechtsstaat"), in <mark>."""
    if not words:
        return html.escape(text)
    wanted = set(words) | {stem(w, "nl") for w in words} | {stem(w, "en") for w in words}
    out, pos = [], 0
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if w in wanted or stem(w, "nl") in wanted or stem(w, "en") in wanted:
            out.append(html.escape(text[pos:m.start()]))
            out.append(f"<mark>{html.escape(m.group(0))}</mark>")
            pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)
