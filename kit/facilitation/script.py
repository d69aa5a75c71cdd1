"""The inject script engine: timed and conditional injects per team, driven by the store.

Plain Python, no widgets and no threads: `tick()` reads each team's stored clock and answers and
records what each due line became. A line's outcome is a unique row, so it fires exactly once per
team however many kernels tick at the same moment, and a restarted server picks up where the
clock stands. `now` comes from a callable, so tests use a fake clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kit.content.exercise import Exercise
from kit.content.models import ScriptCondition, ScriptEntry, script_seconds
from kit.store import Store

RELEASED = "uitgebracht"
LAPSED = "vervallen"


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Outcome:
    """What a tick did to one line for one team."""

    team_id: int
    nr: int
    inject_id: str
    status: str
    reason: str


def mentions(value: Any, needle: str) -> bool:
    """Whether an answer names `needle`: an equal id anywhere in it, or the word in a free text."""
    wanted = needle.casefold().strip()
    if isinstance(value, str):
        text = value.casefold()
        return text == wanted or wanted in text
    if isinstance(value, Mapping):
        return any(mentions(v, needle) for v in value.values())
    if isinstance(value, list | tuple):
        return any(mentions(v, needle) for v in value)
    return False


def script_entries(store: Store, workshop_code: str, exercise: Exercise) -> tuple[ScriptEntry, ...]:
    """The script this workshop plays: an imported one if the facilitator loaded it, else the scenario's."""
    imported = store.workshop_script(workshop_code, exercise.id)
    if imported is None:
        return exercise.script
    return tuple(ScriptEntry.model_validate(e) for e in imported)


