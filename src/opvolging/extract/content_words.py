"""A text's content words, stemmed: what two texts share when they speak of the same thing (an answer and the
recommendation it answers under a heading of its own words; a later letter and the promise it reports on)."""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from opvolging.extract.language import detect


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The 400 most frequent words of Dutch and of English (wordfreq's lists, shipped with the package)."""
    from wordfreq import top_n_list

    return frozenset(top_n_list("nl", 400) + top_n_list("en", 400))


_stemming = threading.local()  # a Snowball stemmer keeps state while it works: one to a thread and language


@lru_cache(maxsize=50_000)
def stem(word: str, language: str = "nl") -> str:
    """The word's Snowball stem in `language` ('nl' or 'en')."""
    stemmers = getattr(_stemming, "stemmers", None)
    if stemmers is None:
        import snowballstemmer

        stemmers = _stemming.stemmers = {"nl": snowballstemmer.stemmer("dutch"),
                                         "en": snowballstemmer.stemmer("english")}
    return stemmers[language].stemWord(word)


def words(text: str, language: str | None = None) -> list[str]:
    """The text's content words, stemmed in its language (`language`, else the one it is written in): at least four
    letters, not among the languages' most common."""
    common = common_words()
    language = language or detect(text)
    return [stem(w, language) for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in common]


def each_names_another(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """True when each of two sets of content words (`words`) holds a long one (a stem of six letters or more) that the
    other holds in no form, inflected or compounded: two things of one template ("… maatregelen hoe we met
    verzilting om kunnen gaan" / "… maatregelen om op de hoge zandgronden water beter vast te houden"), where one
    thing said twice, longer the second time, has such words on one side only."""
    return any(len(x) >= 6 and not any(related(x, y) for y in b) for x in a - b) and \
        any(len(y) >= 6 and not any(related(y, x) for x in a) for y in b - a)


def related(a: str, b: str) -> bool:
    """The same word, inflected or compounded: "evaluatie"/"evaluaties", "medewerkers"/"beleidsmedewerkers"."""
    if min(len(a), len(b)) < 4:
        return False  # "in" is in "Groningen", and names nothing
    return a in b or b in a or (len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6])
