"""The repository's real content and a fresh SQLite store per test."""

from __future__ import annotations

import pytest

from kit.content.library import Library, load_library


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library()
