"""Build the tag model that `opvolging.extract.tags` ships: SDGs, themes and affected persons for English
recommendations, learned from the UN's own labels (UHRI) in the dev corpus.

    python scripts/build_tag_model.py [GOLD_JSON ...]

Default input: ../shared/corpus/upr/*thematic_list.gold.json (recommendation texts with the themes, SDGs and
affected persons OHCHR printed beside them). Output: src/opvolging/data/tag_model.npz — no pickle, only arrays:
the vocabulary and its idf, one logistic-regression weight column per label, the thresholds. It also prints the
5-fold cross-validated micro-F1 for SDGs, themes and affected persons: the honest figure, since the same file
is in the dev corpus.

Needs scikit-learn (a development dependency); the shipped tagger needs only numpy.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from opvolging.extract.tags import clean_for_tagging, lexicon_flags, taxonomy  # noqa: E402

OUT = ROOT / "src" / "opvolging" / "data" / "tag_model.npz"
C = 10.0
MIN_EXAMPLES = 2  # a label seen fewer times cannot be learned
SEED = 0
NGRAMS = (1, 1)  # word pairs measured no better in cross-validation (0.768 against 0.771) and cost twice the time


def load(paths: list[Path]) -> tuple[list[str], list[list[str]]]:
    texts, labels = [], []
    for p in paths:
        for r in json.loads(p.read_text(encoding="utf-8"))["recommendations"]:
            texts.append(clean_for_tagging(r["text"]))
            labels.append([f"sdg:{n}" for n in r.get("sdgs", [])] + [f"theme:{t}" for t in r.get("themes", [])]
                          + [f"person:{a}" for a in r.get("affected_persons", [])])
    return texts, labels


def features(vec: TfidfVectorizer, texts: list[str], fit: bool = False) -> np.ndarray:
    tfidf = (vec.fit_transform(texts) if fit else vec.transform(texts)).toarray()
    flags = np.array([lexicon_flags(t) for t in texts], dtype=float)
    return np.hstack([tfidf, flags])


def vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(ngram_range=NGRAMS, sublinear_tf=True, stop_words="english", lowercase=True)


def train(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    weights = np.zeros((x.shape[1], y.shape[1]), dtype=np.float32)
    bias = np.full(y.shape[1], -10.0, dtype=np.float32)  # never predicted unless learned
    for j in range(y.shape[1]):
        if MIN_EXAMPLES <= y[:, j].sum() < len(y):
            m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y[:, j])
            weights[:, j] = m.coef_[0]
            bias[j] = m.intercept_[0]
    return weights, bias


def predict(x: np.ndarray, weights: np.ndarray, bias: np.ndarray, threshold: float) -> np.ndarray:
    return (1 / (1 + np.exp(-(x @ weights + bias))) >= threshold).astype(int)


def micro_f1(pred: np.ndarray, gold: np.ndarray) -> float:
    tp = int((pred & gold).sum())
    fp = int((pred & (1 - gold)).sum())
    fn = int(((1 - pred) & gold).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    paths = [Path(p) for p in sys.argv[1:]] or sorted((ROOT.parent / "shared" / "corpus" / "upr").glob(
        "*thematic_list.gold.json"))
    if not paths:
        print("no labelled UPR lists found")
        return 1
    texts, labels = load(paths)
    names = sorted({lab for ls in labels for lab in ls})
    y = np.array([[int(n in ls) for n in names] for ls in labels])
    kinds = {k: [i for i, n in enumerate(names) if n.startswith(k + ":")] for k in ("sdg", "theme", "person")}
    # choose the threshold per kind by 5-fold cross-validation, and report the cross-validated micro-F1
    oof = np.zeros(y.shape, dtype=float)
    for train_idx, test_idx in KFold(5, shuffle=True, random_state=SEED).split(texts):
        vec = vectorizer()
        xtr = features(vec, [texts[i] for i in train_idx], fit=True)
        xte = features(vec, [texts[i] for i in test_idx])
        w, b = train(xtr, y[train_idx])
        oof[test_idx] = 1 / (1 + np.exp(-(xte @ w + b)))
    thresholds = np.zeros(len(names), dtype=np.float32)
    print(f"{len(texts)} recommendations from {', '.join(p.name for p in paths)}; 5-fold cross-validation:")
    for kind, cols in kinds.items():
        best = max((micro_f1((oof[:, cols] >= t).astype(int), y[:, cols]), t) for t in np.arange(0.2, 0.81, 0.05))
        thresholds[cols] = best[1]
        print(f"  {kind:7s} micro-F1 {best[0]:.3f} at threshold {best[1]:.2f} ({len(cols)} labels)")
    vec = vectorizer()
    x = features(vec, texts, fit=True)
    weights, bias = train(x, y)
    weights[np.abs(weights) < 1e-3] = 0.0
    vocabulary = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    np.savez_compressed(
        OUT, vocabulary=np.array(vocabulary), idf=vec.idf_.astype(np.float32), weights=weights, bias=bias,
        thresholds=thresholds, labels=np.array(names), stop_words=np.array(sorted(ENGLISH_STOP_WORDS)),
        taxonomy_version=np.array(taxonomy()["version"]), ngrams=np.array(NGRAMS),
        trained_on=np.array([p.name for p in paths]))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
