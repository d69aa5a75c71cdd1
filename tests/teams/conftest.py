"""Fixtures of the team and inject-script tests: steekpartij oefenvorm 2, a workshop, a fake clock."""

from __future__ import annotations

import pytest
from team_support import FakeClock
from tests_support import casus_library

from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.store import Store

EXERCISE = "steekpartij/oefenvorm-2"


@pytest.fixture(scope="session")
def library() -> Library:
    return casus_library("steekpartij")


@pytest.fixture(scope="session")
def exercise(library: Library) -> Exercise:
    return library.exercise(EXERCISE)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def workshop_code(store: Store) -> str:
    return store.create_workshop("Oefenavond kernteam", [EXERCISE], mode="groep").code
