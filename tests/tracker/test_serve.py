"""`opvolging serve` runs a production server (gunicorn) that serves its own static files, and a server error is
logged with its traceback (issue 13.4)."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

HTTPS = {"X-Forwarded-Proto": "https"}  # production mode redirects plain HTTP; a proxy says it was HTTPS


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=HTTPS), timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, b""


def test_serve_runs_gunicorn_and_serves_static_files_in_production(tmp_path):
    port = _free_port()
    env = dict(os.environ, OPVOLGING_VAR=str(tmp_path), OPVOLGING_PRODUCTION="1",
               OPVOLGING_SECRET_KEY="s" * 20 + os.urandom(24).hex())
    env.pop("DATABASE_URL", None)  # its own embedded database, never the test run's
    exe = Path(sys.executable).with_name("opvolging")
    server = subprocess.Popen([str(exe), "serve", "--port", str(port), "--workers", "2", "--threads", "2"],
                              env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                status, _ = _get(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("opvolging serve did not start: " + server.stdout.read().decode()[-2000:])
                time.sleep(0.5)
        assert status == 200
        status, css = _get(f"http://127.0.0.1:{port}/static/tracker/site.css")
        assert status == 200 and b"body" in css
        assert _get(f"http://127.0.0.1:{port}/static/nlds/utrecht-components.css")[0] == 200
        ps = subprocess.run(["ps", "-o", "args=", "--ppid", str(server.pid)], capture_output=True, text=True)
        assert len([line for line in ps.stdout.splitlines() if line.strip()]) == 2  # two gunicorn workers
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_server_error_is_logged_with_its_traceback(client, db, monkeypatch, caplog):
    from opvolging.tracker.views import commitment_views

    def broken(request):
        raise RuntimeError("a bug in a filter")

    monkeypatch.setattr(commitment_views, "_filter_commitments", broken)
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        assert client.get("/commitments/").status_code == 500
    record = next(r for r in caplog.records if r.name == "django.request")
    assert record.exc_info and "a bug in a filter" in str(record.exc_info[1])


def test_demo_loads_the_sample_from_any_directory(tmp_path):
    """The sample ships in the package: `opvolging manage demo` finds it wherever it runs."""
    env = dict(os.environ, OPVOLGING_VAR=str(tmp_path / "var"))
    env.pop("DATABASE_URL", None)
    exe = Path(sys.executable).with_name("opvolging")
    for args in (["manage", "migrate", "--verbosity", "0"], ["manage", "demo"]):
        done = subprocess.run([str(exe), *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    assert "kst-32735-354.txt: loaded" in done.stdout and "Demo editor created" in done.stdout
    empty = subprocess.run([str(exe), "manage", "demo", "--samples", str(tmp_path / "none")], env=env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
    assert f"no sample documents in {tmp_path / 'none'}: nothing loaded" in empty.stderr
