"""Which files a batch reads: a directory (every readable document under it) or a glob, each with its sha256."""

from __future__ import annotations

import glob
import hashlib
from pathlib import Path

from opvolging.errors import InputError
from opvolging.sources import READERS

# a folder's documents: not its spreadsheets, which are lists (imported by name) or data of other kinds
DOCUMENTS = {suffix: fmt for suffix, fmt in READERS.items() if fmt not in ("csv", "xlsx")}


def documents(where: str) -> list[Path]:
    """The readable documents under the directory `where`, or matching the glob `where`, sorted; InputError when
    there are none."""
    p = Path(where)
    if p.is_dir():
        found = [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DOCUMENTS]
    elif any(ch in where for ch in "*?["):
        found = [Path(f) for f in glob.glob(where, recursive=True) if Path(f).is_file()]
    elif p.is_file():
        found = [p]
    else:
        raise InputError(where, "no such file or directory")
    if not found:
        raise InputError(where, f"holds no documents ({', '.join(sorted(set(DOCUMENTS)))})")
    return sorted(found)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
