"""`opvolging batch extract`: the pure `extract` mapped over files with `dask.bag`, on a `distributed` cluster.

`extract_partition(items, out)` runs on a worker: it reads and extracts each (path, sha256), writes the
Extractions of the partition as one JSONL shard (atomically: a temporary file renamed), and returns a manifest
entry per file; a file that fails is an entry with its one-line error, and the partition goes on. `run(...)` lists
the files, skips those the manifest has (by sha256: a run again, or a killed run resumed, does only what is left),
and sends the rest to the cluster in partitions, appending each partition's entries to the manifest as it
finishes.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from opvolging.batch import manifest
from opvolging.batch.files import sha256
from opvolging.errors import InputError

PARTITION = 25  # files per partition: one shard each, the unit a killed run loses


def shard_name(position: int, shas: list[str]) -> str:
    """The shard of a partition is named by where its first file stands among all the run's files, then by its
    files' contents: the shards sort as the files do (and are loaded in that order), and the same files make the
    same shard."""
    return f"shard-{position:07d}-" + hashlib.sha256("".join(shas).encode()).hexdigest()[:16] + ".jsonl"


def extract_partition(items: list[tuple[str, str, int]], out: str) -> list[manifest.Entry]:
    """Extract each (path, sha256, position among the files) of `items` and write one shard under `out`; the
    manifest entries."""
    from opvolging.extract.pipeline import extract_path

    entries, lines = [], []
    name = shard_name(items[0][2] if items else 0, [sha for _, sha, _ in items])
    for path, sha, _ in items:
        t = time.perf_counter()
        try:
            ex = extract_path(path)
        except InputError as e:
            entries.append(manifest.Entry(path, sha, "failed", str(e), round(time.perf_counter() - t, 4)))
            continue
        except Exception as e:  # noqa: BLE001 — a reader's unforeseen failure is this file's, not the run's
            detail = str(e).splitlines()[0][:200] if str(e) else ""
            entries.append(manifest.Entry(path, sha, "failed", f"{path}: could not be read "
                                          f"({e.__class__.__name__}{': ' + detail if detail else ''})",
                                          round(time.perf_counter() - t, 4)))
            continue
        lines.append(json.dumps(ex.to_dict(), ensure_ascii=False))
        entries.append(manifest.Entry(path, sha, "ok", "", round(time.perf_counter() - t, 4), name))
    if lines:
        shards = Path(out) / "shards"
        shards.mkdir(parents=True, exist_ok=True)
        tmp = shards / f".{name}.{os.getpid()}.tmp"
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.replace(tmp, shards / name)
    return entries


@dataclass
class Plan:
    todo: list[tuple[str, str, int]]  # (path, sha256, position among the files) to extract
    skipped: int  # files the manifest has


def plan(paths: list[Path], out: Path, retry_failed: bool = False) -> Plan:
    """The files still to do: those whose sha256 the manifest lacks (or has as failed, with `retry_failed`); a
    file whose content is another's of this run is done once."""
    done = {e.sha256 for e in manifest.read(out) if e.status == "ok" or not retry_failed}
    todo, seen, skipped = [], set(), 0
    for position, p in enumerate(paths):
        sha = sha256(p)
        if sha in done or sha in seen:
            skipped += 1
            continue
        seen.add(sha)
        todo.append((str(p.resolve()), sha, position))
    return Plan(todo, skipped)


def run(todo: list[tuple[str, str, int]], out: Path, client, partition: int = PARTITION,
        on_partition: Callable[[list[manifest.Entry]], None] | None = None) -> list[manifest.Entry]:
    """Extract `todo` on the cluster `client` talks to, `partition` files per partition; each partition's entries
    are appended to the manifest as it finishes (then `on_partition` is called with them). The entries."""
    import dask.bag as db
    from distributed import as_completed

    out.mkdir(parents=True, exist_ok=True)
    if not todo:
        return []
    bag = db.from_sequence(todo, partition_size=partition).map_partitions(extract_partition, str(out))
    futures = client.compute(bag.to_delayed())
    entries: list[manifest.Entry] = []
    for future in as_completed(futures):
        got = future.result()
        manifest.append(out, got)
        entries.extend(got)
        if on_partition:
            on_partition(got)
    return entries


def local_cluster(workers: int | None = None, dashboard: str | None = ":0"):
    """A `distributed` LocalCluster on this machine: a process per worker (one per core by default), one thread
    each, since extraction is pure Python."""
    from distributed import LocalCluster

    return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                        dashboard_address=dashboard, silence_logs=40)
