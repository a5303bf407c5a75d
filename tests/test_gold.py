"""The dev corpus, scored by ../shared/tools/score.py exactly as the held-out set is scored.

Each part of the corpus states what is honestly reached on it. The parts of the first turn (the founding letter,
the UPR lists, the Dutch excerpts) keep their thresholds; the parts added later (the ministry letters as PDF,
the UN report read with its addendum) start where the code stood and rise with the work.
"""

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
    if not path.exists():
        pytest.skip(f"{path} not in the dev corpus: its gold test skipped")
    cmd = f"{shlex.quote(sys.executable)} -m opvolging.cli extract"
    p = subprocess.run([sys.executable, str(SCORE), "--cmd", cmd, "--json", str(path)], capture_output=True,
                       text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def rate(total: dict, key: str) -> float:
    a, b = map(int, total[key].split("/"))
    return a / b


def metadata_rate(total: dict) -> float:
    """The share of metadata and advice fields read right, over all of them."""
    keys = [k for k in total if k.startswith(("meta.", "advice."))]
    hits = sum(int(total[k].split("/")[0]) for k in keys)
    of = sum(int(total[k].split("/")[1]) for k in keys)
    return hits / of


def test_founding_letter_every_figure_full(corpus):
    result = score(corpus / "kst-32735-354.gold.json")
    not_full = {k: v for k, v in result["total"].items() if rate(result["total"], k) < 1.0}
    assert not_full == {}


def test_upr_lists(corpus):
    result = score(corpus / "upr")
    total = result["total"]
    assert rate(total, "doc.extracted") == 1.0
    assert rate(total, "rec.recall") >= 0.97
    assert rate(total, "rec.precision") >= 0.97
    assert rate(total, "rec.text") >= 0.97
    assert rate(total, "stance") >= 0.90
    assert rate(total, "upr.states") >= 0.97
    # the bare list's SDGs are tagged by the model that learned from these very recommendations: 0.976 while it
    # knew only them; 0.946 since the SDGs' own words tag them too, which is what carries over to another list
    # (tests/extract/test_tag_benchmark.py)
    assert result["sdg_f1"] >= 0.94


def test_dutch_excerpts(corpus):
    total = score(corpus / "nl-excerpts")["total"]
    assert rate(total, "doc.extracted") == 1.0
    assert rate(total, "rec.recall") >= 0.97
    assert metadata_rate(total) >= 0.95


def test_ministry_letters(corpus):
    """Two ministry letters as their PDFs, with every promise listed in the gold (issue 12's goals; measured
    12/12, 93/100, 49/50 and 21/23 when they were set)."""
    total = score(corpus / "nl-letters")["total"]
    assert rate(total, "doc.extracted") == 1.0
    assert metadata_rate(total) >= 0.95
    # 93/100 when set, 108/116 with the decisions read, 130/139 with intentions, 129/134 with work at a table
    # shared with others ("in de gebiedsprocessen", "in de werkgroep") read as possible, for review, 131/136 with
    # measures taken, 133/138 with "Dat neemt niet weg dat …", 133/137 with what a principle means ("Dit betekent
    # dat we … benutten") for review; 133/137 since a promise in a summary's bullet and again in the body is one
    assert rate(total, "commit.precision") >= 0.96
    assert rate(total, "commit.recall_core") >= 0.98  # 49/50 when set, 50/50 since a time may open the clause
    assert rate(total, "commit.due") >= 0.95  # 21/23 when set, 22/23 at the stop of 2026-12-02 and since
    # the promises the gold does not require: 22/62 before a policy letter's present-tense decisions were read
    # ("We begrenzen …", "We staan … toe", "zetten we in op …"), 37/62 since, 42/62 with "sturen op", work on
    # something in the passive and "als" before a role ("Als vervolgstap …") read, 47/62 with asides in parentheses,
    # a main clause after a subordinate one without a comma, decisions in the passive and hedges by their clause,
    # 49/62 with work worked out ("werken … uit") read as other work is, 50/62 with "de zomer 2023" and the Kamer
    # that "can be informed" by a time, 54/62 with the government's stated intention ("wil het kabinet … afstemmen"),
    # "zorgen er voor dat" and an enumeration closed by "etc." read, 55/62 with measures taken ("nemen … maatregelen"),
    # 56/62 with "komen er … nieuwe projecten" by a time, 57/62 with "Dat neemt niet weg dat …", 59/62 with a choice
    # that makes something lead ("maken … sturend bij") and a course set ("bewegen toe naar"), 60/62 with what the
    # other governments receive ("Provincies ontvangen in het kader van het NPLG een handreiking …"), 61/62 with work
    # done with partners named ("dit wordt samen met kennisinstellingen uitgevoerd")
    assert rate(total, "commit.recall_other") >= 0.95


def test_report_with_its_addendum(corpus):
    """A UN Working Group report and the State's addendum, read together as one case (issue 12's goals; all full
    when they were set)."""
    result = score(corpus / "upr-pdf")
    total = result["total"]
    assert rate(total, "doc.extracted") == 1.0
    assert rate(total, "rec.recall") >= 0.99 and rate(total, "rec.precision") >= 0.99
    assert rate(total, "rec.text") >= 0.99
    assert rate(total, "align.group") >= 0.95 and rate(total, "align.start") >= 0.95
    assert rate(total, "stance") >= 0.95
    assert rate(total, "upr.states") >= 0.97
    assert result["sdg_f1"] >= 0.88  # 0.896 when set: tagged by the model, as the bare list is
