"""Matching the records of a document's stored version to what a new version says: by their words, never by their
position. A sentence added before the others moves every position; it moves no words.

`pair(old, new, words)` pairs stored records with new items: the same words first, then (for recommendations)
the same label with much the same text, then the most alike words above a threshold, each record once. It returns
the pairs with how alike their words were (1.0 for the same words); what it leaves unpaired is new, or gone.

Alike is not enough: letters say their promises in one template ("Voor de zomer stuur ik uw Kamer de evaluatie van
de Jeugdwet", "… van de Participatiewet" are 0.88 alike, more than a promise reworded is to itself). Two records
whose words each name a subject the other lacks (`other_subject`: a name, a long noun) are never paired, so that a
person's work on one never moves onto the other; a promise re-dated or reworded keeps its subjects and is paired.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from opvolging.extract.content_words import related

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
                if score >= 0.5 and not other_subject(" ".join(old_words(old[i])), " ".join(new_words(n))):
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
            if j in out or i in taken_old or other_subject(" ".join(old_words(old[i])), " ".join(new_words(new[j]))):
                continue
            out[j] = (i, round(score, 3))
            taken_old.add(i)
    for j, (i, score) in out.items():  # how alike the pair's words are, all of them
        if score == 1.0:
            out[j] = (i, round(similarity(" ".join(old_words(old[i])), " ".join(new_words(new[j]))), 3))
    return out, [i for i in range(len(old)) if i not in taken_old]


def _best(a: list[str], b: list[str]) -> float:
    return max((similarity(x, y) for x in a for y in b), default=0.0)


# the words a text's subjects are named by, apart from its verbs and adverbs: a name (capitalised inside a sentence)
# or a long word that is no infinitive ("laaggeletterdheid", "beleidsmedewerkers", "Participatiewet")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NOT_A_SUBJECT = frozenset(
    "eveneens daarnaast bovendien vervolgens tevens verder hiervoor daarvoor hierover daarover hiermee daarmee "
    "inmiddels uiteindelijk voorafgaand nogmaals wederom zodoende daarbij hierbij namelijk overigens additionally "
    "furthermore moreover therefore accordingly currently already further".split())


@lru_cache(maxsize=4096)
def _subjects(text: str) -> frozenset[str]:
    """The words of `text` that name its subjects (see above), in lower case; read once per text (a pairing asks it
    of each record again for every candidate)."""
    out = set()
    for m in _WORD.finditer(text):
        word, low = m.group(0), m.group(0).lower()
        if low in _NOT_A_SUBJECT:
            continue
        k = m.start()
        while k and text[k - 1].isspace():
            k -= 1
        named = word[:1].isupper() and k and text[k - 1] not in ".!?:;•-–"  # not capitalised as a first word
        if named or (len(low) >= 7 and not low.endswith("en")):
            out.add(low)
    return frozenset(out)


def other_subject(a: str, b: str) -> bool:
    """True when each of two texts names a subject the other does not (a name, a long noun, neither found in the
    other in any form): two promises in one template ("… de evaluatie van de Jeugdwet" and "… van de
    Participatiewet"), not one reworded ("… een nieuwe cursus vormgeven" and "… in 2023 een nieuwe cursus
    ontwikkelen") or re-dated."""
    sa, sb = _subjects(a), _subjects(b)
    words_a, words_b = {w.lower() for w in _WORD.findall(a)}, {w.lower() for w in _WORD.findall(b)}
    only_a = [x for x in sa - words_b if not any(related(x, y) for y in words_b)]
    only_b = [y for y in sb - words_a if not any(related(y, x) for x in words_a)]
    return bool(only_a and only_b)
