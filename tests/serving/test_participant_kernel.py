"""What a participant kernel loads: no facilitator-only libraries, and the content from the shared cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kit.content import cache
from kit.content.library import Library, cached_library, default_paths, load_library
from kit.ui.warm import PREHEAT_ENV

# Team play's script engine and evaluation form (kit.facilitation.script, .evaluation_guide) are plain Python a
# table member's kernel needs; the dashboard, its plots and the reports are the facilitator's alone.
FACILITATOR_ONLY = (
    "pandas",
    "matplotlib",
    "openpyxl",
    "kit.reports",
    "kit.facilitation.dashboard",
    "kit.facilitation.plots",
)
PARTICIPANT = (
    "from kit.ui.app import exercise_app, SignIn; import kit.ui.runner, kit.store; exercise_app('casus-1'); "
    "exercise_app(variant='oefenvorm-2'); import sys; print(' '.join(sorted(sys.modules)))"
)
WARMED = (  # what the warm-up of a pool's kernel loaded (kit.ui.warm): the store, the runner, the frame
    "kit.store",
    "kit.ui.runner",
    "kit.ui.runner_frame",
    "kit.ui.team_runner",
)


def test_participant_kernel_imports_no_facilitator_libraries(tmp_path: Path) -> None:
    """As a kernel of the pool (VOILA_PREHEAT): its warm-up imports what a sign-in needs, and no more."""
    store = f"sqlite:///{tmp_path / 'store.sqlite'}"
    env = {**os.environ, cache.ENV_VAR: str(tmp_path), PREHEAT_ENV: "True", "KIT_DATABASE_URL": store}
    done = subprocess.run([sys.executable, "-c", PARTICIPANT], capture_output=True, text=True, env=env, check=True)
    loaded = set(done.stdout.split())
    assert "kit.ui.runner" in loaded and "ipywidgets" in loaded  # the probe did load the participant's app
    assert not loaded & set(FACILITATOR_ONLY), sorted(loaded & set(FACILITATOR_ONLY))
    assert set(WARMED) <= loaded


def test_library_comes_from_the_cache_once_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path))
    builds: list[Library] = []

    def build() -> Library:
        builds.append(load_library())
        return builds[-1]

    first = cache.cached(default_paths(), build, Library)
    second = cache.cached(default_paths(), build, Library)
    assert len(builds) == 1 and second is not first  # the second came from the file
    assert second.exercises.keys() == first.exercises.keys()
    assert second.exercise("casus-1").title == first.exercise("casus-1").title
    cached_library.cache_clear()
    assert cached_library().exercises.keys() == first.exercises.keys()  # the notebooks' entry point uses it
    cached_library.cache_clear()


def test_an_edited_content_file_builds_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path / "cache"))
    content = tmp_path / "casus.yaml"
    content.write_text("a: 1\n", encoding="utf-8")
    builds: list[str] = []

    def build() -> str:
        builds.append(content.read_text(encoding="utf-8"))
        return builds[-1]

    assert cache.cached([content], build, str) == "a: 1\n"
    assert cache.cached([content], build, str) == "a: 1\n"
    content.write_text("a: 22\n", encoding="utf-8")  # size and mtime change
    assert cache.cached([content], build, str) == "a: 22\n"
    assert builds == ["a: 1\n", "a: 22\n"]


def test_a_broken_cache_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path))
    content = tmp_path / "casus.yaml"
    content.write_text("a: 1\n", encoding="utf-8")
    (tmp_path / f"library-{cache.cache_key([content])}.pickle").write_bytes(b"not a pickle")
    assert cache.cached([content], lambda: "built", str) == "built"
