"""The personal report: what one participant answered, the scores, the feedback and the model answers."""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from kit.answers_io import relocate
from kit.content.exercise import Exercise
from kit.content.models import Step
from kit.reports.answers_view import answer_text
from kit.reports.page import page, today_text
from kit.reports.texts import RT, VERDICT_ICONS, VERDICT_NAMES
from kit.scoring.result import percent

e = html.escape


def personal_report_html(
    exercise: Exercise,
    participant_name: str,
    answers: Mapping[str, Mapping[str, Any]],
    result: Mapping[str, Any] | None,
    workshop_title: str | None = None,
    *,
    on: date | None = None,
) -> str:
    """A printable page for one participant and one exercise.

    `answers` is step id -> question id -> value (as `Store.load_answers` returns it); `result` is
    `Result.to_dict()` (or the dict of `Store.latest_result`, whose `result` is then used), or None
    when nothing was submitted: the answers are listed then, without scores. `on` is the report date
    (default today).
    """
    submitted_at = None
    if result is not None and "steps" not in result and isinstance(result.get("result"), Mapping):
        submitted_at = result.get("submitted_at")
        result = result["result"]
    answers = relocate(exercise, answers)
    scored = {str(s["step"]): s for s in (result or {}).get("steps", [])}
    parts = [
        f"<h1>{e(RT['personal_title'])}</h1>",
        _meta(exercise, participant_name, workshop_title, on, submitted_at),
        f"<h2>{e(exercise.title)}</h2>",
        f"<p><strong>{e(RT['scenario'])}:</strong> {e(exercise.scenario.samenvatting)}</p>",
    ]
    if result is None:
        parts.append(f'<p class="hint"><strong>{e(RT["not_submitted"])}</strong></p>')
    else:
        parts.append(f'<p class="total"><strong>{e(RT["total"])}: {percent(float(result["total"]))}</strong></p>')
        parts.append(f'<p class="hint">{e(RT["score_note"])}</p>')
    for step in exercise.steps:
        parts.append(_step(exercise, step, answers.get(step.id, {}), scored.get(step.id)))
    return page(f"{RT['personal_title']} · {participant_name} · {exercise.title}", "\n".join(parts))


def _meta(exercise: Exercise, name: str, workshop_title: str | None, on: date | None, submitted_at: Any) -> str:
    lines = [(RT["participant"], name)]
    if workshop_title:
        lines.append((RT["workshop"], workshop_title))
    lines.append((RT["exercise"], exercise.title))
    lines.append((RT["date"], today_text(on)))
    if isinstance(submitted_at, datetime):
        lines.append((RT["submitted_at"], submitted_at.strftime("%d-%m-%Y %H:%M")))
    return '<p class="meta">' + "<br>".join(f"{e(label)}: {e(value)}" for label, value in lines) + "</p>"


def _step(
    exercise: Exercise,
    step: Step,
    values: Mapping[str, Any],
    scored: Mapping[str, Any] | None,
    answer_label: str = RT["your_answer"],
    hidden_note: str = "",
) -> str:
    """One step with its answers; `scored` adds the score and feedback, `hidden_note` says why they are absent."""
    score = f" · {percent(float(scored['score']))}" if scored else ""
    parts = [f"<section><h2>{e(step.titel)}{score}</h2>"]
    if hidden_note:
        parts.append(f'<p class="hint">{e(hidden_note)}</p>')
    questions = {str(q["question"]): q for q in (scored or {}).get("questions", [])}
    for question in step.vragen:
        text = answer_text(exercise, step.id, question.id, values.get(question.id))
        parts.append(f"<h3>{e(question.vraag)}</h3>")
        parts.append(f'<p class="meta">{e(answer_label)}:</p><div class="answer">{e(text)}</div>')
        if question.id in questions:
            parts.append(_question_feedback(questions[question.id]))
    if scored and scored.get("modelantwoord"):
        parts.append(f"<p><strong>{e(RT['model_answer'])}:</strong> {e(str(scored['modelantwoord']))}</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _question_feedback(question: Mapping[str, Any]) -> str:
    items = []
    for item in question.get("feedback", []):
        verdict = str(item["verdict"])
        reason = f'<span class="reason">{e(str(item["toelichting"]))}</span>' if item.get("toelichting") else ""
        source = (
            f'<span class="reason source">{e(RT["source"])}: {e(str(item["bron"]))}</span>' if item.get("bron") else ""
        )
        items.append(
            f'<li class="{e(verdict)}"><span class="verdict" title="{e(VERDICT_NAMES.get(verdict, verdict))}">'
            f"{e(VERDICT_ICONS.get(verdict, ''))}</span> "
            f"{e(str(item['tekst']))}{reason}{source}</li>"
        )
    model = ""
    if question.get("modelantwoord"):
        model = f"<p><em>{e(RT['model_answer'])}:</em> {e(str(question['modelantwoord']))}</p>"
    score = f"<p>{e(RT['score'])}: {percent(float(question['score']))}</p>"
    return f'{score}<ul class="feedback">{"".join(items)}</ul>{model}'
