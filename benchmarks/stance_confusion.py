"""Stance confusion matrix over the dev corpus: gold stance (rows) against the stance read (columns).

Reads every *.gold.json under ../shared/corpus (or the folder given), extracts its document in process, and
prints one matrix for all recommendations and one for those whose stance was read from free text (not printed,
like a UPR "Supported"). Where the gold accepts several stances, a prediction among them counts as the one
predicted. Never part of the test run.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from opvolging.extract.pipeline import extract_case
from opvolging.model import STANCES
from opvolging.sources import load

ROOT = Path(__file__).resolve().parent.parent
UPR_POSITION = {"supported": "adopted", "noted": "noted"}


def gold_pairs(folder: Path) -> list[tuple[str, str, str]]:
    """(gold stance, predicted stance, stance source) for every gold recommendation with a stance."""
    pairs = []
    for gold_path in sorted(folder.rglob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        # a case of several documents (a UN report and its addendum) names them all, read as one
        names = gold.get("source_files") or [gold.get("source_file") or gold_path.name.replace(".gold.json", ".txt")]
        ex = extract_case([load(gold_path.parent / name) for name in names])
        pred = {r.label: r for r in ex.recommendations}
        for g in gold.get("recommendations") or []:
            label = str(g.get("label", g.get("id")))
            want = g.get("stance")
            if g.get("position"):
                want = UPR_POSITION.get(str(g["position"]).lower())
            want = [want] if isinstance(want, str) else (want or [])
            if not want or "unclear" in want:
                continue
            p = pred.get(label) or pred.get(label.rsplit(".", 1)[-1])
            got = p.stance if p else "missing"
            pairs.append((got if got in want else want[0], got, (p.stance_source or "none") if p else "none"))
    return pairs


def matrix(pairs: list[tuple[str, str, str]], title: str) -> None:
    labels = [s for s in (*STANCES, "missing") if any(s in (g, p) for g, p, _ in pairs)]
    counts = Counter((g, p) for g, p, _ in pairs)
    right = sum(n for (g, p), n in counts.items() if g == p)
    if not pairs:
        print(f"\n{title}: none")
        return
    print(f"\n{title}: {len(pairs)} recommendations, accuracy {right / len(pairs):.3f}")
    width = max(len(x) for x in labels) + 2
    print("gold \\ read".ljust(width) + "".join(x[:12].rjust(14) for x in labels))
    for g in labels:
        print(g.ljust(width) + "".join(str(counts.get((g, p), 0)).rjust(14) for p in labels))


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    if not folder.is_dir():
        print(f"{folder}: not found")
        return 1
    pairs = gold_pairs(folder)
    matrix(pairs, "All recommendations")
    matrix([x for x in pairs if x[2] == "rules"], "Stance read from free text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
