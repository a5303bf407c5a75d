"""The build script's rule for labels tagged by their keywords (`scripts/build_tag_model.py`)."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn", reason="scikit-learn (a development dependency) builds the tag model")

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_tag_model.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_tag_model", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rare_labels_are_tagged_by_keywords_unless_the_labels_say_otherwise(build):
    # constructed: six recommendations, four themes. Theme 0 is common (learned); theme 1 rare, its keywords right;
    # theme 2 never seen and its keywords never found; theme 3 never seen, yet its keywords found twice
    y = np.array([[1, 1, 0, 0]] + [[1, 0, 0, 0]] * 4 + [[0, 0, 0, 0]])
    own_flag = np.array([[1, 1, 0, 1], [0, 0, 0, 1]] + [[0, 0, 0, 0]] * 4)
    names = ["theme:a", "theme:b", "theme:c", "theme:d"]
    assert build.KEYWORDS_BELOW == 5
    chosen, floor = build.by_keywords(y, own_flag, names)
    assert chosen.tolist() == [False, True, True, False] and floor[1] == 0


def test_every_sdg_with_keywords_is_tagged_by_them_a_learned_one_where_the_model_half_agrees(build):
    # constructed: SDG 16 learned (five examples), SDG 2 rare, SDG 7 never seen but its keywords found; SDG 9 never
    # seen and never found. What carries over to another list is an SDG's own words (see the script's docstring).
    y = np.array([[1, 1, 0, 0]] + [[1, 0, 0, 0]] * 4 + [[0, 0, 0, 0]])
    own_flag = np.array([[1, 1, 1, 0]] + [[0, 0, 1, 0]] * 5)
    chosen, floor = build.by_keywords(y, own_flag, ["sdg:16", "sdg:2", "sdg:7", "sdg:9"])
    assert chosen.tolist() == [True, True, True, True]
    assert floor.tolist() == [pytest.approx(build.KEYWORD_FLOOR), 0.0, 0.0, 0.0]
