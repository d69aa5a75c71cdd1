"""The organiser's key: who may create workshops on this store (issue 18).

A workshop's creator gets its facilitator key and with it every reveal, so creating one must not be
open to whoever reaches `facilitator.ipynb`. The store keeps one organiser key as a salted scrypt hash
(`kit.store.keys`); `kit serve` makes it on its first run and prints it in the terminal, and
`python -m kit organisatorsleutel` replaces it. Each wrong try costs a scrypt, and the key has about
79 bits, so there is no lock that a guesser could use to keep the organiser out.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from kit.store.base import StoreBase
from kit.store.keys import KeyHash, hash_key, verify_key
from kit.store.retry import retrying
from kit.store.schema import OrganiserKey, utcnow


class OrganiserMixin(StoreBase):
    @retrying
    def ensure_organiser_key(self) -> str | None:
        """A new organiser key if the store has none yet (its only plain copy), else None."""
        with self._write() as session:
            if session.scalars(select(OrganiserKey.id)).first() is not None:
                return None
        return self.reset_organiser_key()

    @retrying
    def reset_organiser_key(self) -> str:
        """Replace the organiser key by a fresh one and return it; the old one stops working."""
        from kit.store.workshops import new_key

        key = new_key()
        hashed = hash_key(key)
        with self._write() as session:
            session.execute(delete(OrganiserKey))
            session.add(
                OrganiserKey(
                    key_hash=hashed.hash,
                    key_salt=hashed.salt or "",
                    key_params=hashed.params or "",
                    created_at=utcnow(),
                )
            )
        return key

    @retrying
    def check_organiser_key(self, key: str) -> bool:
        """Whether `key` is the organiser key (False when the store has none: nobody may create then)."""
        with self._read() as session:
            row = session.scalars(select(OrganiserKey)).first()
            stored = None if row is None else KeyHash(row.key_hash, row.key_salt, row.key_params)
        if stored is None:
            verify_key(key, hash_key("-"))  # the same work either way
            return False
        return verify_key(key, stored)
