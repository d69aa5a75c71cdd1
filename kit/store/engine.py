"""Where the store lives and how to connect: one URL, SQLite by default, PostgreSQL for many machines.

SQLite is set up for several threads and several processes on one file: WAL journal (readers never
wait for the writer), foreign keys on, a 5 s busy timeout, and write transactions that take the write
lock at BEGIN (`BEGIN IMMEDIATE`) so a read-then-write never fails half way with 'database is locked'.
Writers queue on a file lock first (`kit.store.gate`), and a call that still meets a busy database is
run again (`kit.store.retry`). PostgreSQL needs the psycopg 3 driver (`pip install -e '.[postgres]'`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

from kit.store.records import StoreError

ENV_VAR = "KIT_DATABASE_URL"
BUSY_TIMEOUT_MS = 5000
_BEGIN_OPTION = "kit_sqlite_begin"


def default_database_url() -> str:
    """`$KIT_DATABASE_URL` if set, else a SQLite file in the user's data folder (created if needed)."""
    url = os.environ.get(ENV_VAR, "").strip()
    if url:
        return url
    folder = Path(platformdirs.user_data_dir("oefenkit", appauthor=False))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)  # our own folder: answers and names of participants, for the owner only
    return f"sqlite:///{folder / 'oefenkit.sqlite'}"


def make_engines(url: str) -> tuple[Engine, Engine]:
    """A reading and a writing engine on one connection pool; they differ only on SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except ModuleNotFoundError as error:
            raise StoreError("driver_missing", backend=parsed.get_backend_name(), module=error.name) from error
        return engine, engine
    if parsed.database in (None, "", ":memory:"):
        # One shared connection, or every thread would see its own empty database.
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        _create_private(Path(parsed.database))
        engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine, engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})


def _create_private(path: Path) -> None:
    """Create a new SQLite file readable by its owner only; SQLite gives its -wal and -shm the same mode."""
    if path.exists() or not path.parent.is_dir():
        return  # an existing file keeps its mode; a missing folder is SQLite's error to report
    with contextlib.suppress(FileExistsError):  # another process created it just now
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _on_sqlite_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    assert isinstance(dbapi_connection, sqlite3.Connection)
    # Leave BEGIN to `_on_sqlite_begin`: the driver's own handling begins too late for WAL.
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    dbapi_connection.execute("PRAGMA journal_mode = WAL")
    dbapi_connection.execute("PRAGMA synchronous = NORMAL")


def _on_sqlite_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
