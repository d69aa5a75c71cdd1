"""The writer processes of the load tests: one launcher that forks a real process per writer.

    python tests/store/load_worker.py URL CODE STEPS NAME=SAVES [NAME=SAVES ...]

The launcher imports the store once and forks, so 40 writers start in a second instead of 40 Python
start-ups; each child is a separate process with its own connections. A child opens the store, joins,
reports ready, waits for the start signal, then saves as fast as it can. Once the launcher reads "go" on
stdin it starts them all at once, waits for them, and reports how each ended.

Every event is one JSON line written with a single write() (atomic on a pipe), and a save is reported
only after it returned, so the parent knows exactly what was committed even if a child is SIGKILLed:
{"name", "ready": participant id, "pid"}, {"name", "ok": i, "step", "version"} or {"name", "error": i,
"type", "message"}, {"name", "done": seconds}, and from the launcher {"name", "exit": code} (-9: SIGKILL).
Every 10th save also moves the position, so the upsert of `set_position` runs under the same load.
"""

from __future__ import annotations

import json
import os
import sys
import time


def emit(**event: object) -> None:
    os.write(1, (json.dumps(event) + "\n").encode())


def writer(url: str, code: str | None, steps: int, name: str, saves: int, start_signal: int) -> int:
    from kit.store import Store

    try:
        store = Store(url)
        me = store.join(name, code)
    except Exception as error:
        emit(name=name, fatal=f"{type(error).__name__}: {error}"[:500])
        return 1
    emit(name=name, ready=me.id, pid=os.getpid())
    if os.read(start_signal, 1) != b"g":
        return 1
    started = time.perf_counter()
    for i in range(saves):
        step = f"s{i % steps}"
        try:
            version = store.save_answer(me.id, "ex", step, {"q": i, "wie": name})
            if i % 10 == 0:
                store.set_position(me.id, "ex", step)
        except Exception as error:
            emit(name=name, error=i, type=type(error).__name__, message=str(error)[:300])
        else:
            emit(name=name, ok=i, step=step, version=version)
    emit(name=name, done=time.perf_counter() - started)
    store.close()
    return 0


def main(argv: list[str]) -> int:
    url, code, steps = argv[0], argv[1] or None, int(argv[2])
    specs = [(spec.rpartition("=")[0], int(spec.rpartition("=")[2])) for spec in argv[3:]]
    import kit.store  # noqa: F401  (imported once, before forking)

    read_end, write_end = os.pipe()
    children: dict[int, str] = {}
    for name, saves in specs:
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            os.close(write_end)
            code_ = 1
            try:
                code_ = writer(url, code, steps, name, saves, read_end)
            finally:
                os._exit(code_)
        children[pid] = name
    os.close(read_end)
    if sys.stdin.readline().strip() == "go":
        os.write(write_end, b"g" * len(children))
    os.close(write_end)
    while children:
        pid, status = os.wait()
        emit(name=children.pop(pid), exit=os.waitstatus_to_exitcode(status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
