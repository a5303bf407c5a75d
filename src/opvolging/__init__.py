"""Opvolging: turns advice to a government, and the government's answers, into tracked promises."""

__version__ = "0.1.0"
