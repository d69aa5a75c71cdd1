"""Writers under load, on SQLite and PostgreSQL: many processes saving at once lose nothing and raise nothing.

Each writer is a real process (tests/store/load_worker.py) that reports every save only after it was
committed, so the test can count exactly: every reported save must be in the database, every version of
every step must be there without gaps, and no save may fail ('database is locked', unique violations).
A writer killed with SIGKILL mid-stream must leave an intact database with all it had committed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from kit.store import Store
from kit.store.schema import AnswerVersion

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("load_worker.py")
STEPS = 4


@dataclass
class Load:
    """The launcher of the writer processes and everything they reported, read by a thread of its own."""

    process: subprocess.Popen[str]
    names: list[str]
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    changed: threading.Condition = field(init=False)
    stderr: list[str] = field(default_factory=list)
    readers: list[threading.Thread] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)
        self.events = {name: [] for name in self.names}

    def read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            event = json.loads(line)
            with self.changed:
                self.events[event["name"]].append(event)
                self.changed.notify_all()
        with self.changed:
            self.changed.notify_all()

    def read_errors(self) -> None:
        assert self.process.stderr is not None
        self.stderr.append(self.process.stderr.read())

    def of(self, name: str, kind: str) -> list[dict[str, Any]]:
        with self.lock:
            return [e for e in self.events[name] if kind in e]

    def all_of(self, kind: str) -> list[dict[str, Any]]:
        return [e for name in self.names for e in self.of(name, kind)]

    def wait_for(self, name: str, kind: str, count: int, timeout: float) -> None:
        """Wait until `name` reported `count` events of `kind` (or stopped reporting)."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while sum(kind in e for e in self.events[name]) < count and not any(
                "exit" in e or "fatal" in e for e in self.events[name]
            ):
                left = deadline - time.monotonic()
                assert left > 0, f"{name}: no {count} '{kind}' events within {timeout} s"
                self.changed.wait(left)

    def exit_code(self, name: str) -> int:
        (event,) = self.of(name, "exit")
        return int(event["exit"])


