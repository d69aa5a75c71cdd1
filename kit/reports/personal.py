"""The personal report: what one participant answered, the score, the feedback and the model answers."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from kit.content.exercise import Exercise
from kit.reports.answers_view import answer_text
from kit.reports.page import page
from kit.reports.texts import RT
from kit.ui.texts import VERDICT_ICONS


def _percent(score: float) -> str:
    return f"{round(score * 100)}%"


def personal_report_html(
    exercise: Exercise,
    participant_name: str,
    answers: dict[str, dict[str, Any]],
    result: dict[str, Any] | None,
    workshop_title: str | None = None,
) -> str:
    e = html.escape
    scored = {s["step"]: s for s in (result or {}).get("steps", [])}
    meta = [f"{RT['participant']}: {participant_name}", f"{RT['date']}: {date.today().isoformat()}"]
    if workshop_title:
        meta.append(f"{RT['workshop']}: {workshop_title}")
    parts = [
        f"<h1>{e(RT['personal_title'])}: {e(exercise.title)}</h1>",
        f'<p class="meta">{" · ".join(e(m) for m in meta)}</p>',
        f"<p><em>{e(exercise.scenario.samenvatting)}</em></p>",
    ]
    if result is None:
        parts.append(f'<p class="hint">{e(RT["not_submitted"])}</p>')
    else:
        parts.append(f"<p><strong>{e(RT['total'])}: {_percent(result['total'])}</strong></p>")
        parts.append(f'<p class="hint">{e(RT["score_note"])}</p>')
    for step in exercise.steps:
        step_result = scored.get(step.id)
        heading = e(step.titel) + (f" · {_percent(step_result['score'])}" if step_result else "")
        parts.append(f"<section><h2>{heading}</h2>")
        questions = {q["question"]: q for q in (step_result or {}).get("questions", [])}
        for question in step.vragen:
            value = answers.get(step.id, {}).get(question.id)
            parts.append(f"<h3>{e(question.vraag)}</h3>")
            parts.append(f'<div class="answer">{e(answer_text(exercise, step.id, question.id, value))}</div>')
            if question.id in questions:
                parts.append(_feedback(questions[question.id]))
        if step_result and step_result.get("modelantwoord"):
            parts.append(f"<p><em>{e(RT['model_answer'])}:</em> {e(step_result['modelantwoord'])}</p>")
        parts.append("</section>")
    return page(f"{RT['personal_title']} {participant_name}", "\n".join(parts))


def _feedback(question: dict[str, Any]) -> str:
    e = html.escape
    items = []
    for item in question["feedback"]:
        reason = f"<br>{e(item['toelichting'])}" if item.get("toelichting") else ""
        source = f'<br><span class="source">{e(RT["source"])}: {e(item["bron"])}</span>' if item.get("bron") else ""
        icon = VERDICT_ICONS.get(item["verdict"], "")
        items.append(f'<li class="{e(item["verdict"])}">{icon} {e(item["tekst"])}{reason}{source}</li>')
    model = (
        f"<p><em>{e(RT['model_answer'])}:</em> {e(question['modelantwoord'])}</p>"
        if question.get("modelantwoord")
        else ""
    )
    return f"<p>{e(RT['score'])}: {_percent(question['score'])}</p><ul>{''.join(items)}</ul>{model}"
