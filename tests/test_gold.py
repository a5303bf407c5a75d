"""The dev corpus, scored by ../shared/tools/score.py exactly as the held-out set is scored."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys

import pytest

from tests.conftest import CORPUS

SCORE = CORPUS.parent / "tools" / "score.py"


def score(path) -> dict:
    if not SCORE.exists():
        pytest.skip(f"scorer not found at {SCORE}: gold tests skipped")
    cmd = f"{shlex.quote(sys.executable)} -m opvolging.cli extract"
    p = subprocess.run([sys.executable, str(SCORE), "--cmd", cmd, "--json", str(path)], capture_output=True,
                       text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def rate(total: dict, key: str) -> float:
    a, b = map(int, total[key].split("/"))
    return a / b


def test_founding_letter_every_figure_full(corpus):
    result = score(corpus / "kst-32735-354.gold.json")
    not_full = {k: v for k, v in result["total"].items() if rate(result["total"], k) < 1.0}
    assert not_full == {}


def test_dev_corpus_figures(corpus):
    total = score(corpus)["total"]
    assert rate(total, "rec.recall") >= 0.97
    assert rate(total, "rec.precision") >= 0.97
    assert rate(total, "align.group") >= 0.95
    assert rate(total, "stance") >= 0.90
    assert rate(total, "upr.states") >= 0.97
    meta = [k for k in total if k.startswith(("meta.", "advice."))]
    hits = sum(int(total[k].split("/")[0]) for k in meta)
    of = sum(int(total[k].split("/")[1]) for k in meta)
    assert hits / of >= 0.95
