"""Problems in a spec, reported as values so one run lists all of them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class SpecProblem:
    """One thing wrong with a spec, located well enough to fix it without guessing.

    ``location`` is ``line L, column C`` for syntax errors and a JSON pointer
    (``#/properties/beep``) for everything found after parsing.
    """

    file: str
    location: str
    message: str
    expected: str = ""

    def __str__(self) -> str:
        text = f"{self.file}: {self.location}: {self.message}"
        return f"{text}; expected {self.expected}" if self.expected else text


class SpecError(Exception):
    """Raised with every problem found in a spec; the CLI prints them and exits 2."""

    def __init__(self, problems: Iterable[SpecProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class GenerationError(Exception):
    """The spec was fine but a later stage failed (format, compile, import); nothing written."""
