"""Reading from the web, for the sources that live there (KOOP's repository, the Tweede Kamer's open data).

`get(url)` returns a `Fetched` (the address it ended at, its content type and its bytes) or raises `FetchError`,
whose text is one line: no network, a host that does not answer, an HTTP error, or a body over `MAX_BYTES`.
`TRANSPORT` does the actual request; tests replace it with recorded responses, so that no test uses the network.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

MAX_BYTES = 100 * 1024 * 1024
TIMEOUT = 30
USER_AGENT = "Opvolging/0.1 (+https://github.com/opvolging)"


class FetchError(Exception):
    """A source on the web could not be read; `str()` is one line saying why."""


@dataclass
class Fetched:
    url: str  # where the request ended, after redirects
    content_type: str
    body: bytes


def _urllib(url: str, headers: dict[str, str], timeout: float) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
    with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 — http(s) only, checked in get
        body = answer.read(MAX_BYTES + 1)
        return Fetched(answer.geturl(), answer.headers.get("Content-Type", ""), body)


TRANSPORT: Callable[[str, dict[str, str], float], Fetched] = _urllib


def get(url: str, accept: str = "*/*", timeout: float = TIMEOUT) -> Fetched:
    """The resource at `url` (http or https); FetchError with one line when it cannot be had."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"{url}: not an http(s) address")
    try:
        fetched = TRANSPORT(url, {"Accept": accept}, timeout)
    except urllib.error.HTTPError as e:
        raise FetchError(f"{parts.netloc} answered {e.code} {e.reason} for {url}") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, socket.gaierror):
            raise FetchError(f"no network: {parts.netloc} cannot be found from this machine ({reason.strerror})") \
                from None
        raise FetchError(f"no network: {parts.netloc} does not answer ({reason})") from None
    except TimeoutError:
        raise FetchError(f"{parts.netloc} did not answer within {timeout:.0f} s") from None
    except OSError as e:
        raise FetchError(f"no network: {parts.netloc} could not be reached ({e.__class__.__name__}: {e})") from None
    if len(fetched.body) > MAX_BYTES:
        raise FetchError(f"{url}: larger than {MAX_BYTES // 2**20} MB")
    return fetched
