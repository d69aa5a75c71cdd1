"""A table as one member (or observer) sees it: what the team runner needs, locally or through the Hub's service.

Every call is already bound to one participant, one exercise and the table they sit at, so an
implementation never takes a team id from the screen: locally `kit.ui.local_table.LocalTable` over the
SQL store, under the Hub `kit.remote.team_client.ServiceTable`, whose service derives the table from
the caller's own participant and checks the rules there (`kit.remote.team_ops`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from kit.store.team_records import ClockState, SavedTeamAnswer, TeamAnswers, TeamInfo, TeamMemberInfo


class TableAccess(Protocol):
    """One participant's access to their table's record, script, result and evaluation forms."""

    team: TeamInfo

    def answers(self) -> TeamAnswers:
        """The table's shared record (values, versions and last editors per question)."""
        ...

    def save(self, step_id: str, question_id: str, value: Any, base_version: int | None) -> SavedTeamAnswer: ...

    def hand_in(self, step_id: str) -> bool: ...

    def submit(self) -> tuple[bool, dict[str, Any]]:
        """Score the table's stored record, keep it as its one submission: (whether first, the table's result)."""
        ...

    def result(self) -> dict[str, Any] | None: ...

    def members(self) -> list[TeamMemberInfo]:
        """Everyone seated at this table (observers too), in joining order."""
        ...

    def has_script(self) -> bool: ...

    def tick(self) -> None:
        """Settle the table's due script lines (so injects arrive with no facilitator screen open)."""
        ...

    def clock(self) -> ClockState: ...

    def released_events(self) -> list[dict[str, Any]]:
        """The table's released script lines this participant may see: dicts of inject_id and roles."""
        ...

    def observations(self, step_id: str) -> dict[str, dict[str, Any]]:
        """This observer's stored ratings and notes on one step: criterion -> {rating, note}."""
        ...

    def save_observation(self, step_id: str, criterion: str, rating: str | None, note: str) -> None: ...

    def lessons(self) -> dict[str, str]: ...

    def save_lessons(self, answers: Mapping[str, str]) -> None: ...
