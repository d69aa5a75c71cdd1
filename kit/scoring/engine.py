"""Score a whole exercise: one scorer per question kind, weighted into step scores and a total."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from kit.answers_io import Answers, check_answers, open_key
from kit.content.exercise import Exercise
from kit.content.models import ChoiceReference, Concept, Kind, Question
from kit.content.options import Option
from kit.errors import KitError
from kit.kinds import KINDS
from kit.scoring.context import ScoreContext
from kit.scoring.copied import material_of
from kit.scoring.fit import fit_reference
from kit.scoring.forms import moments
from kit.scoring.freetext import prepare_concepts
from kit.scoring.repeats import repeated_groups
from kit.scoring.result import Feedback, QuestionResult, Result, StepResult, Verdict
from kit.scoring.stance import applies, prepare_stance
from kit.scoring.texts import TEXTS

Scorer = Callable[[ScoreContext], tuple[float, list[Feedback]]]


@cache
def scorer_for(kind: Kind) -> Scorer:
    module, name = KINDS[kind].scorer.split(":")
    function: Scorer = getattr(importlib.import_module(module), name)
    return function


def prepare(exercise: Exercise) -> None:
    """Do ahead what scoring this exercise costs whatever the answers (a warm kernel, before anyone signs in):
    the runs of its material (~0.2 CPU-s) and the imports of its questions' scorers."""
    material_of(exercise)
    for kind in sorted({q.soort for step in exercise.steps for q in step.vragen}):
        scorer_for(kind)
    prepare_stance(exercise.stance, exercise.word_classes)
    if exercise.reference is None:
        return  # under the Hub the service scores; this kernel holds no references
    for step in [s for s in exercise.steps if exercise.step_reference(s.id) is not None]:
        for setup in _setups(exercise, step.id):
            for concepts in _concept_lists(setup):
                prepare_concepts(concepts)


def _concept_lists(setup: _Setup) -> list[Sequence[Concept]]:
    """The concept lists scoring a question compiles: the reference's, and each 'namelijk' option verdict's."""
    reference = setup.reference
    found: list[Sequence[Concept]] = [getattr(reference, name, None) or () for name in ("begrippen", "afgeraden")]
    verdicts = reference.opties if isinstance(reference, ChoiceReference) else []
    return [*found, *(v.begrippen for v in verdicts if v.begrippen)]


def score_exercise(exercise: Exercise, answers: Answers) -> Result:
    """Check the answers against the exercise and score every question; total is the mean of steps."""
    if exercise.reference is None:
        raise KitError(f"Oefening '{exercise.id}' heeft geen referentie; scoren kan niet.")
    complete = check_answers(exercise, answers)
    steps = tuple(_score_step(exercise, step_id, values) for step_id, values in complete.items())
    total = sum(s.score for s in steps) / len(steps) if steps else 0.0
    return Result(exercise=exercise.id, total=round(total, 4), steps=steps)


def score_step(exercise: Exercise, step_id: str, values: dict[str, Any]) -> StepResult:
    """Score one step on its own (self-study feedback per step)."""
    complete = check_answers(exercise, {step_id: values})
    return _score_step(exercise, step_id, complete[step_id])


@dataclass(frozen=True)
class _Setup:
    """What scoring one question needs besides the answer; the same for every submission."""

    question: Question
    options: dict[str, Option]
    categories: dict[str, Option]
    reference: Any
    field_options: dict[str, dict[str, Option]]


_SETUPS: dict[int, tuple[Exercise, dict[str, tuple[_Setup, ...]]]] = {}


def _setups(exercise: Exercise, step_id: str) -> tuple[_Setup, ...]:
    """The fitted references and option maps of a step, built once per exercise object."""
    held = _SETUPS.get(id(exercise))
    if held is None or held[0] is not exercise:  # the exercise is kept, so its id cannot be reused
        held = (exercise, {})
        _SETUPS[id(exercise)] = held
    by_step = held[1]
    if step_id not in by_step:
        step_reference = exercise.step_reference(step_id)
        assert step_reference is not None  # the library guarantees a reference for every asked step
        setups = []
        for question in exercise.step(step_id).vragen:
            options = {o.id: o for o in exercise.options.get((step_id, question.id), ())}
            setups.append(
                _Setup(
                    question,
                    options,
                    {o.id: o for o in exercise.categories.get((step_id, question.id), ())},
                    fit_reference(step_reference.vragen[question.id], set(options), {r.id for r in exercise.roles}),
                    {
                        f.id: {o.id: o for o in exercise.field_options.get((step_id, question.id, f.id), ())}
                        for f in question.velden
                    },
                )
            )
        by_step[step_id] = tuple(setups)
    return by_step[step_id]


def _once_per_step(
    questions: dict[str, Question], values: dict[str, Any], results: list[QuestionResult]
) -> list[QuestionResult]:
    """The same free text in several fields of a step counts only where it answers its question best."""
    texts = {r.question: str(values.get(r.question) or "") for r in results if r.kind == Kind.free_text.value}
    by_id = {r.question: r for r in results}
    for group in repeated_groups(texts):
        best = max(group, key=lambda q: by_id[q].score)  # the first of equals: max keeps the earliest
        for question in group:
            if question != best:
                result = by_id[question]
                note = Feedback(Verdict.deels, TEXTS["text_repeated"].format(question=questions[best].vraag))
                by_id[question] = replace(result, score=0.0, feedback=(note, *result.feedback))
    return [by_id[r.question] for r in results]


def _score_step(exercise: Exercise, step_id: str, values: dict[str, Any]) -> StepResult:
    step = exercise.step(step_id)
    step_reference = exercise.step_reference(step_id)
    assert step_reference is not None  # the library guarantees a reference for every asked step
    results = []
    shown = frozenset().union(*(moments(inject.tijd) for inject in exercise.injects))
    stance = tuple(p for p in exercise.stance if applies(p, step_id))
    for setup in _setups(exercise, step_id):
        question, reference = setup.question, setup.reference
        context = ScoreContext(
            question=question,
            options=setup.options,
            categories=setup.categories,
            reference=reference,
            answer=values.get(question.id),
            open_texts=dict(values.get(open_key(question.id)) or {}),
            field_options=setup.field_options,
            material=material_of(exercise),
            shown_moments=shown,
            stance=stance,
            word_classes=exercise.word_classes,
            situatie=exercise.template.situatie,
        )
        score, feedback = scorer_for(question.soort)(context)
        results.append(
            QuestionResult(
                question.id,
                question.soort.value,
                round(score, 4),
                question.gewicht,
                tuple(feedback),
                reference.modelantwoord,
                dict(getattr(reference, "modelantwoord_per_rol", {})),
            )
        )
    free_texts = [r for r in results if r.kind == Kind.free_text.value and values.get(r.question)]
    if len(free_texts) > 1:
        results = _once_per_step({s.question.id: s.question for s in _setups(exercise, step_id)}, values, results)
    weight = sum(q.weight for q in results)
    score = sum(q.score * q.weight for q in results) / weight
    return StepResult(step.id, step.titel, round(score, 4), tuple(results), step_reference.modelantwoord)
