"""The judged answer sets, written blind, are ordered by the scorer as the trainer ordered them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.content.library import load_library
from kit.scoring.calibration import LEVELS, calibration_row, spearman

ROOT = Path(__file__).parent
LIBRARY = load_library()
SETS = sorted(str(path.parent.relative_to(ROOT)) for path in ROOT.glob("**/expert.json"))


def test_every_exercise_has_a_judged_set() -> None:
    assert sorted(SETS) == sorted(LIBRARY.exercises)
    for exercise_id in SETS:
        assert {path.stem for path in (ROOT / exercise_id).glob("*.json")} == set(LEVELS)


@pytest.mark.parametrize("exercise_id", SETS)
def test_scores_follow_the_judged_order(exercise_id: str) -> None:
    row = calibration_row(LIBRARY, ROOT / exercise_id, exercise_id)
    totals = row.totals
    assert row.rho >= 0.9, totals
    assert totals["paster"] < totals["middling"], totals
    assert totals["misguided"] < totals["middling"], totals
    assert totals["expert"] > totals["good"] > totals["middling"] > totals["weak"], totals


def test_spearman_with_ties() -> None:
    assert spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert spearman([1, 2, 3], [30, 20, 10]) == pytest.approx(-1.0)
    assert spearman([6, 5, 4, 2, 2, 2], [0.9, 0.8, 0.5, 0.1, 0.1, 0.2]) == pytest.approx(15.5 / (15.5 * 17) ** 0.5)
    assert spearman([1, 1, 1], [1, 2, 3]) == 0.0
