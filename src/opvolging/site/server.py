"""The production web server: gunicorn, with worker processes and threads, serving the tracker's WSGI
application and (through WhiteNoise) its collected static files.

`opvolging serve` runs this; `opvolging serve --dev` runs Django's development server instead (what `make run`
uses on a laptop). Server errors are logged with their traceback on standard error (see `LOGGING` in settings).
"""

from __future__ import annotations

import os

from gunicorn.app.base import BaseApplication


def default_workers() -> int:
    """Two worker processes per core, and one more (gunicorn's advice), at most 9."""
    return min(2 * (os.cpu_count() or 1) + 1, 9)


class Server(BaseApplication):
    """Gunicorn configured in code rather than by a file: `options` are gunicorn's settings by name."""

    def __init__(self, options: dict) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from opvolging.site.wsgi import application

        return application


def serve(host: str, port: int, workers: int, threads: int, timeout: int = 60) -> None:
    """Serve until stopped: `workers` processes of `threads` threads each. A request that runs longer than
    `timeout` seconds is stopped (its worker restarted), and a worker is renewed after about a thousand requests,
    so that no request and no slow leak holds the server."""
    Server({
        "bind": f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread",
        "timeout": timeout,
        "graceful_timeout": 10,
        "keepalive": 5,
        "max_requests": 1000,
        "max_requests_jitter": 100,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "opvolging",
    }).run()
