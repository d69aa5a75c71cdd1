"""Shared by the test folders: tools/pg_cluster.py as a module, and fresh databases on a PostgreSQL server."""

from __future__ import annotations

import importlib.util
import secrets
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kit.store.schema import Base

ROOT = Path(__file__).resolve().parents[1]


def load_pg_cluster() -> ModuleType:
    """tools/pg_cluster.py (a script, not a package) as a module."""
    spec = importlib.util.spec_from_file_location("pg_cluster", ROOT / "tools" / "pg_cluster.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fresh_postgres_database(server_url: str) -> tuple[str, Callable[[], None]]:
    """A new empty database on the server of `server_url`: its URL, and a function that drops it."""
    name = f"kit_test_{secrets.token_hex(6)}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()

    def drop() -> None:
        engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    return make_url(server_url).set(database=name).render_as_string(hide_password=False), drop


def empty_postgres_database(url: str) -> None:
    """Delete every row of the store's tables and restart their id sequences: like a new store, in 50 ms.

    The schema (and `schema_migrations`) stays; ids start at 1 again, as on a new SQLite file.
    """
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())
            sequences = conn.execute(text("SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()"))
            for (name,) in sequences.all():
                conn.execute(text(f'ALTER SEQUENCE "{name}" RESTART'))
    finally:
        engine.dispose()
