"""Several threads and several processes writing one SQLite file: no 'database is locked'."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from kit.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAVES = 40


def save_many(store: Store, participant_id: int, step: str, errors: list[BaseException]) -> None:
    try:
        for i in range(SAVES):
            store.save_answer(participant_id, "ex", step, {"q": i})
            store.set_position(participant_id, "ex", step)
            store.load_answers(participant_id, "ex")
    except BaseException as error:  # collected and asserted on in the main thread
        errors.append(error)


def test_two_stores_in_two_threads_write_one_file(open_store: Callable[[], Store]) -> None:
    first, second = open_store(), open_store()
    code = first.create_workshop("W", ["ex"], "groep").code
    ans, bob = first.join("Ans", code), second.join("Bob", code)
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=save_many, args=(first, ans.id, "s1", errors)),
        threading.Thread(target=save_many, args=(second, bob.id, "s1", errors)),
        threading.Thread(target=save_many, args=(second, ans.id, "s2", errors)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = open_store()
    assert check.load_answers(ans.id, "ex") == {"s1": {"q": SAVES - 1}, "s2": {"q": SAVES - 1}}
    assert len(check.history(bob.id, "ex", "s1")) == SAVES


def test_same_step_from_many_threads_gets_consecutive_versions(store: Store) -> None:
    me = store.join("Ans")
    versions: list[int] = []
    lock = threading.Lock()

    def save(n: int) -> None:
        version = store.save_answer(me.id, "ex", "s1", {"n": n})
        with lock:
            versions.append(version)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(versions) == list(range(1, 21))
    assert [h["version"] for h in store.history(me.id, "ex", "s1")] == list(range(1, 21))


WORKER = """
import sys
from kit.store import Store
url, name, code = sys.argv[1], sys.argv[2], sys.argv[3] or None
with Store(url) as store:
    me = store.join(name, code)
    for i in range({saves}):
        store.save_answer(me.id, "ex", "s1", {{"q": i}})
        store.set_position(me.id, "ex", "s1")
"""


def run_workers(db_url: str, names: list[str], code: str = "") -> None:
    """Run one process per name at the same time; fail with their stderr if any failed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = WORKER.format(saves=SAVES)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", script, db_url, name, code],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    failures = [err for w in workers for _, err in [w.communicate(timeout=120)] if w.returncode != 0]
    assert failures == []


def test_two_processes_write_one_file(db_url: str, store: Store) -> None:
    code = store.create_workshop("W", ["ex"], "groep").code
    run_workers(db_url, ["Ans", "Bob"], code)
    people = store.participants(code)
    assert sorted(p.name for p in people) == ["Ans", "Bob"]
    for person in people:
        assert store.load_answers(person.id, "ex") == {"s1": {"q": SAVES - 1}}
        assert len(store.history(person.id, "ex", "s1")) == SAVES
    assert store.positions(code, "ex") == {p.id: "s1" for p in people}


def test_processes_creating_a_new_file_at_once(db_url: str, open_store: Callable[[], Store]) -> None:
    run_workers(db_url, ["Ans", "Bob", "Cor"])
    check = open_store()
    for name in ("Ans", "Bob", "Cor"):
        me = check.join(name)
        assert len(check.history(me.id, "ex", "s1")) == SAVES
