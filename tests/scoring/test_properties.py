"""Properties over every exercise in the repo (casussen and SAMOS alike), not hand-picked cases.

They would have caught the ways to beat the old scorer without judging anything: ticking every option,
answering at random, and naming each concept only to deny it.
"""

from __future__ import annotations

import json
import random
import statistics
from pathlib import Path
from typing import Any

import pytest

from kit.content.exercise import Exercise
from kit.content.library import Library, load_library
from kit.content.models import Kind, Question, TextReference
from kit.content.options import NONE_ID
from kit.scoring.engine import score_exercise, score_step
from kit.scoring.fit import fit_reference

LIBRARY: Library = load_library()
EXERCISES = sorted(LIBRARY.exercises)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "answers"
RANDOM_ANSWERS = 200


def question_score(exercise: Exercise, step_id: str, question_id: str, value: Any) -> float:
    result = score_step(exercise, step_id, {question_id: value})
    return next(q.score for q in result.questions if q.question == question_id)


def every_choose_many() -> list[tuple[Exercise, str, Question]]:
    """Every choose_many question that can take all its options (a limit makes 'tick all' impossible)."""
    found = []
    for exercise_id in EXERCISES:
        exercise = LIBRARY.exercise(exercise_id)
        for step, question in exercise.questions():
            if question.soort is Kind.choose_many and not question.max_keuzes:
                found.append((exercise, step.id, question))
    return found


def test_ticking_every_option_earns_little() -> None:
    questions = every_choose_many()
    assert len(questions) > 50  # casussen and SAMOS oefenvormen together
    scores = []
    for exercise, step_id, question in questions:
        everything = [o.id for o in exercise.options[(step_id, question.id)] if o.id != NONE_ID]
        scores.append(question_score(exercise, step_id, question.id, everything))
    assert statistics.mean(scores) <= 0.35, statistics.mean(scores)
    assert sum(score >= 0.8 for score in scores) <= len(scores) / 10, sorted(scores)[-10:]


def random_value(exercise: Exercise, step_id: str, question: Question, rng: random.Random, words: list[str]) -> Any:
    """A valid answer drawn at random: options, orders and categories by chance, text from the story."""
    options = [o.id for o in exercise.options.get((step_id, question.id), ())]
    kind = question.soort
    if kind in (Kind.choose_one, Kind.ordinal, Kind.timeline):
        return rng.choice(options)
    if kind is Kind.choose_many:
        if NONE_ID in options and rng.random() < 1 / len(options):
            return [NONE_ID]
        pool = [o for o in options if o != NONE_ID]
        size = rng.randint(1, question.max_keuzes or len(pool))
        return rng.sample(pool, min(size, len(pool)))
    if kind is Kind.ranking:
        return rng.sample(options, min(len(options), question.max_keuzes or len(options)))
    if kind is Kind.classify:
        categories = [c.id for c in exercise.categories[(step_id, question.id)]]
        return {item: rng.choice(categories) for item in options}
    if kind is Kind.free_text:
        return " ".join(rng.sample(words, min(len(words), rng.randint(5, 40))))
    rows = []
    for _ in range(rng.randint(1, 4)):
        row = {}
        for field in question.velden:
            choices = exercise.field_options.get((step_id, question.id, field.id), ())
            row[field.id] = rng.choice(choices).id if choices else " ".join(rng.sample(words, rng.randint(2, 8)))
        rows.append(row)
    return rows


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_random_answers_average_at_most_a_third_of_the_points(exercise_id: str) -> None:
    exercise = LIBRARY.exercise(exercise_id)
    rng = random.Random(exercise_id)
    words = exercise.scenario.verhaal.split()
    totals = []
    for _ in range(RANDOM_ANSWERS):
        answers = {
            step.id: {q.id: random_value(exercise, step.id, q, rng, words) for q in step.vragen}
            for step in exercise.steps
        }
        totals.append(score_exercise(exercise, answers).total)
    assert statistics.mean(totals) <= 0.3, statistics.mean(totals)


def free_text_questions() -> list[tuple[Exercise, str, Question, TextReference]]:
    found = []
    for exercise_id in EXERCISES:
        exercise = LIBRARY.exercise(exercise_id)
        for step, question in exercise.questions():
            if question.soort is Kind.free_text:
                reference = exercise.step_reference(step.id)
                assert reference is not None
                found.append((exercise, step.id, question, fit_reference(reference.vragen[question.id], set())))
    return found


@pytest.mark.parametrize("form", ["Er is geen sprake van {}.", "{} speelt hier niet.", "Ik zie nergens {}; {} niet."])
def test_naming_each_concept_only_to_deny_it_scores_at_most_030(form: str) -> None:
    questions = free_text_questions()
    assert len(questions) > 20
    for exercise, step_id, question, reference in questions:
        denial = " ".join(form.format(c.label, c.synoniemen[0]) for c in reference.begrippen)
        score = question_score(exercise, step_id, question.id, denial)
        assert score <= 0.3, (exercise.id, step_id, question.id, denial, score)


SAMOS_LEVELS = ("sterk", "middel", "zwak", "tegen")


def samos_set(level: str) -> dict[str, Any]:
    data = json.loads((FIXTURES / f"steekpartij-samos-{level}.json").read_text(encoding="utf-8"))
    assert data["oefening"] == "steekpartij" and data["niveau"] == level
    answers: dict[str, Any] = data["antwoorden"]
    return answers


@pytest.mark.parametrize("oefenvorm", range(1, 7))
def test_samos_strong_middling_weak_and_the_guide_contrary_answer_below_middling(oefenvorm: int) -> None:
    exercise = LIBRARY.exercise(f"steekpartij/oefenvorm-{oefenvorm}")
    asked = {s.id for s in exercise.steps}
    totals = {}
    for level in SAMOS_LEVELS:
        answers = {step: values for step, values in samos_set(level).items() if step in asked}
        assert set(answers) == asked, f"the {level} set misses steps {asked - set(answers)}"
        totals[level] = score_exercise(exercise, answers).total
    assert totals["sterk"] > totals["middel"] + 0.2 > totals["zwak"] + 0.2, totals
    assert totals["tegen"] < totals["middel"] - 0.05, totals


def test_the_guide_contrary_answer_is_told_why() -> None:
    """Every advised-against choice, row and phrase in the guide-contrary set is named with its source."""
    exercise = LIBRARY.exercise("steekpartij/oefenvorm-1")
    answers = {s: v for s, v in samos_set("tegen").items() if s in {st.id for st in exercise.steps}}
    result = score_exercise(exercise, answers)
    advised = [f for s in result.steps for q in s.questions for f in q.feedback if f.verdict.value == "afgeraden"]
    texts = " ".join(f.tekst for f in advised)
    for fragment in ("Hard en breed optreden", "repressief", "verbieden", "namen en adressen", "communiceren"):
        assert fragment in texts, fragment
    assert all(f.bron for f in advised if "telt niet mee" not in f.tekst)
