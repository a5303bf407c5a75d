"""The search's own language: a person's query read into what each database searches for (words, "phrases",
AND, OR, NOT, or EN, OF, NIET, parentheses, a prefix with *), and the Snowball stems the index holds. A query that
cannot be read raises `QueryError` with a message a person can act on. `search` runs the parsed query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection
from django.utils.translation import gettext, gettext_noop

OPERATORS = {"AND": "AND", "EN": "AND", "OR": "OR", "OF": "OR", "NOT": "NOT", "NIET": "NOT"}
_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"|(?P<paren>[()])|(?P<word>[^\s()"]+)')
WORD = re.compile(r"[^\W_]+")  # a word, as the index and the highlighting read it


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
    return [stem(w, language) for w in WORD.findall(text.lower())]


@dataclass
class ParsedQuery:
    fts: str  # for SQLite FTS5
    websearch: str  # for PostgreSQL websearch_to_tsquery
    words: list[str]  # for highlighting
    phrases: list[str]  # each must stand in a hit as written (PostgreSQL drops stop words from phrases)
    prefixes: list[str] = field(default_factory=list)  # words written with a * ("mensen*"): any word so begun
    # what the search did that the person may not expect: (message, its values), the message to translate
    notes: list[tuple[str, dict]] = field(default_factory=list)


def parse(query: str) -> ParsedQuery:
    """Translate a user's query; QueryError when it cannot be read."""
    if query.count('"') % 2:
        raise QueryError(gettext('A quotation mark is not closed: put a second " after the phrase.'))
    parts_fts: list[str] = []
    parts_web: list[str] = []
    words: list[str] = []
    phrases: list[str] = []
    prefixes: list[str] = []
    notes: list[str] = []
    depth = 0
    last = "start"
    for m in _TOKEN.finditer(query):
        if m["paren"]:
            depth += 1 if m["paren"] == "(" else -1
            if depth < 0:
                raise QueryError(gettext("A closing parenthesis has no opening one."))
            if m["paren"] == "(" and last in ("term", ")"):
                parts_fts.append("AND")  # "(a)(b)", "a (b OR c)": side by side, both
            if m["paren"] == ")" and last in ("(", "op"):
                raise QueryError(gettext("A parenthesis holds no word to search for.") if last == "(" else
                                 gettext("An operator before a closing parenthesis needs a word after it."))
            parts_fts.append(m["paren"])
            last = m["paren"]
            continue
        if m["phrase"] is not None:
            ws = WORD.findall(m["phrase"].lower())
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
            if raw.upper() in OPERATORS and not raw.isupper() and raw.lower() in ("and", "or", "not", "en", "of",
                                                                                 "niet"):
                notes.append((gettext_noop("«%(word)s» is searched as a word; write %(operator)s in capitals to "
                                           "combine words."), {"word": raw, "operator": raw.upper()}))
            if raw.upper() in OPERATORS and raw.isupper():
                op = OPERATORS[raw.upper()]
                if op == "NOT" and last == "op" and parts_fts and parts_fts[-1] == "AND":
                    parts_fts.pop()  # "a AND NOT b" is "a NOT b"
                    last = "term"
                if last in ("start", "(", "op"):
                    raise QueryError(gettext("%(operator)s needs a word before it.") % {"operator": raw})
                parts_fts.append(op)
                parts_web.append({"AND": "", "OR": "or", "NOT": "-"}[op])
                last = "op"
                continue
            ws = WORD.findall(raw.lower())
            if not ws:
                continue  # punctuation only ("*", "NEAR(" leaves "NEAR"): nothing to look for
            prefix = raw.endswith("*") and len(ws[-1]) >= 2
            words += ws
            terms = []
            for k, w in enumerate(ws):
                a, b = stem(w, "nl"), stem(w, "en")
                if prefix and k == len(ws) - 1:  # "mensen*": every word that begins as its stem does
                    terms.append(f'"{a}"*' if a == b else f'("{a}"* OR "{b}"*)')
                else:
                    terms.append(f'"{a}"' if a == b else f'("{a}" OR "{b}")')
            term = " AND ".join(terms)
            web = " ".join(ws[:-1] if prefix else ws)
            if prefix:
                prefixes.append(ws[-1])
                if len(ws) == 1:
                    web = ""
        if last not in ("start", "(", "op"):
            parts_fts.append("AND")
        parts_fts.append(term)
        if parts_web and parts_web[-1] == "-":
            parts_web[-1] = "-" + web
        elif web:
            parts_web.append(web)
        last = "term"
    if depth != 0:
        raise QueryError(gettext("A parenthesis is not closed."))
    if last == "op":
        raise QueryError(gettext("The query ends with an operator: add a word after it."))
    if not words:
        raise QueryError(gettext("Type one or more words to search for."))
    fts = " ".join(parts_fts).replace("( )", "").strip()
    if fts.startswith("NOT"):
        raise QueryError(gettext("NOT needs a word before it, as in: corruptie NOT China."))
    if prefixes and "OR" in fts and not is_sqlite():
        notes.append((gettext_noop("A word with * must stand in every result: on this database it is not combined "
                                   "by OR."), {}))
    return ParsedQuery(fts=fts, websearch=" ".join(p for p in parts_web if p), words=words, phrases=phrases,
                       prefixes=prefixes, notes=notes)


def is_sqlite() -> bool:
    return connection.vendor == "sqlite"
