"""The manifest of a batch run: one JSON line per file (file, sha256, status "ok" or "failed", error, seconds,
shard), appended as each partition finishes, so that a killed run keeps what it did and a new run skips it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

NAME = "manifest.jsonl"


@dataclass
class Entry:
    file: str
    sha256: str
    status: str  # "ok" or "failed"
    error: str = ""
    seconds: float = 0.0
    shard: str = ""


def read(out: Path) -> list[Entry]:
    """The entries of `out`'s manifest (none when there is none); a line cut off by a killed run is skipped."""
    path = out / NAME
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(Entry(**json.loads(line)))
        except (json.JSONDecodeError, TypeError):
            continue
    return entries


def append(out: Path, entries: list[Entry]) -> None:
    with (out / NAME).open("a", encoding="utf-8") as f:
        f.write("".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in entries))
        f.flush()
