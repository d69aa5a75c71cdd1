"""A background ticker for live views: calls a refresh every few seconds until stopped.

Widget updates from this thread reach the browser like any other change; exceptions are logged and
the ticker keeps going, so one failed read never freezes a participant's or facilitator's screen.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class LiveRefresh:
    def __init__(self, refresh: Callable[[], None], interval: float) -> None:
        self._refresh = refresh
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="oefenkit-live", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def join(self, timeout: float | None = None) -> None:
        """Wait until a stopped ticker's refresh in progress has ended (so its reads are over)."""
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self._stop.is_set()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self._refresh()
            except Exception:
                log.exception("Live refresh failed")
