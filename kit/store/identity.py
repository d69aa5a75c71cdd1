"""Who a participant is: a personal resume code, needed to sign in again under a name already taken.

Without it anyone typing the same name (case and spaces ignored) with the workshop code would get
that participant's answers and could overwrite them. The first sign-in under a name issues a short
code (shown once; the app keeps it in the browser); signing in again under that name needs the code,
or the facilitator's approval on the dashboard, which issues a fresh code and retires the old one.
Only a SHA-256 of the code is stored.

This is the identity API later work builds on: `sign_in` returns the participant and, when one was
issued, the new plain code; `resume(code)` finds the participant of a code. `join` stays the
trusted get-or-create for code that already knows who is who (tests, the facilitator's tools).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kit.store.base import StoreBase
from kit.store.records import ParticipantInfo, StoreError
from kit.store.retry import retrying
from kit.store.schema import Participant, Workshop, utcnow
from kit.store.workshops import CODE_ALPHABET, clean_name, participant_info

RESUME_LENGTH = 8


@dataclass(frozen=True)
class SignedIn:
    """The participant signed in, and the new plain resume code when one was issued (else None)."""

    participant: ParticipantInfo
    resume_code: str | None = None


def new_resume_code() -> str:
    """Eight characters without 0/O and 1/I, in two groups: `K7QM-R2XD`."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(RESUME_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


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
                row.rejoin_requested_at = utcnow()
                session.commit()  # keep the request for the dashboard; the caller gets the refusal
                raise StoreError("name_taken", name=shown)
            if role is not None and row.role != role:
                row.role = role
            session.flush()
            return SignedIn(participant_info(row, None if workshop is None else workshop.code), issued)

    @retrying
    def resume(self, code: str) -> ParticipantInfo | None:
        """The participant whose resume code this is, or None."""
        if not code or not code.strip():
            return None
        with self._read() as session:
            row = session.scalars(select(Participant).where(Participant.resume_hash == resume_hash(code))).first()
            return None if row is None else participant_info(row, self._workshop_code_of(session, row))

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
