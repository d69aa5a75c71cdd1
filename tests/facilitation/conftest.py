from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests_support import casus_library

from kit.content.library import Library
from kit.store import Store


@pytest.fixture(scope="session")
def library() -> Library:
    return casus_library("casus-1", "steekpartij")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path / 'store.sqlite'}") as opened:
        yield opened
