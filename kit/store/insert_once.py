"""INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL alike: the race-free 'only the first wins'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from kit.store.base import upsert_insert
from kit.store.schema import Base


def insert_once(session: Session, table: type[Base], values: Mapping[str, Any]) -> bool:
    """Insert a row unless one with the same unique key exists; True if this call inserted it.

    The statement RETURNs the new row's key and the answer is whether a row came back. `rowcount`
    cannot tell: on PostgreSQL the ORM adds a RETURNING of its own, and psycopg 3 then reports -1
    (true) for a row that was skipped as well, so every later save would count as the first.
    """
    key = inspect(table).primary_key
    statement = upsert_insert(session, table).values(**values).on_conflict_do_nothing().returning(*key)
    return session.execute(statement).first() is not None
