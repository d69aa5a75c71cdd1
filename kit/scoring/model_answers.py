"""Build the answers a participant would give by following the reference to the letter.

Used to check that references are internally consistent (they must score 1.0), as the benchmark's
workload, and as a starting point for facilitators who want to show a complete worked example.
"""

from __future__ import annotations

from typing import Any

from kit.answers_io import Answers, open_key
from kit.content.exercise import Exercise
from kit.content.models import (
    ChoiceReference,
    ClassifyReference,
    FieldMeaning,
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
            offered = exercise.options.get((step.id, question.id), ())
            reference = fit_reference(step_reference.vragen[question.id], {o.id for o in offered})
            answer = _answer(exercise, step.id, question, reference)
            answers[step.id][question.id] = answer
            texts = _open_texts(reference, {o.id for o in offered if o.open}, answer)
            if texts:
                answers[step.id][open_key(question.id)] = texts
    return answers


def _open_texts(reference: Any, open_ids: set[str], answer: Any) -> dict[str, str]:
    """What the reference expects written at a chosen 'anders, namelijk ...' option."""
    if not isinstance(reference, ChoiceReference) or not open_ids:
        return {}
    chosen = set(answer) if isinstance(answer, list) else {answer}
    return {
        v.id: "; ".join(c.label for c in v.begrippen) or v.toelichting
        for v in reference.opties
        if v.id in open_ids and v.id in chosen
    }


def _answer(exercise: Exercise, step_id: str, question: Question, reference: Any) -> Any:
    if isinstance(reference, ChoiceReference):
        kern = sorted((v for v in reference.opties if v.status is Status.kern), key=lambda v: -v.gewicht)
        core = [v.id for v in kern]
        if question.soort is Kind.choose_one:
            return core[0] if core else None
        chosen = core or [v.id for v in reference.opties if v.status is Status.passend]
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


ROW_TEXT = {
    FieldMeaning.voorwaarde: "de spanning rond {label} oploopt",
    FieldMeaning.gevolg: "dan volgt {label}",
    FieldMeaning.tijd: "binnen twee dagen",
    FieldMeaning.resultaat: "afspraken over {label} vastgelegd in het verslag",
    FieldMeaning.publiek: "bewoners en betrokkenen",
    FieldMeaning.boodschap: "de feiten over {label}, in een bewonersbrief en een bijeenkomst",
}
"""How a model row fills a column with a known meaning, so the row has the form the guide asks for."""


def _rows(exercise: Exercise, step_id: str, question: Question, reference: TextReference) -> list[dict[str, str]]:
    """Enough complete rows, one concept each; the first text field of the first row carries the model answer."""
    rows = []
    concepts = list(reference.begrippen)
    for number in range(max(1, reference.min_rijen)):
        label = concepts[number % len(concepts)].label
        row: dict[str, str] = {}
        for field in question.velden:
            choices = exercise.field_options.get((step_id, question.id, field.id), ())
            if choices:
                row[field.id] = choices[number % len(choices)].id
            elif field.betekenis in ROW_TEXT:
                row[field.id] = ROW_TEXT[field.betekenis].format(label=label)
            else:
                row[field.id] = label
        rows.append(row)
    text_fields = [
        f.id
        for f in question.velden
        if (step_id, question.id, f.id) not in exercise.field_options and f.betekenis not in ROW_TEXT
    ]
    if text_fields:
        rows[0][text_fields[0]] = reference.modelantwoord
    return rows
