"""The Debouncer: many triggers make one call, flush runs at once, errors are handed on."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from kit.store import Debouncer


class Counter:
    def __init__(self) -> None:
        self.calls = 0
        self.called = threading.Event()

    def __call__(self) -> None:
        self.calls += 1
        self.called.set()


def test_ten_rapid_triggers_make_one_call() -> None:
    counter = Counter()
    debouncer = Debouncer(counter, delay=0.5)
    for _ in range(10):
        debouncer.trigger()
        time.sleep(0.01)
    assert counter.calls == 0 and debouncer.pending
    assert counter.called.wait(5)
    time.sleep(0.6)
    assert counter.calls == 1 and not debouncer.pending


def test_call_comes_delay_after_the_last_trigger() -> None:
    times: list[float] = []
    debouncer = Debouncer(lambda: times.append(time.monotonic()), delay=0.4)
    debouncer.trigger()
    time.sleep(0.2)
    last = time.monotonic()
    debouncer.trigger()
    time.sleep(1.0)
    assert len(times) == 1
    assert 0.39 <= times[0] - last < 0.9


def test_flush_runs_a_pending_call_immediately() -> None:
    counter = Counter()
    debouncer = Debouncer(counter, delay=60)
    debouncer.trigger()
    debouncer.trigger()
    debouncer.flush()
    assert counter.calls == 1 and not debouncer.pending
    debouncer.flush()
    assert counter.calls == 1


def test_flush_waits_for_a_call_in_progress() -> None:
    started, done = threading.Event(), threading.Event()

    def slow() -> None:
        started.set()
        time.sleep(0.2)
        done.set()

    debouncer = Debouncer(slow, delay=0.01)
    debouncer.trigger()
    assert started.wait(2)
    debouncer.flush()
    assert done.is_set()


def test_cancel_drops_the_pending_call() -> None:
    counter = Counter()
    debouncer = Debouncer(counter, delay=0.05)
    debouncer.trigger()
    debouncer.cancel()
    time.sleep(0.15)
    debouncer.flush()
    assert counter.calls == 0


def test_errors_go_to_on_error_and_later_calls_still_run() -> None:
    errors: list[Exception] = []
    calls: list[int] = []

    def fails() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("schijf vol")

    debouncer = Debouncer(fails, delay=0.01, on_error=errors.append)
    debouncer.trigger()
    debouncer.flush()
    debouncer.trigger()
    debouncer.flush()
    assert [str(e) for e in errors] == ["schijf vol"] and len(calls) == 2


def test_errors_in_the_timer_thread_reach_on_error() -> None:
    got = threading.Event()
    errors: list[Exception] = []

    def record(error: Exception) -> None:
        errors.append(error)
        got.set()

    def fails() -> None:
        raise ValueError("kapot")

    Debouncer(fails, delay=0.01, on_error=record).trigger()
    assert got.wait(2)
    assert isinstance(errors[0], ValueError)


def test_without_on_error_the_error_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    def fails() -> None:
        raise RuntimeError("kapot")

    debouncer = Debouncer(fails)
    debouncer.trigger()
    with caplog.at_level(logging.ERROR, logger="kit.store.debounce"):
        debouncer.flush()
    assert "kapot" in caplog.text


def test_triggers_from_many_threads_coalesce() -> None:
    counter = Counter()
    debouncer = Debouncer(counter, delay=0.2)
    threads = [threading.Thread(target=debouncer.trigger) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    debouncer.flush()
    time.sleep(0.3)
    assert counter.calls == 1
