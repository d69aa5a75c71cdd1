"""What a participant kernel loads: no facilitator-only libraries, and the content from the shared cache."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kit.content import cache
from kit.content.library import Library, cached_exercises, cached_library, default_paths, load_library
from kit.errors import UnknownExerciseError
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
ONE_PAGE = (  # a casus page in a pool's kernel, then its first feedback: how much content it holds, what it loaded
    "import gc, sys; from kit.ui.app import exercise_app; from kit.content.library import cached_library; "
    "from kit.content.exercise import Exercise; from kit.scoring.engine import score_step; "
    "page = exercise_app('casus-1'); "
    "held = [o for o in gc.get_objects() if isinstance(o, Exercise)]; "
    "score_step(held[0], held[0].steps[0].id, {}); "
    "print(len(held), cached_library.cache_info().currsize, 'simplemma' in sys.modules, 'yaml' in sys.modules)"
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


def test_a_page_holds_only_its_exercise_and_feedback_loads_no_dictionary(tmp_path: Path) -> None:
    """Issue 22: a kernel held the whole library (5.6 MB) for one casus, and its first feedback decoded
    simplemma's Dutch dictionary (0.45 CPU-s, +45 MB); the table of kit.scoring.verb_forms replaces it."""
    store = f"sqlite:///{tmp_path / 'store.sqlite'}"
    env = {**os.environ, cache.ENV_VAR: str(tmp_path), PREHEAT_ENV: "True", "KIT_DATABASE_URL": store}
    for _ in range(2):  # the first writes this page's cache file (from the library), the second reads it
        done = subprocess.run([sys.executable, "-c", ONE_PAGE], capture_output=True, text=True, env=env, check=True)
        assert done.stdout.split()[:3] == ["1", "0", "False"], done.stdout + done.stderr
    assert done.stdout.split()[3] == "False"  # read from the cache: no YAML parser
    assert len(list(tmp_path.glob("library-*.pickle"))) == 3  # the library, this page's exercise and its card


COLD_PAGE = (  # a page whose kernel starts for its visitor (no pool): the form, then a sign-in
    "import sys; from kit.ui.app import exercise_app, SignIn; "
    "exercise_app(variant='oefenvorm-2'); page = exercise_app('casus-1'); "
    "shown = 'pydantic' in sys.modules, 'kit.content.models' in sys.modules, 'sqlalchemy' in sys.modules; "
    "import ipywidgets as w; gc = __import__('gc'); "
    "form = next(o for o in gc.get_objects() if isinstance(o, SignIn) and 'casus-1' in o.cards); "
    "form.name.value = 'Noor'; runner = form.start(); "
    "print(*shown, runner is not None and runner.exercise.id)"
)


def test_a_page_whose_kernel_starts_for_its_visitor_draws_its_form_without_the_content_models(
    tmp_path: Path,
) -> None:
    """Issue 22, cold bursts: the form needs ids, titles and roles only; pydantic, the content models and the
    store load at "Beginnen". The first run builds the caches, the second reads them as a kernel would."""
    env = {k: v for k, v in os.environ.items() if k != PREHEAT_ENV}
    for run in range(2):
        env.update({cache.ENV_VAR: str(tmp_path), "KIT_DATABASE_URL": f"sqlite:///{tmp_path / f'store{run}.sqlite'}"})
        done = subprocess.run([sys.executable, "-c", COLD_PAGE], capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False", "False", "casus-1"], done.stdout + done.stderr


def test_a_page_gets_the_exercises_the_library_has(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path))
    library = cached_library()
    for _ in range(2):
        (casus,) = cached_exercises("casus-1")
        assert casus is not library.exercise("casus-1") and casus.title == library.exercise("casus-1").title
        samos = cached_exercises(variant="oefenvorm-2")
        wanted = sorted(e.id for e in library.exercises.values() if e.variant.id == "oefenvorm-2")
        assert [e.id for e in samos] == wanted and len(wanted) > 1
    with pytest.raises(UnknownExerciseError):
        cached_exercises("casus-99")


def test_kit_serve_starts_kernels_without_the_debugger(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 22: ipykernel imported debugpy in every kernel (8 MB) for a debugger no page offers; kit's kernel
    spec, on the JUPYTER_PATH that `kit serve` sets, starts ipykernel without it, and the kernel answers."""
    import psutil
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import start_new_kernel

    monkeypatch.setenv("JUPYTER_PATH", prepare_env()["JUPYTER_PATH"])
    spec = KernelSpecManager().get_kernel_spec("python3")
    assert spec.argv[:3] == ["python", "-m", "kit.serving.participant_kernel"]
    manager, client = start_new_kernel(kernel_name="python3", startup_timeout=120)
    try:
        reply = client.kernel_info(reply=True)
        assert reply["content"]["status"] == "ok"
        kernel = psutil.Process(manager.provisioner.pid)  # type: ignore[union-attr]
        assert "kit.serving.participant_kernel" in kernel.cmdline()
        assert not [m.path for m in kernel.memory_maps() if "debugpy" in m.path or "pydevd" in m.path]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def prepare_env() -> dict[str, str]:
    """The environment `kit serve` gives Voila and so its kernels."""
    from kit.serving.options import ServeOptions
    from kit.serving.voila_config import prepare

    with tempfile.TemporaryDirectory() as folder:
        return prepare(ServeOptions(port=1, pools={}), Path(folder))[1]


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
