"""The lexicon check (`scripts/lexicon_words.py`): which frequent words each label's keywords match."""

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "lexicon_words.py"


def run(capsys, *args: str) -> str:
    spec = importlib.util.spec_from_file_location("lexicon_words", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    argv = sys.argv
    sys.argv = ["lexicon_words.py", *args]
    try:
        assert module.main() == 0
    finally:
        sys.argv = argv
    return capsys.readouterr().out


def test_it_lists_what_a_label_matches_and_not_the_words_it_only_begins(capsys):
    out = run(capsys, "nl", "20000", "police")
    assert out.startswith("person:Law enforcement / police & prison officials (")
    words = out.split(": ", 1)[1].split(", ")
    assert "politie" in words and "politieke" not in words and "politiek" not in words