class ScriptEngine:
    """Runs one exercise's script for the teams of one workshop."""

    def __init__(
        self,
        store: Store,
        workshop_code: str,
        exercise: Exercise,
        now: Callable[[], datetime] = utcnow,
        entries: Sequence[ScriptEntry] | None = None,
    ) -> None:
        self.store = store
        self.code = workshop_code
        self.exercise = exercise
        self.now = now
        self._given = entries is not None
        self.entries = tuple(entries) if entries is not None else script_entries(store, workshop_code, exercise)
        self._by_nr = {e.nr: e for e in self.entries}
        self._settled: dict[int, set[int]] = {}  # per team: lines known settled (a settled line stays so)

    def reload(self) -> None:
        """Follow the workshop's script: a member's screen made its engine at sign-in, and a draaiboek the
        facilitator loads later must replace the scenario's script there too, not run beside it."""
        if self._given:
            return
        fresh = script_entries(self.store, self.code, self.exercise)
        if fresh != self.entries:
            self.entries = fresh
            self._by_nr = {e.nr: e for e in fresh}
            self._settled = {}

    # ------------------------------------------------------------------ the facilitator's controls

    def team_ids(self, team_id: int | None = None) -> list[int]:
        return [team_id] if team_id is not None else [t.id for t in self.store.teams(self.code)]

    def start(self, team_id: int | None = None) -> None:
        """Start (or resume) the clock of one team, or of every team."""
        for tid in self.team_ids(team_id):
            self.store.start_clock(tid, self.exercise.id, self.now())

    def pause(self, team_id: int | None = None) -> None:
        for tid in self.team_ids(team_id):
            self.store.pause_clock(tid, self.exercise.id, self.now())

    def skip(self, team_id: int | None = None) -> list[Outcome]:
        """Move the clock to the time of the next line still to come, then tick."""
        outcomes: list[Outcome] = []
        for tid in self.team_ids(team_id):
            done = {e.nr for e in self.store.script_events(tid, self.exercise.id)}
            elapsed = self.store.clock(tid, self.exercise.id, self.now()).elapsed
            times = [script_seconds(e.tijd) for e in self.entries if e.nr not in done]
            later = [t for t in times if t > elapsed]
            if later:
                self.store.shift_clock(tid, self.exercise.id, min(later) - elapsed, self.now())
            outcomes += self.tick(tid)
        return outcomes

    def release_early(self, nr: int, team_id: int | None = None) -> list[Outcome]:
        """Release one line now, whatever its time or condition; a line already settled stays as it is."""
        entry = self._by_nr[nr]
        outcomes = []
        for tid in self.team_ids(team_id):
            elapsed = self.store.clock(tid, self.exercise.id, self.now()).elapsed
            if self._record(tid, entry, RELEASED, "vroeg", elapsed):
                outcomes.append(Outcome(tid, nr, entry.inject, RELEASED, "vroeg"))
        return outcomes

    # ------------------------------------------------------------------ the engine

    def tick(self, team_id: int | None = None) -> list[Outcome]:
        """Settle every line that is due, for one team or for all; returns what changed now."""
        self.reload()
        if not self.entries:
            return []
        moment = self.now()
        if team_id is not None:  # a member's screen: one small query for its own table's clock
            state = self.store.clock(team_id, self.exercise.id, moment)
            clocks = {team_id: state} if state.started else {}
        else:
            clocks = self.store.clocks(self.code, self.exercise.id, moment)
        outcomes: list[Outcome] = []
        for tid in self.team_ids(team_id):
            clock = clocks.get(tid)
            if clock is None or clock.paused:
                continue
            outcomes += self._tick_team(tid, clock.elapsed)
        return outcomes

    def _tick_team(self, team_id: int, elapsed: float) -> list[Outcome]:
        known = self._settled.setdefault(team_id, set())
        due = [e for e in self.entries if script_seconds(e.tijd) <= elapsed and e.nr not in known]
        if not due:
            return []
        known |= {e.nr for e in self.store.script_events(team_id, self.exercise.id)}
        pending = [e for e in due if e.nr not in known]
        if not pending:
            return []
        answers: dict[str, dict[str, Any]] | None = None
        handed_in: set[str] | None = None
        outcomes = []
        for entry in pending:
            status, reason = RELEASED, "tijd"
            if entry.voorwaarde == ScriptCondition.niet_genoemd:
                if answers is None:
                    answers = self.store.team_answers(team_id, self.exercise.id).values
                named = _named(answers, entry)
                status, reason = (LAPSED, "genoemd") if named else (RELEASED, "voorwaarde")
            elif entry.voorwaarde == ScriptCondition.stap_ingeleverd:
                if handed_in is None:
                    handed_in = self.store.handed_in_steps(team_id, self.exercise.id)
                if entry.stap not in handed_in:
                    continue
                reason = "voorwaarde"
            if self._record(team_id, entry, status, reason, elapsed):
                outcomes.append(Outcome(team_id, entry.nr, entry.inject, status, reason))
            known.add(entry.nr)  # settled now, by this call or by another kernel just before it
        return outcomes

    def _record(self, team_id: int, entry: ScriptEntry, status: str, reason: str, elapsed: float) -> bool:
        roles = entry.ontvangers or None
        return self.store.record_script_event(
            team_id, self.exercise.id, entry.nr, entry.inject, roles, status, reason, elapsed, self.now()
        )

    # ------------------------------------------------------------------ what the screens show

    def timeline(self, team_id: int) -> list[tuple[ScriptEntry, str | None]]:
        """Every line with its outcome for the team so far (None: still to come)."""
        events = {e.nr: e.status for e in self.store.script_events(team_id, self.exercise.id)}
        return [(e, events.get(e.nr)) for e in sorted(self.entries, key=lambda e: (script_seconds(e.tijd), e.nr))]


def _named(answers: Mapping[str, Mapping[str, Any]], entry: ScriptEntry) -> bool:
    step = answers.get(entry.stap or "", {})
    values: Iterable[Any] = [step.get(entry.vraag)] if entry.vraag else step.values()
    return any(mentions(v, entry.waarde or "") for v in values)
