"""Teams (tafels) of a workshop and their one shared analysis, handed in once for the whole team."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kit.store.base import StoreBase, canonical, json_copy
from kit.store.insert_once import insert_once
from kit.store.records import StoreError
from kit.store.retry import retrying
from kit.store.schema import (
    NAME_LENGTH,
    Participant,
    Team,
    TeamAnswer,
    TeamAnswerVersion,
    TeamMember,
    TeamStep,
    TeamSubmission,
    utcnow,
)
from kit.store.team_records import SavedTeamAnswer, TeamAnswers, TeamInfo, TeamMemberInfo
from kit.textclean import clean_texts


def _team_info(row: Team) -> TeamInfo:
    return TeamInfo(id=row.id, name=row.name, position=row.position)


class TeamsMixin(StoreBase):
    @retrying
    def create_team(self, workshop_code: str, name: str) -> TeamInfo:
        """A team with this name in the workshop, created if new (names are unique per workshop)."""
        shown = " ".join(name.split())
        if not shown:
            raise StoreError("empty_team_name")
        with self._write() as session:
            workshop = self._workshop_row(session, workshop_code)
            count = session.scalar(select(func.count()).select_from(Team).where(Team.workshop_id == workshop.id))
            values = {"workshop_id": workshop.id, "name": shown[:NAME_LENGTH], "position": int(count or 0)}
            insert_once(session, Team, values)
            row = session.scalars(
                select(Team).where(Team.workshop_id == workshop.id, Team.name == values["name"])
            ).one()
            return _team_info(row)

    @retrying
    def teams(self, workshop_code: str) -> list[TeamInfo]:
        """The workshop's teams in the order they were made."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.scalars(select(Team).where(Team.workshop_id == workshop.id).order_by(Team.position, Team.id))
            return [_team_info(r) for r in rows]

    @retrying
    def has_tables(self, workshop_code: str) -> bool:
        """Whether the workshop plays at tables (the sign-in seats people at one); cheap, for the sign-in form."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            found = session.scalars(select(Team.id).where(Team.workshop_id == workshop.id).limit(1)).first()
            return found is not None

    @retrying
    def set_team(self, participant_id: int, team_id: int | None) -> None:
        """Seat a participant at a team (None: at no team)."""
        with self._write() as session:
            participant = self._participant_row(session, participant_id)
            if team_id is not None:
                self._team_row(session, team_id, participant.workshop_id)
            session.execute(delete(TeamMember).where(TeamMember.participant_id == participant_id))
            if team_id is not None:
                session.add(TeamMember(participant_id=participant_id, team_id=team_id))

    @retrying
    def team_of(self, participant_id: int) -> TeamInfo | None:
        """The team a participant sits at, or None."""
        with self._read() as session:
            row = session.scalars(
                select(Team)
                .join(TeamMember, TeamMember.team_id == Team.id)
                .where(TeamMember.participant_id == participant_id)
            ).one_or_none()
            return None if row is None else _team_info(row)

    @retrying
    def team_members(self, workshop_code: str) -> list[TeamMemberInfo]:
        """Everyone in the workshop with their role and team (None: not seated), in joining order."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.execute(
                select(Participant.id, Participant.name, Participant.role, TeamMember.team_id)
                .outerjoin(TeamMember, TeamMember.participant_id == Participant.id)
                .where(Participant.workshop_id == workshop.id)
                .order_by(Participant.created_at, Participant.id)
            )
            return [TeamMemberInfo(pid, name, role, team) for pid, name, role, team in rows]

    # ------------------------------------------------------------------ the shared analysis

    @retrying
    def save_team_answer(
        self,
        team_id: int,
        exercise_id: str,
        step_id: str,
        question_id: str,
        value: Any,
        participant_id: int,
        base_version: int | None = None,
    ) -> SavedTeamAnswer:
        """Save one question of the team's analysis; the last write wins.

        `base_version` is the version the member's screen showed; if someone else saved a newer
        one since, the result names them, so the interface can tell both members.
        """
        clean = clean_texts(json_copy(value))
        now = utcnow()
        with self._write() as session:
            self._team_row(session, team_id)
            key = {"team_id": team_id, "exercise_id": exercise_id, "step_id": step_id, "question_id": question_id}
            if insert_once(
                session,
                TeamAnswer,
                {**key, "value": clean, "version": 1, "updated_by": participant_id, "updated_at": now},
            ):
                self._team_history(session, key, 1, clean, participant_id, now)
                return SavedTeamAnswer(version=1)
            row = session.scalars(select(TeamAnswer).filter_by(**key).with_for_update()).one()
            overwrote = None
            if base_version is not None and row.version != base_version and row.updated_by != participant_id:
                overwrote = self._name(session, row.updated_by)
            if canonical(row.value) == canonical(clean):
                return SavedTeamAnswer(version=row.version, overwrote=None)
            row.version += 1
            row.value = clean
            row.updated_by = participant_id
            row.updated_at = now
            self._team_history(session, key, row.version, clean, participant_id, now)
            return SavedTeamAnswer(version=row.version, overwrote=overwrote)

    @retrying
    def team_answers(self, team_id: int, exercise_id: str) -> TeamAnswers:
        """The team's current analysis of one exercise."""
        answers = TeamAnswers()
        with self._read() as session:
            rows = session.execute(
                select(
                    TeamAnswer.step_id,
                    TeamAnswer.question_id,
                    TeamAnswer.value,
                    TeamAnswer.version,
                    TeamAnswer.updated_by,
                ).where(TeamAnswer.team_id == team_id, TeamAnswer.exercise_id == exercise_id)
            )
            for step_id, question_id, value, version, editor in rows:
                answers.values.setdefault(step_id, {})[question_id] = value
                answers.versions[(step_id, question_id)] = version
                answers.editors[(step_id, question_id)] = editor
        return answers

    @retrying
    def team_history(self, team_id: int, exercise_id: str) -> list[dict[str, Any]]:
        """Every saved version of the team's analysis, oldest first."""
        with self._read() as session:
            rows = session.scalars(
                select(TeamAnswerVersion)
                .where(TeamAnswerVersion.team_id == team_id, TeamAnswerVersion.exercise_id == exercise_id)
                .order_by(TeamAnswerVersion.id)
            )
            return [
                {
                    "step_id": r.step_id,
                    "question_id": r.question_id,
                    "version": r.version,
                    "value": r.value,
                    "participant_id": r.participant_id,
                    "saved_at": r.saved_at,
                }
                for r in rows
            ]

    @retrying
    def hand_in_step(self, team_id: int, exercise_id: str, step_id: str) -> bool:
        """Mark a step as handed in by the team; False if it already was."""
        with self._write() as session:
            self._team_row(session, team_id)
            values = {"team_id": team_id, "exercise_id": exercise_id, "step_id": step_id, "done_at": utcnow()}
            return insert_once(session, TeamStep, values)

    @retrying
    def handed_in_steps(self, team_id: int, exercise_id: str) -> set[str]:
        with self._read() as session:
            rows = session.scalars(
                select(TeamStep.step_id).where(TeamStep.team_id == team_id, TeamStep.exercise_id == exercise_id)
            )
            return set(rows)

    @retrying
    def submit_team(
        self,
        team_id: int,
        exercise_id: str,
        answers: Mapping[str, Mapping[str, Any]],
        result: Mapping[str, Any],
        total: float,
        participant_id: int,
    ) -> bool:
        """The team's one submission; False (and nothing stored) if a member already submitted."""
        with self._write() as session:
            self._team_row(session, team_id)
            return insert_once(
                session,
                TeamSubmission,
                {
                    "team_id": team_id,
                    "exercise_id": exercise_id,
                    "answers": clean_texts(json_copy({step: dict(value) for step, value in answers.items()})),
                    "result": json_copy(dict(result)),
                    "total": float(total),
                    "submitted_by": participant_id,
                    "submitted_at": utcnow(),
                },
            )

    @retrying
    def team_result(self, team_id: int, exercise_id: str) -> dict[str, Any] | None:
        """The team's submission: dict of answers, result, total, submitted_by (a name), submitted_at; or None."""
        with self._read() as session:
            row = session.scalars(
                select(TeamSubmission).where(
                    TeamSubmission.team_id == team_id, TeamSubmission.exercise_id == exercise_id
                )
            ).one_or_none()
            if row is None:
                return None
            return {
                "answers": row.answers,
                "result": row.result,
                "total": row.total,
                "submitted_by": self._name(session, row.submitted_by),
                "submitted_at": row.submitted_at,
            }

    @retrying
    def team_results(self, workshop_code: str, exercise_id: str) -> dict[int, dict[str, Any]]:
        """Team id -> its submission (answers, result, total), for every team that submitted."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.scalars(
                select(TeamSubmission)
                .join(Team, Team.id == TeamSubmission.team_id)
                .where(Team.workshop_id == workshop.id, TeamSubmission.exercise_id == exercise_id)
            )
            return {r.team_id: {"answers": r.answers, "result": r.result, "total": r.total} for r in rows}

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _team_row(session: Session, team_id: int, workshop_id: int | None = None) -> Team:
        row = session.get(Team, team_id)
        if row is None or (workshop_id is not None and row.workshop_id != workshop_id):
            raise StoreError("unknown_team", team_id=team_id)
        return row

    @staticmethod
    def _name(session: Session, participant_id: int | None) -> str | None:
        if participant_id is None:
            return None
        return session.scalar(select(Participant.name).where(Participant.id == participant_id))

    @staticmethod
    def _team_history(
        session: Session, key: Mapping[str, Any], version: int, value: Any, participant_id: int, now: Any
    ) -> None:
        session.add(TeamAnswerVersion(**key, version=version, value=value, participant_id=participant_id, saved_at=now))
