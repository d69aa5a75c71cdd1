"""A real JupyterHub with three participants' system accounts and a PostgreSQL store, once per module."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from hub_setup import USERS, Layout, RunningHub, create_accounts, make_layout, remove_accounts, running_hub
from postgres import throwaway_cluster


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/hub/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.slow)
            item.add_marker(pytest.mark.hub)


@pytest.fixture(scope="module")
def layout() -> Iterator[Layout]:
    if os.geteuid() != 0:
        pytest.skip("tests/hub needs root: it creates the participants' system accounts and spawns as them")
    made = make_layout()
    created = create_accounts(USERS, made.homes)
    try:
        yield made
    finally:
        remove_accounts(created)
        shutil.rmtree(made.root, ignore_errors=True)


@pytest.fixture(scope="module")
def database_url(layout: Layout) -> Iterator[str]:
    """KIT_TEST_POSTGRES_URL (started by .ci/run) if set, else a throw-away cluster of our own."""
    given = os.environ.get("KIT_TEST_POSTGRES_URL", "").strip()
    if given:
        yield given
        return
    with throwaway_cluster(layout.root / "postgres") as url:
        yield url


@pytest.fixture(scope="module")
def hub(layout: Layout, database_url: str) -> Iterator[RunningHub]:
    with running_hub(layout, database_url) as running:
        yield running
