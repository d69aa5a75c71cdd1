"""Several threads and several processes writing one SQLite file: no 'database is locked'."""

from __future__ import annotations

import json
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


RACER = """
import json, os, sys
url, code, n, keys = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
import kit.store
read_end, write_end = os.pipe()
pids = []
for i in range(n):
    pid = os.fork()
    if pid == 0:
        os.close(write_end)
        errors = []
        with kit.store.Store(url) as store:
            os.read(read_end, 1)
            for k in range(keys):
                try:
                    me = store.join(f"Naam {k}", code)
                    store.save_answer(me.id, "ex", f"s{k}", {"door": i})
                    store.set_position(me.id, "ex", f"s{k}")
                    store.reveal(code, "ex", f"s{k}")
                    store.release_inject(code, "ex", f"i{k}", [f"rol {i}"])
                    solo = store.join(f"Solo {k}")
                    store.save_answer(solo.id, "ex", "s1", {"door": i})
                except Exception as error:
                    errors.append(f"{type(error).__name__}: {error}"[:300])
        os.write(1, (json.dumps({"errors": errors}) + "\\n").encode())
        os._exit(0)
    pids.append(pid)
os.write(write_end, b"g" * n)
for pid in pids:
    os.waitpid(pid, 0)
"""


def test_processes_racing_on_every_get_or_create(db_url: str, store: Store) -> None:
    """Processes doing the same join / first save / position / reveal / inject at once: no errors, one row each."""
    processes, keys = 6, 25
    code = store.create_workshop("Race", ["ex"], "groep").code
    raced = subprocess.run(
        [sys.executable, "-c", RACER, db_url, code, str(processes), str(keys)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert raced.returncode == 0, raced.stderr[-2000:]
    reports = [json.loads(line) for line in raced.stdout.splitlines()]
    assert len(reports) == processes
    assert [e for r in reports for e in r["errors"]] == []
    people = {p.name: p.id for p in store.participants(code)}
    assert sorted(people) == sorted(f"Naam {k}" for k in range(keys))
    for k in range(keys):
        me = people[f"Naam {k}"]
        assert [h["version"] for h in store.history(me, "ex", f"s{k}")] == list(range(1, processes + 1))
        assert store.position(me, "ex") == f"s{k}"
        solo = store.join(f"Solo {k}")
        assert len(store.history(solo.id, "ex", "s1")) == processes
    assert store.revealed(code, "ex") == {f"s{k}" for k in range(keys)}
    assert [r["inject_id"] for r in store.released_injects(code, "ex")] == [f"i{k}" for k in range(keys)]
