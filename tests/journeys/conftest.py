"""The journeys' fixtures: `python -m kit serve` on SQLite or PostgreSQL, Debian's chromium, screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from journey_server import SCREENS, KitServer, start_kit_serve, stop_kit_serve
from pg_support import fresh_postgres_database
from playwright.sync_api import Browser
from voila_server import launched_chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per module (Playwright's sync API holds an asyncio loop while it is open)."""
    with launched_chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KitServer]:
    workdir = tmp_path_factory.mktemp("journey-sqlite")
    server = start_kit_serve(workdir, f"sqlite:///{workdir / 'store.sqlite'}", "sqlite")
    try:
        yield server
    finally:
        stop_kit_serve(server)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def day_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KitServer]:
    """A workshop day runs once on each engine: the server gets the engine's URL with --database-url."""
    workdir = tmp_path_factory.mktemp(f"journey-{request.param}")
    drop = None
    if request.param == "postgres":
        url, drop = fresh_postgres_database(request.getfixturevalue("postgres_url"))
    else:
        url = f"sqlite:///{workdir / 'store.sqlite'}"
    server = start_kit_serve(workdir, url, request.param)
    try:
        yield server
    finally:
        stop_kit_serve(server)
        if drop is not None:
            drop()


@pytest.fixture(scope="session")
def screens() -> Path:
    """Screenshots of the journeys' main stages (gitignored; named in the README)."""
    SCREENS.mkdir(exist_ok=True)
    return SCREENS
