"""Tags: themes, SDGs and affected persons on every recommendation, with the evidence for each.

Two components, both shipped in the package and loaded without any network:
- the taxonomy (`data/taxonomy.json`): the 17 SDGs, the UHRI human-rights themes and affected persons, in
  English and Dutch, each with a keyword lexicon;
- for English, a linear model (`data/tag_model.npz`, built by `scripts/build_tag_model.py` from the UN's own
  labels): TF-IDF of word stems plus one flag per taxonomy label whose lexicon matches, one logistic
  regression per label; a label seen too few times to learn is tagged where its keywords occur
  (`TagModel.keyword_labels`).
Dutch recommendations, and English ones when the model is absent, are tagged by the lexicon; for Dutch the
answer to a recommendation is read with it, since a letter often names the subject only in its answer.

Everything works on a whole document's recommendations at once (`Batch`): the texts are cleaned, lower-cased
and split into words in a few calls, each word known by where it is and by a 64-bit hash (a word is spelled out
as a Python string only the first time it is seen: `_HashMemo`), and the model scores them in a few array
operations (`benchmarks/extract_speed.py` prints what tagging adds to extraction).

Where a document prints its tags (UPR thematic lists), those are kept and marked "printed"; nothing here
overwrites them.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
import threading
from collections.abc import Callable, Sequence
from functools import cached_property, lru_cache, wraps
from importlib import resources
from operator import itemgetter
from typing import NamedTuple

import numpy as np
from scipy import sparse

from opvolging.model import Commitment, Recommendation, Response

_WORD = re.compile(r"\w+")
_REMEMBERED = 500_000  # what each memo (words and their codes, phrase beginnings) holds before it starts again
# Parenthesised groups (one level of nesting) that close a recommendation or one of its parts: the States that
# made it. It opens with the literal "(" so that the search skips ahead to the next parenthesis; it never spans
# a line break (in a `Batch`, the end of one text and the beginning of the next).
_GROUP = re.compile(r"\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)")
_AFTER_GROUPS = re.compile(r"[^\S\n]*(?:;|\n|$)")


# The memos of the lexicon and the model, and the Snowball stemmer, are shared by every thread (a web server reads
# uploads side by side): whatever reads or changes them holds this lock
_LOCK = threading.RLock()


def _serialized(fn: Callable) -> Callable:
    """`fn`, run holding `_LOCK`."""
    @wraps(fn)
    def run(*args, **kwargs):
        with _LOCK:
            return fn(*args, **kwargs)

    return run


@lru_cache(maxsize=1)
def taxonomy() -> dict:
    """The taxonomy file: {"version", "sdgs", "themes", "affected_persons"} (see module docstring)."""
    return json.loads(resources.files("opvolging.data").joinpath("taxonomy.json").read_text(encoding="utf-8"))


def clean_for_tagging(text: str) -> str:
    """The words that carry the subject: recommending States ("(France) (Lithuania);") are left out: the runs of
    parenthesised groups that close a recommendation or one of its parts (before ";" or the end of a line).

    The groups are found one by one and joined into runs in one pass: a single pattern for a run that must be
    followed by ";" tries every group as a run's start, quadratic in a long row of groups ("(France) " repeated)."""
    if "(" not in text:
        return text
    out, pos = [], 0
    run_start = run_end = None
    for m in _GROUP.finditer(text):
        if run_end is not None and text[run_end:m.start()].strip(" \t") == "" and "\n" not in text[run_end:m.start()]:
            run_end = m.end()  # the run goes on
            continue
        if run_end is not None and _AFTER_GROUPS.match(text, run_end):
            out.append(text[pos:run_start])
            pos = run_end
        run_start, run_end = m.start(), m.end()
    if run_end is not None and _AFTER_GROUPS.match(text, run_end):
        out.append(text[pos:run_start])
        pos = run_end
    out.append(text[pos:])
    return "".join(out)


_ASCII = bytes(range(128))
# Tables for `bytes.translate`. _LOWER_ASCII lower-cases ASCII letters and keeps every other byte. The word tables
# keep the line break, lower-case ASCII word characters (letters, digits, "_") and make every other ASCII byte 0;
# _WORD_BYTES_ASCII makes the bytes beyond ASCII 0 too, _WORD_BYTES keeps them.
_LOWER_ASCII = bytes(ord(chr(b).lower()) if b < 128 else b for b in range(256))
_WORD_BYTES_ASCII = bytes(ord(chr(b).lower()) if b < 128 and (chr(b).isalnum() or chr(b) in "_\n") else 0
                          for b in range(256))
_WORD_BYTES = bytes(b if b >= 128 else _WORD_BYTES_ASCII[b] for b in range(256))
_NEWLINE = 10


def _lowered(text: str) -> tuple[str, bytes]:
    """`text` lower-cased, and its words' bytes: the UTF-8 bytes of the lower-cased text, with every byte that is
    not part of a word character (`\\w`: a letter, a digit, "_") or a line break made 0.

    Text whose only non-ASCII characters are punctuation without case (’ “ – …), as UN documents are, is
    lower-cased by a byte table, several times faster than `str.lower`."""
    data = text.encode("utf-8", "surrogatepass")
    beyond = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    if not any(c.isalnum() or c.lower() != c for c in set(beyond)):
        return data.translate(_LOWER_ASCII).decode("utf-8", "surrogatepass"), data.translate(_WORD_BYTES_ASCII)
    low = text.lower()  # a letter or digit beyond ASCII, or a character with case
    data = low.encode("utf-8", "surrogatepass")
    for c in set(data.translate(None, _ASCII).decode("utf-8", "surrogatepass")):
        if not c.isalnum():  # UTF-8 is self-synchronising: a character's bytes are found only where it is
            b = c.encode("utf-8", "surrogatepass")
            data = data.replace(b, bytes(len(b)))
    return low, data.translate(_WORD_BYTES)


