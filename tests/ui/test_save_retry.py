"""Issue 11.3: a failed save is retried with back-off, shown in Dutch, and never lost or silent."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from kit.content.library import Library
from kit.store import Store
from kit.ui.renderers import FreeText
from kit.ui.runner import ExerciseRunner


class FlakyStore(Store):
    """A real store whose first `failures` saves fail the way SQLite does under load."""

    failures = 0
    calls = 0

    def save_answer(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.failures > 0:
            self.failures -= 1
            raise OperationalError("UPDATE answers SET value=? WHERE id = ?", {}, Exception("database is locked"))
        return super().save_answer(*args, **kwargs)


@pytest.fixture
def flaky(tmp_path: Any) -> Any:
    with FlakyStore(f"sqlite:///{tmp_path / 'flaky.sqlite'}") as opened:
        yield opened


def typed(run: ExerciseRunner, text: str) -> None:
    box = run.renderers["stap-1"]["toelichting"]
    assert isinstance(box, FreeText)
    box.text.value = text


def saved(store: Store, run: ExerciseRunner) -> str:
    return str(store.load_answers(run.participant_id, "casus-1").get("stap-1", {}).get("toelichting", ""))


def test_after_a_failed_save_navigation_saves_again(library: Library, flaky: FlakyStore) -> None:
    run = ExerciseRunner(library.exercise("casus-1"), flaky, flaky.join("Sanne").id, save_delay=0.01)
    run.retry_delays = (60.0,)  # no automatic retry in this test: navigation must save by itself
    flaky.failures = 1
    typed(run, "Eerste versie")
    run.debouncer.flush()
    assert "stap-1" in run.dirty
    status = run.status.value
    assert "Nog niet opgeslagen" in status
    for leak in ("UPDATE", "database is locked", "sqlalche", "http"):
        assert leak not in status
    run.next_button.click()
    assert saved(flaky, run) == "Eerste versie"
    assert not run.dirty and "Opgeslagen" in run.status.value
    run.cancel_retry()


def test_submit_after_a_failed_save_keeps_the_answer(library: Library, flaky: FlakyStore) -> None:
    run = ExerciseRunner(library.exercise("casus-1"), flaky, flaky.join("Sanne").id, save_delay=0.01)
    run.retry_delays = (60.0,)
    flaky.failures = 1
    typed(run, "Voor het inleveren")
    run.debouncer.flush()
    run.submit()
    assert saved(flaky, run) == "Voor het inleveren"
    run.cancel_retry()


def test_failed_saves_are_retried_with_back_off_until_they_succeed(
    library: Library, flaky: FlakyStore, caplog: pytest.LogCaptureFixture
) -> None:
    run = ExerciseRunner(library.exercise("casus-1"), flaky, flaky.join("Sanne").id, save_delay=0.01)
    run.retry_delays = (0.05, 0.1, 0.2)
    flaky.failures = 3
    typed(run, "Blijft bewaard")
    run.debouncer.flush()
    deadline = time.monotonic() + 10
    while run.dirty and time.monotonic() < deadline:
        time.sleep(0.05)
    assert saved(flaky, run) == "Blijft bewaard"
    assert flaky.calls >= 4 and "Opgeslagen" in run.status.value
    assert "database is locked" in caplog.text  # the detail goes to the server log only
