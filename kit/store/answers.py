"""Answers as participants type them: versioned saves, history, positions and submissions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from kit.store.base import StoreBase, canonical, json_copy
from kit.store.schema import Answer, AnswerVersion, Participant, Position, Submission, utcnow


class AnswersMixin(StoreBase):
    def save_answer(self, participant_id: int, exercise_id: str, step_id: str, value: Mapping[str, Any]) -> int:
        """Store the answer to one step (question id -> value); returns its version.

        Each change makes a new version and a history row; an unchanged value makes none.
        Raises TypeError or ValueError if `value` is not JSON (e.g. a set, or NaN).
        """
        clean: dict[str, Any] = json_copy(dict(value))
        with self._write() as session:
            self._participant_row(session, participant_id)
            row = session.scalars(
                select(Answer)
                .where(
                    Answer.participant_id == participant_id,
                    Answer.exercise_id == exercise_id,
                    Answer.step_id == step_id,
                )
                .with_for_update()
            ).one_or_none()
            if row is not None and canonical(row.value) == canonical(clean):
                return row.version
            now = utcnow()
            if row is None:
                row = Answer(participant_id=participant_id, exercise_id=exercise_id, step_id=step_id, version=0)
                session.add(row)
            row.version += 1
            row.value = clean
            row.updated_at = now
            session.add(
                AnswerVersion(
                    participant_id=participant_id,
                    exercise_id=exercise_id,
                    step_id=step_id,
                    version=row.version,
                    value=clean,
                    saved_at=now,
                )
            )
            return row.version

    def load_answers(self, participant_id: int, exercise_id: str) -> dict[str, dict[str, Any]]:
        """The current answers of one exercise: step id -> (question id -> value)."""
        with self._read() as session:
            rows = session.execute(
                select(Answer.step_id, Answer.value).where(
                    Answer.participant_id == participant_id, Answer.exercise_id == exercise_id
                )
            )
            return {step_id: value for step_id, value in rows}

    def history(self, participant_id: int, exercise_id: str, step_id: str) -> list[dict[str, Any]]:
        """Every saved version of one step, oldest first: dicts of version, value, saved_at."""
        with self._read() as session:
            rows = session.execute(
                select(AnswerVersion.version, AnswerVersion.value, AnswerVersion.saved_at)
                .where(
                    AnswerVersion.participant_id == participant_id,
                    AnswerVersion.exercise_id == exercise_id,
                    AnswerVersion.step_id == step_id,
                )
                .order_by(AnswerVersion.version)
            )
            return [{"version": v, "value": value, "saved_at": at} for v, value, at in rows]

    def set_position(self, participant_id: int, exercise_id: str, step_id: str) -> None:
        """Remember the step the participant is on, so a reload opens it again."""
        with self._write() as session:
            self._participant_row(session, participant_id)
            row = session.get(Position, (participant_id, exercise_id))
            if row is None:
                row = Position(participant_id=participant_id, exercise_id=exercise_id)
                session.add(row)
            row.step_id = step_id
            row.updated_at = utcnow()

    def position(self, participant_id: int, exercise_id: str) -> str | None:
        """The step the participant was last on, or None."""
        with self._read() as session:
            row = session.get(Position, (participant_id, exercise_id))
            return None if row is None else row.step_id

    def positions(self, workshop_code: str, exercise_id: str) -> dict[int, str]:
        """Participant id -> current step id, for everyone in the workshop who opened the exercise."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.execute(
                select(Position.participant_id, Position.step_id)
                .join(Participant, Participant.id == Position.participant_id)
                .where(Participant.workshop_id == workshop.id, Position.exercise_id == exercise_id)
            )
            return {participant_id: step_id for participant_id, step_id in rows}

    def submit(
        self,
        participant_id: int,
        exercise_id: str,
        answers: Mapping[str, Mapping[str, Any]],
        result: Mapping[str, Any],
        total: float,
    ) -> int:
        """Keep a submission with its scored result; returns the submission id."""
        with self._write() as session:
            self._participant_row(session, participant_id)
            row = Submission(
                participant_id=participant_id,
                exercise_id=exercise_id,
                answers=json_copy({step: dict(value) for step, value in answers.items()}),
                result=json_copy(dict(result)),
                total=float(total),
                submitted_at=utcnow(),
            )
            session.add(row)
            session.flush()
            return row.id

    def latest_result(self, participant_id: int, exercise_id: str) -> dict[str, Any] | None:
        """The last submission, or None: dict of id, answers, result, total, submitted_at."""
        with self._read() as session:
            row = session.scalars(
                select(Submission)
                .where(
                    Submission.participant_id == participant_id,
                    Submission.exercise_id == exercise_id,
                )
                .order_by(Submission.submitted_at.desc(), Submission.id.desc())
                .limit(1)
            ).one_or_none()
            if row is None:
                return None
            return {
                "id": row.id,
                "answers": row.answers,
                "result": row.result,
                "total": row.total,
                "submitted_at": row.submitted_at,
            }
