"""The pure extraction library: text in, `Extraction` out. No database, no Django.

`extract(document)` in `pipeline` runs the steps in order: normalize → language → metadata → segment →
align → stance → commitments (with dates) → tags.
"""

from __future__ import annotations

__all__ = ["extract", "extract_path", "extract_text"]


def __getattr__(name: str):
    if name in __all__:
        from opvolging.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
