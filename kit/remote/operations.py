"""What the service does for a caller: the participant-side store calls and scoring, checked per Hub account.

Plain functions of (the caller's Hub name, the request's JSON), with no HTTP in them, so they are tested
without a Hub. Every call that names a participant checks that the caller signed in as that participant.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kit.content.library import Library
from kit.errors import KitError
from kit.remote.facilitator_ops import OPERATIONS as FACILITATOR_CALLS
from kit.remote.facilitator_ops import STORE_OPERATION, FacilitatorOps
from kit.remote.team_ops import TEAM_OPERATIONS, TeamOperations
from kit.remote.texts import REMOTE
from kit.remote.wire import ALL, participant_to_dict, plain, redact, unscored_step, workshop_for_participant
from kit.scoring.engine import score_exercise, score_step
from kit.secrecy import visible_steps
from kit.store import Store
from kit.store.base import normalize_code
from kit.store.workshops import CODE_ALPHABET, CODE_LENGTH

Json = dict[str, Any]


class NotYours(KitError):
    """The caller named a participant that another Hub account signed in as."""


def well_formed_code(code: str) -> bool:
    """Whether `code` could be a workshop's code at all (length and letters of `kit.store.workshops`)."""
    clean = normalize_code(code)
    return len(clean) == CODE_LENGTH and set(clean) <= set(CODE_ALPHABET)


CODE_TRIES = 10
CODE_WINDOW_SECONDS = 60.0


@dataclass
class CodeBudget:
    """Workshop codes a Hub account may try per minute: guessing codes goes no faster than people type them.

    Only lookups of a code the caller is not yet a member of count; a member's own calls are free. A code
    counts once per minute however often it is looked up: signing in asks for the same code several times
    (whether it plays at tables, then the sign-in itself), and asking again teaches a guesser nothing.
    Kept in the service's memory (one process), per account, so one guesser never slows down another.
    """

    tries: int = CODE_TRIES
    window: float = CODE_WINDOW_SECONDS
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, dict[str, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def spend(self, user: str, code: str) -> None:
        """Count `code` as one try of `user` unless it was tried this minute already; KitError (Dutch, with
        the wait) once the minute's tries are used."""
        now = self.clock()
        with self._lock:
            recent = {tried: t for tried, t in self._seen.get(user, {}).items() if now - t < self.window}
            self._seen[user] = recent
            if code in recent:
                return
            if len(recent) >= self.tries:
                wait = max(1, round(self.window - (now - min(recent.values()))))
                raise KitError(REMOTE["code_budget"].format(seconds=wait))
            recent[code] = now


@dataclass
class Backend(TeamOperations):
    """The service's state: the store (with the database URL and its `hub_owner` table) and the references."""

    store: Store
    library: Library
    codes: CodeBudget = field(default_factory=CodeBudget)
    is_facilitator: Callable[[str], bool] = field(default=lambda user: False)
    """Whether a Hub account may lead workshops (its groups, asked of the Hub by `kit.remote.service`)."""
    facilitation: FacilitatorOps = field(init=False)

    def __post_init__(self) -> None:
        self.facilitation = FacilitatorOps(self.store, self.library, self.is_facilitator)

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
        """What this participant may see of the reference now (`kit.secrecy`): the same rule as the local app.

        Self-study of an exercise a workshop closed is refused: it would read around the reveal.
        """
        info = self.store.participant(participant_id)
        code = None if info is None else info.workshop_code
        if code is None and exercise_id in self.store.self_study_closed():
            raise KitError(REMOTE["self_study_closed"])
        exercise = self.library.exercise(exercise_id)
        own = None if code is None else self.store.revealed(code, exercise_id)
        return visible_steps(exercise, self.store.held_secrets(), self.library, code, own)

    def _try_code(self, user: str, code: object) -> None:
        """A workshop code from a caller who is not in it yet costs one of their tries (`CodeBudget`)."""
        if code is None or not str(code).strip():
            return
        if not well_formed_code(str(code)):  # half-typed or malformed: no workshop has it, so nothing to learn
            return
        if not self.store.hub_participants(user, str(code)):
            self.codes.spend(user, normalize_code(str(code)))

    # ------------------------------------------------------------------ the store, for one participant

    def sign_in(self, user: str, body: Json) -> Any:
        """Sign in as a name; the Hub account that first took it is the only one that gets it again.

        The owner needs no resume code (the Hub login proves who they are). A name held by another
        account is refused before the store sees it, so no rejoin request or approval can hand it over.
        A name nobody holds yet goes through the store's own rules (resume code, approval), then is bound.
        """
        name, code = str(body["name"]), body.get("workshop_code")
        code = None if code is None or not str(code).strip() else str(code)
        self._try_code(user, code)
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
        """Only to a member of the workshop, and only what a participant's app uses (never the facilitator's
        notes or plans); a code alone gets nothing, and tries of codes are limited per account."""
        code = str(body["code"])
        self._try_code(user, code)
        if not self.store.hub_participants(user, code):
            raise NotYours(REMOTE["not_member"])
        info = self.store.workshop(code)
        return None if info is None else workshop_for_participant(info)

    def has_tables(self, user: str, body: Json) -> Any:
        """Only whether the workshop plays at tables (the sign-in form asks it); the tables are `team_ops`'."""
        self._try_code(user, body["workshop_code"])
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
        """Before the reveal of the step: no score and no verdict, only that it was checked (as the app shows).

        Trying each option and asking again would otherwise read the reference off the score.
        """
        pid = self._own(user, body)
        exercise = self.library.exercise(str(body["exercise_id"]))
        step_id = str(body["step_id"])
        revealed = self._revealed(pid, exercise.id)
        if ALL not in revealed and step_id not in revealed:
            return {"total": None, "steps": [unscored_step(step_id, exercise.step(step_id).titel)]}
        step = score_step(exercise, step_id, dict(body["values"]))
        return redact({"total": step.score, "steps": [step.to_dict()]}, revealed)

    def submit(self, user: str, body: Json) -> Any:
        """Score the answers here (never trust a score sent by a kernel), keep the submission, return it."""
        pid = self._own(user, body)
        exercise = self.library.exercise(str(body["exercise_id"]))
        answers = {str(k): dict(v) for k, v in dict(body["answers"]).items()}
        result = score_exercise(exercise, answers).to_dict()
        self.store.submit(pid, exercise.id, answers, result, result["total"])
        return redact(result, self._revealed(pid, exercise.id))

    def visible_steps(self, user: str, body: Json) -> Any:
        """The step ids (or '*') whose reference this participant may see now; the app shows only those."""
        return sorted(self._revealed(self._own(user, body), str(body["exercise_id"])))

    def latest_result(self, user: str, body: Json) -> Any:
        pid = self._own(user, body)
        exercise_id = str(body["exercise_id"])
        latest = self.store.latest_result(pid, exercise_id)
        return None if latest is None else redact(latest["result"], self._revealed(pid, exercise_id))

    def operation(self, name: str) -> Callable[[str, Json], Any] | None:
        """The handler of an operation the client may call, or None."""
        if name in FACILITATOR_OPERATIONS:
            facilitator_handler: Callable[[str, Json], Any] = getattr(self.facilitation, name)
            return facilitator_handler
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
        "visible_steps",
        "submit",
        "latest_result",
    )
) | TEAM_OPERATIONS
FACILITATOR_OPERATIONS = FACILITATOR_CALLS | {STORE_OPERATION}
