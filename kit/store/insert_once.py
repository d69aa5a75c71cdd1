"""INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL alike: the race-free 'only the first wins'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from kit.store.base import upsert_insert
from kit.store.schema import Base


def insert_once(session: Session, table: type[Base], values: Mapping[str, Any]) -> bool:
    """Insert a row unless one with the same unique key exists; True if this call inserted it."""
    statement = upsert_insert(session, table).values(**values).on_conflict_do_nothing()
    result: Any = session.execute(statement)
    return bool(result.rowcount)
