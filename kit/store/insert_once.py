"""INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL alike: the race-free 'only the first wins'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kit.store.schema import Base


def insert_once(session: Session, table: type[Base], values: Mapping[str, Any]) -> bool:
    """Insert a row unless one with the same unique key exists; True if this call inserted it."""
    dialect = session.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(table).values(**values).on_conflict_do_nothing()
    result: Any = session.execute(statement)
    return bool(result.rowcount)
