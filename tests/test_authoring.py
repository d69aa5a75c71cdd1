"""Bring your own case: the skeletons validate and play in every exercise form, with no code change."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.authoring import new_case, todo_count
from kit.cli import main
from kit.content.library import load_library
from kit.errors import KitError
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers


@pytest.fixture
def own_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KIT_CONTENT_ROOT", str(tmp_path))
    return tmp_path


def test_a_new_samos_scenario_plays_in_all_six_oefenvormen(own_root: Path) -> None:
    new_case("samos", "mijn-wijk", "Onrust in mijn wijk", own_root)
    library = load_library(own_root)
    exercises = sorted(e for e in library.exercises if e.startswith("mijn-wijk/"))
    assert exercises == [f"mijn-wijk/oefenvorm-{n}" for n in range(1, 7)]
    for exercise_id in exercises:
        exercise = library.exercise(exercise_id)
        assert score_exercise(exercise, model_answers(exercise)).total == 1.0
        assert score_exercise(exercise, {}).total == 0.0


def test_a_new_casus_runs_the_whole_stappenplan(own_root: Path) -> None:
    scenario, reference = new_case("casus", "mijn-buurt", "Mijn buurt", own_root)
    exercise = load_library(own_root).exercise("mijn-buurt")
    assert len(exercise.steps) == 12
    assert todo_count([scenario, reference])[reference] > 12


def test_cli_writes_the_skeleton_refuses_to_overwrite_and_counts_todos(
    own_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["nieuw", "casus", "eigen-buurt"]) == 0
    assert (own_root / "scenarios" / "eigen-buurt.yaml").exists()
    assert main(["nieuw", "casus", "eigen-buurt"]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert main(["validate"]) == 0
    assert "INVULLEN" in capsys.readouterr().out
    assert main(["nieuw", "casus", "Eigen Buurt"]) == 1
    assert "geen geldige id" in capsys.readouterr().err


def test_an_existing_file_is_never_overwritten(own_root: Path) -> None:
    (own_root / "answers").mkdir()
    (own_root / "answers" / "bezet.yaml").write_text("# van iemand anders\n", encoding="utf-8")
    with pytest.raises(KitError, match="bestaat al"):
        new_case("casus", "bezet", "Bezet", own_root)
    assert (own_root / "answers" / "bezet.yaml").read_text(encoding="utf-8") == "# van iemand anders\n"
