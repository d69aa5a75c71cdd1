"""Shared by the test folders: a library of chosen scenarios, independent of the rest of the repo."""

from __future__ import annotations

from kit.content.library import PACKAGE_DIR, Library, build_library, content_root


def casus_library(*scenario_ids: str) -> Library:
    """Methods, templates and the named scenarios with their references."""
    root = content_root()
    paths = sorted((PACKAGE_DIR / "methods").glob("*.yaml")) + sorted((PACKAGE_DIR / "templates").glob("*.yaml"))
    for scenario_id in scenario_ids:
        paths += [root / "scenarios" / f"{scenario_id}.yaml", root / "answers" / f"{scenario_id}.yaml"]
    library = build_library(paths)
    assert library.problems == []
    return library
