"""Plain values about teams, the inject script and evaluations that the store hands out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

OBSERVER = "waarnemer"
"""The role id of an observer: sees the team's screen read-only and fills the evaluation form."""


@dataclass(frozen=True)
class TeamInfo:
    id: int
    name: str
    position: int


@dataclass(frozen=True)
class TeamMemberInfo:
    participant_id: int
    name: str
    role: str | None
    team_id: int | None


@dataclass(frozen=True)
class SavedTeamAnswer:
    """The outcome of saving one question: the new version, and who was overwritten (if anyone)."""

    version: int
    overwrote: str | None = None


@dataclass
class TeamAnswers:
    """A team's shared analysis: values per step and question, with version and last editor per question."""

    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    versions: dict[tuple[str, str], int] = field(default_factory=dict)
    editors: dict[tuple[str, str], int | None] = field(default_factory=dict)


@dataclass(frozen=True)
class ClockState:
    """A team's script clock; `elapsed` is in seconds at the moment it was read."""

    started: bool
    paused: bool
    elapsed: float


@dataclass(frozen=True)
class ScriptEventInfo:
    nr: int
    inject_id: str
    roles: tuple[str, ...] | None
    status: str
    reason: str
    elapsed: float
    at: datetime
