"""The keyword lexicon of the taxonomy: each label's keywords (word beginnings and patterns) found in a batch's
words, with the words that matched (`Lexicon`, `lexicon()`)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from opvolging.extract.tag_words import _WORD, Batch, Hits, _HashMemo, _mixed, _serialized, taxonomy


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
