"""Retry a store call that lost a race: a busy SQLite file, or a PostgreSQL serialisation/unique conflict.

Every public store method is one short transaction, so running it again is safe: it either committed
as a whole or not at all. Only errors another writer causes are retried; anything else raises at once.
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections import Counter
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

MAX_ATTEMPTS = 12
"""Attempts for a busy database or a serialisation failure; back-off doubles from 5 ms to at most 1 s."""
MAX_UNIQUE_ATTEMPTS = 4
"""A unique violation that repeats after a fresh attempt is a real one, not a race: give up sooner."""
FIRST_DELAY_S = 0.005
MAX_DELAY_S = 1.0

PG_RETRYABLE = {
    "40001": "serialization_failure",
    "40P01": "deadlock_detected",
    "55P03": "lock_not_available",
}
PG_UNIQUE_VIOLATION = "23505"

stats: Counter[str] = Counter()
"""How many retries each kind of conflict needed in this process (for measurements and logs)."""


def conflict_kind(error: BaseException) -> str | None:
    """Why `error` is worth a retry ('busy', 'unique', or a PostgreSQL condition), or None if it is not."""
    if not isinstance(error, DBAPIError):
        return None
    sqlstate = getattr(error.orig, "sqlstate", None)
    if isinstance(sqlstate, str):
        if sqlstate in PG_RETRYABLE:
            return PG_RETRYABLE[sqlstate]
        return "unique" if sqlstate == PG_UNIQUE_VIOLATION else None
    text = str(error.orig).lower()
    if isinstance(error, OperationalError) and ("database is locked" in text or "busy" in text):
        return "busy"
    if isinstance(error, IntegrityError) and "unique constraint failed" in text:
        return "unique"
    return None


def retrying(fn: Callable[P, T]) -> Callable[P, T]:
    """Run `fn` again, with jittered exponential back-off, when another writer made it fail."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        attempt = 0
        while True:
            try:
                return fn(*args, **kwargs)
            except DBAPIError as error:
                kind = conflict_kind(error)
                attempt += 1
                limit = MAX_UNIQUE_ATTEMPTS if kind == "unique" else MAX_ATTEMPTS
                if kind is None or attempt >= limit:
                    raise
                stats[kind] += 1
                delay = min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (attempt - 1))
                log.debug("%s: %s, attempt %d, retrying in %.3f s", fn.__qualname__, kind, attempt, delay)
                time.sleep(delay * random.uniform(0.5, 1.5))

    return wrapper
