"""What the upload page stores: a letter read like `opvolging ingest`, a UN list like `import-recommendations`,
the Tweede Kamer's toezeggingen like `import-toezeggingen`, or a publication fetched like `opvolging fetch`. Each
in one transaction; bad input is an InputError (or FetchError) of one line, and nothing is stored."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from opvolging.tracker.models import Document


@dataclass
class Stored:
    document: Document  # the page to show next
    message: str


def _read(result) -> Stored:
    doc = result.document
    if not result.created and not result.changed:
        return Stored(doc, _("This document is already here; nothing changed."))
    n = doc.recommendations.count()
    return Stored(doc, ngettext("Read %(n)d recommendation.", "Read %(n)d recommendations.", n) % {"n": n})


def store_file(data: bytes, name: str, public: bool) -> Stored:
    """Store an uploaded file by its kind, known from its name's extension (and, for .json/.xml, its content)."""
    from opvolging.extract.pipeline import extract
    from opvolging.sources import load_bytes
    from opvolging.tracker.services.ingest import ingest

    fmt = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    fmt = {"htm": "html", "xhtml": "html", "text": "txt"}.get(fmt, fmt)
    if fmt in ("csv", "xlsx"):
        from opvolging import reading

        extractions = reading.read_bytes(data, name, fmt)  # a register's export, else a list saved as a sheet
        with transaction.atomic():
            results = [ingest(ex, public=public) for ex in extractions]
        n = sum(len(ex.recommendations) for ex in extractions)
        return Stored(results[0].document, ngettext(
            "Imported %(n)d recommendation from %(docs)d documents.",
            "Imported %(n)d recommendations from %(docs)d documents.", n) % {"n": n, "docs": len(results)})
    if fmt == "json" or (fmt == "xml" and b"<feed" in data[:2000]):
        from opvolging.registers import toezeggingen
        from opvolging.tracker.services.registers import import_toezeggingen, register_document

        result = import_toezeggingen(toezeggingen.read(data, name).records, name)
        return Stored(register_document(), _("Toezeggingen: %(summary)s.") % {"summary": result.summary()})
    return _read(ingest(extract(load_bytes(data, fmt, name)), public=public))


def store_fetched(identifier: str, public: bool) -> Stored:
    from opvolging.tracker.services.fetch import fetch

    return _read(fetch(identifier, public=public))
