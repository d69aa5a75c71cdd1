from __future__ import annotations

from pathlib import Path

import pytest

from kit.content.library import PACKAGE_DIR, Library, build_library, content_root
from kit.store import Store


def casus_library(*scenario_ids: str) -> Library:
    """Methods, templates and the named scenarios with their references, without the rest of the repo."""
    root = content_root()
    paths = sorted((PACKAGE_DIR / "methods").glob("*.yaml")) + sorted((PACKAGE_DIR / "templates").glob("*.yaml"))
    for scenario_id in scenario_ids:
        paths += [root / "scenarios" / f"{scenario_id}.yaml", root / "answers" / f"{scenario_id}.yaml"]
    library = build_library(paths)
    assert library.problems == []
    return library


@pytest.fixture(scope="session")
def library() -> Library:
    return casus_library("casus-1")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(f"sqlite:///{tmp_path / 'store.sqlite'}") as opened:
        yield opened