_MIX = np.uint64(0x9E3779B97F4A7C15)
_SIZE_MIX = np.uint64(0xBF58476D1CE4E5B9)
_MIX_SHIFT = np.uint64(31)
_FIRST_BYTES = np.array([(1 << 8 * k) - 1 for k in range(8)] + [(1 << 64) - 1], dtype=np.uint64)  # [k]: k bytes


def _mixed(h: np.ndarray, part: np.ndarray) -> np.ndarray:
    """`part` mixed into the hashes `h` (a new array; a multiply and an xor-shift, each one-to-one)."""
    part = part ^ h
    part *= _MIX
    part ^= part >> _MIX_SHIFT
    return part


def _spans(word_bytes: bytes) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where each word begins and ends in `word_bytes` (see `_lowered`), and a 64-bit hash of its bytes, never
    0 (its lowest bit is set). A word is read eight bytes at a time, each eight mixed into the hash by a
    multiplication and an xor-shift, both one-to-one: two words of one length up to eight bytes (most words)
    can share a hash only if their mixes differ in the lowest bit alone, and any two words about as rarely as
    two random 63-bit numbers are equal."""
    a = np.frombuffer(word_bytes, dtype=np.uint8)
    inside = a > _NEWLINE  # 0 and the line break are the only bytes under 11 left
    edges = np.flatnonzero(inside[1:] != inside[:-1]) + 1
    if len(a) and inside[0]:
        edges = np.concatenate([[0], edges])
    if len(a) and inside[-1]:
        edges = np.concatenate([edges, [len(a)]])
    start, end = edges[::2], edges[1::2]
    size = end - start
    # eight bytes from any place: reads that need not be aligned, over the bytes and eight zeros
    padded = np.frombuffer(word_bytes + bytes(8), dtype=np.uint8)
    eights = np.ndarray(shape=(len(a),), dtype="<u8", buffer=padded, strides=(1,))
    h = _mixed(size.astype(np.uint64) * _SIZE_MIX, eights[start] & _FIRST_BYTES[np.minimum(size, 8)])
    longer = np.flatnonzero(size > 8)
    done = 8
    while len(longer):
        h[longer] = _mixed(h[longer], eights[start[longer] + done] & _FIRST_BYTES[np.minimum(size[longer] - done, 8)])
        done += 8
        longer = longer[size[longer] > done]
    h |= np.uint64(1)
    return start, end, h


class Batch:
    """Many texts cleaned (`clean_for_tagging`), lower-cased and split into words together.

    `size` texts; `joined` all of them cleaned and lower-cased, a line each (`texts[i]` the i-th, beginning at
    `starts[i]`). Their words (`\\w+`, so "non-refoulement" is two words), one after the other, are known by
    arrays: `hashes[k]` identifies the k-th word (the same word, the same hash), `doc_of[k]` is the text it
    belongs to, `word(k)` spells it. `flat` and `words` spell them all, as one list and a list per text (built
    when first asked for)."""

    def __init__(self, texts: list[str]) -> None:
        joined = "\n".join(t.replace("\n", " ") for t in texts)
        joined = clean_for_tagging(joined)
        self.size = len(texts)
        self.joined, self._bytes = _lowered(joined)
        self._start, self._end, self.hashes = _spans(self._bytes)
        lines = np.flatnonzero(np.frombuffer(self._bytes, dtype=np.uint8) == _NEWLINE)
        self.doc_of = np.searchsorted(lines, self._start)

    def word(self, k: int) -> str:
        """The k-th word."""
        return self._bytes[self._start[k]:self._end[k]].decode("utf-8", "surrogatepass")

    @cached_property
    def texts(self) -> list[str]:
        return self.joined.split("\n") if self.size else []

    @cached_property
    def starts(self) -> list[int]:
        return list(itertools.accumulate((len(t) + 1 for t in self.texts[:-1]), initial=0))

    @cached_property
    def flat(self) -> list[str]:
        b = self._bytes
        return [b[s:e].decode("utf-8", "surrogatepass") for s, e in zip(self._start.tolist(), self._end.tolist(),
                                                                         strict=True)]

    @cached_property
    def words(self) -> list[list[str]]:
        bounds = np.searchsorted(self.doc_of, np.arange(self.size + 1)).tolist()
        flat = self.flat
        return [flat[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


class _HashMemo:
    """Whole numbers (at most 63 bits) remembered by 64-bit hashes (never 0), many looked up at once: an
    open-addressing table in two arrays, at most a quarter full (most hashes are then in their first slot). It
    holds at most `_REMEMBERED` hashes, then starts again (and calls `on_clear`)."""

    def __init__(self, on_clear: Callable[[], None] | None = None) -> None:
        self._on_clear = on_clear
        self.clear()

    def clear(self) -> None:
        self._bits = 10
        self._keys = np.zeros(1 << self._bits, dtype=np.uint64)
        self._values = np.zeros(1 << self._bits, dtype=np.int64)
        self.size = 0
        if self._on_clear is not None:
            self._on_clear()

    def _slots(self, hashes: np.ndarray) -> np.ndarray:
        return (hashes >> np.uint64(64 - self._bits)).astype(np.int64)

    def get(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The value remembered for every hash (0 where none is), and where none is (an array of booleans)."""
        slot = self._slots(hashes)
        key = self._keys[slot]
        values = self._values[slot]
        found = key == hashes
        if found.all():
            return values, ~found
        missing = key == 0
        values[~found] = 0
        todo = np.flatnonzero(~(found | missing))  # another hash holds the slot: look on in the next ones
        slot = slot[todo]
        last = len(self._keys) - 1
        while len(todo):
            slot = (slot + 1) & last
            key = self._keys[slot]
            hit = key == hashes[todo]
            values[todo[hit]] = self._values[slot[hit]]
            empty = key == 0
            missing[todo[empty]] = True
            go_on = ~(hit | empty)
            todo, slot = todo[go_on], slot[go_on]
        return values, missing

    def put(self, hashes: list[int], values: list[int]) -> None:
        """Remember `values[k]` for `hashes[k]` (hashes not remembered yet, each once)."""
        if 4 * (self.size + len(hashes)) > len(self._keys):
            old = self._keys != 0
            keys, kept = self._keys[old].tolist(), self._values[old].tolist()
            while 4 * (self.size + len(hashes)) > (1 << self._bits):
                self._bits += 1
            self._keys = np.zeros(1 << self._bits, dtype=np.uint64)
            self._values = np.zeros(1 << self._bits, dtype=np.int64)
            self.size = 0
            self.put(keys, kept)
        keys_, values_, last = self._keys, self._values, len(self._keys) - 1
        shift = 64 - self._bits
        for h, v in zip(hashes, values, strict=True):
            slot = h >> shift
            while keys_[slot]:
                slot = (slot + 1) & last
            keys_[slot] = h
            values_[slot] = v
        self.size += len(hashes)

    def lookup(self, hashes: np.ndarray, work: Callable[[int], int]) -> np.ndarray:
        """The value of every hash; a hash not remembered yet is worked out by `work(k)`, `k` its first place in
        `hashes`, and remembered."""
        values, missing = self.get(hashes)
        if not missing.any():
            return values
        places = np.flatnonzero(missing)
        new, first, inverse = np.unique(hashes[places], return_index=True, return_inverse=True)
        if self.size + len(new) > _REMEMBERED and self.size:
            self.clear()  # what was found may be undone with it (the model's spellings): look it all up again
            return self.lookup(hashes, work)
        worked = [work(k) for k in places[first].tolist()]
        self.put(new.tolist(), worked)
        values[places] = np.asarray(worked, dtype=np.int64)[inverse]
        return values


