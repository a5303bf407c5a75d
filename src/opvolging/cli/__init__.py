"""The `opvolging` command.

`opvolging extract PATH... --format json|jsonl|table` prints what Opvolging reads from each document;
`opvolging extract REPORT ANSWER --format json` prints one Extraction for the case the documents make together (a
UN Working Group report and the State's addendum; a council's report and the cabinet's answer). Bad input gets one
line on stderr naming the file and the problem, and exit status 2; never a traceback.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from opvolging.errors import InputError, printable
from opvolging.model import Extraction

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Opvolging: advice, the government's answers, and the promises in them.")


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


@app.callback()
def main() -> None:
    """Opvolging: advice, the government's answers, and the promises in them."""


def counted(n: int, noun: str) -> str:
    """"1 recommendation", "3 commitments": `n` and the English noun, plural but for one."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def stored(doc) -> str:
    """What a stored document holds, as the dashboard counts it: "10 recommendations, 19 commitments, 11 for review"
    (the commitments that are promises; the weaker readings wait for a person, and are said apart)."""
    promises, every = doc.commitments.promises().count(), doc.commitments.count()
    review = f", {every - promises} for review" if every > promises else ""
    return f"{counted(doc.recommendations.count(), 'recommendation')}, {counted(promises, 'commitment')}{review}"


def _fail(message: str) -> None:
    sys.stderr.write(f"opvolging: {printable(message)}\n")


def _unreadable(path: Path, e: Exception) -> InputError:
    """A document that broke the reader in a way it did not foresee: one line naming it, as bad input is named
    (the run goes on with the next document)."""
    detail = str(e).splitlines()[0][:200] if str(e) else ""
    return InputError(str(path), f"could not be read ({e.__class__.__name__}{': ' + detail if detail else ''})")


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Documents to read: .txt, .pdf, .docx, .html, .xml, .csv, .xlsx"),
    format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="json, jsonl or table"),
) -> None:
    """Read documents and print their recommendations, answers, stances and commitments.

    With --format json and several paths, the documents are one case (the report first, the answer last) and one
    Extraction is printed; --format jsonl prints one Extraction per document."""
    from opvolging import reading
    from opvolging.extract.pipeline import extract_paths

    if format is OutputFormat.json and len(paths) > 1:
        try:
            ex = extract_paths(paths)
        except InputError as e:
            _fail(str(e))
            raise typer.Exit(2) from None
        except Exception as e:  # noqa: BLE001 — any other failure of a reader is still one line and exit 2
            _fail(str(_unreadable(paths[-1], e)))
            raise typer.Exit(2) from None
        sys.stdout.write(json.dumps(ex.to_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    failed = False
    console = Console(width=None if sys.stdout.isatty() else 140)
    for path in paths:
        try:
            found = reading.read_file(path)
        except InputError as e:
            _fail(str(e))
            failed = True
            continue
        except Exception as e:  # noqa: BLE001 — one document that breaks the reader does not stop the run
            _fail(str(_unreadable(path, e)))
            failed = True
            continue
        if format is OutputFormat.json and len(found) > 1:
            _fail(f"{path}: holds the recommendations of {len(found)} documents; the first is printed "
                  f"(--format jsonl prints each)")
            found = found[:1]
        for ex in found:
            if format is OutputFormat.json:
                sys.stdout.write(json.dumps(ex.to_dict(), ensure_ascii=False, indent=1) + "\n")
            elif format is OutputFormat.jsonl:
                sys.stdout.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
            else:
                print_table(ex, console)
    if failed:
        raise typer.Exit(2)


def _short(text: str | None, n: int = 160) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def print_table(ex: Extraction, console: Console) -> None:
    """A readable summary: the document, each recommendation with its stance and evidence, each commitment."""
    md, adv = ex.metadata, ex.advice
    who = ", ".join(f"{s.name or '?'} ({s.role})" if s.role else (s.name or "?") for s in md.signatories)
    console.rule(f"[bold]{md.identifier or ex.source.path}[/bold]")
    console.print(f"{md.chamber or ''} {md.session_year or ''}  dossier {md.dossier or '?'} nr. {md.number or '?'}"
                  f"  date {md.date or '?'}  language {ex.language}")
    if who:
        console.print(f"signed: {who}")
    if adv:
        console.print(f"answers: {adv.council_abbreviation or adv.council or '?'} advice {adv.number or ''} "
                      f"«{adv.title or '?'}» published {adv.published or '?'}")
    recs = Table(title=counted(len(ex.recommendations), "recommendation"), show_lines=True, expand=True)
    for col, kw in (("#", {"no_wrap": True}), ("recommendation", {"ratio": 3}), ("stance", {"no_wrap": True}),
                    ("evidence", {"ratio": 3}), ("answer", {"no_wrap": True})):
        recs.add_column(col, **kw)
    for r in ex.recommendations:
        refs = f" → {', '.join(r.refers_to)}" if r.refers_to else ""
        recs.add_row(r.label, _short(r.text), f"{r.stance} {r.stance_confidence:.2f}", _short(r.stance_evidence),
                     f"{r.response_id or '-'}{refs}")
    console.print(recs)
    com = Table(title=counted(len(ex.commitments), "commitment"), show_lines=True, expand=True)
    for col, kw in (("id", {"no_wrap": True}), ("actor", {"ratio": 1}), ("action", {"ratio": 5}),
                    ("due", {"no_wrap": True}), ("for", {"no_wrap": True}), ("after", {"no_wrap": True}),
                    ("×", {"no_wrap": True})):
        com.add_column(col, **kw)
    for c in ex.commitments:
        deadline = f" [dim]({c.deadline_text})[/dim]" if c.deadline_text else ""
        com.add_row(c.id, c.actor or "", _short(c.action, 220) + deadline, c.due or "",
                    ", ".join(c.recommendations), c.after or "", str(len(c.mentions)))
    console.print(com)
    for w in ex.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")


def _django() -> None:
    """Set up Django for the commands that use the tracker."""
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "opvolging.site.settings")
    import django

    django.setup()


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Documents to read and store, or folders of them"),
    private: bool = typer.Option(False, "--private", help="Store as private records (signed-in users only)"),
) -> None:
    """Read documents and store them in the tracker (one transaction each; the same file twice changes nothing).
    A folder is read whole and stored the way `batch load` stores shards (25 documents a transaction)."""
    from rich.progress import Progress

    _django()
    from django.core.management import call_command

    from opvolging import reading
    from opvolging.batch.files import documents
    from opvolging.extract.pipeline import extract_path
    from opvolging.tracker.services import bulk
    from opvolging.tracker.services.bulk_statistics import Statistics
    from opvolging.tracker.services.ingest import ingest as store

    call_command("migrate", verbosity=0, interactive=False)
    failed = 0
    for folder in [p for p in paths if p.is_dir()]:
        try:
            found = documents(str(folder))
        except InputError as e:
            _fail(str(e))
            failed += 1
            continue
        exs = []
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task(f"reading {printable(folder.name)}", total=len(found))
            for path in found:
                try:
                    exs.append(extract_path(path))
                except InputError as e:
                    _fail(str(e))
                    failed += 1
                except Exception as e:  # noqa: BLE001 — one document that breaks the reader does not stop the run
                    _fail(str(_unreadable(path, e)))
                    failed += 1
                progress.advance(task)
        total, statistics = bulk.LoadResult(), Statistics()
        for i in range(0, len(exs), 25):
            got = bulk.load(exs[i:i + 25], public=not private)
            total.add(got)
            statistics.written(got)
        statistics.done()
        sys.stderr.write(f"{printable(str(folder))}: {total.fast + total.ingested} new or updated, "
                         f"{total.unchanged} unchanged\n")
    files = [p for p in paths if not p.is_dir()]
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("ingesting", total=len(files))
        for path in files:
            progress.update(task, description=f"ingesting {printable(path.name)}")
            try:
                results = [store(ex, public=not private) for ex in reading.read_file(path)]
            except InputError as e:
                _fail(str(e))
                failed += 1
            except Exception as e:  # noqa: BLE001 — the run goes on; the document stored nothing (its transaction)
                _fail(str(_unreadable(path, e)))
                failed += 1
            else:
                for result in results:  # a register's export holds the lists of several documents
                    state = "new" if result.created else ("updated" if result.changed else "unchanged")
                    # one line however long the path: a terminal's width must not break it
                    progress.console.print(f"{printable(str(path))}: {state} — {stored(result.document)}",
                                           markup=False, highlight=False, soft_wrap=True)
            progress.advance(task)
    if failed:
        raise typer.Exit(2)


@app.command()
def serve(
    port: int = typer.Option(8000, "--port", help="Port to listen on"),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (behind a proxy: 127.0.0.1)"),
    workers: int = typer.Option(0, "--workers", help="Worker processes (0: two per core, and one)"),
    threads: int = typer.Option(4, "--threads", help="Threads per worker"),
    dev: bool = typer.Option(False, "--dev", help="Django's development server instead (one process, no static "
                                                  "files collected; for a laptop)"),
) -> None:
    """Migrate when needed, then serve the tracker on http://HOST:PORT: gunicorn with workers and threads, its
    static files collected and served by WhiteNoise; with --dev, Django's development server."""
    _django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    if dev:
        call_command("runserver", f"{host}:{port}", use_reloader=False)
        return
    from opvolging.site.server import default_workers
    from opvolging.site.server import serve as serve_gunicorn

    call_command("collectstatic", verbosity=0, interactive=False)
    serve_gunicorn(host, port, workers or default_workers(), threads)


