"""Fuzz the extractor and the readers: 100,000 inputs or more, each at most 100 KB, seeded; prints crashes, hangs
and the slowest inputs. Goal: 0 crashes, 0 inputs over 1 s.

    python benchmarks/fuzz.py [N] [--seed S] [--workers W]

Seven in ten inputs are text (`tests/fuzzing.random_text`: the pieces documents are made of, arbitrary
characters, long runs of one piece) read by `extract_text`; three in ten are files in the readers' formats
(`random_file`: txt in four encodings, HTML and XML nested up to 1,200 deep, PDF with a Flate stream, DOCX damaged
or a zip that inflates a thousandfold) read by `load_bytes` and extracted. A reader may refuse a file only with an
InputError; anything else is a crash, listed by where it was raised. An input is timed on its own; one that runs
over 10 s is stopped and counted as a hang. Never part of the test run (`tests/extract/test_fuzz.py` runs a
bounded number of the same inputs). The baseline, measured in the same run, is `re.findall(r"\\w+", text)` over
the same texts: the cheapest pass any reader makes.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import signal
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

HANG = 10  # seconds after which an input is stopped
SLOW = 1.0  # the goal: no input over this


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang()


def _size(rng: random.Random) -> int:
    return rng.choice([20, 100, 500, 2_000, 10_000, 30_000, 100_000])


def run_one(seed: int) -> tuple[int, str, int, float, str | None]:
    """Read the input of `seed`: (seed, kind, size, seconds, crash signature or "hang" or None)."""
    from opvolging.errors import InputError
    from opvolging.extract import extract_text
    from opvolging.extract.pipeline import extract
    from opvolging.sources import load_bytes
    from tests.fuzzing import random_file, random_text

    rng = random.Random(seed)
    size = _size(rng)
    kind = "text" if rng.random() < 0.7 else "file"
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG)
    start = time.perf_counter()
    problem = None
    try:
        if kind == "text":
            extract_text(random_text(rng, size))
        else:
            data, fmt = random_file(rng, size)
            kind = f"file:{fmt}"
            size = len(data)
            try:
                extract(load_bytes(data, fmt, f"fuzz.{fmt}"))
            except InputError:
                pass
    except _Hang:
        problem = "hang"
    except Exception as e:  # noqa: BLE001 — what the benchmark is for
        frames = [f for f in traceback.extract_tb(e.__traceback__) if "opvolging" in f.filename]
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        problem = f"{e.__class__.__name__} at {where}"
    finally:
        signal.alarm(0)
    return seed, kind, size, time.perf_counter() - start, problem


def baseline(seeds: list[int]) -> float:
    """Seconds for `re.findall(r"\\w+", …)` over the text inputs of `seeds`."""
    from tests.fuzzing import random_text

    texts = []
    for seed in seeds:
        rng = random.Random(seed)
        size = _size(rng)
        if rng.random() < 0.7:
            texts.append(random_text(rng, size))
    start = time.perf_counter()
    for t in texts:
        re.findall(r"\w+", t)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--workers", type=int, default=multiprocessing.cpu_count())
    ap.add_argument("--only", type=int, nargs="*", help="read these seeds alone (to reproduce one)")
    a = ap.parse_args()
    seeds = a.only or [a.seed + i for i in range(a.n)]
    start = time.perf_counter()
    with multiprocessing.Pool(a.workers) as pool:
        results = list(pool.imap_unordered(run_one, seeds, chunksize=64))
    wall = time.perf_counter() - start
    crashes = Counter(p for *_, p in results if p and p != "hang")
    hangs = [r for r in results if r[4] == "hang"]
    slow = sorted((r for r in results if r[4] is None), key=lambda r: -r[3])
    over = [r for r in slow if r[3] > SLOW]
    busy = sum(r[3] for r in results)
    base = baseline(seeds[: min(len(seeds), 5_000)]) * len(seeds) / min(len(seeds), 5_000)
    print(f"{len(results):,} inputs in {wall:,.0f} s on {a.workers} workers (seed {a.seed}); "
          f"{busy / len(results) * 1000:.1f} ms an input, {busy / base:,.0f}x the re.findall baseline")
    first = {}
    for seed, *_, p in sorted(results):
        if p and p != "hang":
            first.setdefault(p, seed)
    print(f"crashes: {sum(crashes.values())}" + "".join(f"\n  {n} × {sig} (first: seed {first[sig]})"
                                                         for sig, n in crashes.most_common()))
    print(f"hangs (over {HANG} s): {len(hangs)}" + "".join(f"\n  seed {s} {k} {size:,} bytes" for s, k, size, *_ in
                                                          hangs[:10]))
    print(f"inputs over {SLOW} s: {len(over)}; the slowest:")
    for seed, kind, size, seconds, _ in slow[:10]:
        print(f"  {seconds:6.3f} s  seed {seed}  {kind}  {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
