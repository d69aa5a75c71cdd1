"""A facilitator's own casus from the first release (schema 1) survives the upgrade with `kit migrate`.

The fixture was written with the first release's generator (`python -m kit nieuw casus eigen-buurt`,
commit d5b5eb2) and filled in; it validated there. Here: migrate, validate, play and score it.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from kit.cli import main
from kit.content.drafts import is_draft
from kit.content.exercise import Exercise
from kit.content.library import build_library, default_paths
from kit.content.models import ChoiceReference, Kind, RangeReference, RankingReference, TextReference
from kit.scoring.engine import score_exercise

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "eigen-casus-versie-1"


@pytest.fixture
def own_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "inhoud"
    shutil.copytree(FIXTURE, root)
    monkeypatch.setenv("KIT_CONTENT_ROOT", str(root))
    return root


def _text_values(text: str) -> list[str]:
    """Every string the author wrote: YAML values and comments, not keys."""
    data = yaml.safe_load(text)
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            found.append(node)

    walk(data)
    return found + [line.split("#", 1)[1].strip() for line in text.splitlines() if "#" in line]


def _model_answers(exercise: Exercise) -> dict[str, dict[str, Any]]:
    """The author's own model answers, shaped as a participant would give them."""
    reference = exercise.reference
    assert reference is not None
    answers: dict[str, dict[str, Any]] = {}
    for step in exercise.steps:
        for question in step.vragen:
            step_id, q_id = step.id, question.id
            ref = reference.stappen[step_id].vragen[q_id]
            value: Any
            if question.soort is Kind.records:
                assert isinstance(ref, TextReference)
                row = {}
                for f in question.velden:
                    choices = exercise.field_options.get((step_id, q_id, f.id), ())
                    row[f.id] = choices[0].id if choices else (ref.modelantwoord or "")
                value = [row]
            elif isinstance(ref, ChoiceReference):
                value = [o.id for o in ref.opties if o.status.value == "kern"]
            elif isinstance(ref, RangeReference):
                value = ref.beste
            elif isinstance(ref, RankingReference):
                value = list(ref.volgorde)
            elif isinstance(ref, TextReference):
                value = ref.modelantwoord or ""
            else:
                raise AssertionError(type(ref))
            answers.setdefault(step_id, {})[q_id] = value
    return answers


def test_the_first_release_case_fails_validate_before_migrate(own_case: Path) -> None:
    assert main(["validate"]) == 1


def test_migrate_brings_the_own_case_to_the_current_schema_in_one_go(own_case: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    reference_path = own_case / "answers" / "eigen-buurt.yaml"
    scenario_path = own_case / "scenarios" / "eigen-buurt.yaml"
    before = {p: p.read_text(encoding="utf-8") for p in (reference_path, scenario_path)}

    assert main(["migrate"]) == 0
    out = capsys.readouterr().out
    assert "1 keer 'onjuist'" in out
    assert "1 vraag gesplitst" in out
    assert "1 vraag nieuw onder 'invullen'" in out

    # nothing of the author's text is lost
    for path, old in before.items():
        kept = "\n".join(_text_values(path.read_text(encoding="utf-8")))
        for value in _text_values(old):
            if value != "onjuist":
                assert value in kept, (path.name, value)

    # validate passes; what is left to fill in is a warning naming the file and the field
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "Let op: " in out and "eigen-buurt.yaml" in out
    assert "'stappen/stap-3-1/invullen': vraag 'wanneer' is nog niet ingevuld (INVULLEN)" in out
    assert "scenarios/eigen-buurt.yaml:2 @ 'beleid'" in out

    library = build_library(default_paths(own_case))
    assert library.problems == []
    exercise = library.exercises["eigen-buurt"]
    assert not is_draft(exercise)  # the case stays in the lists
    asked = {s.id: [q.id for q in s.vragen] for s in exercise.steps}
    assert "wanneer" not in asked["stap-3-1"] and asked["stap-3-1"] == ["richtingen", "prioriteit", "toelichting"]
    assert asked["stap-4-1"] == ["gedekt", "ingezet", "nieuw", "sectoren"]

    # the old diagnose is the starting point of each of the four 4.1 answers
    reference = exercise.reference
    assert reference is not None
    old_model = "Het reguliere beleid dekt de overlast via de wijkagent"
    for q_id in asked["stap-4-1"]:
        ref = reference.stappen["stap-4-1"].vragen[q_id]
        assert isinstance(ref, TextReference)
        assert ref.modelantwoord is not None and ref.modelantwoord.startswith(old_model)
        assert [c.id for c in ref.begrippen] == ["jongerenwerk", "buurtapp"]

    # the new question's options are listed as comments to fill in
    migrated = reference_path.read_text(encoding="utf-8")
    assert "invullen: [wanneer]" in migrated
    assert "#     # keuze: stappenplan.oplossingsrichtingen.or-1.wanneer.vervreemding = " in migrated
    assert "# beleid: |" in scenario_path.read_text(encoding="utf-8")

    # and it scores: the author's own model answers earn full marks
    # (the generator's placeholder free-text rows are not in every model answer, hence not 1.0)
    result = score_exercise(exercise, _model_answers(exercise))
    assert [s.step for s in result.steps] == list(asked)
    assert result.total > 0.75
    assert score_exercise(exercise, {}).total < 0.1

    # running migrate again changes nothing
    again = {p: p.read_text(encoding="utf-8") for p in (reference_path, scenario_path)}
    assert main(["migrate"]) == 0
    assert {p: p.read_text(encoding="utf-8") for p in again} == again


def test_filling_in_the_new_question_brings_it_into_play(own_case: Path) -> None:
    reference_path = own_case / "answers" / "eigen-buurt.yaml"
    assert main(["migrate"]) == 0
    text = reference_path.read_text(encoding="utf-8")
    filled = text.replace("    invullen: [wanneer]", "    invullen: []").replace(
        "    vragen:\n      richtingen:",
        "    vragen:\n      wanneer:\n        soort: keuze\n        opties:\n"
        "          - {id: stappenplan.oplossingsrichtingen.or-3.wanneer.claimen-ruimte, status: kern, "
        'toelichting: "Jongeren staan elke avond op het plein."}\n'
        "        modelantwoord: De jongeren claimen het plein.\n      richtingen:",
        1,
    )
    assert filled != text
    reference_path.write_text(filled, encoding="utf-8")
    library = build_library(default_paths(own_case))
    assert library.problems == []
    exercise = library.exercises["eigen-buurt"]
    assert "wanneer" in [q.id for q in exercise.step("stap-3-1").vragen]
    assert not any("invullen" in w.path for w in library.warnings)
