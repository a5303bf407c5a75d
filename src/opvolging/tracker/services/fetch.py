"""A publication fetched from KOOP's repository into the tracker: found by its identifier, its XML (else PDF)
downloaded whole, read, and stored in one transaction. Nothing is stored when any step fails."""

from __future__ import annotations

import tempfile
from pathlib import Path

from opvolging.sources import koop
from opvolging.tracker.services.ingest import IngestResult, ingest


def fetch(identifier: str, public: bool = True, publication: koop.Publication | None = None) -> IngestResult:
    """Find, download, read and store the publication `identifier`; FetchError or InputError (one line) when it
    cannot be had or read, and then nothing is stored."""
    from opvolging.extract.pipeline import extract_path

    pub = publication or koop.find(identifier)
    body, suffix = koop.download(pub)
    url = pub.manifestations[suffix[1:]]
    with tempfile.TemporaryDirectory(prefix="opvolging-fetch-") as tmp:
        path = Path(tmp) / f"{pub.identifier}{suffix}"
        path.write_bytes(body)
        ex = extract_path(path)
    ex.source.path = url
    if not ex.metadata.identifier:
        ex.metadata.identifier = pub.identifier
    if not ex.metadata.date and pub.date:
        ex.metadata.date = pub.date
        ex.metadata.year = int(pub.date[:4])
    return ingest(ex, public=public)
