"""`opvolging batch extract DIR|GLOB --out DIR` (Dask) and `opvolging batch load DIR` (bulk into the tracker)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from opvolging.cli import _django, _fail, app
from opvolging.errors import InputError, printable

batch = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                    help="A whole corpus: extract on Dask, load in bulk.")
app.add_typer(batch, name="batch")


def _progress(console: Console) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]:.1f} documents/s"), TextColumn("{task.fields[failed]} failed"),
                    TimeElapsedColumn(), console=console)


@batch.command("extract")
def batch_extract(
    where: str = typer.Argument(..., help="A directory (every document under it) or a glob ('corpus/**/*.pdf')"),
    out: Path = typer.Option(..., "--out", help="Where the shards (shards/*.jsonl) and manifest.jsonl go"),
    scheduler: str | None = typer.Option(None, "--scheduler", help="A Dask scheduler (tcp://HOST:8786); "
                                                                   "default a LocalCluster on this machine"),
    workers: int = typer.Option(0, "--workers", help="LocalCluster workers (0: one per core)"),
    partition: int = typer.Option(25, "--partition", help="Files per partition (one shard each)"),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Extract again the files that failed before"),
) -> None:
    """Extract every document with `dask.bag` on a `distributed` cluster, writing JSONL shards and a manifest
    (file, sha256, status, error, seconds). A file that fails is recorded with its one-line error and the run goes
    on; running again skips what the manifest has (by sha256), so a killed run resumes."""
    from distributed import Client

    from opvolging.batch import files, run

    console = Console(stderr=True)
    try:
        paths = files.documents(where)
    except InputError as e:
        _fail(str(e))
        raise typer.Exit(2) from None
    todo = run.plan(paths, out, retry_failed)
    console.print(f"{len(paths):,} files, {todo.skipped:,} done before, {len(todo.todo):,} to extract")
    if not todo.todo:
        return
    cluster = None if scheduler else run.local_cluster(workers or None)
    client = Client(scheduler) if scheduler else Client(cluster)
    try:
        console.print(f"Dask dashboard: {client.dashboard_link}")
        failed, done, t0 = 0, 0, time.perf_counter()
        with _progress(console) as progress:
            task = progress.add_task("extracting", total=len(todo.todo), rate=0.0, failed=0)

            def advance(entries) -> None:
                nonlocal failed, done
                done += len(entries)
                failed += sum(e.status == "failed" for e in entries)
                for e in entries:
                    if e.status == "failed":
                        progress.console.print(f"[red]failed[/red] {printable(e.error)}", markup=True,
                                               highlight=False)
                progress.update(task, advance=len(entries), failed=failed,
                                rate=done / max(time.perf_counter() - t0, 1e-9))

            run.run(todo.todo, out, client, partition, advance)
        seconds = time.perf_counter() - t0
        sys.stdout.write(f"{done - failed:,} extracted, {failed:,} failed in {seconds:.1f} s "
                         f"({done / max(seconds, 1e-9):.1f} documents/s) → {out}\n")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if failed:
        raise typer.Exit(2)


@batch.command("load")
def batch_load(
    shards: Path = typer.Argument(..., help="The --out directory of `batch extract` (or a shards/ directory)"),
    private: bool = typer.Option(False, "--private", help="Store as private records"),
    no_evidence: bool = typer.Option(False, "--no-evidence", help="Do not read the documents against the open "
                                                                  "promises for evidence (faster on a corpus)"),
) -> None:
    """Load the shards into the tracker: one transaction per shard, new documents by COPY (PostgreSQL) or bulk
    inserts (SQLite), new versions through the careful path; the same shard twice changes nothing."""
    _django()
    from django.core.management import call_command

    from opvolging.tracker.services import bulk
    from opvolging.tracker.services.bulk_statistics import Statistics

    where = shards / "shards" if (shards / "shards").is_dir() else shards
    names = sorted(where.glob("*.jsonl"))
    if not names:
        _fail(f"{shards}: holds no shards (*.jsonl)")
        raise typer.Exit(2)
    call_command("migrate", verbosity=0, interactive=False)
    total, failed, t0 = bulk.LoadResult(), 0, time.perf_counter()
    console = Console(stderr=True)
    statistics = Statistics()  # the planner's, kept up as the tables grow
    with _progress(console) as progress:
        task = progress.add_task("loading", total=len(names), rate=0.0, failed=0)
        for name in names:
            try:
                got = bulk.load(bulk.read_shard(name), public=not private, evidence=not no_evidence)
            except InputError as e:
                progress.console.print(f"opvolging: {printable(str(e))}", markup=False, highlight=False)
                failed += 1
            else:
                total.add(got)
                statistics.written(got)
            docs = total.fast + total.ingested + total.unchanged
            progress.update(task, advance=1, failed=failed, rate=docs / max(time.perf_counter() - t0, 1e-9))
    statistics.done()
    seconds = time.perf_counter() - t0
    sys.stdout.write(f"{len(names)} shards: {total.fast:,} documents new in bulk ({total.rows:,} rows), "
                     f"{total.ingested:,} through ingest, {total.unchanged:,} unchanged, {failed} failed in "
                     f"{seconds:.1f} s\n")
    if failed:
        raise typer.Exit(2)