class ReportFormat(StrEnum):
    html = "html"
    pdf = "pdf"
    md = "md"


@app.command()
def report(
    advice_id: int | None = typer.Argument(None, help="The advice's number in the tracker (its /advice/N/ page)"),
    ministry: str | None = typer.Option(None, "--ministry", help="A ministry's report instead of one advice's"),
    format: ReportFormat = typer.Option(ReportFormat.html, "--format", "-f", help="html, pdf or md"),
    output: Path | None = typer.Option(None, "--output", "-o", help="The file to write (standard output if none)"),
    include_private: bool = typer.Option(False, "--include-private", help="Private records too (a report to take "
                                                                         "to a debate holds public ones only)"),
) -> None:
    """The state of follow-up ("stand van zaken") of one advice or one ministry: per recommendation its stance,
    its commitments with status, due date, evidence and history, and a summary chart."""
    if (advice_id is None) == (ministry is None):
        _fail("report: name either ADVICE_ID or --ministry NAME")
        raise typer.Exit(2)
    _django()
    from django.contrib.auth import get_user_model

    from opvolging.tracker import reports
    from opvolging.tracker.models import Advice

    user = get_user_model()(is_superuser=True) if include_private else None  # a reader who sees everything
    if advice_id is not None:
        advice = Advice.objects.filter(pk=advice_id).first()
        if advice is None or (not include_private and not advice.is_public):
            _fail(f"report: no advice {advice_id}")
            raise typer.Exit(2)
        built = reports.build(advice=advice, user=user)
    else:
        built = reports.build(ministry=ministry, user=user)
        if not built.rows:
            _fail(f"report: no commitments of the ministry {ministry!r}")
            raise typer.Exit(2)
    body = {"html": reports.html, "pdf": reports.pdf, "md": reports.markdown}[format.value](built)
    data = body if isinstance(body, bytes) else body.encode("utf-8")
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        sys.stderr.write(f"wrote {output} ({len(data):,} bytes)\n")


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def manage(ctx: typer.Context) -> None:
    """Django's management commands: opvolging manage migrate, createsuperuser, shell, …"""
    _django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["opvolging manage", *ctx.args])


def run() -> None:
    """Entry point that turns any stray exception into one line, never a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as e:  # a bug, not bad input: still one line, and a non-zero exit
        _fail(f"internal error: {e.__class__.__name__}: {e}")
        raise SystemExit(1) from None


from opvolging.cli import batch as _batch  # noqa: E402,F401 — registers batch extract and batch load
from opvolging.cli import sources as _sources  # noqa: E402,F401 — registers fetch, import-… and export-…
