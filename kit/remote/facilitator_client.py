"""The facilitator's store in their own server under the Hub: every call goes to the service.

`FacilitatorServiceStore` answers the `kit.store.Store` methods the facilitator's app uses
(`facilitator_ops.STORE_CALLS`), so the app, its panels, exports and reports are the same code as
locally. It holds no database URL, only the caller's Hub token (in the client) and the workshop's code
and key as the facilitator typed them; the service checks group, organiser key and workshop key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from kit.content.library import Library
from kit.content.models import AnswerFile
from kit.remote.client import ServiceClient, ServiceError
from kit.remote.facilitator_ops import STORE_CALLS, STORE_OPERATION
from kit.remote.facilitator_wire import decode, encode
from kit.remote.texts import REMOTE
from kit.store.records import WorkshopInfo


class FacilitatorServiceStore:
    """One facilitator's page: the workshop it opened (code and key), and the store calls for it."""

    def __init__(self, client: ServiceClient) -> None:
        self.client = client
        self.code: str | None = None
        self._key: str | None = None
        self._organiser_key: str | None = None

    def may_facilitate(self) -> bool:
        """Whether the Hub account is in a facilitators group (or a Hub admin)."""
        return bool(self.client.call("facilitator_check"))

    def check_organiser_key(self, key: str) -> bool:
        right = bool(self.client.call("facilitator_organiser", key=key))
        self._organiser_key = key if right else None
        return right

    def create_workshop(self, title: str, exercise_ids: Sequence[str], mode: str = "individueel") -> WorkshopInfo:
        """Made by the service, which checks the organiser key again; this page then holds the new key."""
        created: WorkshopInfo = decode(
            self.client.call(
                "facilitator_create",
                organiser_key=self._organiser_key or "",
                title=title,
                exercise_ids=list(exercise_ids),
                mode=mode,
            )
        )
        self.code, self._key = created.code, created.key
        return created

    def check_key(self, code: str, key: str) -> bool:
        right = bool(self.client.call("facilitator_open", code=code, key=key))
        if right:
            self.code, self._key = code, key
        return right

    def with_references(self, library: Library, code: str) -> Library:
        """`library` with the references of the workshop's exercises, from the service (the dashboard's
        choices against the reference); the kernel's own library has none under the Hub."""
        found = self.client.call("facilitator_references", workshop_code=code)
        exercises = dict(library.exercises)
        for exercise_id, data in found.items():
            if exercise_id in exercises:
                exercises[exercise_id] = replace(exercises[exercise_id], reference=AnswerFile.model_validate(data))
        return replace(library, exercises=exercises)

    def _call(self, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        code = kwargs.get("workshop_code") or kwargs.get("code") or self._code_in(args) or self.code
        body = {"method": method, "workshop_code": code or "", "args": encode(list(args)), "kwargs": encode(kwargs)}
        try:
            return decode(self.client.call(STORE_OPERATION, **body))
        except ServiceError as exc:
            # The service forgot the grant (it restarted, or another replica answered): open again once.
            if str(exc) != REMOTE["facilitator_key"] or not (code and self._key and self.check_key(code, self._key)):
                raise
            return decode(self.client.call(STORE_OPERATION, **body))

    def _code_in(self, args: tuple[Any, ...]) -> str | None:
        """The workshop a call names in its first argument (a code, not a participant or table id)."""
        return args[0] if args and isinstance(args[0], str) else None

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name not in STORE_CALLS:
            raise AttributeError(name)
        return lambda *args, **kwargs: self._call(name, args, kwargs)

    def close(self) -> None:
        """Nothing to close: the connection is the service's."""
