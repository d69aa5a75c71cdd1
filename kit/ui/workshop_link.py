"""What a participant's app asks the store about their workshop: reveals, released injects, pause."""

from __future__ import annotations

from dataclasses import dataclass

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
        by_id = {i.id: i for i in exercise.injects}
        visible = []
        for item in released:
            inject = by_id.get(item["inject_id"])
            if inject is None:
                continue
            roles = item.get("roles") or inject.ontvangers
            if step.gedeeld or role_id is None or role_id in roles:
                visible.append(inject)
        return tuple(visible)
