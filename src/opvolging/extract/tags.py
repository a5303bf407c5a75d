"""Tags: themes, SDGs and affected persons on every recommendation, with the evidence for each.

Two components, both shipped in the package and loaded without any network:
- the taxonomy (`data/taxonomy.json`): the 17 SDGs, the UHRI human-rights themes and affected persons, in
  English and Dutch, each with a keyword lexicon;
- for English, a linear model (`data/tag_model.npz`, built by `scripts/build_tag_model.py` from the UN's own
  labels): TF-IDF of words and word pairs plus the SDG lexicon flags, one logistic regression per label.
Dutch recommendations, and English ones when the model is absent, are tagged by the lexicon.

Where a document prints its tags (UPR thematic lists), those are kept and marked "printed"; nothing here
overwrites them.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from opvolging.model import Recommendation

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # as scikit-learn's TfidfVectorizer tokenizes


@lru_cache(maxsize=1)
def taxonomy() -> dict:
    """The taxonomy file: {"version", "sdgs", "themes", "affected_persons"} (see module docstring)."""
    return json.loads(resources.files("opvolging.data").joinpath("taxonomy.json").read_text(encoding="utf-8"))


@dataclass
class Lexicon:
    """Keyword lexicons compiled for speed: most keywords are word beginnings ("discriminat" matches
    "discrimination" and "discriminatie"), whole words ("werk\\b" matches "werk", not "postennetwerk"), or
    phrases ("social security"); the few that need more stay regular expressions."""

    stems: dict[str, set[str]]
    words: dict[str, set[str]]
    phrases: list[tuple[str, set[str]]]
    patterns: list[tuple[re.Pattern[str], set[str]]]

    def _token_labels(self, token: str) -> frozenset[str]:
        """Labels one word matches (as a whole word or by a stem it begins with); remembered per word."""
        hit = self._memo.get(token)
        if hit is None:
            labels = set(self.words.get(token, ()))
            for n in range(3, len(token) + 1):
                labels.update(self.stems.get(token[:n], ()))
            hit = self._memo[token] = frozenset(labels)
        return hit

    def __post_init__(self) -> None:
        self._memo: dict[str, frozenset[str]] = {}
        self.index()

    def index(self) -> None:
        """(Re)build the lookups over `phrases` and `patterns`; `build` calls it once they are complete."""
        self._gated = [(rx, labels, re.match(r"[a-z0-9 ,'-]*", rx.pattern).group(0)) for rx, labels in self.patterns]
        self._phrases_by_first: dict[str, list[tuple[str, set[str]]]] = {}
        for phrase, labels in self.phrases:
            first = _WORD.findall(phrase)[0]
            self._phrases_by_first.setdefault(first, []).append((phrase, labels))

    @classmethod
    def build(cls, entries: list[tuple[str, str]]) -> Lexicon:
        from opvolging.extract.patterns import _top_level_alternatives

        lex = cls({}, {}, [], [])
        for label, pattern in entries:
            for alt in _top_level_alternatives(pattern):
                core = alt.removeprefix(r"\b")
                whole = core.endswith(r"\b")
                core = core.removesuffix(r"\b")
                if re.fullmatch(r"[a-zà-ÿ0-9' -]+", core):
                    if " " in core:
                        lex.phrases.append((core, {label}))
                    elif whole:
                        lex.words.setdefault(core, set()).add(label)
                    else:
                        lex.stems.setdefault(core, set()).add(label)
                else:
                    lex.patterns.append((re.compile(alt), {label}))
        lex.index()
        return lex

    def match(self, text: str) -> dict[str, list[str]]:
        """{label: [the words that matched]} for lower-cased `text`."""
        found: dict[str, list[str]] = {}

        def add(labels: set[str], word: str) -> None:
            for label in labels:
                words = found.setdefault(label, [])
                if word not in words:
                    words.append(word)

        tokens = _WORD.findall(text)
        for token in tokens:
            hit = self._token_labels(token)
            if hit:
                add(hit, token)
        padded = f" {text}"
        for token in set(tokens):
            for phrase, labels in self._phrases_by_first.get(token, ()):
                if f" {phrase}" in padded:
                    add(labels, phrase)
        for rx, labels, literal in self._gated:
            if literal in text:  # each pattern opens with a literal; without it there is nothing to search
                m = rx.search(text)
                if m:
                    add(labels, m.group(0))
        return found


_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    """Every taxonomy entry's lexicon, as one `Lexicon` keyed by label ("sdg:16", "theme:…", "person:…")."""
    tax = taxonomy()
    entries = [(f"sdg:{e['number']}", e["lexicon"]) for e in tax["sdgs"]]
    entries += [(f"theme:{e['en']}", e["lexicon"]) for e in tax["themes"]]
    entries += [(f"person:{e['en']}", e["lexicon"]) for e in tax["affected_persons"]]
    return Lexicon.build(entries)


SDG_LABELS = tuple(f"sdg:{n}" for n in range(1, 18))


@lru_cache(maxsize=1)
def _sdg_lexicon() -> Lexicon:
    return Lexicon.build([(f"sdg:{e['number']}", e["lexicon"]) for e in taxonomy()["sdgs"]])


def lexicon_flags(text: str) -> list[float]:
    """One flag per SDG (1..17): 1.0 when the SDG's lexicon matches `text`. A model feature."""
    found = _sdg_lexicon().match(text.lower())
    return [1.0 if label in found else 0.0 for label in SDG_LABELS]


