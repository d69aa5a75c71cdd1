"""Teams side by side for the facilitator: per step each table's choices and score, clock and script.

Scores are computed from each table's live record (the facilitator may see the reference), and
marked final once the table submitted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kit.answers_io import relocate
from kit.content.exercise import Exercise
from kit.facilitation.script import RELEASED
from kit.scoring.engine import score_step
from kit.store import Store
from kit.store.team_records import OBSERVER, ClockState, TeamInfo


@dataclass
class TeamColumn:
    team: TeamInfo
    members: list[tuple[str, str | None]] = field(default_factory=list)
    observers: list[str] = field(default_factory=list)
    clock: ClockState | None = None
    released: int = 0
    lapsed: int = 0
    submitted: bool = False
    total: float | None = None
    step_scores: dict[str, float] = field(default_factory=dict)
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)


def compare_teams(store: Store, code: str, exercise: Exercise, now: datetime | None = None) -> list[TeamColumn]:
    """One column per table, in the tables' order."""
    teams = store.teams(code)
    members = store.team_members(code)
    clocks = store.clocks(code, exercise.id, now)
    results = store.team_results(code, exercise.id)
    columns = []
    for team in teams:
        column = TeamColumn(team=team, clock=clocks.get(team.id))
        for member in members:
            if member.team_id != team.id:
                continue
            if member.role == OBSERVER:
                column.observers.append(member.name)
            else:
                column.members.append((member.name, member.role))
        events = store.script_events(team.id, exercise.id)
        column.released = sum(1 for e in events if e.status == RELEASED)
        column.lapsed = len(events) - column.released
        submitted = results.get(team.id)
        saved = dict(submitted["answers"]) if submitted else store.team_answers(team.id, exercise.id).values
        column.answers = relocate(exercise, saved)
        column.submitted = submitted is not None
        column.total = float(submitted["total"]) if submitted else None
        column.step_scores = {
            s.id: score_step(exercise, s.id, column.answers.get(s.id, {})).score for s in exercise.steps
        }
        columns.append(column)
    return columns
