"""The English tagger's SDGs against an independent source: the SDG Classification Benchmark (PyPI
`sdgclassification-benchmark`, MIT): 1,251 short texts, each checked by experts against one SDG (present or not).

Prints precision, recall and F1 over all 1,251 checks and per SDG, for the shipped tagger (the model and the SDGs'
keywords, `extract.tags`), and, measured in the same run, two baselines: the keywords alone and the model alone
(its keyword rule switched off), each with the tagger's ratio to it. Run with `make bench`; never part of the test
run (`tests/extract/test_tag_benchmark.py` holds the tagger to a floor on the same data).
"""

from __future__ import annotations

import csv
import sys
from importlib import metadata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from opvolging.extract import tags  # noqa: E402
from opvolging.model import Recommendation  # noqa: E402


def benchmark_rows() -> list[dict[str, str]]:
    """The benchmark's rows (id, text, sdg, label), read from the installed package's CSV."""
    dist = metadata.distribution("sdgclassification-benchmark")
    csv_file = next(f for f in dist.files if f.name == "benchmark.csv")
    with open(dist.locate_file(csv_file), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def figures(rows: list[dict[str, str]], predicted: dict[str, set[int]], sdg: int | None = None) -> tuple:
    tp = fp = fn = 0
    for r in rows:
        if sdg is not None and int(r["sdg"]) != sdg:
            continue
        gold, got = r["label"] == "True", int(r["sdg"]) in predicted[r["text"]]
        tp, fp, fn = tp + (gold and got), fp + (got and not gold), fn + (gold and not got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def tagged(texts: list[str]) -> dict[str, set[int]]:
    recs = [Recommendation(id=f"r{i}", label=str(i), text=t, span=(0, 0)) for i, t in enumerate(texts)]
    tags.tag(recs, "en")
    return {r.text: set(r.sdgs) for r in recs}


def main() -> int:
    rows = benchmark_rows()
    texts = sorted({r["text"] for r in rows})
    shipped = tagged(texts)
    keywords = {t: {int(g.label[4:]) for g in tags.lexicon_tags(t) if g.label.startswith("sdg:")} for t in texts}
    model = tags.model()
    saved = model.keyword_labels.copy()
    model.keyword_labels[:] = False
    model._lexicon_rows = None  # (its cached view of the keyword labels)
    try:
        model_alone = tagged(texts)
    finally:
        model.keyword_labels[:] = saved
        model._lexicon_rows = None
    p, r, f1 = figures(rows, shipped)
    print(f"SDG Classification Benchmark: {len(rows)} checks of {len(texts)} texts")
    print(f"  tagger (model and keywords): precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    for name, baseline in (("keywords alone", keywords), ("model alone", model_alone)):
        bp, br, bf1 = figures(rows, baseline)
        print(f"  baseline, {name}: precision {bp:.3f} recall {br:.3f} F1 {bf1:.3f}; tagger/baseline F1 "
              f"{f1 / bf1 if bf1 else float('inf'):.2f}")
    print("  per SDG (tagger): " + ", ".join(f"{s} {figures(rows, shipped, s)[2]:.2f}" for s in range(1, 18)))
    worst = int(np.argmin([figures(rows, shipped, s)[2] for s in range(1, 18)])) + 1
    print(f"  weakest: SDG {worst}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
