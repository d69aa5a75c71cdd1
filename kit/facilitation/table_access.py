"""One participant's table over the SQL store: the local team runner's, and the Hub service's for every call.

The rules live here so they hold the same wherever the store is: a member writes only the record of the
table they sit at, and only its shared steps' known questions; an observer writes nothing of the table,
only their own evaluation forms; the table's score is computed from its stored record, here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from kit.answers_io import OPEN_SUFFIX
from kit.content.exercise import Exercise
from kit.errors import KitError
from kit.facilitation.evaluation_guide import CRITERIA, LESSONS, RATINGS
from kit.facilitation.script import RELEASED, ScriptEngine, utcnow
from kit.facilitation.table_steps import personal_steps, shared_steps, table_result
from kit.store import Store
from kit.store.table_protocol import TableAccess
from kit.store.team_records import OBSERVER, ClockState, SavedTeamAnswer, TeamAnswers, TeamInfo, TeamMemberInfo
from kit.ui.team_texts import TT


class LocalTable:
    """`kit.store.table_protocol.TableAccess` for one participant at one table, over the store itself."""

    def __init__(
        self,
        store: Store,
        workshop_code: str,
        exercise: Exercise,
        participant_id: int,
        team: TeamInfo,
        role: str | None,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store, self.code, self.exercise = store, workshop_code, exercise
        self.participant_id, self.team, self.role = participant_id, team, role
        self.now = now

    @cached_property
    def engine(self) -> ScriptEngine:
        """Made on first use: a call that only reads the record needs no script."""
        return ScriptEngine(self.store, self.code, self.exercise, now=self.now)

    @property
    def observer(self) -> bool:
        return self.role == OBSERVER

    # ---------------------------------------------------------------- the shared record

    def answers(self) -> TeamAnswers:
        return self.store.team_answers(self.team.id, self.exercise.id)

    def save(self, step_id: str, question_id: str, value: Any, base_version: int | None) -> SavedTeamAnswer:
        self._member_only()
        self._shared_question(step_id, question_id)
        return self.store.save_team_answer(
            self.team.id, self.exercise.id, step_id, question_id, value, self.participant_id, base_version
        )

    def hand_in(self, step_id: str) -> bool:
        self._member_only()
        self._known_step(step_id)
        return self.store.hand_in_step(self.team.id, self.exercise.id, step_id)

    def submit(self) -> tuple[bool, dict[str, Any]]:
        """Score the table's stored record over its shared steps and keep it once for the table."""
        self._member_only()
        record = self.answers().values
        answers = {step_id: dict(record[step_id]) for step_id in shared_steps(self.exercise) if step_id in record}
        result = table_result(self.exercise, answers)
        first = self.store.submit_team(
            self.team.id, self.exercise.id, answers, result, result["total"], self.participant_id
        )
        found = self.result()
        assert found is not None
        return first, found

    def result(self) -> dict[str, Any] | None:
        return self.store.team_result(self.team.id, self.exercise.id)

    def members(self) -> list[TeamMemberInfo]:
        return [m for m in self.store.team_members(self.code) if m.team_id == self.team.id]

    # ---------------------------------------------------------------- the draaiboek

    def has_script(self) -> bool:
        """Whether the workshop plays a script for this exercise (as of the last tick, which follows an import)."""
        return bool(self.engine.entries)

    def tick(self) -> None:
        self.engine.tick(self.team.id)

    def clock(self) -> ClockState:
        return self.store.clock(self.team.id, self.exercise.id, self.engine.now())

    def released_events(self) -> list[dict[str, Any]]:
        return [
            {"inject_id": e.inject_id, "roles": None if e.roles is None else list(e.roles)}
            for e in self.store.script_events(self.team.id, self.exercise.id)
            if e.status == RELEASED
        ]

    # ---------------------------------------------------------------- evaluation forms

    def observations(self, step_id: str) -> dict[str, dict[str, Any]]:
        return {
            item["criterion"]: {"rating": item["rating"], "note": item["note"]}
            for item in self.store.observations(self.code, self.exercise.id)
            if item["participant_id"] == self.participant_id
            and item["team_id"] == self.team.id
            and item["step_id"] == step_id
        }

    def save_observation(self, step_id: str, criterion: str, rating: str | None, note: str) -> None:
        if not self.observer:
            raise KitError(TT["observers_only"])
        self._known_step(step_id)
        if criterion not in CRITERIA:
            raise KitError(TT["unknown_criterion"].format(criterion=criterion))
        if rating is not None and rating not in RATINGS:
            raise KitError(TT["unknown_rating"].format(rating=rating, options=", ".join(RATINGS)))
        self.store.save_observation(
            self.participant_id, self.team.id, self.exercise.id, step_id, criterion, rating, note
        )

    def lessons(self) -> dict[str, str]:
        return self.store.lessons(self.participant_id, self.exercise.id)

    def save_lessons(self, answers: Mapping[str, str]) -> None:
        unknown = sorted(set(answers) - set(LESSONS))
        if unknown:
            raise KitError(TT["unknown_lesson"].format(key=unknown[0]))
        self.store.save_lessons(self.participant_id, self.exercise.id, {k: str(v) for k, v in answers.items()})

    # ---------------------------------------------------------------- the rules

    def _member_only(self) -> None:
        if self.observer:
            raise KitError(TT["observer_cannot"])

    def _known_step(self, step_id: str) -> None:
        if step_id not in {s.id for s in self.exercise.steps}:
            raise KitError(TT["unknown_step"].format(step=step_id))

    def _shared_question(self, step_id: str, question_id: str) -> None:
        self._known_step(step_id)
        step = self.exercise.step(step_id)
        if step_id in personal_steps(self.exercise):
            raise KitError(TT["own_step"].format(step=step.titel))
        if question_id.removesuffix(OPEN_SUFFIX) not in {q.id for q in step.vragen}:  # or its 'namelijk' texts
            raise KitError(TT["unknown_question"].format(step=step.titel, question=question_id))


if TYPE_CHECKING:

    def _is_table(table: LocalTable) -> TableAccess:
        return table
