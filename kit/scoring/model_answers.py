"""Build the answers a participant would give by following the reference to the letter.

Used to check that references are internally consistent (they must score 1.0), as the benchmark's
workload, and as a starting point for facilitators who want to show a complete worked example.
"""

from __future__ import annotations

from typing import Any

from kit.answers_io import Answers
from kit.content.exercise import Exercise
from kit.content.models import (
    ChoiceReference,
    ClassifyReference,
    Kind,
    Question,
    RangeReference,
    RankingReference,
    Status,
    TextReference,
)
from kit.scoring.fit import fit_reference


def model_answers(exercise: Exercise) -> Answers:
    answers: Answers = {}
    for step in exercise.steps:
        step_reference = exercise.step_reference(step.id)
        if step_reference is None:
            continue
        answers[step.id] = {}
        for question in step.vragen:
            options = {o.id for o in exercise.options.get((step.id, question.id), ())}
            reference = fit_reference(step_reference.vragen[question.id], options)
            answers[step.id][question.id] = _answer(exercise, step.id, question, reference)
    return answers


def _answer(exercise: Exercise, step_id: str, question: Question, reference: Any) -> Any:
    if isinstance(reference, ChoiceReference):
        core = [v.id for v in reference.opties if v.status is Status.kern]
        if question.soort is Kind.choose_one:
            return core[0] if core else None
        fitting = [v.id for v in reference.opties if v.status is Status.passend]
        chosen = core + fitting
        return chosen[: question.max_keuzes] if question.max_keuzes else chosen
    if isinstance(reference, RangeReference):
        return reference.beste
    if isinstance(reference, RankingReference):
        return list(reference.volgorde)
    if isinstance(reference, ClassifyReference):
        return {v.item: v.categorie for v in reference.indeling}
    assert isinstance(reference, TextReference)
    if question.soort is Kind.free_text:
        return reference.modelantwoord
    return _rows(exercise, step_id, question, reference)


def _rows(exercise: Exercise, step_id: str, question: Question, reference: TextReference) -> list[dict[str, str]]:
    """Enough complete rows; the first text field of the first row carries the model answer."""
    rows = []
    for number in range(max(1, reference.min_rijen)):
        row: dict[str, str] = {}
        for field in question.velden:
            choices = exercise.field_options.get((step_id, question.id, field.id), ())
            if choices:
                row[field.id] = choices[number % len(choices)].id
            else:
                row[field.id] = f"punt {number + 1}"
        rows.append(row)
    text_fields = [f.id for f in question.velden if (step_id, question.id, f.id) not in exercise.field_options]
    if text_fields:
        rows[0][text_fields[0]] = reference.modelantwoord
    return rows
