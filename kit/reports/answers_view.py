"""A participant's answer as readable Dutch text, with option ids turned back into their labels."""

from __future__ import annotations

from typing import Any

from kit.content.exercise import Exercise
from kit.content.models import Kind
from kit.reports.texts import RT


def answer_text(exercise: Exercise, step_id: str, question_id: str, value: Any) -> str:
    question = next(q for q in exercise.step(step_id).vragen if q.id == question_id)
    labels = {o.id: o.label for o in exercise.options.get((step_id, question_id), ())}
    categories = {o.id: o.label for o in exercise.categories.get((step_id, question_id), ())}
    if value in (None, "", [], {}):
        return RT["not_answered"]
    if question.soort is Kind.classify:
        return "\n".join(f"{labels.get(k, k)} → {categories.get(v, v)}" for k, v in dict(value).items())
    if question.soort is Kind.records:
        lines = []
        for row in value:
            parts = []
            for field in question.velden:
                choices = {o.id: o.label for o in exercise.field_options.get((step_id, question_id, field.id), ())}
                raw = str(row.get(field.id, "") or "")
                if raw:
                    parts.append(f"{field.label}: {choices.get(raw, raw)}")
            lines.append("; ".join(parts))
        return "\n".join(lines)
    if isinstance(value, list):
        return "; ".join(labels.get(str(v), str(v)) for v in value)
    return labels.get(str(value), str(value))
