"""Who a participant is: a personal resume code, needed to sign in again under a name already taken.

Without it anyone typing the same name (case and spaces ignored) with the workshop code would get
that participant's answers and could overwrite them. The first sign-in under a name issues a short
code (shown once; the app keeps it in the browser); signing in again under that name needs the code,
or the facilitator's approval on the dashboard, which issues a fresh code and retires the old one.
Only a SHA-256 of the code is stored.

Guessing codes is made hopeless rather than merely slow: codes have 12 characters (60 bits), and
misses are counted per workshop (a resume code typed for a taken name) and, for lookups by code
alone, across the process: past FREE_MISSES a minute every further check there first waits
SLOW_DELAY seconds. That never refuses a right code. The participant's page adds its own budget
(kit.ui.app). The counts live in the process: per kernel locally, for everyone under the Hub's service.

This is the identity API later work builds on: `sign_in` returns the participant and, when one was
issued, the new plain code; `resume(code)` finds the participant of a code. `join` stays the
trusted get-or-create for code that already knows who is who (tests, the facilitator's tools).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kit.store.base import StoreBase, normalize_code
from kit.store.records import ParticipantInfo, StoreError
from kit.store.retry import retrying
from kit.store.schema import Participant, Workshop, utcnow
from kit.store.workshops import CODE_ALPHABET, clean_name, participant_info

RESUME_LENGTH = 12
FREE_MISSES = 20
"""Wrong resume codes per scope (a workshop, or lookups by code alone) per MISS_WINDOW before checks slow down."""
MISS_WINDOW = 60.0
SLOW_DELAY = 1.0
"""Seconds each resume check in a scope waits while that scope is over its misses."""
ANY_WORKSHOP = "*"


class MissCounter:
    """Recent wrong resume codes per scope, in this process; thread-safe."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._misses: dict[str, deque[float]] = {}

    def slowed(self, scope: str) -> bool:
        with self._lock:
            recent = self._recent(scope)
            return len(recent) >= FREE_MISSES

    def missed(self, scope: str) -> None:
        with self._lock:
            self._recent(scope).append(self._clock())

    def wait_if_slowed(self, scope: str) -> None:
        if self.slowed(scope):
            time.sleep(SLOW_DELAY)

    def _recent(self, scope: str) -> deque[float]:
        recent = self._misses.setdefault(scope, deque())
        while recent and recent[0] < self._clock() - MISS_WINDOW:
            recent.popleft()
        return recent


MISSES = MissCounter()


@dataclass(frozen=True)
class SignedIn:
    """The participant signed in, and the new plain resume code when one was issued (else None)."""

    participant: ParticipantInfo
    resume_code: str | None = None


def new_resume_code() -> str:
    """Twelve characters without 0/O and 1/I, in three groups: `K7QM-R2XD-9HTP` (60 bits)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(RESUME_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, RESUME_LENGTH, 4))


def resume_hash(code: str) -> str:
    """The stored form of a resume code: case, spaces and dashes do not matter."""
    clean = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(clean.encode("ascii", "replace")).hexdigest()


class IdentityMixin(StoreBase):
    @retrying
    def sign_in(
        self,
        name: str,
        workshop_code: str | None = None,
        role: str | None = None,
        resume_code: str | None = None,
    ) -> SignedIn:
        """Sign in as `name` in the workshop (blank code: self-study).

        A new name creates the participant and issues a resume code. A taken name needs that
        participant's resume code, or a facilitator's approval (which issues a new code);
        otherwise StoreError('name_taken') and the request shows on the dashboard. A given
        `role` replaces the stored one.
        """
        shown, key = clean_name(name)
        scope = normalize_code(workshop_code) if workshop_code and workshop_code.strip() else ""
        if resume_code:
            MISSES.wait_if_slowed(scope)
        with self._write() as session:
            workshop = None
            if workshop_code is not None and workshop_code.strip():
                workshop = self._workshop_row(session, workshop_code)
            where = Participant.workshop_id.is_(None) if workshop is None else Participant.workshop_id == workshop.id
            row = session.scalars(select(Participant).where(where, Participant.name_key == key)).one_or_none()
            issued: str | None = None
            if row is None:
                issued = new_resume_code()
                row = Participant(
                    workshop_id=None if workshop is None else workshop.id,
                    name=shown,
                    name_key=key,
                    created_at=utcnow(),
                    resume_hash=resume_hash(issued),
                    rejoin_approved=False,
                )
                session.add(row)
            elif (
                resume_code
                and row.resume_hash is not None
                and secrets.compare_digest(resume_hash(resume_code), row.resume_hash)
            ):
                row.rejoin_requested_at = None
            elif row.rejoin_approved or row.resume_hash is None:  # approved, or a row from before resume codes
                issued = new_resume_code()
                row.resume_hash = resume_hash(issued)
                row.rejoin_approved = False
                row.rejoin_requested_at = None
            else:
                if resume_code:
                    MISSES.missed(scope)
                row.rejoin_requested_at = utcnow()
                session.commit()  # keep the request for the dashboard; the caller gets the refusal
                raise StoreError("name_taken", name=shown)
            if role is not None and row.role != role:
                row.role = role
            session.flush()
            return SignedIn(participant_info(row, None if workshop is None else workshop.code), issued)

    @retrying
    def resume(self, code: str) -> ParticipantInfo | None:
        """The participant whose resume code this is, or None; slowed down (never refused) after many misses."""
        if not code or not code.strip():
            return None
        MISSES.wait_if_slowed(ANY_WORKSHOP)
        with self._read() as session:
            row = session.scalars(select(Participant).where(Participant.resume_hash == resume_hash(code))).first()
            if row is None:
                MISSES.missed(ANY_WORKSHOP)
                return None
            return participant_info(row, self._workshop_code_of(session, row))

    @retrying
    def rejoin_requests(self, workshop_code: str) -> list[ParticipantInfo]:
        """Participants of the workshop someone tried to sign in as without the code, oldest request first."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.scalars(
                select(Participant)
                .where(
                    Participant.workshop_id == workshop.id,
                    Participant.rejoin_requested_at.is_not(None),
                    Participant.rejoin_approved.is_(False),
                )
                .order_by(Participant.rejoin_requested_at)
            )
            return [participant_info(row, workshop.code) for row in rows]

    @retrying
    def approve_rejoin(self, workshop_code: str, participant_id: int) -> None:
        """Let the next sign-in under this participant's name in; it gets a new code, the old one stops working."""
        with self._write() as session:
            workshop = self._workshop_row(session, workshop_code)
            session.execute(
                update(Participant)
                .where(Participant.id == participant_id, Participant.workshop_id == workshop.id)
                .values(rejoin_approved=True, rejoin_requested_at=None)
            )

    @staticmethod
    def _workshop_code_of(session: Session, row: Participant) -> str | None:
        if row.workshop_id is None:
            return None
        return session.scalars(select(Workshop.code).where(Workshop.id == row.workshop_id)).one()
