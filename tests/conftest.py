"""Fixtures every test folder shares, and the PostgreSQL server the store tests run against.

Every test that takes `store` runs twice, once per engine: on a fresh SQLite file, and on a real PostgreSQL
(marker `postgres`), so a bug of one engine's SQL fails a test. The PostgreSQL store of a test is one
database per test session, emptied before each test (a new database per test costs a second each);
`db_url` and `open_store` hand out a new empty database instead, for tests of opening and upgrading.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pg_support import empty_postgres_database, fresh_postgres_database, load_pg_cluster

from kit.store import Store
from kit.ui.live import LiveRefresh

POSTGRES_ENV = "KIT_TEST_POSTGRES_URL"
_postgres_status: dict[str, str] = {}
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    """The engine the test's store runs on: every test that uses a store runs on both."""
    return str(request.param)


@pytest.fixture
def db_url(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a new empty store: a SQLite file in the test's folder, or a new PostgreSQL database."""
    if engine_name == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    url, drop = fresh_postgres_database(request.getfixturevalue("postgres_url"))
    try:
        yield url
    finally:
        drop()


@pytest.fixture
def open_store(db_url: str, stop_live_refreshes: list[LiveRefresh]) -> Iterator[Callable[[], Store]]:
    """Opens as many stores on the test's new database as a test needs, and closes them all after it."""
    opened: list[Store] = []

    def open_one() -> Store:
        opened.append(Store(db_url))
        return opened[-1]

    yield open_one
    _stop_tickers(stop_live_refreshes)
    for one in opened:
        one.close()


def _stop_tickers(started: list[LiveRefresh]) -> None:
    for ticker in started:
        ticker.stop()
    for ticker in started:
        ticker.join(timeout=10)


@pytest.fixture(autouse=True)
def stop_live_refreshes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[LiveRefresh]]:
    """Stop every live ticker a test's runners and dashboards started, so none reads another test's store
    (the store fixtures stop them before they close the store, so no ticker holds a connection then)."""
    started: list[LiveRefresh] = []
    start = LiveRefresh.start

    def recorded_start(self: LiveRefresh) -> None:
        started.append(self)
        start(self)

    monkeypatch.setattr(LiveRefresh, "start", recorded_start)
    yield started
    _stop_tickers(started)


@pytest.fixture(scope="session")
def shared_postgres_store(postgres_url: str) -> Iterator[str]:
    """One PostgreSQL database with the current schema for the session's `store` fixtures."""
    url, drop = fresh_postgres_database(postgres_url)
    Store(url).close()
    try:
        yield url
    finally:
        drop()


@pytest.fixture
def store(
    engine_name: str, tmp_path: Path, request: pytest.FixtureRequest, stop_live_refreshes: list[LiveRefresh]
) -> Iterator[Store]:
    """An empty store of the current schema, on each engine in turn; closed after the test."""
    if engine_name == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    else:
        url = request.getfixturevalue("shared_postgres_store")
        empty_postgres_database(url)
    with Store(url) as opened:
        yield opened
        _stop_tickers(stop_live_refreshes)


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL server URL: $KIT_TEST_POSTGRES_URL, else a throw-away cluster, else the test skips."""
    given = os.environ.get(POSTGRES_ENV, "").strip()
    if given:
        _postgres_status["ran"] = f"server from ${POSTGRES_ENV}"
        yield given
        return
    if importlib.util.find_spec("psycopg") is None:
        reason = "PostgreSQL part skipped: psycopg is not installed (pip install -e '.[postgres]')"
        _postgres_status["skipped"] = reason
        pytest.skip(reason)
    pg_cluster = load_pg_cluster()
    if not pg_cluster.available():
        reason = (
            f"PostgreSQL part skipped: no ${POSTGRES_ENV} and no PostgreSQL binaries to start a cluster "
            "(apt-get install postgresql, or run .ci/run)"
        )
        _postgres_status["skipped"] = reason
        pytest.skip(reason)
    base = tmp_path_factory.mktemp("postgres")
    url = pg_cluster.start(base)
    _postgres_status["ran"] = "throw-away cluster started by the tests (tools/pg_cluster.py)"
    try:
        yield url
    finally:
        pg_cluster.stop(base)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly whether the PostgreSQL tests ran, so a skipped engine is never mistaken for a pass."""
    if "ran" in _postgres_status:
        terminalreporter.write_line(f"PostgreSQL tests: RAN against a real server: {_postgres_status['ran']}")
    elif "skipped" in _postgres_status:
        terminalreporter.write_line(f"PostgreSQL tests: SKIPPED. {_postgres_status['skipped']}", yellow=True)
