"""A group workshop's table work as pandas frames, for the exports and the after-action report.

Team play keeps its record per table (team_answers, team_submissions, observations, lessons), not per
participant, so the participant frames of `FramesMixin` alone would export a played group day as empty.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from kit.store.base import StoreBase
from kit.store.retry import retrying
from kit.store.schema import Lesson, Observation, Participant, Team, TeamAnswer, TeamMember, TeamSubmission

if TYPE_CHECKING:
    import pandas as pd

MEMBER_COLUMNS = ("team", "participant", "role")
TEAM_ANSWER_COLUMNS = ("team", "exercise_id", "step_id", "question_id", "value", "version", "updated_by", "updated_at")
TEAM_RESULT_COLUMNS = ("team", "exercise_id", "total", "submitted_by", "submitted_at", "result")
OBSERVATION_COLUMNS = ("team", "observer", "exercise_id", "step_id", "criterion", "rating", "note", "updated_at")
LESSON_COLUMNS = ("exercise_id", "question_id", "answer")


def _frame(rows: list[tuple[Any, ...]], columns: tuple[str, ...], time_column: str | None = None) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns))
    if time_column:
        frame[time_column] = pd.to_datetime(frame[time_column], utc=True)
    return frame


class TeamFramesMixin(StoreBase):
    @retrying
    def team_members_frame(self, workshop_code: str) -> pd.DataFrame:
        """Who sat at which table with which role: one row per seated participant, in table order."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.execute(
                select(Team.name, Participant.name, Participant.role)
                .join(TeamMember, TeamMember.team_id == Team.id)
                .join(Participant, Participant.id == TeamMember.participant_id)
                .where(Team.workshop_id == workshop.id)
                .order_by(Team.position, Team.id, Participant.created_at, Participant.id)
            ).all()
        return _frame([tuple(r) for r in rows], MEMBER_COLUMNS)

    @retrying
    def team_answers_frame(self, workshop_code: str) -> pd.DataFrame:
        """Every table's current shared answer, one row per question; `value` is JSON text."""
        editor = aliased(Participant)
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.execute(
                select(
                    Team.name,
                    TeamAnswer.exercise_id,
                    TeamAnswer.step_id,
                    TeamAnswer.question_id,
                    TeamAnswer.value,
                    TeamAnswer.version,
                    editor.name,
                    TeamAnswer.updated_at,
                )
                .join(Team, Team.id == TeamAnswer.team_id)
                .outerjoin(editor, editor.id == TeamAnswer.updated_by)
                .where(Team.workshop_id == workshop.id)
                .order_by(Team.position, Team.id, TeamAnswer.exercise_id, TeamAnswer.step_id, TeamAnswer.question_id)
            ).all()
        found = [(t, x, s, q, _json_text(v), n, by, at) for t, x, s, q, v, n, by, at in rows]
        return _frame(found, TEAM_ANSWER_COLUMNS, "updated_at")

    @retrying
    def team_results_frame(self, workshop_code: str) -> pd.DataFrame:
        """Every table's one submission per exercise; `result` is JSON text."""
        submitter = aliased(Participant)
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.execute(
                select(
                    Team.name,
                    TeamSubmission.exercise_id,
                    TeamSubmission.total,
                    submitter.name,
                    TeamSubmission.submitted_at,
                    TeamSubmission.result,
                )
                .join(Team, Team.id == TeamSubmission.team_id)
                .outerjoin(submitter, submitter.id == TeamSubmission.submitted_by)
                .where(Team.workshop_id == workshop.id)
                .order_by(Team.position, Team.id, TeamSubmission.exercise_id)
            ).all()
        found = [(t, x, float(total), by, at, _json_text(result)) for t, x, total, by, at, result in rows]
        return _frame(found, TEAM_RESULT_COLUMNS, "submitted_at")

    @retrying
    def observations_frame(self, workshop_code: str) -> pd.DataFrame:
        """The observers' forms: one row per table, step and criterion."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.execute(
                select(
                    Team.name,
                    Participant.name,
                    Observation.exercise_id,
                    Observation.step_id,
                    Observation.criterion,
                    Observation.rating,
                    Observation.note,
                    Observation.updated_at,
                )
                .join(Team, Team.id == Observation.team_id)
                .join(Participant, Participant.id == Observation.participant_id)
                .where(Team.workshop_id == workshop.id)
                .order_by(Team.position, Team.id, Observation.exercise_id, Observation.step_id, Observation.id)
            ).all()
        return _frame([tuple(r) for r in rows], OBSERVATION_COLUMNS, "updated_at")

    @retrying
    def lessons_frame(self, workshop_code: str) -> pd.DataFrame:
        """The lessons learned without names (as the after-action report shows them): a row per answer,
        sorted by exercise, question and text so the order tells nothing about who wrote what."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.execute(
                select(Lesson.exercise_id, Lesson.answers)
                .join(Participant, Participant.id == Lesson.participant_id)
                .where(Participant.workshop_id == workshop.id)
            ).all()
        found = sorted(
            (str(exercise_id), str(question), str(text))
            for exercise_id, answers in rows
            for question, text in dict(answers).items()
            if str(text).strip()
        )
        return _frame(found, LESSON_COLUMNS)


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
