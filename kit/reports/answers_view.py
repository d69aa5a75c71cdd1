"""A participant's answer as readable Dutch text, with option ids turned back into their labels.

Plain text, not HTML: the caller escapes it (and shows line breaks with `white-space: pre-wrap`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kit.content.exercise import Exercise
from kit.content.models import Kind, Question
from kit.content.options import Option
from kit.reports.texts import RT


def answer_text(exercise: Exercise, step_id: str, question_id: str, value: Any) -> str:
    """The answer in words: labels for ids, lists joined by '; ', one line per record row or statement.

    An empty answer (None, blank text, empty list or mapping, rows without content) reads
    '(niet beantwoord)'. A question the exercise no longer has is shown as it was stored.
    """
    if _is_empty(value):
        return RT["not_answered"]
    question = _question(exercise, step_id, question_id)
    labels = _labels(exercise.options.get((step_id, question_id), ()))
    if question is None:
        return _plain(value, labels)
    kind = question.soort
    if kind is Kind.free_text:
        return str(value).strip()
    if kind is Kind.ranking and isinstance(value, list):
        return _joined(
            RT["ranking_item"].format(place=place, label=_label(labels, v)) for place, v in enumerate(value, start=1)
        )
    if kind is Kind.classify and isinstance(value, Mapping):
        return _classified(exercise, step_id, question_id, value)
    if kind is Kind.records and isinstance(value, list):
        return _records(exercise, step_id, question, value)
    return _plain(value, labels)


def _question(exercise: Exercise, step_id: str, question_id: str) -> Question | None:
    for step in exercise.steps:
        if step.id == step_id:
            return next((q for q in step.vragen if q.id == question_id), None)
    return None


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, Mapping):
        return all(_is_empty(v) for v in value.values())
    if isinstance(value, list):
        return all(_is_empty(v) for v in value)
    return False


def _labels(options: tuple[Option, ...]) -> dict[str, str]:
    return {o.id: o.label for o in options}


def _label(labels: Mapping[str, str], value: Any) -> str:
    text = str(value)
    return labels.get(text, text)


def _plain(value: Any, labels: Mapping[str, str]) -> str:
    if isinstance(value, list):
        return _joined(_plain(v, labels) for v in value if not _is_empty(v))
    if isinstance(value, Mapping):
        return _joined(f"{_label(labels, k)}: {_plain(v, labels)}" for k, v in value.items())
    return _label(labels, value)


def _classified(exercise: Exercise, step_id: str, question_id: str, value: Mapping[str, Any]) -> str:
    """One line per statement, 'uitspraak → categorie', in the order the exercise lists them."""
    statements = _labels(exercise.options.get((step_id, question_id), ()))
    categories = _labels(exercise.categories.get((step_id, question_id), ()))
    order = [s for s in statements if s in value] + [str(k) for k in value if k not in statements]
    return "\n".join(f"{_label(statements, k)} → {_label(categories, value[k])}" for k in order)


def _records(exercise: Exercise, step_id: str, question: Question, rows: list[Any]) -> str:
    """One line per filled-in row: 'Veld: waarde; Veld: waarde', with field option ids as labels."""
    lines = []
    for row in rows:
        if not isinstance(row, Mapping):
            continue
        parts = []
        for record_field in question.velden:
            raw = row.get(record_field.id)
            if _is_empty(raw):
                continue
            choices = _labels(exercise.field_options.get((step_id, question.id, record_field.id), ()))
            parts.append(f"{record_field.label}: {_label(choices, str(raw).strip())}")
        if parts:
            lines.append(_joined(parts))
    return "\n".join(lines) if lines else RT["not_answered"]


def _joined(parts: Iterable[str]) -> str:
    """Items in one line, '; ' between them: an item's own closing full stop goes, or it would read '.;'."""
    return "; ".join(part[:-1] if part.endswith(".") and not part.endswith("..") else part for part in parts)
