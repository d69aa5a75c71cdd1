"""Every store test runs on both engines (the fixtures are in tests/conftest.py); here each test's store is
on a database of its own, new for the test, as opening and upgrading a store is what some of them test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kit.store import Store


@pytest.fixture
def store(open_store: Callable[[], Store]) -> Store:
    return open_store()