class Hits(NamedTuple):
    """Where a lexicon matched in a batch, one entry per match: the text's index, the label's index in
    `Lexicon.labels`, and where the words are: `flat[at]` when `at` >= 0, else `extra[-1 - at]`."""

    doc: np.ndarray
    label: np.ndarray
    at: np.ndarray
    extra: list[str]

    def words(self, batch: Batch, which: np.ndarray | None = None) -> list[str]:
        """The words matched, for every hit or those `which` selects."""
        at = (self.at if which is None else self.at[which]).tolist()
        flat, extra = batch.flat, self.extra
        return [flat[k] if k >= 0 else extra[-1 - k] for k in at]


def _literals(pattern: str) -> list[str] | None:
    """The strings a pattern of words, "(?:a|b)" groups (optionally "?"), and "[sz]" classes matches; None
    when it is more than that ("women.{0,40}political")."""
    m = re.search(r"\(\?:([^()]*)\)(\?)?|\[([a-z]+)\]", pattern)
    if m is None:
        return [pattern] if re.fullmatch(r"[a-zà-ÿ0-9' ,-]+", pattern) else None
    options = m.group(1).split("|") if m.group(1) is not None else list(m.group(3))
    if m.group(2):
        options.append("")
    head, tail = pattern[:m.start()], pattern[m.end():]
    out: list[str] = []
    for option in options:
        rest = _literals(head + option + tail)
        if rest is None:
            return None
        out += rest
    return out


def _opening_literal(pattern: str) -> str:
    """The text every match of `pattern` begins with: its opening run of plain characters, less the last one
    when a quantifier follows it ("colou?r" begins with "colo")."""
    run = re.match(r"[a-z0-9 ,'-]*", pattern).group(0)
    return run[:-1] if run and pattern[len(run):len(run) + 1] in ("?", "*", "{") else run


