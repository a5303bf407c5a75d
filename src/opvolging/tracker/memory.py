"""The garbage collector kept out of a request's way.

A web process holds some 150,000 long-lived objects once it has served a page (Django's apps and templates, the
stemmers, the translations), and Python's collector walks all of them at every full collection: on this machine
80 ms, falling on every fifth search page or so (a page of 55 ms took 155). After the first request, when the
process has loaded what it keeps, they are moved out of the collector's sight (`gc.freeze`): a full collection
then walks only what came since.
"""

from __future__ import annotations

import gc

from django.core.signals import request_finished


def freeze_after_first_request(**kwargs) -> None:
    """Collect once, then freeze what is left (`gc.freeze`); disconnects itself, so it runs once per process."""
    request_finished.disconnect(freeze_after_first_request)
    gc.collect()
    gc.freeze()


def connect() -> None:
    request_finished.connect(freeze_after_first_request)
