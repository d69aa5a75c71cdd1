"""The calibration arithmetic: average ranks for ties, Spearman's rho, when a row holds, and which sets count.

The judged sets themselves are checked in tests/calibration; these pin the maths and the file handling on
small inputs, so the mutation run (`make mutate`) can tell a wrong rank or a wrong boundary from a right one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kit.answers_io import check_answers, read_answers_file
from kit.content.library import Library
from kit.scoring.calibration import LEVELS, CalibrationRow, _ranks, calibration_table, spearman
from kit.scoring.engine import score_exercise

SETS = Path(__file__).parents[1] / "calibration"


@pytest.mark.parametrize(
    ("values", "ranks"),
    [
        ([], []),
        ([5.0], [1.0]),
        ([0.3, 0.1, 0.2], [3.0, 1.0, 2.0]),
        ([0.3, 0.1, 0.2, 0.2], [4.0, 1.0, 2.5, 2.5]),  # a tie shares the mean of the ranks it takes
        ([0.2, 0.2, 0.2, 0.1], [3.0, 3.0, 3.0, 1.0]),  # a tie at the top
        ([0.1, 0.1, 0.9, 0.5, 0.5], [1.5, 1.5, 5.0, 3.5, 3.5]),  # two ties
        ([7.0, 7.0], [1.5, 1.5]),
    ],
)
def test_ranks_are_positions_from_one_with_ties_averaged(values: list[float], ranks: list[float]) -> None:
    assert _ranks(values) == ranks


def test_spearman_is_pearson_of_the_ranks() -> None:
    assert spearman([1, 2, 3, 4], [1, 3, 2, 4]) == pytest.approx(0.8)  # 1 - 6 * 2 / (4 * 15)
    assert spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8)
    assert spearman([1, 2, 3, 4, 5], [5, 4, 3, 1, 2]) == pytest.approx(-0.9)
    # the intended order has a three-way tie: ranks 6, 5, 4, 2, 2, 2 (squares of deviations sum to 15.5)
    intended = [6.0, 5.0, 4.0, 2.0, 2.0, 2.0]
    assert spearman(intended, [0.9, 0.7, 0.8, 0.1, 0.3, 0.2]) == pytest.approx(14.5 / (15.5 * 17.5) ** 0.5)
    assert spearman(intended, [1.0, 0.5, 0.5, 0.1, 0.1, 0.1]) == pytest.approx((15 / 15.5) ** 0.5)
    assert spearman([3, 3, 3], [3, 2, 1]) == 0.0
    assert spearman([3, 2, 1], [5, 5, 5]) == 0.0


def row(**totals: float) -> CalibrationRow:
    base = {"expert": 0.9, "good": 0.8, "middling": 0.6, "weak": 0.3, "misguided": 0.2, "paster": 0.1}
    return CalibrationRow("x", {**base, **totals})


def test_a_row_holds_with_the_intended_order_and_both_gamers_below_middling() -> None:
    assert row().rho == pytest.approx((15.5 / 17.5) ** 0.5)  # 0.94: the three below middling in some order
    assert row().holds
    assert row(paster=0.59, misguided=0.59).holds
    assert not row(paster=0.6).holds  # level with middling is not below it
    assert not row(misguided=0.6).holds
    assert not row(paster=0.7, misguided=0.65).holds
    # the good answer over the expert one costs rho 0.88: the row fails although both gamers are below middling
    swapped = row(expert=0.8, good=0.9)
    assert swapped.rho == pytest.approx(14.5 / (15.5 * 17.5) ** 0.5)
    assert not swapped.holds
    # a tie between expert and good still holds
    assert row(expert=0.8, good=0.8).holds


def test_a_row_is_the_total_of_each_judged_answer_and_the_table_finds_every_set(
    tmp_path: Path, library: Library
) -> None:
    for exercise_id in ("casus-1", "azc/oefenvorm-1"):
        shutil.copytree(SETS / exercise_id, tmp_path / exercise_id)
    (tmp_path / "azc" / "no-set").mkdir()  # a folder without judged answers is not a row
    (tmp_path / "azc" / "no-set" / "weak.json").write_text("{}", encoding="utf-8")
    table = calibration_table(library, tmp_path)
    assert [r.exercise_id for r in table] == ["azc/oefenvorm-1", "casus-1"]
    got = table[1]  # the totals of one set, scored here directly
    exercise = library.exercise("casus-1")
    expected = {}
    for level in LEVELS:
        _, answers = read_answers_file(SETS / "casus-1" / f"{level}.json")
        expected[level] = score_exercise(exercise, check_answers(exercise, answers)).total
    assert got.totals == expected
    assert len(set(expected.values())) > 1


def test_spearman_refuses_lists_of_different_lengths() -> None:
    """A total missing for one level must not quietly shorten the comparison."""
    with pytest.raises(ValueError, match=r"shorter|longer"):
        spearman([1.0, 2.0, 3.0], [1.0, 2.0])
    with pytest.raises(ValueError, match=r"shorter|longer"):
        spearman([1.0, 2.0], [1.0, 2.0, 3.0])


class CountedReads(list[float]):
    """A list that counts how often an item is read (a bound on the work, not on the time)."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        CountedReads.reads += 1
        if CountedReads.reads > 1000:
            raise AssertionError("ranking reads the values without end")
        return super().__getitem__(index)


@pytest.mark.parametrize(
    "values", [[5.0], [0.2, 0.2, 0.2, 0.1], [0.1, 0.1, 0.9, 0.5, 0.5], [0.3, 0.1, 0.2], [0.4, 0.3, 0.3, 0.3, 0.3]]
)
def test_ranking_reads_each_value_a_few_times(values: list[float]) -> None:
    """One sort and one pass over the sorted values: ties at any position end the pass."""
    CountedReads.reads = 0
    counted = CountedReads(values)
    assert _ranks(counted) == _ranks(list(values))
    assert CountedReads.reads <= 4 * len(values)