class _Sets:
    """Tuples of whole numbers, each given a code the first time it is seen (code 0: the empty tuple), and all of
    them as two arrays for numpy (`expand`)."""

    def __init__(self) -> None:
        self.tuples: list[tuple[int, ...]] = [()]
        self._code_of: dict[tuple[int, ...], int] = {(): 0}
        self._arrays_for = 0
        self._offsets = np.zeros(2, dtype=np.int64)
        self._flat = np.zeros(0, dtype=np.int64)

    def code(self, values: tuple[int, ...]) -> int:
        code = self._code_of.get(values)
        if code is None:
            code = self._code_of[values] = len(self.tuples)
            self.tuples.append(values)
        return code

    def expand(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For an array of codes: for every value of every code's tuple, the code's place in `codes` and the
        value, in order."""
        if self._arrays_for != len(self.tuples):
            self._offsets = np.concatenate([[0], np.cumsum([len(t) for t in self.tuples])]).astype(np.int64)
            self._flat = np.array([k for t in self.tuples for k in t], dtype=np.int64)
            self._arrays_for = len(self.tuples)
        offsets = self._offsets
        sizes = offsets[codes + 1] - offsets[codes]
        which = np.repeat(np.arange(len(codes)), sizes)
        return which, self._flat[np.repeat(offsets[codes] - np.cumsum(sizes) + sizes, sizes) + np.arange(len(which))]


class Lexicon:
    """Keyword lexicons matched on words, for speed.

    Most keywords are word beginnings ("discriminat" matches "discrimination" and "discriminatie"), whole words
    ("werk\\b" matches "werk", not "postennetwerk") or phrases, whose last word is a beginning too ("hate crime"
    matches "hate crimes"; "non-citizen" is the phrase "non citizen"; "social (?:security|protection)" is two
    phrases). The few that need more ("women.{0,40}political") stay regular expressions, each searched only in
    batches that hold its opening words."""

    def __init__(self, entries: list[tuple[str, str]]) -> None:
        from opvolging.extract.patterns import _top_level_alternatives

        self.labels: list[str] = list(dict.fromkeys(label for label, _ in entries))
        index = {label: k for k, label in enumerate(self.labels)}
        self.stems: dict[str, set[int]] = {}
        self.whole_words: dict[str, set[int]] = {}
        # first word → (words, label, whether the last word is whole, the phrase)
        self.phrases: dict[str, list[tuple[tuple[str, ...], int, bool, str]]] = {}
        self.patterns: list[tuple[re.Pattern[str], int, str]] = []
        for label, pattern in entries:
            for alt in _top_level_alternatives(pattern):
                core = alt.removeprefix(r"\b")
                whole = core.endswith(r"\b")
                core = core.removesuffix(r"\b")
                literals = _literals(core)
                if literals is None:
                    self.patterns.append((re.compile(alt), index[label], _opening_literal(core)))
                    continue
                for text in literals:
                    parts = tuple(_WORD.findall(text))
                    if len(parts) > 1:
                        self.phrases.setdefault(parts[0], []).append((parts, index[label], whole, text))
                    elif parts:
                        (self.whole_words if whole else self.stems).setdefault(parts[0], set()).add(index[label])
        # every phrase (label, text), numbered; how many words to read where a phrase may start; the phrases
        # found at words read before (a code of `_found`)
        self._phrase_list: list[tuple[int, str]] = [(p[1], p[3]) for ps in self.phrases.values() for p in ps]
        self._phrase_number = {phrase: k for k, phrase in enumerate(self._phrase_list)}
        self._phrase_labels = np.array([label for label, _ in self._phrase_list] or [0], dtype=np.int64)
        # each phrase's words, once however many labels it serves: a word is known by its place
        self._phrase_texts = list(dict.fromkeys(text for _, text in self._phrase_list))
        place = {text: k for k, text in enumerate(self._phrase_texts)}
        self._phrase_places = np.array([place[text] for _, text in self._phrase_list] or [0], dtype=np.int64)
        self._phrase_sizes = np.array([len(p[0]) for ps in self.phrases.values() for p in ps] or [0], dtype=np.int64)
        self._phrase_span = {first: max(len(p[0]) for p in ps) for first, ps in self.phrases.items()}
        self._longest_stem = max(map(len, self.stems), default=0)
        self._phrase_memo = _HashMemo()  # by the hashes of the words where a phrase may start: a code of _found
        self._found = _Sets()
        # a word's hash → the code of the labels it matches (a code of `_sets`)
        self._word_codes = _HashMemo()
        self._sets = _Sets()

    @_serialized
    def code(self, word: str) -> int:
        """The code of the labels `word` matches (0: none), as a whole word or by a stem it begins with. Where a
        phrase may begin at the word, its labels hold -n too, n the most words such a phrase has. (Callers
        remember it: `codes`, `TagModel._codes_of`.)"""
        labels = set(self.whole_words.get(word, ()))
        for n in range(3, min(len(word), self._longest_stem) + 1):  # (a "word" may be a page of letters)
            labels.update(self.stems.get(word[:n], ()))
        if word in self.phrases:
            labels.add(-self._phrase_span[word])
        return self._sets.code(tuple(sorted(labels)))

    def _phrases_at(self, words: tuple[str, ...]) -> list[tuple[int, str]]:
        """The phrases (label, phrase) that `words` begin with (`hits` drops those that run into the next
        text)."""
        out = []
        for parts, label, whole, text in self.phrases[words[0]]:
            n = len(parts)
            tail = words[1:n]
            if len(tail) == n - 1 and tail[:-1] == parts[1:-1] and (
                    tail[-1] == parts[-1] or (not whole and tail[-1].startswith(parts[-1]))):
                out.append((label, text))
        return out

    @_serialized
    def codes(self, batch: Batch) -> np.ndarray:
        """`code(w)` of every word of `batch`, by the words' hashes (remembered)."""
        return self._word_codes.lookup(batch.hashes, lambda k: self.code(batch.word(k)))

    @_serialized
    def hits(self, batch: Batch, codes: np.ndarray | None = None) -> Hits:
        """Every match in every text of `batch`. `codes`, when given, holds `code(w)` of every word (`codes`)."""
        if codes is None:
            codes = self.codes(batch)
        pos = np.flatnonzero(codes)
        which, label = self._sets.expand(codes[pos])
        at = pos[which]
        doc = batch.doc_of[at]
        phrase = label < 0
        if phrase.any():
            # where a phrase may start: the phrases found there, by the words that follow (remembered by their
            # hashes; a phrase is read at most up to the last word of the batch)
            n_words, found = len(batch.hashes), self._found
            begins = at[phrase]
            span = np.minimum(-label[phrase], n_words - begins)
            key = batch.hashes[begins]
            for j in range(1, int(span.max())):
                longer = np.flatnonzero(span > j)
                key[longer] = _mixed(key[longer], batch.hashes[begins[longer] + j])
            key |= np.uint64(1)

            def work(k: int) -> int:
                first = int(begins[k])
                words = tuple(batch.word(w) for w in range(first, first + int(span[k])))
                return found.code(tuple(self._phrase_number[p] for p in self._phrases_at(words)))

            which, number = found.expand(self._phrase_memo.lookup(key, work))
            # a phrase read on into the next text is not one
            start = begins[which]
            last = np.minimum(start + self._phrase_sizes[number] - 1, n_words - 1)
            inside = batch.doc_of[last] == batch.doc_of[start]
            keep = ~phrase
            doc = np.concatenate([doc[keep], batch.doc_of[start[inside]]])
            label = np.concatenate([label[keep], self._phrase_labels[number[inside]]])
            at = np.concatenate([at[keep], -1 - self._phrase_places[number[inside]]])
        # the words of a phrase, and of a pattern's match, are in `extra`, each text once (so that words, too,
        # are known by their places)
        extra = list(self._phrase_texts)
        extra_doc: list[int] = []
        extra_label: list[int] = []
        extra_at: list[int] = []
        matched: dict[str, int] = {}
        for rx, plabel, literal in self.patterns:
            if literal in batch.joined:
                for m in rx.finditer(batch.joined):  # "." stops at the end of a text's line
                    extra_doc.append(bisect.bisect_right(batch.starts, m.start()) - 1)
                    extra_label.append(plabel)
                    text = m.group(0)
                    if text not in matched:
                        matched[text] = len(extra)
                        extra.append(text)
                    extra_at.append(-1 - matched[text])
        if extra_doc:
            doc = np.concatenate([doc, np.asarray(extra_doc, dtype=np.int64)])
            label = np.concatenate([label, np.asarray(extra_label, dtype=np.int64)])
            at = np.concatenate([at, np.asarray(extra_at, dtype=np.int64)])
        return Hits(doc, label, at, extra)

    def match_batch(self, batch: Batch) -> list[dict[str, list[str]]]:
        """For every text of `batch`: {label: [the words that matched, each once]}."""
        out: list[dict[str, list[str]]] = [{} for _ in range(batch.size)]
        hits = self.hits(batch)
        labels = self.labels
        for d, k, word in zip(hits.doc.tolist(), hits.label.tolist(), hits.words(batch), strict=True):
            words = out[d].setdefault(labels[k], [])
            if word not in words:
                words.append(word)
        return out

    def match(self, text: str) -> dict[str, list[str]]:
        """{label: [the words that matched]} for one text."""
        return self.match_batch(Batch([text]))[0]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Every taxonomy entry's lexicon, as one `Lexicon` keyed by label ("sdg:16", "theme:…", "person:…")."""
    tax = taxonomy()
    entries = [(f"sdg:{e['number']}", e["lexicon"]) for e in tax["sdgs"]]
    entries += [(f"theme:{e['en']}", e["lexicon"]) for e in tax["themes"]]
    entries += [(f"person:{e['en']}", e["lexicon"]) for e in tax["affected_persons"]]
    return Lexicon(entries)


class Tag(NamedTuple):
    label: str  # "sdg:16", "theme:Right to health", "person:Women"
    score: float
    words: tuple[str, ...]


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@_serialized
def analyze(words: list[str], stop_words: frozenset[str]) -> list[str]:
    """The model's terms for a text's words: English Snowball stems of the words of two letters or more that
    are not stop words. The build script and `TagModel` both use it, so they cannot disagree."""
    stem = _stemmer().stemWord
    return [stem(w) for w in words if len(w) > 1 and w not in stop_words]


_CODE_BITS = 20  # a lexicon's codes, and the model's terms (plus one), are fewer than 2**20
_CODE_MASK = (1 << _CODE_BITS) - 1
_WEIGHT_STEPS = (1 << 20) - 1  # a weight in steps of about a millionth of the model's highest weight
_CHUNK = 12_000  # pairs: arrays of whole numbers of 96 kB, under malloc's threshold (128 kB) for mapping memory


class TagModel:
    """The shipped linear model (see module docstring). `tags_batch` scores every label of many texts."""

    def __init__(self, path) -> None:
        with np.load(path, allow_pickle=False) as z:
            self.terms: list[str] = z["vocabulary"].tolist()
            self.idf = z["idf"].astype(np.float64)
            self.weights = z["weights"]
            self.bias = z["bias"]
            self.thresholds = z["thresholds"]
            # the same thresholds on the logits, so that only the tags' probabilities need working out
            t = self.thresholds.astype(np.float64)
            self._threshold_logits = np.log(t / (1 - t)).astype(np.float32)
            self.labels: list[str] = z["labels"].tolist()
            self.flag_labels: list[str] = z["flag_labels"].tolist()
            self.stop_words = frozenset(z["stop_words"].tolist())
            self.version = str(z["taxonomy_version"])
            # labels seen too few times to learn: tagged wherever their keywords occur (score 1.0; see the build
            # script)
            self.keyword_labels = (z["by_keywords"] if "by_keywords" in z.files
                                   else np.zeros(len(self.labels), dtype=bool))
            # the probability the model must give a keyword label for its keywords to tag it (0: always)
            floor = (z["keyword_floor"].astype(np.float64) if "keyword_floor" in z.files
                     else np.zeros(len(self.labels)))
            self._floor_logits = np.where(floor > 0, np.log(np.maximum(floor, 1e-9) / (1 - np.minimum(floor, 0.999))),
                                          -np.inf).astype(np.float32)
        self._term_index = {t: i for i, t in enumerate(self.terms)}
        self._spellings: list[str] = []  # the words remembered, each once
        self._codes = _HashMemo(on_clear=self._spellings.clear)  # word's hash → its code (see `_codes_of`)
        self._codes_for: Lexicon | None = None
        self._lexicon_rows: tuple[Lexicon, np.ndarray, np.ndarray] | None = None
        # the weights with one more row of zeros, the row of padding
        self._padded_weights = np.vstack([self.weights, np.zeros((1, self.weights.shape[1]), dtype=np.float32)])
        # the same, a label's weights after another: one tag's candidates are read from one stretch of memory
        self._label_major_weights = np.ascontiguousarray(self._padded_weights.T).ravel()
        self._top_weight = max(float(self.weights.max(initial=0.0)), 1e-9)  # no pair weighs more: values are <= 1

    def _codes_of(self, batch: Batch, lex: Lexicon) -> np.ndarray:
        """Each word's spelling, term and `lex` code as one number: spelling << 40 | (term + 1) << 20 | code, the
        spelling its place in `_spellings`, the term its index in `terms` (-1: none). Remembered by the words'
        hashes (at most `_REMEMBERED` words: then it starts again)."""
        spellings, stop_words, term_index = self._spellings, self.stop_words, self._term_index

        def code(k: int) -> int:
            word = batch.word(k)
            terms = analyze([word], stop_words)
            term = term_index.get(terms[0], -1) + 1 if terms else 0
            spellings.append(word)
            return (len(spellings) - 1) << 2 * _CODE_BITS | term << _CODE_BITS | lex.code(word)

        return self._codes.lookup(batch.hashes, code)

    def _for_lexicon(self, lex: Lexicon) -> tuple[np.ndarray, np.ndarray]:
        """For each of `lex`'s labels: its flag's row in the weights (the padding row when the model has none), and
        its index in `labels` when it is one of the `keyword_labels` (else -1)."""
        cached = self._lexicon_rows
        if cached is None or cached[0] is not lex:
            where = {label: len(self.terms) + k for k, label in enumerate(self.flag_labels)}
            pad = len(self.weights)
            keyword = {label: j for j, label in enumerate(self.labels) if self.keyword_labels[j]}
            cached = (lex, np.array([where.get(label, pad) for label in lex.labels], dtype=np.int64),
                      np.array([keyword.get(label, -1) for label in lex.labels], dtype=np.int64))
            self._lexicon_rows = cached
        return cached[1], cached[2]

    def _evidence(self, ti: np.ndarray, lj: np.ndarray, sizes: np.ndarray, starts: np.ndarray, rows: np.ndarray,
                  values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each tag (text `ti[k]`, label `lj[k]`), the (up to) three pairs of its text that weighed most for it:
        three arrays, the tag `k`, the rank (0, 1, 2) and the pair's place in `rows` and `values` (the pairs of
        every text, `sizes[i]` of them from `starts[i]`). A pair that weighed nothing for the tag, or against it,
        is never evidence.

        A tag's candidates are all its text's pairs, so there are many (27,000 on the bare UPR list). Each gets one
        whole number, its weight for the tag in steps of a millionth of the model's highest weight and then its
        place in the text (an earlier place wins a tie), so that the highest of a tag's numbers is its best pair:
        three rounds of `np.maximum.reduceat` give the three best, each round after striking out the last one's
        choice. The candidates are read in chunks of about `_CHUNK`: arrays under malloc's threshold for mapping
        fresh memory are served from the memory it keeps, where larger ones are mapped and faulted in anew every
        time."""
        n_rows = self._padded_weights.shape[0]
        weights = self._label_major_weights
        place_bits = max(1, (n_rows - 1).bit_length())  # a text has no more pairs than the model has rows
        last_place = (1 << place_bits) - 1
        seg_all = sizes[ti]
        ends = np.cumsum(seg_all)
        cuts = np.searchsorted(ends, np.arange(_CHUNK, int(ends[-1]), _CHUNK)).tolist()
        step = -_WEIGHT_STEPS / self._top_weight
        label_at = lj * n_rows  # where each tag's label begins in `weights`
        out: list[tuple[np.ndarray, int, np.ndarray]] = []
        for a, b in zip([0, *cuts], [*cuts, len(ti)], strict=True):
            seg = seg_all[a:b]
            tag = np.flatnonzero(seg)  # tags without pairs: the bias alone reached the threshold
            if not len(tag):
                continue
            tag += a
            seg = seg_all[tag]
            s_start = np.cumsum(seg) - seg  # a tag's candidates are s_start[k]:s_start[k] + seg[k]
            where = np.arange(int(s_start[-1] + seg[-1]))
            first = starts[ti[tag]]
            pair = np.repeat(first - s_start, seg)
            pair += where
            weight = weights[np.repeat(label_at[tag], seg) + rows[pair]]
            weight *= values[pair]
            # the steps that did not weigh (at most all of them), so that a weight under one step still counts
            weight *= step
            weight += _WEIGHT_STEPS
            np.minimum(weight, _WEIGHT_STEPS, out=weight)
            key = weight.astype(np.int64)
            np.subtract(_WEIGHT_STEPS, key, out=key)  # the steps weighed: 0 when nothing or against
            key <<= place_bits
            key -= where  # and last_place less the place in the text
            key += np.repeat(s_start + last_place, seg)
            for rank in range(3):
                best = np.maximum.reduceat(key, s_start)
                chosen = np.flatnonzero(best > last_place)  # it weighed (a struck-out pair is -1)
                if not len(chosen):
                    break
                place = last_place - (best[chosen] & last_place)
                out.append((tag[chosen], rank, first[chosen] + place))
                key[s_start[chosen] + place] = -1
        if not out:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return (np.concatenate([t for t, _, _ in out]),
                np.concatenate([np.full(len(t), r, dtype=np.int64) for t, r, _ in out]),
                np.concatenate([p for _, _, p in out]))

    def tags(self, text: str) -> list[Tag]:
        """The labels whose probability reaches their threshold, with the words that weighed most for each."""
        batch = Batch([text])
        return self.tags_batch(batch, lexicon())[0]

    def tags_batch(self, batch: Batch, lex: Lexicon) -> list[list[Tag]]:
        """`tags` for every text of `batch`; `lex` gives the lexicon flags."""
        out: list[list[Tag]] = [[] for _ in range(batch.size)]
        ti, lj, scores, said = self.scored(batch, lex)
        for i, j, score, words in zip(ti.tolist(), lj.tolist(), scores, said, strict=True):
            out[i].append(Tag(self.labels[j], score, words))
        return out

    @_serialized
    def scored(self, batch: Batch, lex: Lexicon) -> tuple[np.ndarray, np.ndarray, list[float],
                                                          list[tuple[str, ...]]]:
        """The tags of every text of `batch`, ordered by text, then by label: the text's index and the label's
        index in `labels` (two arrays), the probability and the (up to three) words that weighed most for it (two
        lists; the words of a tag are a tuple: made by slicing one tuple, they cost less than lists)."""
        n = batch.size
        if not n:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), [], []  # no tags
        # each word's spelling, term and lexicon code in one lookup (see `_codes_of`)
        if self._codes_for is not lex:  # the codes remembered are another lexicon's
            self._codes.clear()
            self._codes_for = lex
        both = self._codes_of(batch, lex)
        hits = lex.hits(batch, both & _CODE_MASK)
        # the pairs (text, column): a column is a term (its row in the weights) or, after the terms, a lexicon label
        # whose keywords the text holds. One np.unique orders them by text, then by column, and counts the terms.
        n_terms, n_lex = len(self.terms), len(lex.labels)
        width = n_terms + n_lex
        term = (both >> _CODE_BITS & _CODE_MASK) - 1
        keep = np.flatnonzero(term >= 0)
        n_words = len(keep)
        key, first, counts = np.unique(np.concatenate([batch.doc_of[keep] * width + term[keep],
                                                       hits.doc * width + (n_terms + hits.label)]),
                                       return_index=True, return_counts=True)
        doc, column = key // width, key % width
        is_term = column < n_terms
        label = np.maximum(column - n_terms, 0)  # a flag's label in `lex.labels`
        flag_rows, keyword_labels = self._for_lexicon(lex)
        rows = np.where(is_term, column, flag_rows[label])
        # a pair's word: a term's first word in its text, a keyword's first match (a word of the batch when >= 0,
        # else of `hits.extra`)
        word_at = np.where(first < n_words, keep[np.minimum(first, n_words - 1)] if n_words else 0,
                           hits.at[np.maximum(first - n_words, 0)] if len(hits.at) else 0)
        # a term's value: its TF-IDF (sublinear counts, each text's terms of length 1); a flag's: 1
        values = np.ones(len(key))
        term_doc, term_row = doc[is_term], column[is_term]
        vals = (1 + np.log(counts[is_term])) * self.idf[term_row]
        norms = np.sqrt(np.bincount(term_doc, weights=vals * vals, minlength=n))
        values[is_term] = vals / norms[term_doc]
        values = values.astype(np.float32)
        sizes = np.bincount(doc, minlength=n)
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        n_rows, n_labels = self._padded_weights.shape
        # a sparse product: scipy's own loop, on one core. A dense one goes to BLAS, whose threads, asleep
        # after the rest of the extraction, take longer to wake than the product takes.
        pairs = sparse.csr_array((values, rows, np.concatenate([[0], np.cumsum(sizes)])), shape=(n, n_rows))
        logits = pairs @ self._padded_weights
        logits += self.bias
        tagged = logits >= self._threshold_logits  # the probability reaches the threshold
        # a keyword label (an SDG, or a label the model saw too few times to learn) is tagged where its keywords
        # occur and the model gives it at least its floor (and did not tag it itself)
        keyword_label = np.where(is_term, -1, keyword_labels[label])
        by_keyword = np.flatnonzero(keyword_label >= 0)
        at_keyword = doc[by_keyword] * n_labels + keyword_label[by_keyword]
        floor = self._floor_logits[keyword_label[by_keyword]]
        fresh = ~tagged.ravel()[at_keyword] & (logits.ravel()[at_keyword] >= floor)
        by_keyword, at_keyword = by_keyword[fresh], at_keyword[fresh]
        tagged.ravel()[at_keyword] = True  # (`tagged` is contiguous: ravel is a view)
        at_tag = np.flatnonzero(tagged)
        ti, lj = at_tag // n_labels, at_tag % n_labels  # (faster than a two-dimensional np.nonzero)
        if not len(ti):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), [], []  # no tags
        # each tag's words, the words of the pairs that weighed most, by their places in the pool of `_spellings`
        # and then `hits.extra`: a word of the batch is known by its spelling, a phrase or a pattern's match by its
        # place in `hits.extra`
        tag_of, rank, pair = self._evidence(ti, lj, sizes, starts, rows, values)
        pool = self._spellings
        n_spellings = len(pool)

        def in_pool(at: np.ndarray) -> np.ndarray:  # a word of the batch, or of `hits.extra`: its place in the pool
            return np.where(at >= 0, both[np.maximum(at, 0)] >> 2 * _CODE_BITS, n_spellings - 1 - at)

        table = np.full((len(ti), 3), -1, dtype=np.int64)
        table[tag_of, rank] = in_pool(word_at[pair])
        scores = np.round((1 / (1 + np.exp(-logits.ravel()[at_tag]))).astype(np.float64), 3)
        if len(at_keyword):  # a keyword tag: score 1.0, its keyword's first match
            k = np.searchsorted(at_tag, at_keyword)
            table[k] = -1
            table[k, 0] = in_pool(word_at[by_keyword])
            scores[k] = 1.0
        # a word that weighed twice (as a term and as a keyword, or as the keyword of two labels) is said once:
        # each word has one place in the pool
        second, third = table[:, 1], table[:, 2]
        third[(third == table[:, 0]) | (third == second)] = -1
        second[second == table[:, 0]] = -1
        said = table >= 0
        pool += hits.extra  # for a moment: the pool is the spellings and then the extra words
        try:
            kept = itemgetter(*table[said].tolist())(pool) if said.sum() > 1 else tuple(pool[k] for k in table[said])
        finally:
            del pool[n_spellings:]
        bounds = np.concatenate([[0], np.cumsum(said.sum(axis=1))]).tolist()
        words = [kept[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        return ti, lj, scores.tolist(), words


@lru_cache(maxsize=1)
def model() -> TagModel | None:
    """The shipped model, or None when the package has none (then the lexicon tags English too)."""
    path = resources.files("opvolging.data").joinpath("tag_model.npz")
    if not path.is_file():
        return None
    with resources.as_file(path) as p:
        return TagModel(p)


def lexicon_tags(text: str) -> list[Tag]:
    """Labels whose lexicon matches `text`, each with the words that matched (score 1.0: a keyword rule)."""
    return [Tag(label, 1.0, tuple(words[:3])) for label, words in lexicon().match(text).items()]


def tag(recs: list[Recommendation], language: str, responses: list[Response] | None = None,
        commitments: list[Commitment] | None = None) -> None:
    """Set themes, SDGs, affected persons and their evidence on every recommendation not tagged by print.

    English recommendations are tagged by the model on their own text. Others are tagged by the lexicon on
    their text and, when `responses` has it, the answer to them, and the promises (`commitments`) made in that
    answer (see `lexicon_found`)."""
    todo = [rec for rec in recs if rec.tags_source != "printed"]
    if not todo:
        return
    m = model() if language == "en" else None
    if m is not None:
        _set_tags(todo, m.labels, *m.scored(Batch([rec.text for rec in todo]), lexicon()), source="model")
        return
    answer = {r.id: r for r in responses or []}
    answers = [answer.get(rec.response_id or "") for rec in todo]
    # each answer's promises: the sentences of the commitments stated inside it
    mentions = [mention for c in commitments or [] for mention in c.mentions]
    promises = [" ".join(p.text for p in mentions if a.span[0] <= p.span[0] and p.span[1] <= a.span[1]) if a else ""
                for a in answers]
    found = lexicon_found([rec.text for rec in todo], [a.text if a else "" for a in answers], promises)
    labels = sorted({label for hits in found for label in hits})
    index = {label: j for j, label in enumerate(labels)}
    ti, lj, scores, words = [], [], [], []
    for i, hits in enumerate(found):
        for label in sorted(hits, key=index.__getitem__):
            ti.append(i)
            lj.append(index[label])
            scores.append(hits[label][0])
            words.append(hits[label][1])
    _set_tags(todo, labels, ti, lj, scores, words, source="lexicon")


ANSWER_SCORE = 0.5  # a tag read from the answer alone: named twice there, or once in a promise it makes
_TITLE = re.compile(r"«[^«»\n]*»")  # a document's title: "de beleidsbrief «Mensenrechten, democratie en …»"


def lexicon_found(texts: list[str], answers: list[str],
                  promises: list[str] | None = None) -> list[dict[str, tuple[float, tuple[str, ...]]]]:
    """For every text: {label: (score, (up to three words))}, from the lexicon. A label matched in the text
    scores 1.0. One not in the text scores `ANSWER_SCORE` when its answer names it at least twice, or when a
    promise made in that answer (`promises`: the commitments' sentences there, one string per text) names it:
    a letter's answer is long and touches many subjects in passing, so one mention in passing is not enough,
    but what the government promises to do is what the answer is about. A title in «» names a document, not a
    subject, and is not read in answers or promises."""
    lex = lexicon()
    n = len(texts)
    promises = promises or [""] * n
    # one batch: the texts, then their answers, then their promises
    batch = Batch(texts + [_TITLE.sub(" ", a) for a in answers] + [_TITLE.sub(" ", p) for p in promises])
    hits = lex.hits(batch)
    found: dict[tuple[int, int], list[str]] = {}
    for d, k, word in zip(hits.doc.tolist(), hits.label.tolist(), hits.words(batch), strict=True):
        found.setdefault((d, k), []).append(word)
    out: list[dict[str, tuple[float, tuple[str, ...]]]] = [{} for _ in range(n)]
    for (d, k), words in sorted(found.items(), key=lambda item: item[0][0]):  # texts, then answers, then promises
        part, d = divmod(d, n)
        label = lex.labels[k]
        if part == 0 or (label not in out[d] and (part == 2 or len(words) >= 2)):
            out[d][label] = (1.0 if part == 0 else ANSWER_SCORE, tuple(dict.fromkeys(words))[:3])
    return out


def _set_tags(recs: list[Recommendation], labels: list[str], ti: Sequence[int] | np.ndarray,
              lj: Sequence[int] | np.ndarray, scores: list[float], words: list[tuple[str, ...]], source: str) -> None:
    """Write tags onto `recs`: the k-th tag is `labels[lj[k]]` on `recs[ti[k]]`, ordered by `ti`, then by `lj`.
    `labels` is sorted, so each text's affected persons ("person:…") come before its SDGs ("sdg:…"), and those
    before its themes ("theme:…")."""
    first_sdg, first_theme, label_array, names = _label_names(tuple(labels))
    ti, lj = np.asarray(ti, dtype=np.int64), np.asarray(lj, dtype=np.int64)
    tag_labels = label_array[lj].tolist()
    tag_names = names[lj].tolist()
    evidence = [{"score": s, "words": w} for s, w in zip(scores, words, strict=True)]
    n = len(labels)
    bounds = np.searchsorted(ti * n + lj, (np.arange(len(recs))[:, None] * n + [0, first_sdg, first_theme, n]).ravel())
    for rec, (a, b, c, d) in zip(recs, bounds.reshape(-1, 4).tolist(), strict=True):
        rec.tag_evidence = dict(zip(tag_labels[a:d], evidence[a:d], strict=True))
        rec.affected_persons = tag_names[a:b]
        rec.sdgs = sorted(tag_names[b:c])
        rec.themes = tag_names[c:d]
        rec.tags_source = source


@lru_cache(maxsize=8)
def _label_names(labels: tuple[str, ...]) -> tuple[int, int, np.ndarray, np.ndarray]:
    """Where the SDGs and the themes begin in sorted `labels`; the labels, and each one's name ("sdg:16" → 16),
    as arrays of Python objects (so that a whole batch's are picked in one step)."""
    first_sdg = bisect.bisect_left(labels, "sdg:")
    first_theme = bisect.bisect_left(labels, "theme:")
    names: list[str | int] = [label.partition(":")[2] for label in labels]
    names[first_sdg:first_theme] = [int(n) for n in names[first_sdg:first_theme]]
    label_array, name_array = np.empty(len(labels), dtype=object), np.empty(len(labels), dtype=object)
    label_array[:], name_array[:] = labels, names
    return first_sdg, first_theme, label_array, name_array
