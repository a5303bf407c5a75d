"""The one error type that reaches a user: bad input, named by file and problem."""

from __future__ import annotations


class InputError(Exception):
    """A document that cannot be read. `str()` is one line naming the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
