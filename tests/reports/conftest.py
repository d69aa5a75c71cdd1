"""The repository's real content and a fresh SQLite store per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kit.content.library import Library, load_library
from kit.store import Store


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    yield opened
    opened.close()
