"""The personal report of someone who played at a table: the table's analysis, score and feedback (as far
as the facilitator revealed them), their role, and what they answered on their own (the personal steps).

In group play the scored work belongs to the table, not to the member, so the individual report would
say 'nog niet ingeleverd' to every member of a table that handed in.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from kit.answers_io import relocate
from kit.content.exercise import Exercise
from kit.reports.page import page, today_text
from kit.reports.personal import _step
from kit.reports.texts import RT
from kit.scoring.result import percent
from kit.store import Store
from kit.store.team_records import OBSERVER

e = html.escape
ALL = "*"
LOCAL_TIME = "Europe/Amsterdam"


@dataclass(frozen=True)
class TableWork:
    """What a report about one member of one table needs from the store."""

    team: str
    role: str
    answers: dict[str, dict[str, Any]]
    """The table's analysis: step id -> question id -> value (the submitted one once handed in)."""
    result: dict[str, Any] | None
    submitted_by: str | None = None
    submitted_at: datetime | None = None
    own_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    revealed: frozenset[str] = frozenset({ALL})


def table_work(store: Store, code: str, exercise: Exercise, participant_id: int) -> TableWork | None:
    """The table work of a seated participant, or None when they sit at no table."""
    team = store.team_of(participant_id)
    if team is None:
        return None
    person = store.participant(participant_id)
    role_id = person.role if person else None
    roles = {r.id: r.naam for r in exercise.roles}
    role = RT["observer_role"] if role_id == OBSERVER else roles.get(role_id or "", role_id or "")
    found = store.team_result(team.id, exercise.id)
    answers = relocate(exercise, found["answers"] if found else store.team_answers(team.id, exercise.id).values)
    return TableWork(
        team=team.name,
        role=role,
        answers={str(k): dict(v) for k, v in answers.items()},
        result=dict(found["result"]) if found else None,
        submitted_by=found["submitted_by"] if found else None,
        submitted_at=found["submitted_at"] if found else None,
        own_answers=store.load_answers(participant_id, exercise.id),
        revealed=frozenset(store.revealed(code, exercise.id)),
    )


def table_report_html(
    exercise: Exercise,
    participant_name: str,
    work: TableWork,
    workshop_title: str | None = None,
    *,
    on: date | None = None,
) -> str:
    """A printable page for one member of a table and one exercise."""
    scored = {str(s["step"]): s for s in (work.result or {}).get("steps", [])}
    parts = [
        f"<h1>{e(RT['personal_title'])}</h1>",
        _meta(exercise, participant_name, work, workshop_title, on),
        f"<h2>{e(exercise.title)}</h2>",
        f"<p><strong>{e(RT['scenario'])}:</strong> {e(exercise.scenario.samenvatting)}</p>",
        _total(exercise, work),
    ]
    own = [step for step in exercise.steps if any(_given(v) for v in work.own_answers.get(step.id, {}).values())]
    if own:
        parts.append(f'<h2>{e(RT["own_answers"])}</h2><p class="hint">{e(RT["own_answers_intro"])}</p>')
        parts += [_step(exercise, step, work.own_answers.get(step.id, {}), None) for step in own]
    parts.append(f"<h2>{e(RT['table_analysis'])}</h2>")
    for step in exercise.steps:
        shown = _shown(work, step.id)
        waiting = RT["step_waiting"] if work.result is not None and not shown else ""
        parts.append(
            _step(
                exercise,
                step,
                work.answers.get(step.id, {}),
                scored.get(step.id) if shown else None,
                RT["table_answer"],
                waiting,
            )
        )
    title = f"{RT['personal_title']} · {participant_name} · {exercise.title}"
    return page(title, "\n".join(parts))


def _given(value: Any) -> bool:
    return value not in (None, "", [], {})


def _shown(work: TableWork, step_id: str) -> bool:
    return ALL in work.revealed or step_id in work.revealed


def _total(exercise: Exercise, work: TableWork) -> str:
    if work.result is None:
        return f'<p class="hint"><strong>{e(RT["table_not_submitted"])}</strong></p>'
    if all(_shown(work, step.id) for step in exercise.steps):
        total = percent(float(work.result["total"]))
        return (
            f'<p class="total"><strong>{e(RT["table_total"])}: {total}</strong></p>'
            f'<p class="hint">{e(RT["score_note"])}</p>'
        )
    return f'<p class="hint"><strong>{e(RT["table_waiting"])}</strong></p>'


def _meta(exercise: Exercise, name: str, work: TableWork, workshop_title: str | None, on: date | None) -> str:
    lines = [(RT["participant"], name), (RT["table"], work.team)]
    if work.role:
        lines.append((RT["role"], work.role))
    if workshop_title:
        lines.append((RT["workshop"], workshop_title))
    lines.append((RT["exercise"], exercise.title))
    lines.append((RT["date"], today_text(on)))
    if work.submitted_at is not None:
        by = f" ({work.submitted_by})" if work.submitted_by else ""
        local = work.submitted_at.astimezone(ZoneInfo(LOCAL_TIME))
        lines.append((RT["submitted_at"], local.strftime("%d-%m-%Y %H:%M") + by))
    return '<p class="meta">' + "<br>".join(f"{e(label)}: {e(value)}" for label, value in lines) + "</p>"
