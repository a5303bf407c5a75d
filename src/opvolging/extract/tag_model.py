"""The English tag model (`data/tag_model.npz`, built by `scripts/build_tag_model.py`): TF-IDF of word stems
plus the lexicon's flags, a logistic regression per label (`TagModel`, `model()`)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from operator import itemgetter

import numpy as np
from scipy import sparse

from opvolging.extract.tag_lexicon import Lexicon, Tag, lexicon
from opvolging.extract.tag_words import Batch, _HashMemo, _serialized


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
