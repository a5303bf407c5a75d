"""python -m opvolging.cli: the `opvolging` command."""

from opvolging.cli import run

run()
