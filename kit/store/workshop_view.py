"""Everything a facilitator's dashboard reads about one exercise in one workshop, in three queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from kit.store.base import StoreBase
from kit.store.retry import retrying
from kit.store.schema import (
    Answer,
    Participant,
    Position,
    Submission,
    Team,
    TeamAnswer,
    TeamMember,
    TeamStep,
    TeamSubmission,
)


@dataclass
class WorkshopExerciseState:
    """Per participant: name, role, current step, answers per step, and the latest total and result.

    `submitted` holds the answers of that latest submission: the score describes them, not the
    answers typed since, so the dashboard counts answered questions over the same work it scores.
    """

    names: dict[int, str] = field(default_factory=dict)
    roles: dict[int, str | None] = field(default_factory=dict)
    positions: dict[int, str] = field(default_factory=dict)
    answers: dict[int, dict[str, dict[str, Any]]] = field(default_factory=dict)
    totals: dict[int, float] = field(default_factory=dict)
    results: dict[int, dict[str, Any]] = field(default_factory=dict)
    submitted: dict[int, dict[str, dict[str, Any]]] = field(default_factory=dict)


@dataclass
class TableState:
    """One table (team) of a group workshop for one exercise: members, shared answers, steps handed in,
    and its one submission (answers and total) if it handed in."""

    id: int
    name: str
    members: list[int] = field(default_factory=list)
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    steps_done: set[str] = field(default_factory=set)
    total: float | None = None
    submitted: dict[str, dict[str, Any]] | None = None


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
            for pid, total, result, answers in session.execute(
                select(Submission.participant_id, Submission.total, Submission.result, Submission.answers)
                .join(Participant, Participant.id == Submission.participant_id)
                .where(members, Submission.exercise_id == exercise_id)
                .order_by(Submission.submitted_at, Submission.id)
            ):
                state.totals[pid] = total
                state.results[pid] = dict(result)
                state.submitted[pid] = {str(k): dict(v) for k, v in dict(answers).items()}
        return state

    @retrying
    def tables_state(self, workshop_code: str, exercise_id: str) -> list[TableState]:
        """Every table of the workshop with its work on one exercise, in the order they were made."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            tables = {
                tid: TableState(tid, name)
                for tid, name in session.execute(
                    select(Team.id, Team.name).where(Team.workshop_id == workshop.id).order_by(Team.position, Team.id)
                )
            }
            if not tables:
                return []
            ours = Team.workshop_id == workshop.id
            for pid, tid in session.execute(
                select(TeamMember.participant_id, TeamMember.team_id)
                .join(Team, Team.id == TeamMember.team_id)
                .join(Participant, Participant.id == TeamMember.participant_id)
                .where(ours)
                .order_by(Participant.created_at, Participant.id)
            ):
                tables[tid].members.append(pid)
            for tid, step_id, question_id, value in session.execute(
                select(TeamAnswer.team_id, TeamAnswer.step_id, TeamAnswer.question_id, TeamAnswer.value)
                .join(Team, Team.id == TeamAnswer.team_id)
                .where(ours, TeamAnswer.exercise_id == exercise_id)
            ):
                tables[tid].answers.setdefault(step_id, {})[question_id] = value
            for tid, step_id in session.execute(
                select(TeamStep.team_id, TeamStep.step_id)
                .join(Team, Team.id == TeamStep.team_id)
                .where(ours, TeamStep.exercise_id == exercise_id)
            ):
                tables[tid].steps_done.add(step_id)
            for tid, total, answers in session.execute(
                select(TeamSubmission.team_id, TeamSubmission.total, TeamSubmission.answers)
                .join(Team, Team.id == TeamSubmission.team_id)
                .where(ours, TeamSubmission.exercise_id == exercise_id)
            ):
                tables[tid].total = float(total)
                tables[tid].submitted = {str(k): dict(v) for k, v in dict(answers).items()}
        return list(tables.values())
