"""Should a hyphen at the end of a line be dropped (hyphenation) or kept (a real hyphen)?

Decided with a word-frequency list (wordfreq, which ships its data) and the document's own vocabulary, never
with a list of one letter's words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

# Dutch vowel pairs that would read as one sound when joined, so the spelling keeps a hyphen ("media-instellingen").
_VOWEL_CLASH = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe", "oo", "ou", "ui", "uu", "ij"}
_VOWELS = "aeiouy"


_BROKEN_BEFORE = re.compile(r"\w-[ \t]*\n[ \t]*$")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "-_"


class Vocabulary:
    """The words a document uses unbroken on a line, and those it writes with a hyphen inside a line.

    Looked up on demand in the document's own text: a word broken at a line end ("verschil-" / "lende") is not
    evidence, so neither part counts as a word there.
    """

    def __init__(self, text: str) -> None:
        self._text = text.lower()

    @classmethod
    def of(cls, text: str, language: str = "nl") -> Vocabulary:
        return cls(text)

    def _occurs(self, word: str) -> bool:
        text, word = self._text, word.lower()
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            whole = (i == 0 or not _is_word_char(text[i - 1])) and (j == len(text) or not _is_word_char(text[j]))
            if whole and not _BROKEN_BEFORE.search(text, max(0, i - 20), i):
                return True  # (a match right after "…-\n" is the second half of a broken word)
            i = text.find(word, i + 1)
        return False

    def has_word(self, word: str) -> bool:
        """True when `word` stands whole, unhyphenated, somewhere in the text."""
        return "-" not in word and self._occurs(word)

    def has_hyphenated(self, pair: str) -> bool:
        """True when `pair` ("anti-corruptie") stands in the text with its hyphen inside a line."""
        return "-" in pair.strip("-") and self._occurs(pair)


@lru_cache(maxsize=8192)
def _zipf(word: str, language: str) -> float:
    return zipf_frequency(word, language)


def should_join(left: str, right: str, vocab: Vocabulary, language: str = "nl") -> bool:
    """True when `left-` at a line end and `right` on the next line are one word broken by hyphenation.

    False (keep the hyphen) when the left part is an acronym or holds a digit ("EU-" / "instrumenten"),
    when the right part starts with a capital ("Noord-" / "Holland"), when the document itself writes the
    pair with a hyphen, or when joining would glue two vowels into one sound ("media-" / "instellingen").
    True when the document writes the joined word elsewhere, and otherwise by default: in typeset text a
    line-end hyphen is nearly always hyphenation.
    """
    if not left or not right:
        return False
    if any(ch.isdigit() for ch in left) or (len(left) > 1 and left.isupper()):
        return False
    if right[:1].isupper():
        return False
    joined = (left + right).lower()
    pair = f"{left}-{right}".lower()
    if vocab.has_word(joined):
        return True
    if vocab.has_hyphenated(pair):
        return False
    joined_freq = _zipf(joined, language)
    if language == "en":
        if joined_freq >= 2.0:
            return True
        return not (_zipf(left.lower(), language) >= 3.0 and _zipf(right.lower(), language) >= 3.0)
    if joined_freq == 0.0 and left[-1:].lower() in _VOWELS and right[:1].lower() in _VOWELS:
        if (left[-1] + right[0]).lower() in _VOWEL_CLASH and _zipf(right.lower(), language) >= 3.0:
            return False
    return True
