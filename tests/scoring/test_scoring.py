"""Scoring against the real references: full marks, zero, monotone, order-free, and ranked fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kit.answers_io import check_answers
from kit.content.library import Library, load_library
from kit.content.models import ChoiceReference, Kind, Status
from kit.content.options import NONE_ID
from kit.errors import AnswerError
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "answers"
LIBRARY: Library = load_library()
CASUSSEN = ["casus-1", "casus-2", "casus-3", "casus-4"]


@pytest.mark.parametrize("exercise_id", sorted(LIBRARY.exercises))
def test_following_the_reference_scores_full_marks(exercise_id: str) -> None:
    exercise = LIBRARY.exercise(exercise_id)
    assert score_exercise(exercise, model_answers(exercise)).total == 1.0


@pytest.mark.parametrize("exercise_id", sorted(LIBRARY.exercises))
def test_an_empty_answer_scores_zero_and_names_every_missed_core_item(exercise_id: str) -> None:
    exercise = LIBRARY.exercise(exercise_id)
    result = score_exercise(exercise, {})
    assert result.total == 0.0
    for step in result.steps:
        step_reference = exercise.step_reference(step.step)
        assert step_reference is not None
        for question in step.questions:
            reference = step_reference.vragen[question.question]
            if isinstance(reference, ChoiceReference):
                missed = " ".join(f.tekst for f in question.feedback if f.verdict.value == "gemist")
                options = {o.id: o.label for o in exercise.options[(step.step, question.question)]}
                for verdict in reference.opties:
                    if verdict.status is Status.kern and verdict.id in options:
                        assert options[verdict.id] in missed


def choice_questions(exercise_id: str) -> list[tuple[str, str, ChoiceReference]]:
    exercise = LIBRARY.exercise(exercise_id)
    found = []
    for step, question in exercise.questions():
        reference = exercise.step_reference(step.id)
        assert reference is not None
        block = reference.vragen[question.id]
        if question.soort is Kind.choose_many and isinstance(block, ChoiceReference):
            found.append((step.id, question.id, block))
    return found


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_adding_a_core_choice_never_lowers_and_a_wrong_one_never_raises(data: st.DataObject) -> None:
    exercise_id = data.draw(st.sampled_from([*CASUSSEN, "steekpartij/oefenvorm-1", "azc/oefenvorm-5"]))
    exercise = LIBRARY.exercise(exercise_id)
    step_id, question_id, reference = data.draw(st.sampled_from(choice_questions(exercise_id)))
    options = [o.id for o in exercise.options[(step_id, question_id)] if o.id != NONE_ID]  # 'geen' stands alone
    question = next(q for q in exercise.step(step_id).vragen if q.id == question_id)
    limit = question.max_keuzes or len(options)
    combinable = [o for o in options if o != NONE_ID]  # 'geen van deze' stands alone
    base = data.draw(st.lists(st.sampled_from(combinable), unique=True, max_size=max(0, limit - 1)))

    def score(chosen: list[str]) -> float:
        result = score_exercise(exercise, {step_id: {question_id: chosen}})
        step = next(s for s in result.steps if s.step == step_id)
        return next(q.score for q in step.questions if q.question == question_id)

    before = score(base)
    for verdict in reference.opties:
        if verdict.id in base or verdict.id not in options or (verdict.id == NONE_ID and base):
            continue  # 'geen van deze' cannot be added to other choices
        after = score([*base, verdict.id])
        if verdict.status is Status.kern:
            assert after >= before
        if verdict.status in (Status.niet_van_toepassing, Status.afgeraden):
            assert after <= before


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_order_of_choices_does_not_matter(data: st.DataObject) -> None:
    """On a middling answer (scores strictly between 0 and 1), so a change of order could show."""
    exercise_id = data.draw(st.sampled_from(CASUSSEN))
    exercise = LIBRARY.exercise(exercise_id)
    answers = json.loads((FIXTURES / f"{exercise_id}-middel.json").read_text(encoding="utf-8"))["antwoorden"]
    shuffled = {
        step: {
            q: (data.draw(st.permutations(v)) if isinstance(v, list) and q != "prioriteit" else v)
            for q, v in values.items()
        }
        for step, values in answers.items()
    }
    original = score_exercise(exercise, answers)
    assert 0.1 < original.total < 0.9
    reordered = score_exercise(exercise, shuffled)
    assert [q.score for s in reordered.steps for q in s.questions] == [
        q.score for s in original.steps for q in s.questions
    ]


@pytest.mark.parametrize("casus", CASUSSEN)
def test_strong_outranks_middling_outranks_weak(casus: str) -> None:
    exercise = LIBRARY.exercise(casus)
    totals = {}
    for level in ("sterk", "middel", "zwak"):
        data = json.loads((FIXTURES / f"{casus}-{level}.json").read_text(encoding="utf-8"))
        assert data["oefening"] == casus
        totals[level] = score_exercise(exercise, data["antwoorden"]).total
    assert totals["sterk"] > totals["middel"] + 0.1 > totals["zwak"] + 0.2, totals


@pytest.mark.parametrize("scenario", ["steekpartij", "azc", "internationaal-conflict"])
def test_samos_strong_outranks_weak(scenario: str) -> None:
    exercise = LIBRARY.exercise(f"{scenario}/oefenvorm-2")
    totals = {}
    for level in ("sterk", "zwak"):
        data = json.loads((FIXTURES / f"{scenario}-oefenvorm-2-{level}.json").read_text(encoding="utf-8"))
        totals[level] = score_exercise(exercise, data["antwoorden"]).total
    assert totals["sterk"] > totals["zwak"] + 0.3, totals


def test_feedback_explains_every_point_lost() -> None:
    """Every question below full marks carries at least one feedback item that is not plain praise."""
    for casus in CASUSSEN:
        data = json.loads((FIXTURES / f"{casus}-middel.json").read_text(encoding="utf-8"))
        result = score_exercise(LIBRARY.exercise(casus), data["antwoorden"])
        for step in result.steps:
            for question in step.questions:
                if question.score < 1.0:
                    verdicts = {f.verdict.value for f in question.feedback}
                    assert verdicts - {"goed"}, (casus, step.step, question.question)


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ({"stap-9": {}}, "Stap 'stap-9' hoort niet bij"),
        ({"stap-2-2": {"kleur": "rood"}}, "vraag 'kleur' bestaat niet"),
        ({"stap-2-2": {"fase": "stappenplan.fasen.chaos"}}, "geen keuzemogelijkheid"),
        ({"stap-2-5": {"oorzaken": "stappenplan.oorzaken.z"}}, "verwacht een lijst"),
        ({"stap-2-2": {"toelichting": 5}}, "verwacht tekst"),
    ],
)
def test_bad_answers_get_a_dutch_message_naming_the_step(answers: dict, fragment: str) -> None:
    with pytest.raises(AnswerError, match=fragment):
        check_answers(LIBRARY.exercise("casus-1"), answers)


def test_a_single_choice_saved_before_a_question_became_multiple_still_counts() -> None:
    exercise = LIBRARY.exercise("casus-1")
    checked = check_answers(exercise, {"stap-2-7": {"rol": "stappenplan.rol-overheid.a"}})
    assert checked["stap-2-7"]["rol"] == ["stappenplan.rol-overheid.a"]
