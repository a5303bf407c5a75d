"""Matching the records of a document's stored version to what a new version says: by their words, never by their
position. A sentence added before the others moves every position; it moves no words.

`pair(old, new, words)` pairs stored records with new items: the same words first, then (for recommendations)
the same label with much the same text, then the most alike words above a threshold, each record once. It returns
the pairs with how alike their words were (1.0 for the same words); what it leaves unpaired is new, or gone.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

Old = TypeVar("Old")
New = TypeVar("New")

MATCH = 0.6  # less alike than this is another record
_SPACE = re.compile(r"\s+")


def normal(text: str) -> str:
    """Words as compared: lower case, one space between them."""
    return _SPACE.sub(" ", text or "").strip().lower()


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0 to 1 (difflib's ratio of their normal forms, the first 600 characters)."""
    a, b = normal(a)[:600], normal(b)[:600]
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def pair(old: Sequence[Old], new: Sequence[New], old_words: Callable[[Old], list[str]],
         new_words: Callable[[New], list[str]], old_label: Callable[[Old], str | None] | None = None,
         new_label: Callable[[New], str | None] | None = None, threshold: float = MATCH,
         ) -> tuple[dict[int, tuple[int, float]], list[int]]:
    """Pairs of new item index → (old record index, how alike), and the indexes of old records left unpaired.

    `old_words` and `new_words` give the words that say what a record is (a commitment's mentions, a
    recommendation's text); two records are as alike as their most alike words. With labels, a record keeps its
    label when its words stay much the same (a recommendation "3" reworded slightly is still "3")."""
    taken_old: set[int] = set()
    out: dict[int, tuple[int, float]] = {}
    by_words: dict[str, list[int]] = {}
    for i, o in enumerate(old):
        for w in old_words(o):
            by_words.setdefault(normal(w), []).append(i)
    for j, n in enumerate(new):  # the same words (a renumbered recommendation is the same one)
        for w in new_words(n):
            hit = next((i for i in by_words.get(normal(w), []) if i not in taken_old), None)
            if hit is not None:
                out[j] = (hit, 1.0)
                taken_old.add(hit)
                break
    if old_label is not None and new_label is not None:  # the same label, much the same words
        by_label = {old_label(o): i for i, o in enumerate(old)}
        for j, n in enumerate(new):
            if j in out:
                continue
            i = by_label.get(new_label(n))
            if i is not None and i not in taken_old:
                score = _best(old_words(old[i]), new_words(n))
                if score >= 0.5:
                    out[j] = (i, score)
                    taken_old.add(i)
    rest_new = [j for j in range(len(new)) if j not in out]
    rest_old = [i for i in range(len(old)) if i not in taken_old]
    if rest_new and rest_old:  # the most alike, each once, best pairs first
        scored = sorted(((_best(old_words(old[i]), new_words(new[j])), j, i) for j in rest_new for i in rest_old),
                        reverse=True)
        for score, j, i in scored:
            if score < threshold:
                break
            if j in out or i in taken_old:
                continue
            out[j] = (i, round(score, 3))
            taken_old.add(i)
    for j, (i, score) in out.items():  # how alike the pair's words are, all of them
        if score == 1.0:
            out[j] = (i, round(similarity(" ".join(old_words(old[i])), " ".join(new_words(new[j]))), 3))
    return out, [i for i in range(len(old)) if i not in taken_old]


def _best(a: list[str], b: list[str]) -> float:
    return max((similarity(x, y) for x in a for y in b), default=0.0)
