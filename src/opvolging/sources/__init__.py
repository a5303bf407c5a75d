"""Bytes to text: one reader per format, each returning a `SourceDocument`.

`load(path)` picks the reader by the file's extension and raises `InputError` (one line naming the file and
the problem) for anything it cannot read: a missing or empty file, binary junk, an unknown extension, a
corrupt PDF, a PDF without a text layer.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from opvolging.errors import InputError
from opvolging.sources.document import SourceDocument

READERS = {
    ".txt": "txt",
    ".text": "txt",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "xml",
    ".csv": "csv",
    ".xlsx": "xlsx",
}

__all__ = ["SourceDocument", "load", "load_bytes", "READERS"]


def load(path: str | Path) -> SourceDocument:
    """Read the file at `path` into a SourceDocument; raises InputError when it cannot be read."""
    p = Path(path)
    name = str(path)
    fmt = READERS.get(p.suffix.lower())
    if not p.exists():
        raise InputError(name, "no such file")
    if p.is_dir():
        raise InputError(name, "is a directory, not a document")
    if fmt is None:
        known = ", ".join(sorted(set(READERS)))
        raise InputError(name, f"unknown extension {p.suffix or '(none)'!r}; readable are {known}")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or e})") from None
    return load_bytes(data, fmt, name)


def load_bytes(data: bytes, fmt: str, name: str = "<bytes>") -> SourceDocument:
    """Read `data` as format `fmt` ("txt", "pdf", "docx", "html", "xml", "csv", "xlsx"); raises InputError."""
    if not data.strip():
        raise InputError(name, "is empty")
    digest = hashlib.sha256(data).hexdigest()
    if fmt == "txt":
        from opvolging.sources.txt import read_txt as reader
    elif fmt == "pdf":
        from opvolging.sources.pdf import read_pdf as reader
    elif fmt == "docx":
        from opvolging.sources.docx import read_docx as reader
    elif fmt in ("csv", "xlsx"):
        from opvolging.sources.sheet import read_sheet as reader
    elif fmt in ("html", "xml"):
        from opvolging.sources.markup import read_markup

        def reader(d: bytes, n: str) -> SourceDocument:
            return read_markup(d, n, fmt)
    else:
        raise InputError(name, f"unknown format {fmt!r}")
    doc = reader(data, name)
    doc.path, doc.format, doc.sha256 = name, fmt, digest
    if not any(page.strip() for page in doc.pages):
        raise InputError(name, "holds no readable text")
    return doc