def start_writers(url: str, saves: dict[str, int], code: str = "") -> Load:
    """Fork one writer process per name and wait until all have joined; then they all start at once."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    specs = [f"{name}={n}" for name, n in saves.items()]
    process = subprocess.Popen(
        [sys.executable, str(WORKER), url, code, str(STEPS), *specs],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    load = Load(process, list(saves))
    load.readers = [threading.Thread(target=f, daemon=True) for f in (load.read, load.read_errors)]
    for reader in load.readers:
        reader.start()
    for name in load.names:
        load.wait_for(name, "ready", 1, timeout=600)
    fatal = load.all_of("fatal") + load.all_of("exit")
    assert fatal == [], f"writers failed to open the store or join: {fatal[:5]} {''.join(load.stderr)[-500:]}"
    assert process.stdin is not None
    process.stdin.write("go\n")
    process.stdin.close()
    return load


def finish(load: Load, timeout: float = 1200) -> None:
    """Wait for the launcher (it waits for every writer) and close its pipes."""
    load.process.wait(timeout=timeout)
    for reader in load.readers:
        reader.join(timeout=10)
    for pipe in (load.process.stdout, load.process.stderr):
        if pipe is not None:
            pipe.close()
    assert load.process.returncode == 0, "".join(load.stderr)[-1000:]


def stored_versions(store: Store, participant_id: int) -> dict[str, list[int]]:
    """Step id -> the versions in the history table, in order."""
    with store._read() as session:
        rows = session.execute(
            select(AnswerVersion.step_id, AnswerVersion.version)
            .where(AnswerVersion.participant_id == participant_id)
            .order_by(AnswerVersion.step_id, AnswerVersion.version)
        )
        found: dict[str, list[int]] = {}
        for step, version in rows:
            found.setdefault(step, []).append(version)
        return found


def check_committed(store: Store, load: Load, name: str, participant_id: int) -> int:
    """Every save the writer reported is in the store, versions have no gaps; returns the rows found."""
    reported = load.of(name, "ok")
    versions = stored_versions(store, participant_id)
    for step, found in versions.items():
        assert found == list(range(1, len(found) + 1)), f"{name} {step}: versions with gaps"
    for event in reported:
        assert event["version"] in versions.get(event["step"], []), f"{name} lost save {event}"
    answers = store.load_answers(participant_id, "ex")
    last_reported: dict[str, int] = {}
    for event in reported:
        last_reported[event["step"]] = event["ok"]
    for step, i in last_reported.items():
        # The writer may have committed one more save after its last report (killed before printing).
        assert answers[step]["q"] in (i, i + STEPS), f"{name} {step}: current answer is not the last saved"
    return sum(len(v) for v in versions.values())


def run_load(url: str, writers: int, saves: int) -> dict[str, float]:
    """Run `writers` processes x `saves` saves into one workshop and assert that nothing was lost."""
    with Store(url) as store:
        code = store.create_workshop("Belasting", ["ex"], "groep").code
    names = [f"Schrijver {n:02d}" for n in range(writers)]
    started = time.perf_counter()
    load = start_writers(url, dict.fromkeys(names, saves), code)
    go = time.perf_counter()
    finish(load)
    ended = time.perf_counter()
    errors = Counter(f"{e['type']}: {e['message'][:80]}" for e in load.all_of("error"))
    assert not errors, f"{sum(errors.values())} saves failed: {errors.most_common(3)}"
    assert {name: load.exit_code(name) for name in names} == dict.fromkeys(names, 0)
    assert all(len(load.of(name, "ok")) == saves for name in names)
    with Store(url) as store:
        people = {p.name: p.id for p in store.participants(code)}
        assert sorted(people) == names
        total = sum(check_committed(store, load, name, people[name]) for name in names)
        assert total == writers * saves
        assert store.positions(code, "ex").keys() == set(people.values())
        with store._read() as session:
            assert session.execute(select(func.count()).select_from(AnswerVersion)).scalar_one() == total
    figures = {
        "writers": writers,
        "saves": total,
        "start_s": round(go - started, 1),
        "write_s": round(ended - go, 1),
        "saves_per_s": round(total / (ended - go)),
    }
    print(f"\nload {url.split(':')[0]}: {figures}")
    return figures


def test_eight_writers_x_100_saves_lose_nothing(db_url: str) -> None:
    run_load(db_url, 8, 100)


@pytest.mark.slow
@pytest.mark.timeout(1500)  # ~1 min on an idle 2-core machine; far more when the machine is shared
def test_forty_writers_x_200_saves_lose_nothing(db_url: str) -> None:
    figures = run_load(db_url, 40, 200)
    assert figures["saves"] == 8000


def integrity(url: str) -> None:
    """The database checks itself: SQLite's integrity and foreign key checks; PostgreSQL's index checks."""
    with Store(url) as store, store._engine.connect() as conn:
        if url.startswith("sqlite"):
            assert conn.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            return
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS amcheck"))
        indexes = conn.execute(
            text(
                "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE a.amname = 'btree' AND n.nspname = 'public'"
            )
        ).all()
        assert len(indexes) >= 10
        for oid, _name in indexes:
            conn.execute(text("SELECT bt_index_check(:oid, true)"), {"oid": oid})
        conn.commit()


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_writers_killed_mid_stream_leave_every_committed_answer(db_url: str) -> None:
    with Store(db_url) as store:
        code = store.create_workshop("Stroomuitval", ["ex"], "groep").code
    victims = ["Weg 1", "Weg 2", "Weg 3"]
    survivors = ["Blijft 1", "Blijft 2", "Blijft 3"]
    load = start_writers(db_url, {**dict.fromkeys(victims, 100_000), **dict.fromkeys(survivors, 300)}, code)
    for n, name in enumerate(victims):
        load.wait_for(name, "ok", 40 * (n + 1), timeout=600)
        os.kill(load.of(name, "ready")[0]["pid"], signal.SIGKILL)
    finish(load)
    for name in victims:
        assert load.exit_code(name) == -signal.SIGKILL
        assert len(load.of(name, "ok")) >= 40
    for name in survivors:
        assert load.exit_code(name) == 0 and len(load.of(name, "ok")) == 300
    assert load.all_of("error") == []

    integrity(db_url)
    with Store(db_url) as store:
        people = {p.name: p.id for p in store.participants(code)}
        for name in victims + survivors:
            found = check_committed(store, load, name, people[name])
            reported = len(load.of(name, "ok"))
            assert found in (reported, reported + 1), f"{name}: {found} stored, {reported} reported"
        # Nothing the killed writers held is still locked: their steps take new saves at once.
        for name in victims:
            before = stored_versions(store, people[name])["s0"][-1]
            assert store.save_answer(people[name], "ex", "s0", {"q": "na de crash"}) == before + 1
