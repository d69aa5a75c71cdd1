"""Who scores a participant's answers: the kernel itself (references on disk) or the service under the Hub.

The runner only talks to a `Grader`, so the exercise app is one piece of code for `make run` and for
JupyterHub; `backend()` picks the store and grader from the environment (KIT_SERVICE_URL).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from kit.content.exercise import Exercise
from kit.scoring.engine import score_exercise, score_step
from kit.store import Store
from kit.store.protocol import ParticipantStore


class Grader(Protocol):
    def check_step(
        self, participant_id: int, exercise: Exercise, step_id: str, values: Mapping[str, Any]
    ) -> dict[str, Any]:
        """One step scored, as a result dict with a single step."""
        ...

    def submit(
        self, participant_id: int, exercise: Exercise, answers: Mapping[str, Mapping[str, Any]]
    ) -> dict[str, Any]:
        """The whole exercise scored and kept as a submission; the result dict."""
        ...

    def latest(self, participant_id: int, exercise: Exercise) -> dict[str, Any] | None:
        """The last submitted result as the participant may see it now (after new reveals too)."""
        ...


class LocalGrader:
    """Scores in this process against the references loaded with the library."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def check_step(
        self, participant_id: int, exercise: Exercise, step_id: str, values: Mapping[str, Any]
    ) -> dict[str, Any]:
        result = score_step(exercise, step_id, dict(values))
        return {"total": result.score, "steps": [result.to_dict()]}

    def submit(
        self, participant_id: int, exercise: Exercise, answers: Mapping[str, Mapping[str, Any]]
    ) -> dict[str, Any]:
        plain = {step: dict(value) for step, value in answers.items()}
        result = score_exercise(exercise, plain).to_dict()
        self.store.submit(participant_id, exercise.id, plain, result, result["total"])
        return result

    def latest(self, participant_id: int, exercise: Exercise) -> dict[str, Any] | None:
        latest = self.store.latest_result(participant_id, exercise.id)
        return None if latest is None else dict(latest["result"])


def grader_for(store: ParticipantStore) -> Grader:
    """The grader that belongs with `store`: the service's for a service store, else a local one."""
    from kit.remote.client import ServiceGrader, ServiceStore

    if isinstance(store, ServiceStore):
        return ServiceGrader(store.client)
    if isinstance(store, Store):
        return LocalGrader(store)
    raise TypeError(f"no grader for a store of type {type(store).__name__}")
