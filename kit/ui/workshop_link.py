"""What a participant's app asks the store about their workshop: reveals, released injects, pause."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kit.content.exercise import Exercise
from kit.content.models import Inject, Step
from kit.store.protocol import ParticipantStore

PAUSED = "gepauzeerd"


@dataclass(frozen=True)
class WorkshopLink:
    store: ParticipantStore
    code: str
    exercise_id: str
    group: bool
    team_id: int | None = None
    team_events: Callable[[], list[dict[str, Any]]] | None = None
    """The table's released script lines (inject_id, roles); set by the team runner, which has the SQL store."""

    def revealed(self) -> set[str]:
        return self.store.revealed(self.code, self.exercise_id)

    def paused(self) -> bool:
        workshop = self.store.workshop(self.code)
        return bool(workshop and workshop.settings.get(PAUSED))

    def visible_injects(self, exercise: Exercise, step: Step, role_id: str | None) -> tuple[Inject, ...] | None:
        """In group play only what the facilitator released reaches a role; None outside group play."""
        if not self.group:
            return None
        released = self.store.released_injects(self.code, self.exercise_id)
        if self.team_events is not None:  # the table's own script, after what the facilitator released to all
            released += self.team_events()
        by_id = {i.id: i for i in exercise.injects}
        visible: list[Inject] = []
        for item in released:
            inject = by_id.get(item["inject_id"])
            if inject is None or inject in visible:
                continue
            roles = item.get("roles") or inject.ontvangers
            if step.gedeeld or role_id is None or role_id in roles:
                visible.append(inject)
        return tuple(visible)
