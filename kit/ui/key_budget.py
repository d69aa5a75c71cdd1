"""A page's own budget of facilitator-key tries: whoever guesses waits, not the key holder elsewhere.

The workshop-wide limit in the store only slows checks down (kit.store.keys); this one refuses, but
only on the page (the kernel) that typed the wrong keys: a few typos are free, then the page waits
`wait_after(failures)` seconds, doubling up to five minutes, before its next try.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kit.store.keys import wait_after


class KeyBudget:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.failures = 0
        self._until = 0.0

    def wait(self) -> float:
        """Seconds before this page may try a key again (0: now)."""
        return max(0.0, self._until - self._clock())

    def failed(self) -> float:
        """Count a wrong key (or unknown code); returns the wait it brings on this page."""
        self.failures += 1
        wait = wait_after(self.failures)
        self._until = self._clock() + wait
        return wait

    def succeeded(self) -> None:
        self.failures = 0
        self._until = 0.0
