"""The one error type that reaches a user: bad input, named by file and problem."""

from __future__ import annotations


def printable(text: str) -> str:
    """`text` safe to print on one line: a control character, a line break or a lone surrogate in a file name is
    written as its escape ("\\n", "\\x1b", "\\udc80"), so that a name can neither break the line nor drive the
    terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                   for ch in text)


class InputError(Exception):
    """A document that cannot be read. `str()` is one line naming the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{printable(str(path))}: {printable(' '.join(str(problem).split()))}")
        self.path = path
        self.problem = problem
