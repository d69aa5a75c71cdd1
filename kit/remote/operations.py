"""What the service does for a caller: the participant-side store calls and scoring, checked per Hub account.

Plain functions of (the caller's Hub name, the request's JSON), with no HTTP in them, so they are tested
without a Hub. Every call that names a participant checks that the caller signed in as that participant.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kit.content.library import Library
from kit.errors import KitError
from kit.remote.texts import REMOTE
from kit.remote.wire import ALL, participant_to_dict, plain, redact, workshop_to_dict
from kit.scoring.engine import score_exercise, score_step
from kit.store import Store

Json = dict[str, Any]


class NotYours(KitError):
    """The caller named a participant that another Hub account signed in as."""


@dataclass
class Backend:
    """The service's state: the store (with the database URL and its `hub_owner` table) and the references."""

    store: Store
    library: Library

    def _own(self, user: str, body: Json) -> int:
        participant_id = int(body["participant_id"])
        if self.store.hub_owner(participant_id) != user:
            raise NotYours(REMOTE["not_yours"])
        return participant_id

    def _member(self, user: str, body: Json) -> str:
        """The workshop code of the request, if the caller signed in to that workshop; else NotYours."""
        code = str(body["workshop_code"])
        if not self.store.hub_participants(user, code):
            raise NotYours(REMOTE["not_member"])
        return code

    def _revealed(self, participant_id: int, exercise_id: str) -> set[str]:
        """What this participant may see of the reference: all in self-study, the reveals in a workshop.

        Self-study of an exercise a workshop closed is refused: it would read around the reveal.
        """
        info = self.store.participant(participant_id)
        if info is None or info.workshop_code is None:
            if exercise_id in self.store.self_study_closed():
                raise KitError(REMOTE["self_study_closed"])
            return {ALL}
        return self.store.revealed(info.workshop_code, exercise_id)

    # ------------------------------------------------------------------ the store, for one participant

    def sign_in(self, user: str, body: Json) -> Any:
        """Sign in as a name; the Hub account that first took it is the only one that gets it again.

        The owner needs no resume code (the Hub login proves who they are). A name held by another
        account is refused before the store sees it, so no rejoin request or approval can hand it over.
        A name nobody holds yet goes through the store's own rules (resume code, approval), then is bound.
        """
        name, code = str(body["name"]), body.get("workshop_code")
        code = None if code is None or not str(code).strip() else str(code)
        role = body.get("role")
        existing = self.store.named_participant(name, code)
        if existing is not None:
            owner = self.store.hub_owner(existing)
            if owner == user:
                if role is not None:
                    self.store.set_role(existing, str(role))
                info = self.store.participant(existing)
                assert info is not None
                return {"participant": participant_to_dict(info), "resume_code": None}
            if owner is not None:
                raise KitError(REMOTE["name_taken"].format(name=" ".join(name.split())))
        signed = self.store.sign_in(name, code, None if role is None else str(role), body.get("resume_code") or None)
        if not self.store.claim_hub_owner(signed.participant.id, user):
            raise KitError(REMOTE["name_taken"].format(name=signed.participant.name))
        return {"participant": participant_to_dict(signed.participant), "resume_code": signed.resume_code}

    def join(self, user: str, body: Json) -> Any:
        """`sign_in` without a resume code: the same ownership rules, only the participant back."""
        return self.sign_in(user, {**body, "resume_code": None})["participant"]

    def resume(self, user: str, body: Json) -> Any:
        """The participant of a resume code, only for the account that holds it (an unheld one is bound now)."""
        info = self.store.resume(str(body["code"]))
        if info is None or not self.store.claim_hub_owner(info.id, user):
            return None
        return participant_to_dict(info)

    def workshop(self, user: str, body: Json) -> Any:
        info = self.store.workshop(str(body["code"]))
        return None if info is None else workshop_to_dict(info)

    def has_tables(self, user: str, body: Json) -> Any:
        """Only whether the workshop plays at tables: team play itself is not served here (see kit.ui.app)."""
        return self.store.has_tables(str(body["workshop_code"]))

    def participant(self, user: str, body: Json) -> Any:
        info = self.store.participant(self._own(user, body))
        return None if info is None else participant_to_dict(info)

    def load_answers(self, user: str, body: Json) -> Any:
        return plain(self.store.load_answers(self._own(user, body), str(body["exercise_id"])))

    def save_answer(self, user: str, body: Json) -> Any:
        pid = self._own(user, body)
        return self.store.save_answer(pid, str(body["exercise_id"]), str(body["step_id"]), dict(body["value"]))

    def position(self, user: str, body: Json) -> Any:
        return self.store.position(self._own(user, body), str(body["exercise_id"]))

    def set_position(self, user: str, body: Json) -> Any:
        self.store.set_position(self._own(user, body), str(body["exercise_id"]), str(body["step_id"]))
        return None

    def revealed(self, user: str, body: Json) -> Any:
        return sorted(self.store.revealed(self._member(user, body), str(body["exercise_id"])))

    def released_injects(self, user: str, body: Json) -> Any:
        return plain(self.store.released_injects(self._member(user, body), str(body["exercise_id"])))

    def self_study_closed(self, user: str, body: Json) -> Any:
        code = body.get("workshop_code")
        return sorted(self.store.self_study_closed(None if code is None else str(code)))

    # ------------------------------------------------------------------ scoring, with the references here

    def check_step(self, user: str, body: Json) -> Any:
        pid = self._own(user, body)
        exercise = self.library.exercise(str(body["exercise_id"]))
        step = score_step(exercise, str(body["step_id"]), dict(body["values"]))
        result = {"total": step.score, "steps": [step.to_dict()]}
        return redact(result, self._revealed(pid, exercise.id))

    def submit(self, user: str, body: Json) -> Any:
        """Score the answers here (never trust a score sent by a kernel), keep the submission, return it."""
        pid = self._own(user, body)
        exercise = self.library.exercise(str(body["exercise_id"]))
        answers = {str(k): dict(v) for k, v in dict(body["answers"]).items()}
        result = score_exercise(exercise, answers).to_dict()
        self.store.submit(pid, exercise.id, answers, result, result["total"])
        return redact(result, self._revealed(pid, exercise.id))

    def latest_result(self, user: str, body: Json) -> Any:
        pid = self._own(user, body)
        exercise_id = str(body["exercise_id"])
        latest = self.store.latest_result(pid, exercise_id)
        return None if latest is None else redact(latest["result"], self._revealed(pid, exercise_id))

    def operation(self, name: str) -> Callable[[str, Json], Any] | None:
        """The handler of an operation the client may call, or None."""
        if name not in OPERATIONS:
            return None
        handler: Callable[[str, Json], Any] = getattr(self, name)
        return handler


OPERATIONS = frozenset(
    (
        "join",
        "sign_in",
        "resume",
        "workshop",
        "has_tables",
        "participant",
        "load_answers",
        "save_answer",
        "position",
        "set_position",
        "revealed",
        "released_injects",
        "self_study_closed",
        "check_step",
        "submit",
        "latest_result",
    )
)
