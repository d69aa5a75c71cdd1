"""Observers' evaluation forms and participants' lessons learned, kept for the after-action report."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from kit.store.base import StoreBase
from kit.store.retry import retrying
from kit.store.schema import Lesson, Observation, Participant, Team, utcnow
from kit.textclean import clean_text


class EvaluationMixin(StoreBase):
    @retrying
    def save_observation(
        self,
        participant_id: int,
        team_id: int,
        exercise_id: str,
        step_id: str,
        criterion: str,
        rating: str | None,
        note: str,
    ) -> None:
        """An observer's rating and note on one criterion of one step; saving again replaces it."""
        with self._write() as session:
            self._participant_row(session, participant_id)
            row = session.scalars(
                select(Observation).where(
                    Observation.participant_id == participant_id,
                    Observation.team_id == team_id,
                    Observation.exercise_id == exercise_id,
                    Observation.step_id == step_id,
                    Observation.criterion == criterion,
                )
            ).one_or_none()
            if row is None:
                row = Observation(
                    participant_id=participant_id,
                    team_id=team_id,
                    exercise_id=exercise_id,
                    step_id=step_id,
                    criterion=criterion,
                )
                session.add(row)
            row.rating = rating
            row.note = clean_text(note).strip()[:2000]
            row.updated_at = utcnow()

    @retrying
    def observations(self, workshop_code: str, exercise_id: str | None = None) -> list[dict[str, Any]]:
        """Every observation in the workshop: dicts of team, team_id, observer, exercise_id, step_id,
        criterion, rating, note; ordered by team, step and criterion."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            query = (
                select(Observation, Team.name, Team.position, Participant.name)
                .join(Team, Team.id == Observation.team_id)
                .join(Participant, Participant.id == Observation.participant_id)
                .where(Team.workshop_id == workshop.id)
            )
            if exercise_id is not None:
                query = query.where(Observation.exercise_id == exercise_id)
            rows = session.execute(query.order_by(Team.position, Observation.id))
            return [
                {
                    "team": team,
                    "team_id": o.team_id,
                    "participant_id": o.participant_id,
                    "observer": observer,
                    "exercise_id": o.exercise_id,
                    "step_id": o.step_id,
                    "criterion": o.criterion,
                    "rating": o.rating,
                    "note": o.note,
                }
                for o, team, _position, observer in rows
            ]

    @retrying
    def save_lessons(self, participant_id: int, exercise_id: str, answers: Mapping[str, str]) -> None:
        """A participant's lessons-learned answers (question id -> text); saving again replaces them."""
        clean = {str(k): clean_text(str(v)).strip()[:4000] for k, v in answers.items()}
        with self._write() as session:
            self._participant_row(session, participant_id)
            row = session.scalars(
                select(Lesson).where(Lesson.participant_id == participant_id, Lesson.exercise_id == exercise_id)
            ).one_or_none()
            if row is None:
                row = Lesson(participant_id=participant_id, exercise_id=exercise_id)
                session.add(row)
            row.answers = clean
            row.saved_at = utcnow()

    @retrying
    def lessons(self, participant_id: int, exercise_id: str) -> dict[str, str]:
        with self._read() as session:
            row = session.scalars(
                select(Lesson).where(Lesson.participant_id == participant_id, Lesson.exercise_id == exercise_id)
            ).one_or_none()
            return {} if row is None else dict(row.answers)

    @retrying
    def workshop_lessons(self, workshop_code: str) -> list[dict[str, str]]:
        """Every participant's lessons-learned answers, without names, in a fixed order unrelated to who wrote them."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.scalars(
                select(Lesson.answers)
                .join(Participant, Participant.id == Lesson.participant_id)
                .where(Participant.workshop_id == workshop.id)
            )
            found = [dict(r) for r in rows]
        return sorted(found, key=lambda a: sorted(a.items()))
