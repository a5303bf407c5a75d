"""The collector is kept out of a request's way: what the process holds after its first request is frozen."""

import gc

from django.core.signals import request_finished

from opvolging.tracker import memory


def test_the_first_request_freezes_what_the_process_holds_and_only_the_first(client, letter):
    gc.unfreeze()
    memory.connect()
    try:
        client.get("/")
        frozen = gc.get_freeze_count()
        assert frozen > 0
        gc.unfreeze()
        client.get("/")
        assert gc.get_freeze_count() == 0  # the second request froze nothing
        assert not request_finished.disconnect(memory.freeze_after_first_request)  # it had disconnected itself
    finally:
        request_finished.disconnect(memory.freeze_after_first_request)
        gc.unfreeze()
