"""One exception root for the kit, with children that carry what the user needs to fix the problem."""

from __future__ import annotations

from dataclasses import dataclass

QUOTE_LENGTH = 80
"""Characters of a bad value an error message repeats: enough to recognise it, never a whole paste."""
MAX_LISTED = 50
"""Problems listed in one report; the rest are counted."""


def shorten(value: object) -> str:
    """`value` as text for a message: at most QUOTE_LENGTH characters, a huge number by its digit count."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        return f"getal van {value.bit_length() * 30103 // 100000 + 1} cijfers"
    try:
        text = value if isinstance(value, str) else repr(value)
    except (ValueError, RecursionError):  # holds a number too long to print, or nests too deep
        text = type(value).__name__
    return text[:QUOTE_LENGTH] + "…" if len(text) > QUOTE_LENGTH else text


def listed(lines: list[str]) -> str:
    """The first MAX_LISTED lines, and how many more there are."""
    shown = lines[:MAX_LISTED]
    if len(lines) > MAX_LISTED:
        shown.append(f"… en nog {len(lines) - MAX_LISTED} problemen")
    return "\n".join(shown)


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
        super().__init__(listed([str(p) for p in problems]))


class AnswerError(KitError):
    """A participant's answers do not fit the exercise (unknown step, option or wrong type)."""


class UnknownExerciseError(KitError):
    """The exercise id is not among the loaded content."""
