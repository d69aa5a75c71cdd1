"""A real JupyterHub with the test accounts (participants, a facilitator) and a PostgreSQL store, once per session.

One Hub start serves every test in tests/hub: the lock-down checks and both workshop days.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from hub_setup import ACCOUNTS, PROXY, Layout, RunningHub, create_accounts, make_layout, remove_accounts, running_hub
from pg_support import fresh_postgres_database
from playwright.sync_api import Browser, sync_playwright
from voila_server import CHROMIUM, CHROMIUM_ARGS


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
    created = create_accounts(ACCOUNTS, made.homes)
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


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per test module in tests/hub (each test opens its own contexts).

    Module scope, not session or package (tests/hub is no Python package, so pytest would keep a package
    fixture to the session's end): Playwright's sync API keeps an asyncio loop running while it is open,
    and the journeys, serving and store tests that run after tests/hub need loops of their own."""
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run .ci/run or `apt-get install chromium` first")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly whether the JupyterHub test ran."""
    if "skipped" in _status:
        terminalreporter.write_line(f"JupyterHub test: SKIPPED. {_status['skipped']}", yellow=True)
    elif "ran" in _status:
        terminalreporter.write_line(f"JupyterHub test: RAN against {_status['ran']}")
