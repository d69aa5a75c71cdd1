"""What a participant's app needs from a store: the SQL `Store` has it, and so has the service client."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from kit.store.identity import SignedIn
from kit.store.records import ParticipantInfo, WorkshopInfo


class ParticipantStore(Protocol):
    """The participant-side slice of `kit.store.Store` the exercise app and its workshop link use."""

    def join(self, name: str, workshop_code: str | None = None, role: str | None = None) -> ParticipantInfo: ...

    def sign_in(
        self,
        name: str,
        workshop_code: str | None = None,
        role: str | None = None,
        resume_code: str | None = None,
    ) -> SignedIn: ...

    def resume(self, code: str) -> ParticipantInfo | None: ...

    def self_study_closed(self, workshop_code: str | None = None) -> set[str]: ...

    def workshop(self, code: str) -> WorkshopInfo | None: ...

    def has_tables(self, workshop_code: str) -> bool: ...

    def participant(self, participant_id: int) -> ParticipantInfo | None: ...

    def load_answers(self, participant_id: int, exercise_id: str) -> dict[str, dict[str, Any]]: ...

    def save_answer(self, participant_id: int, exercise_id: str, step_id: str, value: Mapping[str, Any]) -> int: ...

    def position(self, participant_id: int, exercise_id: str) -> str | None: ...

    def set_position(self, participant_id: int, exercise_id: str, step_id: str) -> None: ...

    def revealed(self, workshop_code: str, exercise_id: str) -> set[str]: ...

    def released_injects(self, workshop_code: str, exercise_id: str) -> list[dict[str, Any]]: ...
