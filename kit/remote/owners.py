"""Which Hub account signed in as which participant, so a kernel can only reach its own answers.

Kept in the store's database (one small table of the service's own), so it survives a restart of
the service. Claiming is race-free: the participant id is the primary key, and a second claim by
another account fails on it instead of overwriting the first.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select
from sqlalchemy.exc import IntegrityError

metadata = MetaData()
hub_owner = Table(
    "hub_owner",
    metadata,
    Column("participant_id", Integer, primary_key=True),
    Column("hub_user", String(255), nullable=False),
)


class Owners:
    """The participant -> Hub account table; `claim` is get-or-create, `owner` looks one up."""

    def __init__(self, url: str) -> None:
        self._engine = create_engine(url, pool_pre_ping=True)
        try:
            metadata.create_all(self._engine)
        except IntegrityError:  # another process created it at the same moment (PostgreSQL's catalogue race)
            metadata.create_all(self._engine)

    def owner(self, participant_id: int) -> str | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(hub_owner.c.hub_user).where(hub_owner.c.participant_id == participant_id))
            return row.scalar_one_or_none()

    def claim(self, participant_id: int, hub_user: str) -> bool:
        """Bind the participant to `hub_user` if unbound; True if it is (now) theirs."""
        current = self.owner(participant_id)
        if current is None:
            try:
                with self._engine.begin() as conn:
                    conn.execute(insert(hub_owner).values(participant_id=participant_id, hub_user=hub_user))
                return True
            except IntegrityError:
                current = self.owner(participant_id)
        return current == hub_user

    def close(self) -> None:
        self._engine.dispose()
