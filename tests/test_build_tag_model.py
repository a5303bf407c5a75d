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
    # constructed: four recommendations, four labels. Label 0 is common (learned); label 1 rare, its keywords
    # right; label 2 never seen and its keywords never found; label 3 never seen, yet its keywords found twice
    y = np.array([[1, 1, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]])
    own_flag = np.array([[1, 1, 0, 1], [0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]])
    assert build.KEYWORDS_BELOW == 3
    assert build.by_keywords(y, own_flag).tolist() == [False, True, True, False]
