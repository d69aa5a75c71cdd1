"""The core every part of the store shares: engines, sessions and the lookups that raise StoreError."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Self

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from kit.store.engine import default_database_url, make_engines
from kit.store.gate import gate_for
from kit.store.migrations import ensure_schema
from kit.store.records import StoreError
from kit.store.retry import retrying
from kit.store.schema import Base, Participant, Workshop


def normalize_code(code: str) -> str:
    """A workshop code as stored: spaces removed, upper case."""
    return "".join(code.split()).upper()


def json_copy(value: Any) -> Any:
    """A deep copy of `value` as JSON gives it back; TypeError/ValueError if it is not JSON."""
    return json.loads(json.dumps(value, allow_nan=False))


def canonical(value: Any) -> str:
    """JSON text that is equal for equal JSON values (so `1`, `1.0` and `true` differ)."""
    return json.dumps(value, sort_keys=True, allow_nan=False)


def upsert_insert(session: Session, table: type[Base]) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that can take ON CONFLICT DO NOTHING / DO UPDATE, in the session's SQL dialect."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise ValueError(f"the store runs on SQLite or PostgreSQL, not {name}")


class StoreBase:
    """Opens the database and hands out short sessions; one instance may serve many threads.

    Opening creates the schema or upgrades it (`kit.store.migrations`), safely from several processes.
    Write transactions go through the write gate (one writer at a time on a SQLite file, handed over
    at once); public methods that lost a race to another writer are run again (`kit.store.retry`).
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_database_url()
        self._engine, write_engine = make_engines(self.url)
        self._gate = gate_for(self.url)
        self._reader = sessionmaker(self._engine, expire_on_commit=False)
        self._writer = sessionmaker(write_engine, expire_on_commit=False)
        try:
            retrying(ensure_schema)(write_engine, self._gate)
        except BaseException:
            self._engine.dispose()  # no connection left for the garbage collector to close
            raise

    def close(self) -> None:
        """Close every pooled connection; the store can still be used and reconnects."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A session whose transaction commits on leaving, or rolls back on an exception."""
        with self._gate.hold(), self._writer.begin() as session:
            yield session

    @staticmethod
    def _workshop_row(session: Session, code: str) -> Workshop:
        clean = normalize_code(code)
        row = session.scalars(select(Workshop).where(Workshop.code == clean)).one_or_none()
        if row is None:
            raise StoreError("unknown_code", code=code.strip())
        return row

    @staticmethod
    def _participant_row(session: Session, participant_id: int) -> Participant:
        row = session.get(Participant, participant_id)
        if row is None:
            raise StoreError("unknown_participant", participant_id=participant_id)
        return row
