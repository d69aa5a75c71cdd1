"""Answers as participants type them: versioned saves, history, positions and submissions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select, update

from kit.store.base import StoreBase, canonical, json_copy, upsert_insert
from kit.store.retry import retrying
from kit.store.schema import Answer, AnswerVersion, Participant, Position, Submission, utcnow
from kit.textclean import clean_texts


class AnswersMixin(StoreBase):
    @retrying
    def save_answer(self, participant_id: int, exercise_id: str, step_id: str, value: Mapping[str, Any]) -> int:
        """Store the answer to one step (question id -> value); returns its version.

        Each change makes a new version and a history row; an unchanged value makes none.
        Raises TypeError or ValueError if `value` is not JSON (e.g. a set, or NaN).
        Race-free: the first save of a step is an upsert, and the row is locked while its version moves on.
        """
        clean: dict[str, Any] = clean_texts(json_copy(dict(value)))
        this_step = (
            Answer.participant_id == participant_id,
            Answer.exercise_id == exercise_id,
            Answer.step_id == step_id,
        )
        current = select(Answer.id, Answer.version, Answer.value).where(*this_step).with_for_update()
        with self._write() as session:
            now = utcnow()
            row = session.execute(current).one_or_none()
            if row is None:
                self._participant_row(session, participant_id)
                new = upsert_insert(session, Answer).values(
                    participant_id=participant_id,
                    exercise_id=exercise_id,
                    step_id=step_id,
                    value=clean,
                    version=0,
                    updated_at=now,
                )
                session.execute(new.on_conflict_do_nothing(index_elements=["participant_id", "exercise_id", "step_id"]))
                row = session.execute(current).one()
            # Version 0 is only ever seen inside the transaction that inserted it.
            if row.version > 0 and canonical(row.value) == canonical(clean):
                return int(row.version)
            version = int(row.version) + 1
            session.execute(
                update(Answer).where(Answer.id == row.id).values(version=version, value=clean, updated_at=now)
            )
            session.execute(
                insert(AnswerVersion).values(
                    participant_id=participant_id,
                    exercise_id=exercise_id,
                    step_id=step_id,
                    version=version,
                    value=clean,
                    saved_at=now,
                )
            )
            return version

    @retrying
    def load_answers(self, participant_id: int, exercise_id: str) -> dict[str, dict[str, Any]]:
        """The current answers of one exercise: step id -> (question id -> value)."""
        with self._read() as session:
            rows = session.execute(
                select(Answer.step_id, Answer.value).where(
                    Answer.participant_id == participant_id, Answer.exercise_id == exercise_id
                )
            )
            return {step_id: value for step_id, value in rows}

    @retrying
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

    @retrying
    def set_position(self, participant_id: int, exercise_id: str, step_id: str) -> None:
        """Remember the step the participant is on, so a reload opens it again (an upsert: race-free)."""
        with self._write() as session:
            self._participant_row(session, participant_id)
            new = upsert_insert(session, Position).values(
                participant_id=participant_id, exercise_id=exercise_id, step_id=step_id, updated_at=utcnow()
            )
            session.execute(
                new.on_conflict_do_update(
                    index_elements=["participant_id", "exercise_id"],
                    set_={"step_id": new.excluded.step_id, "updated_at": new.excluded.updated_at},
                )
            )

    @retrying
    def position(self, participant_id: int, exercise_id: str) -> str | None:
        """The step the participant was last on, or None."""
        with self._read() as session:
            row = session.get(Position, (participant_id, exercise_id))
            return None if row is None else row.step_id

    @retrying
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

    @retrying
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
                answers=clean_texts(json_copy({step: dict(value) for step, value in answers.items()})),
                result=json_copy(dict(result)),
                total=float(total),
                submitted_at=utcnow(),
            )
            session.add(row)
            session.flush()
            return row.id

    @retrying
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
