"""A member's table under JupyterHub: `kit.store.table_protocol.TableAccess` with every call to the service.

The kernel names only its own participant and the exercise; the service finds the table. One refresh
of the screen is one call (`table_state`): the tick of the table's script and everything the screen
then reads, kept until each part is read once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kit.remote.client import ServiceClient
from kit.remote.team_wire import (
    answers_from_dict,
    clock_from_dict,
    member_from_dict,
    saved_from_dict,
    team_from_dict,
)
from kit.remote.wire import participant_from_dict
from kit.store.records import ParticipantInfo
from kit.store.table_protocol import TableAccess
from kit.store.team_records import ClockState, SavedTeamAnswer, TeamAnswers, TeamInfo, TeamMemberInfo


def take_seat_remote(
    client: ServiceClient, participant_id: int, exercise_id: str, chosen: str | None
) -> tuple[ParticipantInfo, TeamInfo]:
    """Sit down at a table through the service: the participant (with their role now) and the table."""
    data = client.call("take_seat", participant_id=participant_id, exercise_id=exercise_id, role=chosen)
    return participant_from_dict(data["participant"]), team_from_dict(data["team"])


class ServiceTable:
    """One participant's table, served by the service; the same values as `LocalTable`."""

    def __init__(self, client: ServiceClient, participant_id: int, exercise_id: str, team: TeamInfo) -> None:
        self.client, self.participant_id, self.exercise_id, self.team = client, participant_id, exercise_id, team
        self._state: dict[str, Any] = {}

    def _call(self, operation: str, **body: Any) -> Any:
        return self.client.call(operation, participant_id=self.participant_id, exercise_id=self.exercise_id, **body)

    def _fresh(self, part: str, operation: str) -> Any:
        """A part of the last `tick`'s state if not read yet, else asked anew."""
        if part in self._state:
            return self._state.pop(part)
        return self._call(operation)

    def answers(self) -> TeamAnswers:
        return answers_from_dict(self._fresh("answers", "table_answers"))

    def save(self, step_id: str, question_id: str, value: Any, base_version: int | None) -> SavedTeamAnswer:
        return saved_from_dict(
            self._call("table_save", step_id=step_id, question_id=question_id, value=value, base_version=base_version)
        )

    def hand_in(self, step_id: str) -> bool:
        return bool(self._call("table_hand_in", step_id=step_id))

    def submit(self) -> tuple[bool, dict[str, Any]]:
        data = self._call("table_submit")
        return bool(data["first"]), dict(data["found"])

    def result(self) -> dict[str, Any] | None:
        found: dict[str, Any] | None = self._fresh("result", "table_result")
        return found

    def members(self) -> list[TeamMemberInfo]:
        return [member_from_dict(m) for m in self._call("table_members")]

    def has_script(self) -> bool:
        if "script" in self._state:
            return bool(self._state["script"])
        return bool(self._call("table_state")["script"])

    def tick(self) -> None:
        """The service ticks the table's script; what the screen reads next comes with it."""
        self._state = dict(self._call("table_state"))

    def clock(self) -> ClockState:
        if "clock" in self._state:
            return clock_from_dict(self._state.pop("clock"))
        return clock_from_dict(self._call("table_state")["clock"])

    def released_events(self) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = self._fresh("events", "table_events")
        return events

    def observations(self, step_id: str) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = self._call("table_observations", step_id=step_id)
        return found

    def save_observation(self, step_id: str, criterion: str, rating: str | None, note: str) -> None:
        self._call("table_save_observation", step_id=step_id, criterion=criterion, rating=rating, note=note)

    def lessons(self) -> dict[str, str]:
        found: dict[str, str] = self._call("table_lessons")
        return found

    def save_lessons(self, answers: Mapping[str, str]) -> None:
        self._call("table_save_lessons", answers=dict(answers))


if TYPE_CHECKING:  # mypy --strict checks that both tables offer every call the team runner makes

    def _is_table(table: ServiceTable) -> TableAccess:
        return table
