"""Which common words each taxonomy label's keywords match: the way to catch a keyword that begins other words
("politie" in "politieke", "inclusi" in "inclusief", "vervolg" in "vervolgens", "bos" in "Bosnia").

    python scripts/lexicon_words.py [LANGUAGE] [N] [LABEL-SUBSTRING]

Reads wordfreq's N most frequent words of LANGUAGE (default nl, 60000), runs the tagger's own lexicon over each
word alone, and prints, per label, the words it matched, most frequent first. Read it after changing a keyword.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import top_n_list

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from opvolging.extract.tags import Batch, lexicon  # noqa: E402


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "nl"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 60_000
    only = sys.argv[3].lower() if len(sys.argv) > 3 else ""
    words = top_n_list(language, n)
    lex = lexicon()
    batch = Batch(words)
    hits = lex.hits(batch)
    matched: dict[str, dict[str, None]] = {}
    for d, k in zip(hits.doc.tolist(), hits.label.tolist(), strict=True):
        matched.setdefault(lex.labels[k], {})[words[d]] = None
    for label in sorted(matched):
        if only in label.lower():
            found = list(matched[label])
            print(f"{label} ({len(found)}): {', '.join(found[:60])}{' …' if len(found) > 60 else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
