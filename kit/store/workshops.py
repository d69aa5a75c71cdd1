"""Workshops and participants: create, find, check the facilitator's key, join, delete."""

from __future__ import annotations

import secrets
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.orm import Session

from kit.store import keys
from kit.store.base import StoreBase, json_copy, normalize_code, upsert_insert
from kit.store.confusables import invisible, name_key
from kit.store.keys import KeyHash, hash_key, verify_key, wait_after
from kit.store.records import MODES, Mode, ParticipantInfo, StoreError, WorkshopInfo
from kit.store.retry import retrying
from kit.store.schema import (
    NAME_LENGTH,
    Answer,
    AnswerVersion,
    HubOwner,
    Lesson,
    Observation,
    Participant,
    Position,
    ReleasedInject,
    Reveal,
    ScriptClock,
    ScriptEvent,
    SelfStudyOff,
    Submission,
    Team,
    TeamAnswer,
    TeamAnswerVersion,
    TeamMember,
    TeamStep,
    TeamSubmission,
    Workshop,
    WorkshopScript,
    utcnow,
)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Upper case letters and digits without 0/O and 1/I, which people mix up when they read aloud."""
CODE_LENGTH = 6
KEY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
"""The facilitator key's letters: no I/l/1 and no O/0, so it can be read from a screen and typed over."""
KEY_GROUPS = 4  # four groups of four: 31**16, about 79 bits


def new_key() -> str:
    """A facilitator key such as 'K7QM-2XRA-9HTD-PW4E'."""
    return "-".join("".join(secrets.choice(KEY_ALPHABET) for _ in range(4)) for _ in range(KEY_GROUPS))


_PARTICIPANT_TABLES = (Answer, AnswerVersion, Position, Submission, TeamMember, Observation, Lesson, HubOwner)
_TEAM_TABLES = (TeamAnswer, TeamAnswerVersion, TeamStep, TeamSubmission, ScriptClock, ScriptEvent, Observation)


def clean_name(name: str) -> tuple[str, str]:
    """The name as shown (trimmed, single spaces, no invisible characters) and its key for matching.

    The key is the name's confusables skeleton, case-folded (`kit.store.confusables`): a name that
    looks like a taken one is that name, whatever look-alike letters or invisible characters it holds.
    """
    shown = " ".join("".join(ch for ch in name if not invisible(ch)).split())
    if not shown:
        raise StoreError("empty_name")
    if len(shown) > NAME_LENGTH:
        raise StoreError("name_too_long", max_length=NAME_LENGTH)
    return shown, name_key(shown)


def _workshop_info(row: Workshop) -> WorkshopInfo:
    return WorkshopInfo(
        id=row.id,
        code=row.code,
        title=row.title,
        exercise_ids=tuple(row.exercise_ids),
        mode=cast(Mode, row.mode),
        created_at=row.created_at,
        settings=dict(row.settings),
    )


def participant_info(row: Participant, code: str | None) -> ParticipantInfo:
    return ParticipantInfo(id=row.id, name=row.name, workshop_code=code, role=row.role, created_at=row.created_at)


