"""A real JupyterHub with three participants' system accounts and a PostgreSQL store, once per module."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from hub_setup import USERS, Layout, RunningHub, create_accounts, make_layout, remove_accounts, running_hub
from pg_support import fresh_postgres_database


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
def database_url(layout: Layout, postgres_url: str) -> Iterator[str]:
    """A fresh database on the PostgreSQL server of the tests (.ci/run's, or tools/pg_cluster.py's)."""
    url, drop = fresh_postgres_database(postgres_url)
    try:
        yield url
    finally:
        drop()


@pytest.fixture(scope="module")
def hub(layout: Layout, database_url: str) -> Iterator[RunningHub]:
    with running_hub(layout, database_url) as running:
        yield running
