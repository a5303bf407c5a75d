"""The commands that bring in documents and records from elsewhere: `fetch` (a Kamerstuk from KOOP's
repository, or a whole dossier), `import-toezeggingen` (the Tweede Kamer's register, a file or its open data since a
date), `export-toezeggingen` (Opvolging's commitments in the register's shape) and `import-recommendations` (UHRI
or UPR Info lists). Each failure is one line naming the file (and row) or the address, and stores nothing."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import typer

from opvolging.cli import _django, _fail, app, counted, stored
from opvolging.errors import InputError, printable

TK_ODATA = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Toezegging"


def _say(line: str) -> None:
    sys.stderr.write(printable(line) + "\n")


@app.command()
def fetch(
    identifiers: list[str] = typer.Argument(None, help="Publication identifiers, such as kst-32735-354"),
    dossier: str | None = typer.Option(None, "--dossier", help="Every publication of a dossier, such as 32735"),
    list_only: bool = typer.Option(False, "--list", help="With --dossier: list the publications, store nothing"),
    limit: int | None = typer.Option(None, "--limit", help="With --dossier: at most this many"),
    private: bool = typer.Option(False, "--private", help="Store as private records"),
) -> None:
    """Find publications in KOOP's repository (officielebekendmakingen.nl, through its SRU service), download
    each one's XML (the PDF where there is none) and store it, one transaction each."""
    from opvolging.sources import koop
    from opvolging.sources.web import FetchError

    if not identifiers and not dossier:
        _fail("fetch: name an identifier (kst-32735-354) or --dossier NUMBER")
        raise typer.Exit(2)
    try:
        pubs = koop.dossier(dossier, limit) if dossier else []
    except FetchError as e:
        _fail(str(e))
        raise typer.Exit(2) from None
    if list_only:
        for p in pubs:
            sys.stdout.write(f"{p.identifier}\t{p.date or ''}\t{p.type}\t{p.title}\n")
        return
    _django()
    from django.core.management import call_command

    from opvolging.tracker.services.fetch import fetch as store

    call_command("migrate", verbosity=0, interactive=False)
    failed = 0
    for ident, pub in [(p.identifier, p) for p in pubs] + [(i, None) for i in identifiers or []]:
        try:
            result = store(ident, public=not private, publication=pub)
        except (FetchError, InputError) as e:
            _fail(str(e))
            failed += 1
            continue
        state = "new" if result.created else ("updated" if result.changed else "unchanged")
        sys.stdout.write(f"{ident}: {state} — {stored(result.document)}\n")
    if failed:
        raise typer.Exit(2)


def _read_pages(first_url: str, max_pages: int = 1000):
    """Every page of the register's OData from `first_url` on, following @odata.nextLink."""
    from opvolging.registers import toezeggingen
    from opvolging.sources import web

    records, url, pages = [], first_url, 0
    while url and pages < max_pages:
        fetched = web.get(url, accept="application/json")
        page = toezeggingen.read(fetched.body, url)
        records.extend(page.records)
        url, pages = page.next_url, pages + 1
    return records


@app.command("import-toezeggingen")
def import_toezeggingen(
    files: list[Path] = typer.Argument(None, help="OData JSON or SyncFeed XML files of the register"),
    since: str | None = typer.Option(None, "--since", help="Read the Tweede Kamer's open data changed since this "
                                                         "date (YYYY-MM-DD) instead of files"),
) -> None:
    """Import the Tweede Kamer's toezeggingen as commitments: all the files' entries in one transaction (on bad
    input, none); importing the same entries again changes nothing."""
    from opvolging.registers import toezeggingen
    from opvolging.sources.web import FetchError

    if bool(files) == bool(since):
        _fail("import-toezeggingen: name FILE… or --since DATE")
        raise typer.Exit(2)
    records, name = [], "the Tweede Kamer's open data"
    try:
        if since:
            try:
                day = date.fromisoformat(since)
            except ValueError:
                raise InputError("--since", f"{since!r} is not a date (YYYY-MM-DD)") from None
            records = _read_pages(f"{TK_ODATA}?$filter=GewijzigdOp%20ge%20{day.isoformat()}T00:00:00Z"
                                  f"&$orderby=GewijzigdOp")
        else:
            for path in files:
                name = str(path)
                try:
                    data = path.read_bytes()
                except OSError as e:
                    raise InputError(str(path), f"cannot be read ({e.strerror})") from None
                page = toezeggingen.read(data, str(path))
                records.extend(page.records)
            name = ", ".join(str(p) for p in files)
    except (InputError, FetchError) as e:
        _fail(str(e))
        raise typer.Exit(2) from None
    _django()
    from django.core.management import call_command

    from opvolging.tracker.services.registers import import_toezeggingen as store

    call_command("migrate", verbosity=0, interactive=False)
    try:
        result = store(records, name)
    except InputError as e:
        _fail(str(e))
        raise typer.Exit(2) from None
    for w in result.warnings:
        _say(f"warning: {w}")
    sys.stdout.write(f"{name}: {result.summary()}\n")


@app.command("export-toezeggingen")
def export_toezeggingen(
    output: Path | None = typer.Option(None, "--output", "-o", help="The file to write (standard output if none)"),
    include_private: bool = typer.Option(False, "--include-private", help="Private commitments too"),
) -> None:
    """Opvolging's commitments (the promises) as the Tweede Kamer's register publishes its toezeggingen: one
    OData v4 JSON page, which `import-toezeggingen` reads back."""
    _django()
    from opvolging.tracker.models import Commitment
    from opvolging.tracker.services.registers import export_toezeggingen as export

    qs = Commitment.objects.current().promises()
    if not include_private:
        qs = qs.filter(is_public=True, document__is_public=True)
    data = json.dumps(export(qs.order_by("pk")), ensure_ascii=False, indent=1) + "\n"
    if output is None:
        sys.stdout.write(data)
    else:
        output.write_text(data, encoding="utf-8")
        _say(f"wrote {output} ({len(data):,} characters)")


@app.command("import-recommendations")
def import_recommendations(
    files: list[Path] = typer.Argument(..., help="UHRI exports (CSV or XLSX) or UPR Info lists (CSV)"),
    private: bool = typer.Option(False, "--private", help="Store as private records"),
) -> None:
    """Import UN recommendations as UHRI or UPR Info list them: one document per UN symbol (or per session and
    State under review), its recommendations with labels, States, position, themes and SDGs as printed. Each file
    is read whole before anything is stored, and its documents are stored in one transaction."""
    from opvolging.registers import un

    _django()
    from django.core.management import call_command
    from django.db import transaction

    from opvolging.tracker.services.ingest import ingest as store

    call_command("migrate", verbosity=0, interactive=False)
    failed = 0
    for path in files:
        try:
            try:
                data = path.read_bytes()
            except OSError as e:
                raise InputError(str(path), f"cannot be read ({e.strerror})") from None
            extractions = un.read(data, str(path))
            with transaction.atomic():
                results = [store(ex, public=not private) for ex in extractions]
        except InputError as e:
            _fail(str(e))
            failed += 1
            continue
        for w in dict.fromkeys(w for ex in extractions for w in ex.warnings):
            _say(f"warning: {w}")
        for ex, result in zip(extractions, results, strict=True):
            state = "new" if result.created else ("updated" if result.changed else "unchanged")
            sys.stdout.write(f"{printable(str(path))}: {ex.metadata.identifier}: {state} — "
                             f"{counted(len(ex.recommendations), 'recommendation')}\n")
    if failed:
        raise typer.Exit(2)
