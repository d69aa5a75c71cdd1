"""The tables of the store (SQLAlchemy 2.0 ORM). Private: the store returns records, never these rows.

Times are stored as naive UTC and read back as aware UTC (`UtcDateTime`), the same on SQLite and
PostgreSQL. Rows of a participant or workshop are removed with it (ON DELETE CASCADE); the store
also deletes them explicitly, so nothing depends on the database enforcing foreign keys.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    MetaData,
    String,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID_LENGTH = 100
NAME_LENGTH = 80


def utcnow() -> datetime:
    """The current time, aware and in UTC."""
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime, stored without zone so every backend compares it the same way."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


def _participant_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), index=True)


def _workshop_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)


class Workshop(Base):
    __tablename__ = "workshops"
    __table_args__ = (CheckConstraint("mode IN ('individueel', 'groep')", name="mode"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    exercise_ids: Mapped[list[str]] = mapped_column(JSON)
    mode: Mapped[str] = mapped_column(String(12))
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Added for issue 11: salted scrypt of the key (NULL params: a legacy unsalted SHA-256, upgraded on
    # the next right key) and the per-workshop rate limit on wrong keys.
    key_salt: Mapped[str | None] = mapped_column(String(64))
    key_params: Mapped[str | None] = mapped_column(String(60))
    key_failures: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    key_locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Participant(Base):
    """`name_key` is the normalised name: unique per workshop, and among self-study participants."""

    __tablename__ = "participants"
    __table_args__ = (
        UniqueConstraint("workshop_id", "name_key"),
        Index(
            "uq_participants_solo_name_key",
            "name_key",
            unique=True,
            sqlite_where=text("workshop_id IS NULL"),
            postgresql_where=text("workshop_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int | None] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    name_key: Mapped[str] = mapped_column(String(NAME_LENGTH))
    role: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Added for issue 11: SHA-256 of the personal resume code (NULL for rows from before it), and the
    # facilitator's approval for one sign-in under this name from another browser.
    resume_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    rejoin_requested_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    rejoin_approved: Mapped[bool] = mapped_column(default=False, server_default=text("false"))


class Answer(Base):
    """The current answer to one step: `value` maps question ids to values."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("participant_id", "exercise_id", "step_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = _participant_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    step_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AnswerVersion(Base):
    """Every saved version of an answer, so nothing a participant wrote is ever overwritten."""

    __tablename__ = "answer_history"
    __table_args__ = (UniqueConstraint("participant_id", "exercise_id", "step_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = _participant_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    step_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    version: Mapped[int]
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Position(Base):
    """The step a participant is on in an exercise."""

    __tablename__ = "positions"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True)
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    step_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Submission(Base):
    __tablename__ = "submissions"
    __table_args__ = (Index("ix_submissions_participant_exercise", "participant_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    total: Mapped[float] = mapped_column(Float)
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ReleasedInject(Base):
    """An inject the facilitator released; `roles` None means every role. `id` keeps the order."""

    __tablename__ = "released_injects"
    __table_args__ = (UniqueConstraint("workshop_id", "exercise_id", "inject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = _workshop_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    inject_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    roles: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    released_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Reveal(Base):
    """A reference analysis the facilitator revealed: one step, or '*' for the whole exercise."""

    __tablename__ = "reveals"
    __table_args__ = (UniqueConstraint("workshop_id", "exercise_id", "step_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = _workshop_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    step_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    revealed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SelfStudyOff(Base):
    """An exercise of a workshop the facilitator closed for self-study while the workshop exists."""

    __tablename__ = "self_study_off"
    __table_args__ = (UniqueConstraint("workshop_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = _workshop_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))


# ---------------------------------------------------------------------------------------------------
# Teams (tafels), the inject script's clock, observations and lessons learned (issue 13).
# A team's shared answer and the script's clock are rows here, never kernel state.


def _team_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)


class Team(Base):
    """A table (tafel) of a workshop; `position` keeps the order the facilitator made them in."""

    __tablename__ = "teams"
    __table_args__ = (UniqueConstraint("workshop_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = _workshop_fk()
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    position: Mapped[int]


class TeamMember(Base):
    """Which team a participant sits at (one team per participant); the role stays on the participant."""

    __tablename__ = "team_members"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True)
    team_id: Mapped[int] = _team_fk()


class TeamAnswer(Base):
    """One question of a team's shared analysis: a row per question, so edits of different questions never clash."""

    __tablename__ = "team_answers"
    __table_args__ = (UniqueConstraint("team_id", "exercise_id", "step_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    step_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    question_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    value: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    version: Mapped[int]
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TeamAnswerVersion(Base):
    """Every saved version of a team's answer to one question, with who wrote it."""

    __tablename__ = "team_answer_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    step_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    question_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    version: Mapped[int]
    value: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TeamStep(Base):
    """A step the team handed in (the trigger of 'stap-ingeleverd' in the inject script)."""

    __tablename__ = "team_steps"
    __table_args__ = (UniqueConstraint("team_id", "exercise_id", "step_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    step_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    done_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TeamSubmission(Base):
    """The team's one submission of an exercise, with its scored result."""

    __tablename__ = "team_submissions"
    __table_args__ = (UniqueConstraint("team_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    total: Mapped[float] = mapped_column(Float)
    submitted_by: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime)


class WorkshopScript(Base):
    """An inject script the facilitator imported for one exercise of a workshop (replaces the YAML one)."""

    __tablename__ = "workshop_scripts"
    __table_args__ = (UniqueConstraint("workshop_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = _workshop_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    entries: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ScriptClock(Base):
    """A team's exercise clock: elapsed = (paused_at or now) - started_at + shift_seconds.

    Pausing sets `paused_at`; resuming moves `shift_seconds` back by the pause; skipping moves it on.
    """

    __tablename__ = "script_clocks"

    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    paused_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    shift_seconds: Mapped[float] = mapped_column(Float)


class ScriptEvent(Base):
    """What became of one script line for one team: released (by time, condition or early) or lapsed.

    The unique key is what makes a line fire exactly once, whichever kernel ticks first.
    """

    __tablename__ = "script_events"
    __table_args__ = (
        UniqueConstraint("team_id", "exercise_id", "nr"),
        CheckConstraint("status IN ('uitgebracht', 'vervallen')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    nr: Mapped[int]
    inject_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    roles: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(String(20))
    elapsed_seconds: Mapped[float] = mapped_column(Float)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class Observation(Base):
    """An observer's rating and note on one criterion of one step of a team (exercise evaluation guide)."""

    __tablename__ = "observations"
    __table_args__ = (UniqueConstraint("participant_id", "team_id", "exercise_id", "step_id", "criterion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = _participant_fk()
    team_id: Mapped[int] = _team_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    step_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    criterion: Mapped[str] = mapped_column(String(ID_LENGTH))
    rating: Mapped[str | None] = mapped_column(String(12), nullable=True)
    note: Mapped[str] = mapped_column(String(2000))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Lesson(Base):
    """A participant's lessons-learned questionnaire for one exercise; reported without the name."""

    __tablename__ = "lessons"
    __table_args__ = (UniqueConstraint("participant_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = _participant_fk()
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    answers: Mapped[dict[str, str]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime)


class HubOwner(Base):
    """Under JupyterHub: the Hub account that signed in as a participant (only it may reach their answers).

    The participant id is the primary key, so a second account's claim fails instead of overwriting.
    """

    __tablename__ = "hub_owner"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True)
    hub_user: Mapped[str] = mapped_column(String(255))


class OrganiserKey(Base):
    """The organiser's key of this store (issue 18): only its holder creates workshops. One row at most.

    Kept as a salted scrypt hash like the facilitator key; `kit serve` makes it on its first run and prints it.
    """

    __tablename__ = "organiser_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64))
    key_salt: Mapped[str] = mapped_column(String(64))
    key_params: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
