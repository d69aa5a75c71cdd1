"""The facilitator's app under the Hub: its store calls, made by the service for a facilitator only.

A caller must be in a facilitators group of the Hub (or a Hub admin) for any of these calls. Creating a
workshop also needs the organiser key, as locally; every other call names one workshop and needs its key:
`facilitator_open` checks the key once (the store's scrypt check with its lock-out) and grants that Hub
account that workshop in the service's memory; each call then names only the workshop. The client keeps
the typed key and opens again when the grant is gone (the service restarted, or another replica answers).
Participant and table ids in a call must belong to the granted workshop, so one key opens one workshop.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from kit.content.library import Library
from kit.errors import KitError
from kit.remote.facilitator_wire import decode, encode
from kit.remote.texts import REMOTE
from kit.store import Store
from kit.store.base import normalize_code

Json = dict[str, Any]

STORE_CALLS = frozenset(
    (
        # the workshop and its people
        "workshop",
        "participants",
        "participant",
        "rejoin_requests",
        "approve_rejoin",
        "set_role",
        "set_settings",
        "delete_workshop",
        # the dashboard
        "workshop_state",
        "tables_state",
        "results_frame",
        "latest_result",
        "load_answers",
        # reveal, self-study, injects
        "reveal",
        "revealed",
        "self_study_closed",
        "set_self_study",
        "release_inject",
        "released_injects",
        # tables, the draaiboek and its clock
        "has_tables",
        "teams",
        "create_team",
        "team_members",
        "team_of",
        "set_team",
        "team_answers",
        "team_result",
        "team_results",
        "handed_in_steps",
        "workshop_script",
        "set_workshop_script",
        "clock",
        "clocks",
        "start_clock",
        "pause_clock",
        "shift_clock",
        "script_events",
        "record_script_event",
        "observations",
        "workshop_lessons",
        # exports and reports
        "answers_frame",
        "team_answers_frame",
        "team_members_frame",
        "team_results_frame",
        "observations_frame",
        "lessons_frame",
    )
)
"""The store methods the facilitator's app calls (kit/ui/facilitator*.py, team_panel, dashboard_view,
kit/facilitation, kit/reports); `tests/remote/test_facilitator_ops.py` plays the app through them."""

CODE_PARAMS = ("workshop_code", "code")
OPERATIONS = frozenset(
    ("facilitator_check", "facilitator_organiser", "facilitator_create", "facilitator_open", "facilitator_references")
)
STORE_OPERATION = "facilitator_store"


@dataclass
class FacilitatorOps:
    """The facilitator's operations; `is_facilitator(user)` asks the Hub for the caller's groups."""

    store: Store
    library: Library
    is_facilitator: Callable[[str], bool]
    _grants: set[tuple[str, str]] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _facilitator(self, user: str) -> None:
        if not self.is_facilitator(user):
            raise KitError(REMOTE["not_facilitator"])

    def _grant(self, user: str, code: str) -> None:
        with self._lock:
            self._grants.add((user, normalize_code(code)))

    def _granted(self, user: str, code: str) -> str:
        clean = normalize_code(code)
        with self._lock:
            if (user, clean) not in self._grants:
                raise KitError(REMOTE["facilitator_key"])
        return clean

    def facilitator_check(self, user: str, body: Json) -> Any:
        """Whether the caller may lead workshops: the app says so in Dutch before showing any form."""
        return bool(self.is_facilitator(user))

    def facilitator_organiser(self, user: str, body: Json) -> Any:
        """The organiser key's check, as the local app does it before creating a workshop."""
        self._facilitator(user)
        return self.store.check_organiser_key(str(body["key"]))

    def facilitator_create(self, user: str, body: Json) -> Any:
        """A new workshop, only with the organiser key; the creator gets its key once and is granted it."""
        self._facilitator(user)
        if not self.store.check_organiser_key(str(body["organiser_key"])):
            raise KitError(REMOTE["organiser_refused"])
        mode: Literal["individueel", "groep"] = "groep" if body.get("mode") == "groep" else "individueel"
        created = self.store.create_workshop(str(body["title"]), [str(x) for x in body["exercise_ids"]], mode)
        self._grant(user, created.code)
        return encode(created)

    def facilitator_open(self, user: str, body: Json) -> Any:
        """The workshop's key, checked by the store (scrypt, lock-out after wrong keys); right: granted."""
        self._facilitator(user)
        code = str(body["code"])
        if not self.store.check_key(code, str(body["key"])):
            return False
        self._grant(user, code)
        return True

    def facilitator_references(self, user: str, body: Json) -> Any:
        """The references of the granted workshop's exercises, for the dashboard's choices against them.

        The facilitator may reveal them all to the room, so holding them is no more than the key gives;
        they reach only this facilitator's kernel, never a participant's.
        """
        self._facilitator(user)
        code = self._granted(user, str(body["workshop_code"]))
        workshop = self.store.workshop(code)
        found = {}
        for exercise_id in workshop.exercise_ids if workshop else ():
            exercise = self.library.exercises.get(exercise_id)
            if exercise is not None and exercise.reference is not None:
                found[exercise_id] = exercise.reference.model_dump(mode="json")
        return found

    def facilitator_store(self, user: str, body: Json) -> Any:
        """One store call of the app, for the workshop the caller holds the key of."""
        self._facilitator(user)
        name = str(body["method"])
        if name not in STORE_CALLS:
            raise KitError(REMOTE["bad_request"].format(detail=name))
        code = self._granted(user, str(body["workshop_code"]))
        method = getattr(self.store, name)
        bound = inspect.signature(method).bind(*decode(body.get("args", [])), **decode(body.get("kwargs", {})))
        self._check_arguments(code, bound.arguments)
        result = method(*bound.args, **bound.kwargs)
        if name == "delete_workshop":
            with self._lock:
                self._grants = {grant for grant in self._grants if grant[1] != code}
        return encode(result)

    def _check_arguments(self, code: str, arguments: dict[str, Any]) -> None:
        """Every workshop, participant and table a call names is of the granted workshop (and it names one)."""
        if not {*CODE_PARAMS, "participant_id", "team_id"} & arguments.keys():
            raise KitError(REMOTE["facilitator_key"])
        for param in CODE_PARAMS:
            if param in arguments and normalize_code(str(arguments[param])) != code:
                raise KitError(REMOTE["facilitator_key"])
        if "participant_id" in arguments:
            info = self.store.participant(int(arguments["participant_id"]))
            if info is None or info.workshop_code != code:
                raise KitError(REMOTE["not_in_workshop"])
        team = arguments.get("team_id")
        if team is not None and int(team) not in {t.id for t in self.store.teams(code)}:
            raise KitError(REMOTE["not_in_workshop"])
