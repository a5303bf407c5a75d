"""Fast word patterns: the regular expressions every rule module uses, searched the quick way.

Python's `re` skips ahead through a text only when a pattern starts with a literal or a set of first letters.
A leading `\\b` or the IGNORECASE flag take that away, and a search then costs ten times more (measured:
`\\bneemt\\b` 2.8 µs against `neemt\\b` 0.2 µs on one sentence). `WordPattern` compiles a pattern whose
alternatives start at a word boundary without that leading `\\b`, checks the boundary itself, and with
`lower=True` searches the lower-cased text instead of ignoring case. Matches are the same; spans index the
text that was passed in.

Without its leading `\\b` a pattern may start inside a word, and be turned down after; in a text with a very long
"word" (30,000 letters with no space, as fuzzing makes) that costs the word's length at every place the pattern
could begin in it, quadratic time. Such a text is searched with the boundary kept in the pattern (`LONG_WORD`).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator


def _top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at the `|` that are not inside parentheses or a character class."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _lower_pattern(pattern: str) -> str:
    """`pattern` with its letters lower-cased, escapes (\\S, \\W, \\B, \\D) and group names left as they are."""
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith("(?P<", i):
            j = pattern.index(">", i)
            out.append(pattern[i:j + 1])
            i = j + 1
        else:
            out.append(ch.lower())
            i += 1
    return "".join(out)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


LONG_WORD = re.compile(r"\w{200}")  # no word of any language is this long: a text with one is searched bounded
# the last texts looked at, and whether each has a long word: the rules of one sentence share it
_recent: deque[tuple[str, bool]] = deque(maxlen=4)


def _has_long_word(subject: str) -> bool:
    if len(subject) < 200:  # too short to hold such a word: most sentences
        return False
    for text, result in _recent:
        if text is subject:
            return result
    # a run of 200 letters lies within a run of 200 characters without a space: splitting at spaces is C-fast,
    # the pattern steps through the text a character at a time
    result = max(map(len, subject.split()), default=0) >= 200 and LONG_WORD.search(subject) is not None
    _recent.appendleft((subject, result))
    return result


class WordPattern:
    """A compiled pattern searched fast (see the module docstring). Offers `search`, `finditer` and `match`."""

    def __init__(self, pattern: str, lower: bool = False, flags: int = 0) -> None:
        alternatives = _top_level_alternatives(_lower_pattern(pattern) if lower else pattern)
        self.bounded = all(a.startswith(r"\b") for a in alternatives)
        body = "|".join(a[2:] for a in alternatives) if self.bounded else pattern
        self.lower = lower
        self.regex = re.compile(body, flags)
        self.fallback = re.compile(pattern, flags | (re.I if lower else 0))
        # the pattern as written (lower-cased if `lower`), its `\b` in place: for a text with a very long word
        self.guarded = re.compile(_lower_pattern(pattern) if lower else pattern, flags) if self.bounded else None
        self.pattern = pattern

    def _subject(self, text: str, lowered: bool = False) -> tuple[str, bool]:
        if not self.lower or lowered:
            return text, True
        low = text.lower()
        return low, len(low) == len(text)  # lower() can change the length of a few rare letters

    def _ok(self, subject: str, m: re.Match[str]) -> bool:
        return not self.bounded or m.start() == 0 or not _is_word_char(subject[m.start() - 1])

    def search(self, text: str, pos: int = 0, endpos: int | None = None, *,
               lowered: bool = False) -> re.Match[str] | None:
        """The first match in text[pos:endpos], or None. `lowered=True`: the caller lower-cased the text already."""
        end = len(text) if endpos is None else endpos
        if self.lower and not lowered:
            subject = text.lower()
            if len(subject) != len(text):  # lower() can change the length of a few rare letters
                return self.fallback.search(text, pos, end)
        else:
            subject = text
        if self.bounded and _has_long_word(subject):
            return self.guarded.search(subject, pos, end)
        m = self.regex.search(subject, pos, end)
        if not self.bounded:
            return m
        while m is not None and m.start() and (subject[m.start() - 1].isalnum() or subject[m.start() - 1] == "_"):
            m = self.regex.search(subject, m.start() + 1, end)
        return m

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, *,
                 lowered: bool = False) -> Iterator[re.Match[str]]:
        """Every non-overlapping match in text[pos:endpos], in order. `lowered`: as for `search`."""
        subject, same = self._subject(text, lowered)
        end = len(text) if endpos is None else endpos
        if not same:
            yield from self.fallback.finditer(text, pos, end)
            return
        if self.bounded and _has_long_word(subject):
            yield from self.guarded.finditer(subject, pos, end)
            return
        while pos <= end:
            m = self.regex.search(subject, pos, end)
            if m is None:
                return
            if not self._ok(subject, m):
                pos = m.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """A match that starts at `pos`, or None."""
        subject, same = self._subject(text)
        end = len(text) if endpos is None else endpos
        if not same:
            return self.fallback.match(text, pos, end)
        if self.bounded and _has_long_word(subject):
            return self.guarded.match(subject, pos, end)
        m = self.regex.match(subject, pos, end)
        return m if m is not None and self._ok(subject, m) else None
