"""Batch: the pure `extract` mapped over a whole corpus on Dask (`run`), its Extractions written as JSONL shards
with a manifest (`manifest`), for `opvolging batch load` to store (`tracker.services.bulk`)."""
