"""Call a function once things have been quiet for a moment: every keystroke triggers, one save runs."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class Debouncer:
    """Runs `fn` `delay` seconds after the last `trigger()`; `flush()` runs a pending call now.

    Thread-safe. Calls of `fn` never overlap, and `flush()` returns only after any call in
    progress has finished, so what was triggered before it is saved when it returns.
    An exception in `fn` goes to `on_error` (or, without one, to the log): never lost silently.
    The timer thread is not a daemon, so a pending call still runs when Python exits.
    """

    def __init__(
        self,
        fn: Callable[[], None],
        delay: float = 0.5,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._fn = fn
        self._delay = delay
        self._on_error = on_error
        self._lock = threading.Lock()  # guards _timer
        self._run_lock = threading.RLock()  # one call at a time; RLock lets fn flush itself
        self._timer: threading.Timer | None = None

    @property
    def pending(self) -> bool:
        """Whether a call is waiting for its timer."""
        with self._lock:
            return self._timer is not None

    def trigger(self) -> None:
        """(Re)start the timer: the call happens `delay` seconds from now."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            timer = threading.Timer(self._delay, self._fire)
            timer.args = (timer,)
            self._timer = timer
            timer.start()

    def flush(self) -> None:
        """Run a pending call now, and wait for one in progress; nothing happens if none is."""
        self._fire(None)

    def cancel(self) -> None:
        """Drop a pending call without running it."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = None

    def _fire(self, timer: threading.Timer | None) -> None:
        """Run `fn` if `timer` is the current one (or, for None, if any call is pending)."""
        with self._run_lock:
            with self._lock:
                current = self._timer
                if current is None or (timer is not None and timer is not current):
                    return  # nothing pending, or a timer that was replaced by a later trigger
                current.cancel()
                self._timer = None
            self._call()

    def _call(self) -> None:
        try:
            self._fn()
        except Exception as error:
            self._report(error)

    def _report(self, error: Exception) -> None:
        if self._on_error is None:
            log.error("Debounced call failed", exc_info=error)
            return
        try:
            self._on_error(error)
        except Exception:
            log.exception("on_error failed while handling %r", error)
