"""Under load: `opvolging serve` (gunicorn, its default workers and threads) on 127.0.0.1, driven by 50 clients for
60 s against pages, search and the API; prints requests/s, p50/p95 per kind of request, and the errors (any answer
but 200, a timeout or a dropped connection). Goal: 0 errors and p95 ≤ 1 s on this machine.

The database is the one `tracker_speed.py` generates (20,000 recommendations by default), its documents given the
founding letter's whole text, so that a list that loads the documents' texts shows it. The baseline, measured in
the same run by the same clients, is a static file (the site's stylesheet): what the server costs with no work.
Never part of the tests.

    python benchmarks/load.py [--clients 50] [--seconds 60] [--recommendations 20000] [--backend sqlite|postgres]
                              [--think SECONDS]
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import tracker_speed  # noqa: E402 - the same generated database

ROOT = Path(__file__).resolve().parent.parent
URLS = [
    ("dashboard", "/"),
    ("recommendations", "/recommendations/"),
    ("recommendations p50", "/recommendations/?page=50"),
    ("by subject", "/recommendations/?sdg=16&theme=Rule+of+law"),
    ("commitments", "/commitments/?status=open"),
    ("documents", "/documents/"),
    ("search", "/search/?q=mensenrechten"),
    ("search OR", "/search/?q=gemeenten+OR+wet"),
    ("api recommendations", "/api/recommendations?limit=100"),
    ("api commitments", "/api/commitments?limit=100"),
    ("api documents", "/api/documents"),
    ("api search", "/api/search?q=rechtsstaat"),
    ("recommendation", None),  # a recommendation's own page, picked at random
    ("commitment", None),
]
BASELINE = ("static file", "/static/tracker/site.css")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(url: str, var: Path, n: int) -> tuple[list[int], list[int]]:
    """The generated database, its documents with a real letter's text; ids of recommendations and commitments."""
    tracker_speed.setup(url, var)
    tracker_speed.generate(n)
    from opvolging.tracker.models import Commitment, Document, Recommendation

    text = (ROOT / "src" / "opvolging" / "data" / "samples" / "kst-32735-354.txt").read_text(encoding="utf-8")
    Document.objects.update(text=text, text_map=[[i, i + 80, 1, 1] for i in range(0, len(text), 80)])
    recs = list(Recommendation.objects.values_list("pk", flat=True)[:2000])
    coms = list(Commitment.objects.values_list("pk", flat=True)[:2000])
    from django.db import connections

    connections.close_all()
    return recs, coms


def start_server(url: str, var: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ, DATABASE_URL=url, OPVOLGING_VAR=str(var))
    exe = Path(sys.executable).with_name("opvolging")
    server = subprocess.Popen([str(exe), "serve", "--port", str(port)], env=env, cwd=var,
                              stdout=subprocess.DEVNULL, stderr=open(var / "server.log", "wb"))
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", BASELINE[1])
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("opvolging serve did not start: " + (var / "server.log").read_text()[-2000:])


def drive(port: int, clients: int, seconds: float, recs: list[int], coms: list[int], think: float):
    """`clients` threads, each with its own keep-alive connection, requesting a random URL of URLS (or the
    baseline, one request in eight) until `seconds` have passed, each waiting between 0.5 and 1.5 times `think`
    seconds after an answer, as a person reads a page. Returns {kind: [seconds]} and the errors."""
    times: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop:
            name, path = BASELINE if rng.random() < 0.125 else rng.choice(URLS)
            if path is None:
                path = (f"/recommendations/{rng.choice(recs)}/" if name == "recommendation"
                        else f"/commitments/{rng.choice(coms)}/")
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                r = conn.getresponse()
                r.read()
                ok = r.status == 200
                problem = f"{r.status} {path}"
            except (OSError, http.client.HTTPException) as e:
                ok, problem = False, f"{e.__class__.__name__} {path}"
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            elapsed = time.perf_counter() - t
            with lock:
                times[name].append(elapsed)
                if not ok:
                    errors.append(problem)
            if think:
                time.sleep(think * rng.uniform(0.5, 1.5))
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, errors


def _rss_mb(pid: int) -> float:
    """Resident memory of the server and its workers, in MB (Linux's /proc)."""
    pids = [pid] + [int(p) for p in subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                                                  text=True).stdout.split()]
    total = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def _watch_memory(pid: int, stop: threading.Event, peak: list[float]) -> None:
    while not stop.wait(1.0):
        peak[0] = max(peak[0], _rss_mb(pid))


def _p(samples: list[float], q: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(q * len(s)))] * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--recommendations", type=int, default=20_000)
    ap.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--think", type=float, default=0.0, help="seconds a client waits between requests (mean)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        var = Path(tmp)
        if args.backend == "sqlite":
            url = f"sqlite:///{var / 'load.sqlite3'}"
        else:
            import psycopg

            with psycopg.connect(tracker_speed.PG_ADMIN, autocommit=True, connect_timeout=3) as conn:
                conn.execute("DROP DATABASE IF EXISTS opvolging_bench")
                conn.execute("CREATE DATABASE opvolging_bench")
            url = tracker_speed.PG_BENCH
        recs, coms = build(url, var, args.recommendations)
        port = _free_port()
        server = start_server(url, var, port)
        peak, watching = [0.0], threading.Event()
        watcher = threading.Thread(target=_watch_memory, args=(server.pid, watching, peak), daemon=True)
        watcher.start()
        try:
            times, errors = drive(port, args.clients, args.seconds, recs, coms, args.think)
        finally:
            watching.set()
            server.terminate()
            server.wait(timeout=30)
        everything = [t for ts in times.values() for t in ts if ts is not times[BASELINE[0]]]
        base = statistics.median(times[BASELINE[0]]) * 1000
        total = sum(len(ts) for ts in times.values())
        p95 = _p(everything, 0.95)
        print(f"load on {args.backend}: {args.clients} clients for {args.seconds:.0f} s "
              f"({'no pause' if not args.think else f'{args.think:g} s between requests'}), "
              f"{args.recommendations:,} recommendations")
        print(f"  {total / args.seconds:.1f} requests/s; pages and API p50 {_p(everything, 0.5):.0f} ms, "
              f"p95 {p95:.0f} ms ({p95 / base:.0f}x the baseline's p50 {base:.0f} ms); errors {len(errors)}")
        print(f"  the server's memory at most {peak[0]:,.0f} MB (all its processes)")
        for name, _ in [BASELINE, *URLS]:
            ts = times.get(name, [])
            if ts:
                print(f"    {name:22s} n {len(ts):5d}  p50 {_p(ts, 0.5):6.0f} ms  p95 {_p(ts, 0.95):6.0f} ms")
        for problem in sorted(set(errors))[:10]:
            print(f"    error: {problem} ×{errors.count(problem)}")
        verdict = "goal met" if not errors and p95 <= 1000 else "goal NOT met"
        print(f"  {verdict} (0 errors, p95 ≤ 1000 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
