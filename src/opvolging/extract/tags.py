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
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from opvolging.extract.tag_lexicon import Lexicon, Tag, _literals, _opening_literal, lexicon  # noqa: F401 — also the tagger's interface
from opvolging.extract.tag_model import TagModel, analyze, model  # noqa: F401 — also the tagger's interface
from opvolging.extract.tag_words import Batch, Hits, _HashMemo, clean_for_tagging, taxonomy  # noqa: F401 — also the tagger's interface
from opvolging.model import Commitment, Recommendation, Response


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

