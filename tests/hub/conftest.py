"""A real JupyterHub with the participants' system accounts and a PostgreSQL store, started once per session.

Every module of tests/hub (the lock-down, the tabletop day, the individual day) uses the same Hub: one
start, and one set of system accounts, which `useradd` makes and teardown removes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from hub_setup import (
    PROXY,
    TABLE_USERS,
    USERS,
    Layout,
    RunningHub,
    create_accounts,
    make_layout,
    remove_accounts,
    running_hub,
)
from pg_support import fresh_postgres_database


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/hub/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.slow)
            item.add_marker(pytest.mark.hub)


REQUIRED_ENV = "KIT_TEST_HUB"
"""`.ci/run` sets it to `required`: then a missing prerequisite fails the test instead of skipping it."""
_status: dict[str, str] = {}


def _unavailable(reason: str) -> None:
    _status["skipped"] = reason
    if os.environ.get(REQUIRED_ENV) == "required":
        pytest.fail(f"{reason} (and ${REQUIRED_ENV}=required)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def layout() -> Iterator[Layout]:
    if os.geteuid() != 0:
        _unavailable("JupyterHub test skipped: it needs root (it creates the participants' system accounts)")
    if not PROXY.exists():
        _unavailable(f"JupyterHub test skipped: {PROXY} is missing (make hub-proxy, needs npm)")
    _status["ran"] = "a real JupyterHub with configurable-http-proxy on 127.0.0.1"
    made = make_layout()
    created = create_accounts((*USERS, *TABLE_USERS), made.homes)
    try:
        yield made
    finally:
        remove_accounts(created)
        shutil.rmtree(made.root, ignore_errors=True)


@pytest.fixture(scope="session")
def database_url(layout: Layout, postgres_url: str) -> Iterator[str]:
    """A fresh database on the PostgreSQL server of the tests (.ci/run's, or tools/pg_cluster.py's)."""
    url, drop = fresh_postgres_database(postgres_url)
    try:
        yield url
    finally:
        drop()


@pytest.fixture(scope="session")
def hub(layout: Layout, database_url: str) -> Iterator[RunningHub]:
    with running_hub(layout, database_url) as running:
        yield running


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly whether the JupyterHub test ran."""
    if "skipped" in _status:
        terminalreporter.write_line(f"JupyterHub test: SKIPPED. {_status['skipped']}", yellow=True)
    elif "ran" in _status:
        terminalreporter.write_line(f"JupyterHub test: RAN against {_status['ran']}")
