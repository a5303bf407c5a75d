"""Should a hyphen at the end of a line be dropped (hyphenation) or kept (a real hyphen)?

Decided with a word-frequency list (wordfreq, which ships its data) and the document's own vocabulary, never
with a list of one letter's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from wordfreq import zipf_frequency

_PUNCTUATION = ".,;:!?()[]«»“”\"'‘’/…•"
# Dutch vowel pairs that would read as one sound when joined, so the spelling keeps a hyphen ("media-instellingen").
_VOWEL_CLASH = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe", "oo", "ou", "ui", "uu", "ij"}
_VOWELS = "aeiouy"


@dataclass(frozen=True)
class Vocabulary:
    """The words a document uses unbroken, and those it writes with a hyphen inside a line."""

    words: frozenset[str]
    hyphenated: frozenset[str]

    @classmethod
    def of(cls, text: str, language: str = "nl") -> Vocabulary:
        # A word broken at a line end ("verschil-\nlende") is not evidence: only whole tokens on one line count.
        tokens: set[str] = set()
        broken_before = False
        for line in text.lower().split("\n"):
            parts = line.split()
            if broken_before and parts:
                parts = parts[1:]
            broken_before = line.rstrip().endswith("-")
            if broken_before and parts:
                parts = parts[:-1]
            tokens.update(t.strip(_PUNCTUATION) for t in parts)
        words = frozenset(t for t in tokens if "-" not in t)
        hyph = frozenset(t for t in tokens if "-" in t.strip("-"))
        return cls(words, hyph)


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
    if joined in vocab.words:
        return True
    if pair in vocab.hyphenated:
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