# Parenthesised groups that close a recommendation or one of its parts: the States that made it.
_CLOSING_GROUPS = re.compile(r"(?:\s*\((?:[^()]|\([^()]*\))*\))+(?=\s*(?:;|$))")


def clean_for_tagging(text: str) -> str:
    """The words that carry the subject: recommending States ("(France) (Lithuania);") are left out."""
    return _CLOSING_GROUPS.sub("", text) if "(" in text else text


class Tag(NamedTuple):
    label: str  # "sdg:16", "theme:Right to health", "person:Women"
    score: float
    words: tuple[str, ...]


class TagModel:
    """The shipped linear model (see module docstring). `scores(text)` gives every label's probability."""

    def __init__(self, path) -> None:
        import numpy as np

        with np.load(path, allow_pickle=False) as z:
            self.vocabulary = {t: i for i, t in enumerate(z["vocabulary"].tolist())}
            self.terms = z["vocabulary"].tolist()
            self.idf = z["idf"]
            self.weights = z["weights"]
            self.bias = z["bias"]
            self.thresholds = z["thresholds"]
            self.labels = z["labels"].tolist()
            self.stop_words = frozenset(z["stop_words"].tolist())
            self.version = str(z["taxonomy_version"])
            self.bigrams = int(z["ngrams"][1]) >= 2 if "ngrams" in z else True
        self._np = np
        self._term_names = self.terms + [f"lexicon:SDG {k}" for k in range(1, len(SDG_LABELS) + 1)] + [""]
        # the weights with one extra row of zeros, for padding
        self._padded_weights = np.vstack([self.weights, np.zeros((1, self.weights.shape[1]), dtype=np.float32)])

    def _vector(self, text: str) -> tuple[list[int], list[float]]:
        tokens = [t for t in _TOKEN.findall(text.lower()) if t not in self.stop_words]
        grams = tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)] if self.bigrams else tokens
        counts: dict[int, int] = {}
        for g in grams:
            i = self.vocabulary.get(g)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
        idx = list(counts)
        vals = [(1 + math.log(counts[i])) * float(self.idf[i]) for i in idx]
        norm = math.sqrt(sum(v * v for v in vals)) or 1.0
        return idx, [v / norm for v in vals]

    def tags(self, text: str) -> list[Tag]:
        """The labels whose probability reaches their threshold, with the words that weighed most for each."""
        return self.tags_many([text])[0]

    def tags_many(self, texts: list[str]) -> list[list[Tag]]:
        """`tags` for many texts at once: their terms padded into one array and scored in a few operations."""
        np = self._np
        n_terms = len(self.terms)
        rows_of: list[list[int]] = []
        vals_of: list[list[float]] = []
        for text in texts:
            clean = clean_for_tagging(text)
            idx, vals = self._vector(clean)
            flags = [n_terms + k for k, f in enumerate(lexicon_flags(clean)) if f]
            rows_of.append(idx + flags)
            vals_of.append(vals + [1.0] * len(flags))
        out: list[list[Tag]] = [[] for _ in texts]
        width = max((len(r) for r in rows_of), default=0)
        if width == 0:
            return out
        rows = np.full((len(texts), width), n_terms + len(SDG_LABELS), dtype=np.int64)  # padding: a zero row
        vals = np.zeros((len(texts), width), dtype=np.float32)
        for i, (r, v) in enumerate(zip(rows_of, vals_of, strict=True)):
            rows[i, :len(r)] = r
            vals[i, :len(v)] = v
        contrib = self._padded_weights[rows] * vals[:, :, None]  # text × term × label
        p = 1 / (1 + np.exp(-(contrib.sum(axis=1) + self.bias)))
        ti, lj = np.nonzero(p >= self.thresholds)
        if not len(ti):
            return out
        chosen = contrib[ti, :, lj]  # each (text, label) found × the text's terms
        top = np.argsort(-chosen, axis=1)[:, :3]
        top_vals = np.take_along_axis(chosen, top, axis=1) > 0
        top_rows = np.take_along_axis(rows[ti], top, axis=1)
        scores = np.round(p[ti, lj], 3).tolist()
        names = self._term_names
        labels = self.labels
        for i, j, score, rs, oks in zip(ti.tolist(), lj.tolist(), scores, top_rows.tolist(), top_vals.tolist(),
                                        strict=True):
            out[i].append(Tag(labels[j], score, tuple(names[r] for r, ok in zip(rs, oks, strict=True) if ok)))
        return out


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
    found = _lexicon().match(clean_for_tagging(text).lower())
    return [Tag(label, 1.0, tuple(words[:3])) for label, words in found.items()]


def tag(recs: list[Recommendation], language: str) -> None:
    """Set themes, SDGs, affected persons and their evidence on every recommendation not tagged by print."""
    m = model() if language == "en" else None
    todo = [rec for rec in recs if rec.tags_source != "printed"]
    batch = m.tags_many([rec.text for rec in todo]) if m is not None and todo else None
    for k, rec in enumerate(todo):
        found = batch[k] if batch is not None else lexicon_tags(rec.text)
        rec.sdgs = sorted(int(t.label[4:]) for t in found if t.label.startswith("sdg:"))
        rec.themes = [t.label[6:] for t in found if t.label.startswith("theme:")]
        rec.affected_persons = [t.label[7:] for t in found if t.label.startswith("person:")]
        rec.tag_evidence = {t.label: {"score": t.score, "words": list(t.words)} for t in found}
        rec.tags_source = "model" if m is not None else "lexicon"
