"""What a file holds, read as Extractions: a UN register's export (UHRI, UPR Info) by its columns, one Extraction
per document its rows come from; any other file by the pipeline (a spreadsheet that is no register's export as a
table of rows). The one way the command line and the web's upload read a file.
"""

from __future__ import annotations

from pathlib import Path

from opvolging.errors import InputError
from opvolging.model import Extraction
from opvolging.sources import READERS

SPREADSHEETS = (".csv", ".xlsx")


def read_file(path: str | Path) -> list[Extraction]:
    """The Extractions of the file at `path` (see the module docstring); InputError (one line) when unreadable."""
    p = Path(path)
    if p.suffix.lower() in SPREADSHEETS and p.is_file():
        try:
            data = p.read_bytes()
        except OSError as e:
            raise InputError(str(path), f"cannot be read ({e.strerror or e})") from None
        return read_bytes(data, str(path), READERS[p.suffix.lower()])
    from opvolging.extract.pipeline import extract_path

    return [extract_path(path)]


def read_bytes(data: bytes, name: str, fmt: str) -> list[Extraction]:
    """The Extractions of `data` read as format `fmt` (see the module docstring); InputError when unreadable."""
    from opvolging.extract.pipeline import extract
    from opvolging.sources import load_bytes

    if fmt in ("csv", "xlsx"):
        from opvolging.registers import un

        try:
            return un.read(data, name)
        except un.NotARegister as e:
            ex = extract(load_bytes(data, fmt, name))
            if not ex.recommendations:  # neither a register's export nor a list: say what it is not
                raise InputError(name, f"{e.problem}; nor does it list recommendations by their numbers") from None
            return [ex]
    return [extract(load_bytes(data, fmt, name))]
