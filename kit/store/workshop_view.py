"""Everything a facilitator's dashboard reads about one exercise in one workshop, in three queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from kit.store.base import StoreBase
from kit.store.retry import retrying
from kit.store.schema import Answer, Participant, Position, Submission


@dataclass
class WorkshopExerciseState:
    """Per participant: name, role, current step, answers per step, and the latest total and result."""

    names: dict[int, str] = field(default_factory=dict)
    roles: dict[int, str | None] = field(default_factory=dict)
    positions: dict[int, str] = field(default_factory=dict)
    answers: dict[int, dict[str, dict[str, Any]]] = field(default_factory=dict)
    totals: dict[int, float] = field(default_factory=dict)
    results: dict[int, dict[str, Any]] = field(default_factory=dict)


class WorkshopViewMixin(StoreBase):
    @retrying
    def workshop_state(self, workshop_code: str, exercise_id: str) -> WorkshopExerciseState:
        """A consistent snapshot for the dashboard; later submissions replace earlier ones."""
        state = WorkshopExerciseState()
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            for pid, name, role in session.execute(
                select(Participant.id, Participant.name, Participant.role).where(Participant.workshop_id == workshop.id)
            ):
                state.names[pid] = name
                state.roles[pid] = role
            members = Participant.workshop_id == workshop.id
            for pid, step_id in session.execute(
                select(Position.participant_id, Position.step_id)
                .join(Participant, Participant.id == Position.participant_id)
                .where(members, Position.exercise_id == exercise_id)
            ):
                state.positions[pid] = step_id
            for pid, step_id, value in session.execute(
                select(Answer.participant_id, Answer.step_id, Answer.value)
                .join(Participant, Participant.id == Answer.participant_id)
                .where(members, Answer.exercise_id == exercise_id)
            ):
                state.answers.setdefault(pid, {})[step_id] = dict(value)
            for pid, total, result in session.execute(
                select(Submission.participant_id, Submission.total, Submission.result)
                .join(Participant, Participant.id == Submission.participant_id)
                .where(members, Submission.exercise_id == exercise_id)
                .order_by(Submission.submitted_at, Submission.id)
            ):
                state.totals[pid] = total
                state.results[pid] = dict(result)
        return state
