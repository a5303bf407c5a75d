"""The words of a batch of texts for tagging: the taxonomy, texts cleaned of what names no subject, lower-cased
and split into words, each known by where it is and by a 64-bit hash (`Batch`, `_HashMemo`); one lock for the
stemmer and the memos, which are not thread-safe (`_serialized`)."""

from __future__ import annotations

import itertools
import json
import re
import threading
from collections.abc import Callable
from functools import cached_property, lru_cache, wraps
from importlib import resources
from typing import NamedTuple

import numpy as np

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
