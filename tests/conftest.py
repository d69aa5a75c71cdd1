"""Fixtures every test folder shares."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kit.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh SQLite store per test (tests/store/ overrides it with its own opener)."""
    with Store(f"sqlite:///{tmp_path / 'store.sqlite'}") as opened:
        yield opened