class WorkshopsMixin(StoreBase):
    @retrying
    def create_workshop(
        self,
        title: str,
        exercise_ids: Sequence[str],
        mode: Mode = "individueel",
        settings: Mapping[str, Any] | None = None,
    ) -> WorkshopInfo:
        """A new workshop with a fresh code; the result's `key` is the only copy of the plain key."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        if not title.strip():
            raise StoreError("empty_title")
        key = new_key()
        hashed = hash_key(key)
        with self._write() as session:
            row = Workshop(
                code=self._free_code(session),
                title=title.strip(),
                exercise_ids=list(exercise_ids),
                mode=mode,
                key_hash=hashed.hash,
                key_salt=hashed.salt,
                key_params=hashed.params,
                key_failures=0,
                created_at=utcnow(),
                settings=json_copy(dict(settings or {})),
            )
            session.add(row)
            session.flush()
            return replace(_workshop_info(row), key=key)

    @retrying
    def workshop(self, code: str) -> WorkshopInfo | None:
        """The workshop with this code (case and spaces ignored), or None."""
        with self._read() as session:
            row = session.scalars(select(Workshop).where(Workshop.code == normalize_code(code))).one_or_none()
            return None if row is None else _workshop_info(row)

    @retrying
    def set_settings(self, code: str, settings: Mapping[str, Any]) -> None:
        """Replace the facilitator's settings of a workshop."""
        with self._write() as session:
            self._workshop_row(session, code).settings = json_copy(dict(settings))

    @retrying
    def check_key(self, code: str, key: str) -> bool:
        """Whether `key` is the facilitator key of the workshop (salted scrypt, constant-time compare).

        While the workshop is slowed after too many wrong keys, every check first waits
        `keys.LOCKED_DELAY` seconds; the right key then still opens it (nobody can lock the key
        holder out by guessing). Each page limits its own tries too (kit.ui.facilitator).
        """
        clean = normalize_code(code)
        with self._read() as session:
            row = session.scalars(select(Workshop).where(Workshop.code == clean)).one_or_none()
            stored = None if row is None else KeyHash(row.key_hash, row.key_salt, row.key_params)
            locked = row is not None and row.key_locked_until is not None and row.key_locked_until > utcnow()
        if stored is None:
            verify_key(key, hash_key(secrets.token_urlsafe(12)))  # the same work as for a real workshop
            return False
        if locked:
            time.sleep(keys.LOCKED_DELAY)
        right = verify_key(key, stored)
        with self._write() as session:
            if right:
                values: dict[str, object] = {"key_failures": 0, "key_locked_until": None}
                if stored.params is None:
                    fresh = hash_key(key)
                    values |= {"key_hash": fresh.hash, "key_salt": fresh.salt, "key_params": fresh.params}
                session.execute(update(Workshop).where(Workshop.code == clean).values(**values))
            else:
                session.execute(
                    update(Workshop).where(Workshop.code == clean).values(key_failures=Workshop.key_failures + 1)
                )
                failures = session.scalars(select(Workshop.key_failures).where(Workshop.code == clean)).one()
                wait = wait_after(failures)
                if wait:
                    until = utcnow() + timedelta(seconds=wait)
                    session.execute(update(Workshop).where(Workshop.code == clean).values(key_locked_until=until))
        return right

    def key_retry_after(self, code: str) -> float:
        """Seconds until the workshop's key may be tried again (0: now)."""
        with self._read() as session:
            until = session.scalars(
                select(Workshop.key_locked_until).where(Workshop.code == normalize_code(code))
            ).one_or_none()
        if until is None:
            return 0.0
        return max(0.0, (until - utcnow()).total_seconds())

    @retrying
    def delete_workshop(self, code: str) -> bool:
        """Remove a workshop and every row of its participants; False if the code is unknown."""
        with self._write() as session:
            row = session.scalars(select(Workshop).where(Workshop.code == normalize_code(code))).one_or_none()
            if row is None:
                return False
            members = select(Participant.id).where(Participant.workshop_id == row.id)
            teams = select(Team.id).where(Team.workshop_id == row.id)
            for team_table in _TEAM_TABLES:
                session.execute(delete(team_table).where(team_table.team_id.in_(teams)))
            session.execute(delete(Team).where(Team.workshop_id == row.id))
            session.execute(delete(WorkshopScript).where(WorkshopScript.workshop_id == row.id))
            for table in _PARTICIPANT_TABLES:
                session.execute(delete(table).where(table.participant_id.in_(members)))
            session.execute(delete(Participant).where(Participant.workshop_id == row.id))
            for owned in (ReleasedInject, Reveal, SelfStudyOff):
                session.execute(delete(owned).where(owned.workshop_id == row.id))
            session.execute(delete(Workshop).where(Workshop.id == row.id))
            return True

    @retrying
    def join(self, name: str, workshop_code: str | None = None, role: str | None = None) -> ParticipantInfo:
        """The participant of this name in the workshop (or in self-study), created if new.

        Trusted: it checks no resume code. The participant's app signs in with `sign_in`.

        Names match case-insensitively with spaces trimmed; a blank code means self-study.
        A given `role` replaces the stored one; None keeps it.
        """
        shown, key = clean_name(name)
        with self._write() as session:
            workshop = None
            if workshop_code is not None and workshop_code.strip():
                workshop = self._workshop_row(session, workshop_code)
            new = upsert_insert(session, Participant).values(
                workshop_id=None if workshop is None else workshop.id,
                name=shown,
                name_key=key,
                role=role,
                created_at=utcnow(),
                rejoin_approved=False,
            )
            where: ColumnElement[bool]
            if workshop is None:  # self-study: the partial unique index on name_key
                where = Participant.workshop_id.is_(None)
                session.execute(new.on_conflict_do_nothing(index_elements=["name_key"], index_where=where))
            else:
                where = Participant.workshop_id == workshop.id
                session.execute(new.on_conflict_do_nothing(index_elements=["workshop_id", "name_key"]))
            row = session.scalars(select(Participant).where(where, Participant.name_key == key)).one()
            if role is not None and row.role != role:
                row.role = role
                session.flush()
            return participant_info(row, None if workshop is None else workshop.code)

    @retrying
    def participant(self, participant_id: int) -> ParticipantInfo | None:
        """The participant with this id, or None."""
        with self._read() as session:
            row = session.get(Participant, participant_id)
            if row is None:
                return None
            return participant_info(row, self._code_of(session, row))

    @retrying
    def set_role(self, participant_id: int, role: str | None) -> None:
        """Give a participant a role in the group exercise (None: no role)."""
        with self._write() as session:
            self._participant_row(session, participant_id).role = role

    @retrying
    def participants(self, workshop_code: str) -> list[ParticipantInfo]:
        """Everyone who joined the workshop, in the order they joined."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.scalars(
                select(Participant)
                .where(Participant.workshop_id == workshop.id)
                .order_by(Participant.created_at, Participant.id)
            )
            return [participant_info(row, workshop.code) for row in rows]

    @staticmethod
    def _code_of(session: Session, row: Participant) -> str | None:
        if row.workshop_id is None:
            return None
        return session.scalars(select(Workshop.code).where(Workshop.id == row.workshop_id)).one()

    @staticmethod
    def _free_code(session: Session) -> str:
        while True:
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if session.scalars(select(Workshop.id).where(Workshop.code == code)).first() is None:
                return code
