"""Team play at workshop size: 8 tables of 5 (40 participants) with the inject script running.

Every participant's screen is a `TeamRunner` with its own store connection and its own live refresh
(1 s), as 40 kernels would have; a facilitator's dashboard with the tables panel refreshes every
2 s as well. The script clock runs 30x faster than real time, so the six scripted injects (T+0:01
... T+0:06) fall due every 2 s. Measured:

- inject latency: from a line's due moment to the inject's text on each recipient's screen
  (every recipient of every table; target p95 <= 3 s on a 2-core machine);
- edit latency: one member per table types an answer; time until the other four see it (~2 s);
- dashboard refresh with 8 tables (store snapshot, script tick for all tables, tables side by side).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kit.content.exercise import Exercise
from kit.content.library import load_library
from kit.content.models import ScriptEntry, script_seconds
from kit.facilitation.script import ScriptEngine
from kit.facilitation.teams import auto_fill
from kit.store import Store
from kit.ui.dashboard_view import DashboardView
from kit.ui.team_panel import TeamPanel
from kit.ui.team_runner import TeamRunner
from kit.ui.workshop_link import WorkshopLink

TABLES, SIZE, SPEED = 8, 5, 30.0
EXERCISE = "steekpartij/oefenvorm-2"
INJECTS = ("r1-steekincident", "r1-regionieuws", "r1-buurthuis", "r1-scooters", "r1-getuigen", "r1-moskee")
SCRIPT = tuple(ScriptEntry(nr=i + 1, tijd=f"T+0:0{i + 1}", inject=inject) for i, inject in enumerate(INJECTS))


def compressed_clock() -> Callable[[], datetime]:
    """Script time that runs SPEED times faster than the wall clock."""
    t0, base = time.monotonic(), datetime.now(UTC)
    return lambda: base + timedelta(seconds=(time.monotonic() - t0) * SPEED)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def build(db: str, now: Callable[[], datetime]) -> tuple[Exercise, str, list[TeamRunner], list[Store]]:
    library = load_library()
    exercise = library.exercise(EXERCISE)
    setup = Store(db)
    code = setup.create_workshop("Bench tafels", [EXERCISE], "groep").code
    setup.set_workshop_script(code, EXERCISE, [e.model_dump(mode="json") for e in SCRIPT], "bench")
    for n in range(TABLES * SIZE):
        setup.join(f"Deelnemer {n + 1:02d}", code)
    auto_fill(setup, code, [r.id for r in exercise.roles], tables=TABLES)
    runners, stores = [], [setup]
    for member in setup.team_members(code):
        store = Store(db)  # one connection pool per participant, as one kernel each would have
        stores.append(store)
        team = store.team_of(member.participant_id)
        assert team is not None
        link = WorkshopLink(store, code, EXERCISE, True, team.id)
        runners.append(TeamRunner(exercise, store, member.participant_id, member.role, link, team, now=now))
    return exercise, code, runners, stores


def watch_injects(exercise: Exercise, runners: list[TeamRunner]) -> dict[tuple[int, str], float]:
    """Record when each inject's text first appears on each participant's screen."""
    seen: dict[tuple[int, str], float] = {}
    texts = {i.id: i.tekst[:40] for i in exercise.injects if i.id in INJECTS}
    lock = threading.Lock()
    for run in runners:
        view = run.inject_views["vooraf"]

        def changed(change: dict[str, object], pid: int = run.participant_id) -> None:
            stamp = time.monotonic()
            with lock:
                for inject_id, text in texts.items():
                    if text.replace("'", "&#x27;").replace('"', "&quot;")[:30] in str(change["new"]):
                        seen.setdefault((pid, inject_id), stamp)

        view.observe(changed, "value")
    return seen


def main() -> None:
    now = compressed_clock()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        exercise, code, runners, stores = build(db, now)
        seen = watch_injects(exercise, runners)
        workshop = stores[0].workshop(code)
        assert workshop is not None
        view = DashboardView(load_library(), stores[0], workshop)
        panel = TeamPanel(stores[0], view, now=now)
        for run in runners:
            run.start_live_updates()
        view.start()
        ScriptEngine(stores[0], code, exercise, now=now, entries=SCRIPT).start()
        started = time.monotonic()
        # edit latency: one member per table types; the other four must show it
        time.sleep(1.5)
        editors = {}
        for run in runners:
            if run.team.id not in editors:
                editors[run.team.id] = run
        edit_seen: dict[int, float] = {}
        typed: dict[int, float] = {}
        for team_id, run in editors.items():
            for other in runners:
                if other.team.id == team_id and other is not run:
                    renderer = other.renderers["vooraf"]["eigen-signalen"]
                    widget = getattr(renderer, "text", renderer.widget)  # the text box inside the renderer

                    def arrived(change: dict[str, object], pid: int = other.participant_id) -> None:
                        if "Bench" in str(change["new"]):
                            edit_seen.setdefault(pid, time.monotonic())

                    widget.observe(arrived, "value")
            typed[team_id] = time.monotonic()
            run.renderers["vooraf"]["eigen-signalen"].apply(f"Bench: wraakgeruchten aan tafel {team_id}")
        last_due = max(script_seconds(e.tijd) for e in SCRIPT) / SPEED
        time.sleep(max(0.0, started + last_due + 6 - time.monotonic()))
        for run in runners:
            if run._live is not None:
                run._live.stop()
        view.ticker.stop()
        latencies, missing = [], 0
        for run in runners:
            for entry in SCRIPT:
                inject = next(i for i in exercise.injects if i.id == entry.inject)
                if run.role_id not in inject.ontvangers:
                    continue
                due = started + script_seconds(entry.tijd) / SPEED
                if (run.participant_id, entry.inject) in seen:
                    latencies.append(max(0.0, seen[(run.participant_id, entry.inject)] - due))
                else:
                    missing += 1
        edit_latencies = [
            edit_seen[o.participant_id] - typed[o.team.id]
            for o in runners
            if o.participant_id in edit_seen and o is not editors[o.team.id]
        ]
        refresh = []
        for _ in range(7):
            start = time.perf_counter()
            view.refresh()  # includes the tables panel: script tick for 8 tables and the side-by-side view
            refresh.append(time.perf_counter() - start)
        columns = panel.refresh()
        for store in stores:
            store.close()
    load = os.getloadavg()[0]
    print(
        f"== team play: {TABLES} tables of {SIZE} ({TABLES * SIZE} participants), script at {SPEED:.0f}x speed; "
        f"load average {load:.1f} on {os.cpu_count()} cores"
    )
    print(
        f"   inject due -> on recipient's screen: n={len(latencies)} missing={missing} "
        f"median {statistics.median(latencies):.2f} s, p95 {percentile(latencies, 0.95):.2f} s, "
        f"max {max(latencies):.2f} s   (target p95 <= 3 s)"
    )
    if edit_latencies:
        print(
            f"   edit -> other members' screens: n={len(edit_latencies)} of {TABLES * (SIZE - 1)} "
            f"median {statistics.median(edit_latencies):.2f} s, p95 {percentile(edit_latencies, 0.95):.2f} s"
            "   (target ~2 s)"
        )
    print(
        f"   dashboard refresh with {len(columns)} tables: median {statistics.median(refresh) * 1000:.0f} ms "
        f"(refresh interval: 2000 ms)"
    )
    from bench import room  # served by Voila: 40 kernels, as a room of 8 tables would have

    with tempfile.TemporaryDirectory() as tmp:
        room.team_room_starts(Path(tmp), TABLES, SIZE)


if __name__ == "__main__":
    main()
