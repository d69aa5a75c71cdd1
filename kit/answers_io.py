"""Participant answers: the documented JSON shape, checked against an exercise with Dutch messages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kit.content.exercise import Exercise
from kit.content.models import Kind, Question
from kit.content.options import NONE_ID
from kit.errors import AnswerError

Answers = dict[str, dict[str, Any]]  # step id -> question id -> value
OPEN_SUFFIX = ".namelijk"
"""`<question>.namelijk` holds the texts of chosen 'anders, namelijk ...' options: {option id: text}."""


def open_key(question_id: str) -> str:
    return question_id + OPEN_SUFFIX

EMPTY: dict[Kind, Any] = {
    Kind.choose_one: None,
    Kind.ordinal: None,
    Kind.timeline: None,
    Kind.free_text: "",
    Kind.choose_many: [],
    Kind.ranking: [],
    Kind.records: [],
    Kind.classify: {},
}


def read_answers_file(path: Path) -> tuple[str | None, Answers]:
    """Read `{"oefening": ID, "antwoorden": {step: {question: value}}}` (oefening optional)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AnswerError(f"{path}: bestand niet te lezen ({exc})") from None
    except json.JSONDecodeError as exc:
        raise AnswerError(f"{path}:{exc.lineno}: geen geldige JSON ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("antwoorden"), dict):
        raise AnswerError(f"{path}: verwacht een object met 'antwoorden': {{stap: {{vraag: antwoord}}}}")
    exercise = data.get("oefening")
    return (str(exercise) if exercise is not None else None), data["antwoorden"]


def check_answers(exercise: Exercise, answers: Answers) -> Answers:
    """Return the answers with every question present (empty where unanswered); raise on misfits."""
    steps = {s.id: s for s in exercise.steps}
    for step_id, values in answers.items():
        if step_id not in steps:
            raise AnswerError(f"Stap '{step_id}' hoort niet bij oefening '{exercise.id}'.")
        if not isinstance(values, dict):
            raise AnswerError(f"Stap '{step_id}': verwacht een object met een antwoord per vraag.")
        known = {q.id for q in steps[step_id].vragen}
        known |= {open_key(q.id) for q in steps[step_id].vragen if _open_options(exercise, step_id, q.id)}
        for question_id in values:
            if question_id not in known:
                raise AnswerError(f"Stap '{step_id}': vraag '{question_id}' bestaat niet.")
    complete: Answers = {}
    for step in exercise.steps:
        given = answers.get(step.id, {})
        complete[step.id] = {}
        for question in step.vragen:
            value = given.get(question.id, EMPTY[question.soort])
            complete[step.id][question.id] = _check_value(exercise, step.id, question, value)
            if open_key(question.id) in given:
                complete[step.id][open_key(question.id)] = _check_open(
                    exercise, step.id, question, given[open_key(question.id)]
                )
    return complete


def _open_options(exercise: Exercise, step_id: str, question_id: str) -> set[str]:
    return {o.id for o in exercise.options.get((step_id, question_id), ()) if o.open}


def _check_open(exercise: Exercise, step_id: str, question: Question, value: Any) -> dict[str, str]:
    """The 'anders, namelijk ...' texts: only for open options of this question, always text."""
    allowed = _open_options(exercise, step_id, question.id)
    if not isinstance(value, dict) or any(k not in allowed or not isinstance(v, str) for k, v in value.items()):
        raise AnswerError(
            f"Stap '{step_id}', vraag '{question.id}': verwacht bij '{open_key(question.id)}' per "
            f"'anders, namelijk'-keuze een tekst."
        )
    return {k: v for k, v in value.items() if v.strip()}


def _check_value(exercise: Exercise, step_id: str, question: Question, value: Any) -> Any:
    where = f"Stap '{step_id}', vraag '{question.id}'"
    options = {o.id for o in exercise.options.get((step_id, question.id), ())}
    kind = question.soort
    if kind in (Kind.choose_one, Kind.ordinal, Kind.timeline):
        if value is not None and (not isinstance(value, str) or value not in options):
            raise AnswerError(f"{where}: '{value}' is geen keuzemogelijkheid.")
        return value
    if kind in (Kind.choose_many, Kind.ranking):
        if isinstance(value, str) and value in options:  # saved when the question still took one choice
            value = [value]
        if not isinstance(value, list) or any(v not in options for v in value):
            raise AnswerError(f"{where}: verwacht een lijst met keuzes uit de opties.")
        if question.max_keuzes and len(value) > question.max_keuzes:
            raise AnswerError(f"{where}: maximaal {question.max_keuzes} keuzes.")
        if kind is Kind.ranking and len(set(value)) < len(value):
            twice = next(v for v in value if value.count(v) > 1)
            raise AnswerError(f"{where}: '{twice}' staat twee keer in de rangorde; elke keuze mag één plaats hebben.")
        if NONE_ID in value and len(set(value)) > 1:
            raise AnswerError(f"{where}: 'geen van deze' gaat niet samen met andere keuzes.")
        return list(dict.fromkeys(value))
    if kind is Kind.free_text:
        if not isinstance(value, str):
            raise AnswerError(f"{where}: verwacht tekst.")
        return value
    if kind is Kind.classify:
        categories = {o.id for o in exercise.categories.get((step_id, question.id), ())}
        if not isinstance(value, dict) or any(k not in options or v not in categories for k, v in value.items()):
            raise AnswerError(f"{where}: verwacht per uitspraak een categorie uit de lijst.")
        return value
    fields = {f.id for f in question.velden}
    if not isinstance(value, list) or any(not isinstance(r, dict) or set(r) - fields for r in value):
        raise AnswerError(f"{where}: verwacht een lijst regels met de velden {', '.join(sorted(fields))}.")
    return [{k: ("" if v is None else str(v)) for k, v in row.items()} for row in value]


def is_answered(question: Question, value: Any) -> bool:
    """Whether a value counts as an answer (for progress and the incomplete-step warning)."""
    if question.soort is Kind.free_text:
        return bool(str(value or "").strip())
    if question.soort is Kind.records:
        return any(any(str(v).strip() for v in row.values()) for row in value or [])
    return value not in (None, "", [], {})
