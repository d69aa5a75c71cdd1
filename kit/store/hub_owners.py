"""Which Hub account signed in as which participant, so a kernel under JupyterHub reaches only its own answers.

Only the scoring service (kit.remote) calls these; `make run` never fills the table. Claiming is
race-free: an INSERT ... ON CONFLICT DO NOTHING on the participant id, then a read of who holds it.
"""

from __future__ import annotations

from sqlalchemy import select

from kit.store.base import StoreBase, normalize_code, upsert_insert
from kit.store.retry import retrying
from kit.store.schema import HubOwner, Participant, Workshop
from kit.store.workshops import clean_name


class HubOwnersMixin(StoreBase):
    @retrying
    def hub_owner(self, participant_id: int) -> str | None:
        """The Hub account bound to the participant, or None."""
        with self._read() as session:
            owner = session.get(HubOwner, participant_id)
            return None if owner is None else owner.hub_user

    @retrying
    def claim_hub_owner(self, participant_id: int, hub_user: str) -> bool:
        """Bind the participant to `hub_user` unless another account holds it; True if it is (now) theirs."""
        with self._write() as session:
            self._participant_row(session, participant_id)
            claim = upsert_insert(session, HubOwner).values(participant_id=participant_id, hub_user=hub_user)
            session.execute(claim.on_conflict_do_nothing(index_elements=["participant_id"]))
            holder = session.scalars(select(HubOwner.hub_user).where(HubOwner.participant_id == participant_id))
            return holder.one() == hub_user

    @retrying
    def hub_participants(self, hub_user: str, workshop_code: str | None = None) -> list[int]:
        """The participant ids the account holds: in the workshop with this code, or in self-study (None)."""
        with self._read() as session:
            query = (
                select(Participant.id)
                .join(HubOwner, HubOwner.participant_id == Participant.id)
                .where(HubOwner.hub_user == hub_user)
            )
            if workshop_code is None:
                query = query.where(Participant.workshop_id.is_(None))
            else:
                query = query.join(Workshop, Workshop.id == Participant.workshop_id).where(
                    Workshop.code == normalize_code(workshop_code)
                )
            return list(session.scalars(query.order_by(Participant.id)))

    @retrying
    def named_participant(self, name: str, workshop_code: str | None = None) -> int | None:
        """The id of the participant signed in under `name` (case and spaces ignored) there, or None.

        Unlike `join`/`sign_in` it changes nothing, so the service can check the owner first.
        """
        key = clean_name(name)[1]
        with self._read() as session:
            query = select(Participant.id).where(Participant.name_key == key)
            if workshop_code is None or not workshop_code.strip():
                query = query.where(Participant.workshop_id.is_(None))
            else:
                query = query.where(Participant.workshop_id == self._workshop_row(session, workshop_code).id)
            return session.scalars(query).one_or_none()
