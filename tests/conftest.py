"""Fixtures every test folder shares, and the PostgreSQL server the store tests run against."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_support import load_pg_cluster

from kit.store import Store

POSTGRES_ENV = "KIT_TEST_POSTGRES_URL"
_postgres_status: dict[str, str] = {}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh SQLite store per test (tests/store/ overrides it with its own opener)."""
    with Store(f"sqlite:///{tmp_path / 'store.sqlite'}") as opened:
        yield opened


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
