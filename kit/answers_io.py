"""Participant answers: the documented JSON shape, checked against an exercise with Dutch messages."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar, cast

from kit.content.exercise import Exercise
from kit.content.models import Kind, Question
from kit.content.options import NONE_ID
from kit.errors import AnswerError
from kit.textclean import clean_text

MAX_TEXT = 5000
"""Characters a free-text answer (or a record field) may hold: a page of text, not a pasted file."""
MAX_ROWS = 30
"""Rows a records question (an action list, a contact list) may hold: every row costs the kernel widgets."""

Answers = dict[str, dict[str, Any]]  # step id -> question id -> value
AnswersLike = TypeVar("AnswersLike")
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


MAX_FILE_BYTES = 10 * 1024 * 1024
"""An answers file larger than this is refused unread: a whole exercise of full answers is well under 1 MB."""
MAX_DEPTH = 20
"""Nesting levels an answers file may use; the format needs five."""
QUOTE_LENGTH = 80


def quote(value: Any) -> str:
    """A bad value as an error message shows it: at most ~80 characters, huge numbers by their size."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        return f"getal van {value.bit_length() * 30103 // 100000 + 1} cijfers"
    try:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    except (ValueError, RecursionError):  # holds a number too long to print, or nests too deep
        text = type(value).__name__
    return f"'{text[:QUOTE_LENGTH]}…'" if len(text) > QUOTE_LENGTH else f"'{text}'"


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether lists/objects in `value` nest deeper than `limit` (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth >= limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


def read_answers_file(path: Path) -> tuple[str | None, Answers]:
    """Read `{"oefening": ID, "antwoorden": {step: {question: value}}}` (oefening optional).

    Never raises anything but AnswerError, whatever the file holds: too large, too deep, numbers
    too long for Python, or text that is not JSON each get a Dutch message naming the file.
    """
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise AnswerError(f"{path}: bestand te groot (hoogstens {MAX_FILE_BYTES // (1024 * 1024)} MB)")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AnswerError(f"{path}: bestand niet te lezen ({exc})") from None
    except json.JSONDecodeError as exc:
        raise AnswerError(f"{path}:{exc.lineno}: geen geldige JSON ({exc.msg})") from None
    except RecursionError:
        raise AnswerError(f"{path}: te diep genest (hoogstens {MAX_DEPTH} niveaus)") from None
    except ValueError:  # an integer of more than 4,300 digits
        raise AnswerError(f"{path}: een getal is te lang om te lezen") from None
    if too_deep(data):
        raise AnswerError(f"{path}: te diep genest (hoogstens {MAX_DEPTH} niveaus)")
    if not isinstance(data, dict) or not isinstance(data.get("antwoorden"), dict):
        raise AnswerError(f"{path}: verwacht een object met 'antwoorden': {{stap: {{vraag: antwoord}}}}")
    exercise = data.get("oefening")
    if exercise is not None and not isinstance(exercise, str):
        raise AnswerError(f"{path}: 'oefening' moet een tekst zijn, niet {quote(exercise)}")
    return exercise, data["antwoorden"]


def relocate(exercise: Exercise, given: AnswersLike) -> AnswersLike:
    """Answers saved at a step a question has since left (`vroeger_in`) read at its current step.

    Nothing saved is lost: an answer already given at the new step wins; anything else is left as it is.
    """
    answers: Any = given
    if not isinstance(answers, Mapping):
        return given
    moved: dict[str, Any] | None = None
    for step in exercise.steps:
        for question in step.vragen:
            for old in question.vroeger_in:
                saved = answers.get(old)
                keys = [k for k in (question.id, open_key(question.id)) if isinstance(saved, Mapping) and k in saved]
                if old == step.id or not keys:
                    continue
                if moved is None:
                    moved = {k: dict(v) if isinstance(v, Mapping) else v for k, v in answers.items()}
                source, target = moved[old], moved.setdefault(step.id, {})
                if not isinstance(source, dict) or not isinstance(target, dict):
                    continue
                for key in keys:
                    target.setdefault(key, source.pop(key))
                if not source:
                    del moved[old]
    return given if moved is None else cast(AnswersLike, moved)


def check_answers(exercise: Exercise, answers: Answers) -> Answers:
    """Return the answers with every question present (empty where unanswered); raise on misfits.

    Any JSON-like input gets either a result or an AnswerError naming step and question. An answer saved
    where a question used to be (`vroeger_in`) is read where it is now.
    """
    if not isinstance(answers, dict):
        raise AnswerError("Verwacht een object met per stap de antwoorden.")
    answers = relocate(exercise, answers)
    steps = {s.id: s for s in exercise.steps}
    for step_id, values in answers.items():
        if step_id not in steps:
            raise AnswerError(f"Stap {quote(step_id)} hoort niet bij oefening '{exercise.id}'.")
        if not isinstance(values, dict):
            raise AnswerError(f"Stap '{step_id}': verwacht een object met een antwoord per vraag.")
        known = {q.id for q in steps[step_id].vragen}
        known |= {open_key(q.id) for q in steps[step_id].vragen if _open_options(exercise, step_id, q.id)}
        for question_id in values:
            if question_id not in known:
                raise AnswerError(f"Stap '{step_id}': vraag {quote(question_id)} bestaat niet.")
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


def _renamed(value: Any, renames: dict[str, str]) -> Any:
    """An answer saved under an option's earlier id reads as its current id (nothing saved is lost)."""
    if not renames:
        return value
    if isinstance(value, str):
        return renames.get(value, value)
    if isinstance(value, list):
        return [renames.get(v, v) if isinstance(v, str) else v for v in value]
    return value


def _is_id(value: Any, allowed: set[str]) -> bool:
    return isinstance(value, str) and value in allowed


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
    if any(len(v) > MAX_TEXT for v in value.values()):
        raise AnswerError(f"Stap '{step_id}', vraag '{question.id}': hoogstens {MAX_TEXT} tekens per toelichting.")
    return {k: clean_text(v) for k, v in value.items() if clean_text(v).strip()}


def _check_value(exercise: Exercise, step_id: str, question: Question, value: Any) -> Any:
    where = f"Stap '{step_id}', vraag '{question.id}'"
    if too_deep(value, 3):
        raise AnswerError(f"{where}: te diep genest voor een antwoord.")
    offered = exercise.options.get((step_id, question.id), ())
    options = {o.id for o in offered}
    value = _renamed(value, {old: o.id for o in offered for old in o.vroeger if old not in options})
    kind = question.soort
    if kind in (Kind.choose_one, Kind.ordinal, Kind.timeline):
        if value is not None and not _is_id(value, options):
            raise AnswerError(f"{where}: {quote(value)} is geen keuzemogelijkheid.")
        return value
    if kind in (Kind.choose_many, Kind.ranking):
        if _is_id(value, options):  # saved when the question still took one choice
            value = [value]
        if not isinstance(value, list):
            raise AnswerError(f"{where}: verwacht een lijst met keuzes uit de opties.")
        for index, item in enumerate(value):
            if not _is_id(item, options):
                raise AnswerError(f"{where}, keuze {index + 1}: {quote(item)} is geen keuze uit de opties.")
        if question.max_keuzes and len(set(value)) > question.max_keuzes:
            raise AnswerError(f"{where}: maximaal {question.max_keuzes} keuzes.")
        if kind is Kind.ranking and len(set(value)) < len(value):
            twice = next(v for v in value if value.count(v) > 1)
            raise AnswerError(f"{where}: '{twice}' staat twee keer in de rangorde; elke keuze mag één plaats hebben.")
        if NONE_ID in value and len(set(value)) > 1:
            raise AnswerError(f"{where}: 'geen van deze' gaat niet samen met andere keuzes.")
        return list(dict.fromkeys(value))
    if kind is Kind.free_text:
        if not isinstance(value, str):
            raise AnswerError(f"{where}: verwacht tekst, niet {quote(value)}.")
        if len(value) > MAX_TEXT:
            raise AnswerError(f"{where}: de tekst is {len(value)} tekens; hoogstens {MAX_TEXT} tekens.")
        return clean_text(value)
    if kind is Kind.classify:
        categories = {o.id for o in exercise.categories.get((step_id, question.id), ())}
        if not isinstance(value, dict):
            raise AnswerError(f"{where}: verwacht per uitspraak een categorie uit de lijst.")
        for statement, category in value.items():
            if not _is_id(statement, options) or not _is_id(category, categories):
                found = f"niet {quote(category)}"
                raise AnswerError(
                    f"{where}, uitspraak {quote(statement)}: verwacht een categorie uit de lijst, {found}."
                )
        return value
    fields = {f.id for f in question.velden}
    expected = f"verwacht een lijst regels met de velden {', '.join(sorted(fields))}"
    if not isinstance(value, list):
        raise AnswerError(f"{where}: {expected}.")
    if len(value) > MAX_ROWS:
        raise AnswerError(f"{where}: {len(value)} regels; hoogstens {MAX_ROWS} regels per vraag.")
    for index, row in enumerate(value):
        if not isinstance(row, dict) or set(row) - fields:
            raise AnswerError(f"{where}, regel {index + 1}: {expected}.")
        for field_id, cell in row.items():
            huge = isinstance(cell, int) and abs(cell) >= 10**30
            if huge or (cell is not None and not isinstance(cell, str | int | float)):
                raise AnswerError(f"{where}, regel {index + 1}, veld '{field_id}': verwacht tekst, niet {quote(cell)}.")
            if isinstance(cell, str) and len(cell) > MAX_TEXT:
                raise AnswerError(f"{where}, regel {index + 1}, veld '{field_id}': hoogstens {MAX_TEXT} tekens.")
    return [{k: clean_text("" if v is None else str(v)) for k, v in row.items()} for row in value]


def is_answered(question: Question, value: Any) -> bool:
    """Whether a value counts as an answer (for progress and the incomplete-step warning)."""
    if question.soort is Kind.free_text:
        return bool(str(value or "").strip())
    if question.soort is Kind.records:
        return any(any(str(v).strip() for v in row.values()) for row in value or [])
    return value not in (None, "", [], {})
