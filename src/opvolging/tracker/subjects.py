"""Subjects for the tracker's pages: the taxonomy's themes, SDGs and affected persons by their names in the
reader's language (Dutch or English), for filters, facets and tags.

A tag stores the taxonomy's English name (for an SDG its number), so that a stored value never changes when a
name is translated; these functions give what a reader sees.
"""

from __future__ import annotations

from functools import lru_cache

from django.utils.translation import get_language

from opvolging.extract.tags import taxonomy

KINDS = ("theme", "sdg", "person")
_SECTIONS = {"theme": "themes", "sdg": "sdgs", "person": "affected_persons"}


@lru_cache(maxsize=1)
def _names() -> dict[tuple[str, str], dict[str, str]]:
    """(kind, stored value) → {"en": name, "nl": name}."""
    tax = taxonomy()
    out: dict[tuple[str, str], dict[str, str]] = {}
    for e in tax["sdgs"]:
        out[("sdg", str(e["number"]))] = {lang: f"SDG {e['number']}: {e[lang]}" for lang in ("en", "nl")}
    for kind in ("theme", "person"):
        for e in tax[_SECTIONS[kind]]:
            out[(kind, e["en"])] = {"en": e["en"], "nl": e["nl"] or e["en"]}
    return out


def _language() -> str:
    return "nl" if (get_language() or "nl").startswith("nl") else "en"


def name(kind: str, value: str | int) -> str:
    """The name a reader sees for a stored tag value, in the active language; the value itself when the
    taxonomy does not know it (a theme printed by a newer UN list, say)."""
    names = _names().get((kind, str(value)))
    return names[_language()] if names else str(value)


def choices(kind: str) -> list[tuple[str, str]]:
    """Every (stored value, name) of one kind, in the active language: SDGs by number, the rest by name."""
    lang = _language()
    items = [(value, names[lang]) for (k, value), names in _names().items() if k == kind]
    if kind == "sdg":
        return sorted(items, key=lambda item: int(item[0]))
    return sorted(items, key=lambda item: item[1].casefold())


_KIND_ORDER = {"theme": 0, "sdg": 1, "person": 2}


def in_reading_order(tags: list) -> list:
    """`tags` (objects with `kind` and `value`, as `Tag`) in reading order: themes, then SDGs by number, then
    affected persons, each kind by its name in the reader's language."""
    return sorted(tags, key=lambda t: (_KIND_ORDER[t.kind], int(t.value) if t.kind == "sdg" else 0,
                                       name(t.kind, t.value).casefold()))
