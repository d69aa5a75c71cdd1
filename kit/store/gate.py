"""One writer at a time on a SQLite file, handed over at once: a kernel lock beside the database file.

SQLite lets one transaction write at a time; the others wait in its busy handler, which polls with
sleeps of up to 100 ms. With 40 writers the lock is mostly free while they all sleep, throughput
collapses and some wait past the busy timeout ('database is locked'). Writers of this store first
take an exclusive `flock` on `<database>.writelock`: waiters block in the kernel and the next one
wakes as soon as the holder is done. The kernel drops the lock when a process dies, even by SIGKILL,
so a killed writer never blocks the others. SQLite's own locking stays in force underneath (other
programs, checkpoints), covered by the busy timeout and `kit.store.retry`.

An in-memory database is one connection shared by the threads of one process: a thread lock there.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

LOCK_SUFFIX = ".writelock"


class WriteGate:
    """Serialises write transactions; re-entrant within a thread, so nested use cannot deadlock."""

    def __init__(self, lock_path: Path | None) -> None:
        self.lock_path = lock_path
        self._thread_lock = threading.RLock()
        self._held = threading.local()

    @contextmanager
    def hold(self) -> Iterator[None]:
        if getattr(self._held, "depth", 0) > 0:
            self._held.depth += 1
            try:
                yield
            finally:
                self._held.depth -= 1
            return
        with self._thread_lock if self.lock_path is None else self._file_lock(self.lock_path):
            self._held.depth = 1
            try:
                yield
            finally:
                self._held.depth = 0

    @staticmethod
    @contextmanager
    def _file_lock(path: Path) -> Iterator[None]:
        # A descriptor per transaction: flock conflicts between descriptors, also of one process.
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform != "win32":
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock


class NoGate(WriteGate):
    """PostgreSQL orders its writers itself (row locks, upserts): nothing to hold."""

    def __init__(self) -> None:
        super().__init__(None)

    @contextmanager
    def hold(self) -> Iterator[None]:
        yield


def gate_for(url: str) -> WriteGate:
    """The gate for the database at `url`: a file lock for a SQLite file, a thread lock in memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return NoGate()
    if parsed.database in (None, "", ":memory:") or parsed.database.startswith("file:"):
        return WriteGate(None)
    return WriteGate(Path(parsed.database).resolve().with_name(Path(parsed.database).name + LOCK_SUFFIX))
