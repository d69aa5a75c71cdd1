"""Retries: only conflicts with other writers are run again, with back-off, and only a few times."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from kit.store import Store, retry, workshops
from kit.store.retry import conflict_kind, retrying


class PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"pg {sqlstate}")
        self.sqlstate = sqlstate


def locked() -> OperationalError:
    return OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))


def test_conflicts_are_told_apart_from_real_errors() -> None:
    assert conflict_kind(locked()) == "busy"
    unique = sqlite3.IntegrityError("UNIQUE constraint failed: workshops.code")
    assert conflict_kind(IntegrityError("x", {}, unique)) == "unique"
    assert conflict_kind(IntegrityError("x", {}, sqlite3.IntegrityError("FOREIGN KEY constraint failed"))) is None
    assert conflict_kind(OperationalError("x", {}, sqlite3.OperationalError("no such table: answers"))) is None
    assert conflict_kind(OperationalError("x", {}, PgError("40001"))) == "serialization_failure"
    assert conflict_kind(OperationalError("x", {}, PgError("40P01"))) == "deadlock_detected"
    assert conflict_kind(IntegrityError("x", {}, PgError("23505"))) == "unique"
    assert conflict_kind(ProgrammingError("x", {}, PgError("42P01"))) is None
    assert conflict_kind(ValueError("database is locked")) is None


def test_a_busy_database_is_retried_until_it_works(monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(retry.time, "sleep", sleeps.append)
    calls: list[int] = []

    @retrying
    def save() -> str:
        calls.append(1)
        if len(calls) < 4:
            raise locked()
        return "opgeslagen"

    assert save() == "opgeslagen"
    assert len(calls) == 4 and len(sleeps) == 3
    assert sleeps[0] < sleeps[-1] <= retry.MAX_DELAY_S * 1.5


def test_retries_stop_after_the_limit_and_real_errors_raise_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retry.time, "sleep", lambda s: None)
    calls: list[int] = []

    @retrying
    def always_locked() -> None:
        calls.append(1)
        raise locked()

    with pytest.raises(OperationalError):
        always_locked()
    assert len(calls) == retry.MAX_ATTEMPTS

    calls.clear()

    @retrying
    def broken() -> None:
        calls.append(1)
        raise OperationalError("x", {}, sqlite3.OperationalError("no such table: answers"))

    with pytest.raises(OperationalError):
        broken()
    assert len(calls) == 1


def test_a_workshop_code_drawn_twice_is_drawn_again(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two processes may draw the same free code at once; the loser's insert fails and is retried."""
    taken = store.create_workshop("Eerste", [], "groep").code
    draws = iter([taken, "NEWXYZ"])
    monkeypatch.setattr(workshops.WorkshopsMixin, "_free_code", staticmethod(lambda session: next(draws)))
    second = store.create_workshop("Tweede", [], "groep")
    assert second.code == "NEWXYZ"
    assert [w.title for w in (store.workshop(taken), store.workshop("NEWXYZ")) if w] == ["Eerste", "Tweede"]
