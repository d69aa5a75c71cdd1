"""A participant kernel's store and scorer under JupyterHub: every call goes to the service.

`ServiceStore` has the methods of `kit.store.protocol.ParticipantStore`, `ServiceGrader` those of
`kit.ui.grading.Grader`, so the exercise app is the same code with or without the Hub. The caller's
identity is the server's `$JUPYTERHUB_API_TOKEN` (kernels inherit it), nothing else.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kit.content.exercise import Exercise
from kit.errors import KitError
from kit.remote import TOKEN_VAR
from kit.remote.texts import REMOTE
from kit.remote.wire import participant_from_dict, workshop_from_dict
from kit.store.identity import SignedIn
from kit.store.protocol import ParticipantStore
from kit.store.records import ParticipantInfo, WorkshopInfo

TIMEOUT_SECONDS = 15.0


class ServiceError(KitError):
    """The service could not be reached or refused the call; `str()` is a Dutch sentence."""


class ServiceClient:
    """POSTs JSON to `<base_url>api/<operation>` with the Hub token; raises KitError with the Dutch reason."""

    def __init__(self, base_url: str, token: str | None = None, timeout: float = TIMEOUT_SECONDS) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.token = token if token is not None else os.environ.get(TOKEN_VAR, "")
        self.timeout = timeout

    def call(self, operation: str, **body: Any) -> Any:
        request = urllib.request.Request(
            f"{self.base_url}api/{operation}",
            data=json.dumps(body).encode("utf-8"),
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read())["result"]
        except urllib.error.HTTPError as exc:
            raise self._refused(exc) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ServiceError(REMOTE["unreachable"].format(detail=reason)) from None

    @staticmethod
    def _refused(exc: urllib.error.HTTPError) -> ServiceError:
        if exc.code in (401, 403):
            return ServiceError(REMOTE["not_signed_in"])
        try:
            message = json.loads(exc.read())["error"]
        except (ValueError, KeyError, TypeError):
            message = REMOTE["unreachable"].format(detail=f"HTTP {exc.code}")
        return ServiceError(str(message))


class ServiceStore:
    """The participant-side store, served by the service; same methods and values as `kit.store.Store`."""

    def __init__(self, client: ServiceClient) -> None:
        self.client = client

    def join(self, name: str, workshop_code: str | None = None, role: str | None = None) -> ParticipantInfo:
        return participant_from_dict(self.client.call("join", name=name, workshop_code=workshop_code, role=role))

    def sign_in(
        self,
        name: str,
        workshop_code: str | None = None,
        role: str | None = None,
        resume_code: str | None = None,
    ) -> SignedIn:
        """The service binds the participant to this Hub account; its owner signs in again without a code."""
        data = self.client.call("sign_in", name=name, workshop_code=workshop_code, role=role, resume_code=resume_code)
        return SignedIn(participant_from_dict(data["participant"]), data.get("resume_code"))

    def resume(self, code: str) -> ParticipantInfo | None:
        """The participant of the code, if this Hub account holds it (another account's code finds nothing)."""
        data = self.client.call("resume", code=code)
        return None if data is None else participant_from_dict(data)

    def self_study_closed(self, workshop_code: str | None = None) -> set[str]:
        return set(self.client.call("self_study_closed", workshop_code=workshop_code))

    def workshop(self, code: str) -> WorkshopInfo | None:
        data = self.client.call("workshop", code=code)
        return None if data is None else workshop_from_dict(data)

    def has_tables(self, workshop_code: str) -> bool:
        return bool(self.client.call("has_tables", workshop_code=workshop_code))

    def participant(self, participant_id: int) -> ParticipantInfo | None:
        data = self.client.call("participant", participant_id=participant_id)
        return None if data is None else participant_from_dict(data)

    def load_answers(self, participant_id: int, exercise_id: str) -> dict[str, dict[str, Any]]:
        answers: dict[str, dict[str, Any]] = self.client.call(
            "load_answers", participant_id=participant_id, exercise_id=exercise_id
        )
        return answers

    def save_answer(self, participant_id: int, exercise_id: str, step_id: str, value: Mapping[str, Any]) -> int:
        return int(
            self.client.call(
                "save_answer",
                participant_id=participant_id,
                exercise_id=exercise_id,
                step_id=step_id,
                value=dict(value),
            )
        )

    def position(self, participant_id: int, exercise_id: str) -> str | None:
        step: str | None = self.client.call("position", participant_id=participant_id, exercise_id=exercise_id)
        return step

    def set_position(self, participant_id: int, exercise_id: str, step_id: str) -> None:
        self.client.call("set_position", participant_id=participant_id, exercise_id=exercise_id, step_id=step_id)

    def revealed(self, workshop_code: str, exercise_id: str) -> set[str]:
        return set(self.client.call("revealed", workshop_code=workshop_code, exercise_id=exercise_id))

    def visible_steps(self, participant_id: int, exercise_id: str) -> set[str]:
        """The steps whose reference the service will show this participant now (`kit.secrecy`)."""
        return set(self.client.call("visible_steps", participant_id=participant_id, exercise_id=exercise_id))

    def released_injects(self, workshop_code: str, exercise_id: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.client.call(
            "released_injects", workshop_code=workshop_code, exercise_id=exercise_id
        )
        return items


if TYPE_CHECKING:  # mypy --strict checks that the client offers every participant-side store call

    def _is_participant_store(store: ServiceStore) -> ParticipantStore:
        return store


class ServiceGrader:
    """Scoring by the service, which holds the references; results come back without unrevealed steps."""

    def __init__(self, client: ServiceClient) -> None:
        self.client = client

    def check_step(
        self, participant_id: int, exercise: Exercise, step_id: str, values: Mapping[str, Any]
    ) -> dict[str, Any]:
        result: dict[str, Any] = self.client.call(
            "check_step", participant_id=participant_id, exercise_id=exercise.id, step_id=step_id, values=dict(values)
        )
        return result

    def submit(
        self, participant_id: int, exercise: Exercise, answers: Mapping[str, Mapping[str, Any]]
    ) -> dict[str, Any]:
        result: dict[str, Any] = self.client.call(
            "submit",
            participant_id=participant_id,
            exercise_id=exercise.id,
            answers={step: dict(value) for step, value in answers.items()},
        )
        return result

    def latest(self, participant_id: int, exercise: Exercise) -> dict[str, Any] | None:
        result: dict[str, Any] | None = self.client.call(
            "latest_result", participant_id=participant_id, exercise_id=exercise.id
        )
        return result
