"""Judged answer sets against the scorer: does the score order answers as a trainer would?

The sets live in tests/calibration/<exercise id>/<level>.json, written blind to the references and the
scorer (tests/calibration/README.md). Spearman's rho with ties compares the intended order with the totals.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from kit.answers_io import check_answers, read_answers_file
from kit.content.library import Library
from kit.scoring.engine import score_exercise

LEVELS = ("expert", "good", "middling", "weak", "misguided", "paster")
INTENDED_RANK = {"expert": 6.0, "good": 5.0, "middling": 4.0, "weak": 2.0, "misguided": 2.0, "paster": 2.0}
"""Expert > good > middling > the three below it (their order among themselves is left open)."""


@dataclass(frozen=True)
class CalibrationRow:
    exercise_id: str
    totals: dict[str, float]

    @property
    def rho(self) -> float:
        return spearman([INTENDED_RANK[level] for level in LEVELS], [self.totals[level] for level in LEVELS])

    @property
    def holds(self) -> bool:
        """rho >= 0.9, and the paster and the misguided answer both score below the middling one."""
        middling = self.totals["middling"]
        return self.rho >= 0.9 and self.totals["paster"] < middling and self.totals["misguided"] < middling


def _ranks(values: list[float]) -> list[float]:
    """Ranks from 1; equal values share the mean of the positions they take (no loop that could stall)."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    taken = 0
    for _, group in groupby(order, key=lambda i: values[i]):
        tied = list(group)
        for index in tied:
            ranks[index] = taken + (len(tied) + 1) / 2
        taken += len(tied)
    return ranks


def spearman(a: list[float], b: list[float]) -> float:
    """Spearman's rho with average ranks for ties (0.0 when either side has no spread)."""
    ra, rb = _ranks(a), _ranks(b)
    mean_a, mean_b = sum(ra) / len(ra), sum(rb) / len(rb)
    covariance = sum((x - mean_a) * (y - mean_b) for x, y in zip(ra, rb, strict=True))
    spread = (sum((x - mean_a) ** 2 for x in ra) * sum((y - mean_b) ** 2 for y in rb)) ** 0.5
    return covariance / spread if spread else 0.0


def calibration_row(library: Library, folder: Path, exercise_id: str) -> CalibrationRow:
    """Score the six judged answers of one exercise."""
    exercise = library.exercise(exercise_id)
    totals = {}
    for level in LEVELS:
        _, answers = read_answers_file(folder / f"{level}.json")
        totals[level] = score_exercise(exercise, check_answers(exercise, answers)).total
    return CalibrationRow(exercise_id, totals)


def calibration_table(library: Library, root: Path) -> list[CalibrationRow]:
    """One row per exercise that has a judged set under root."""
    ids = sorted(str(path.parent.relative_to(root)) for path in root.glob("**/expert.json"))
    return [calibration_row(library, root / exercise_id, exercise_id) for exercise_id in ids]
