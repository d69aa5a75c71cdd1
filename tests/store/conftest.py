"""Every store test runs on both engines: a fresh SQLite file, and a fresh database on a real PostgreSQL.

Stores are closed so no connection outlives its test; the PostgreSQL database is dropped after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pg_support import fresh_postgres_database

from kit.store import Store

ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of an empty store: a SQLite file in the test's folder, or a new PostgreSQL database."""
    if engine_name == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    url, drop = fresh_postgres_database(request.getfixturevalue("postgres_url"))
    try:
        yield url
    finally:
        drop()


@pytest.fixture
def open_store(db_url: str) -> Iterator[Callable[[], Store]]:
    """Opens as many stores on the test's database as a test needs, and closes them all after it."""
    opened: list[Store] = []

    def open_one() -> Store:
        opened.append(Store(db_url))
        return opened[-1]

    yield open_one
    for store in opened:
        store.close()


@pytest.fixture
def store(open_store: Callable[[], Store]) -> Store:
    return open_store()
