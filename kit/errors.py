"""One exception root for the kit, with children that carry what the user needs to fix the problem."""

from __future__ import annotations

from dataclasses import dataclass


class KitError(Exception):
    """Root of every error the kit raises on purpose; the CLI and the app show its Dutch message."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a content file, located so an author can find it in an editor."""

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        at = f" @ '{self.path}'" if self.path else ""
        return f"{where}{at}: {self.message}"


class ContentError(KitError):
    """Content files are invalid; `problems` lists every fault found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class AnswerError(KitError):
    """A participant's answers do not fit the exercise (unknown step, option or wrong type)."""


class UnknownExerciseError(KitError):
    """The exercise id is not among the loaded content."""
