"""The inject script's state per team: its clock, what each line became, and an imported script.

Every value here is a row, so any member's kernel, the facilitator's, or a restarted server reads
the same clock; `now` is a parameter so tests drive it with a fake clock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from kit.store.base import StoreBase, json_copy
from kit.store.insert_once import insert_once
from kit.store.retry import retrying
from kit.store.schema import ScriptClock, ScriptEvent, Team, WorkshopScript, utcnow
from kit.store.team_records import ClockState, ScriptEventInfo


def _elapsed(row: ScriptClock, now: datetime) -> float:
    until = row.paused_at if row.paused_at is not None else now
    return max(0.0, (until - row.started_at).total_seconds() + row.shift_seconds)


class ScriptMixin(StoreBase):
    @retrying
    def clock(self, team_id: int, exercise_id: str, now: datetime | None = None) -> ClockState:
        """The team's clock as it reads at `now`."""
        with self._read() as session:
            row = session.get(ScriptClock, (team_id, exercise_id))
            if row is None:
                return ClockState(started=False, paused=False, elapsed=0.0)
            return ClockState(started=True, paused=row.paused_at is not None, elapsed=_elapsed(row, now or utcnow()))

    @retrying
    def clocks(self, workshop_code: str, exercise_id: str, now: datetime | None = None) -> dict[int, ClockState]:
        """Team id -> clock, for every team of the workshop whose clock was started."""
        moment = now or utcnow()
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.scalars(
                select(ScriptClock)
                .join(Team, Team.id == ScriptClock.team_id)
                .where(Team.workshop_id == workshop.id, ScriptClock.exercise_id == exercise_id)
            )
            return {
                r.team_id: ClockState(started=True, paused=r.paused_at is not None, elapsed=_elapsed(r, moment))
                for r in rows
            }

    @retrying
    def start_clock(self, team_id: int, exercise_id: str, now: datetime | None = None) -> None:
        """Start the team's clock at T+0:00; a started clock is resumed if paused, else left alone."""
        moment = now or utcnow()
        with self._write() as session:
            values = {"team_id": team_id, "exercise_id": exercise_id, "started_at": moment, "shift_seconds": 0.0}
            if not insert_once(session, ScriptClock, values):
                row = session.get(ScriptClock, (team_id, exercise_id))
                if row is not None and row.paused_at is not None:
                    row.shift_seconds -= (moment - row.paused_at).total_seconds()
                    row.paused_at = None

    @retrying
    def pause_clock(self, team_id: int, exercise_id: str, now: datetime | None = None) -> None:
        """Stop the team's clock where it is; `start_clock` resumes it."""
        with self._write() as session:
            row = session.get(ScriptClock, (team_id, exercise_id))
            if row is not None and row.paused_at is None:
                row.paused_at = now or utcnow()

    @retrying
    def shift_clock(self, team_id: int, exercise_id: str, seconds: float, now: datetime | None = None) -> None:
        """Move the team's clock forward (skip) by `seconds`; a clock not yet started starts first."""
        self.start_clock(team_id, exercise_id, now)
        with self._write() as session:
            row = session.get(ScriptClock, (team_id, exercise_id))
            if row is not None:
                row.shift_seconds += max(0.0, seconds)

    @retrying
    def record_script_event(
        self,
        team_id: int,
        exercise_id: str,
        nr: int,
        inject_id: str,
        roles: Sequence[str] | None,
        status: str,
        reason: str,
        elapsed: float,
        now: datetime | None = None,
    ) -> bool:
        """Record what became of script line `nr` for a team; False if it already had its outcome."""
        with self._write() as session:
            return insert_once(
                session,
                ScriptEvent,
                {
                    "team_id": team_id,
                    "exercise_id": exercise_id,
                    "nr": nr,
                    "inject_id": inject_id,
                    "roles": None if roles is None else list(roles),
                    "status": status,
                    "reason": reason,
                    "elapsed_seconds": float(elapsed),
                    "at": now or utcnow(),
                },
            )

    @retrying
    def script_events(self, team_id: int, exercise_id: str) -> list[ScriptEventInfo]:
        """The team's script outcomes in the order they happened."""
        with self._read() as session:
            rows = session.scalars(
                select(ScriptEvent)
                .where(ScriptEvent.team_id == team_id, ScriptEvent.exercise_id == exercise_id)
                .order_by(ScriptEvent.id)
            )
            return [
                ScriptEventInfo(
                    nr=r.nr,
                    inject_id=r.inject_id,
                    roles=None if r.roles is None else tuple(r.roles),
                    status=r.status,
                    reason=r.reason,
                    elapsed=r.elapsed_seconds,
                    at=r.at,
                )
                for r in rows
            ]

    @retrying
    def set_workshop_script(
        self, workshop_code: str, exercise_id: str, entries: Sequence[Mapping[str, Any]], source: str
    ) -> None:
        """Use this (validated) script for the exercise in this workshop instead of the scenario's own."""
        with self._write() as session:
            workshop = self._workshop_row(session, workshop_code)
            row = session.scalars(
                select(WorkshopScript).where(
                    WorkshopScript.workshop_id == workshop.id, WorkshopScript.exercise_id == exercise_id
                )
            ).one_or_none()
            if row is None:
                row = WorkshopScript(workshop_id=workshop.id, exercise_id=exercise_id)
                session.add(row)
            row.entries = json_copy([dict(e) for e in entries])
            row.source = source[:200]
            row.updated_at = utcnow()

    @retrying
    def workshop_script(self, workshop_code: str, exercise_id: str) -> list[dict[str, Any]] | None:
        """The imported script's lines, or None when the workshop plays the scenario's own script."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            row = session.scalars(
                select(WorkshopScript).where(
                    WorkshopScript.workshop_id == workshop.id, WorkshopScript.exercise_id == exercise_id
                )
            ).one_or_none()
            return None if row is None else list(row.entries)
