"""Dashboard refresh for 40 and 400 simulated participants, against one participant as the baseline.

A refresh is what the facilitator's screen does every two seconds: read the workshop's snapshot from
the store, compute the numbers and redraw the participants table (charts are cached per set of numbers).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from kit.content.library import load_library
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers
from kit.store import Store
from kit.ui.dashboard_view import DashboardView

SIZES = (1, 40, 400)
ROUNDS = 7


def populate(store: Store, people: int) -> str:
    library = load_library()
    exercise = library.exercise("casus-1")
    model = model_answers(exercise)
    result = score_exercise(exercise, model).to_dict()
    workshop = store.create_workshop(f"Bench {people}", ["casus-1"], "individueel")
    for i in range(people):
        pid = store.join(f"Deelnemer {i:03d}", workshop.code).id
        for step_id, values in model.items():
            store.save_answer(pid, "casus-1", step_id, values)
        store.set_position(pid, "casus-1", exercise.steps[i % len(exercise.steps)].id)
        if i % 2 == 0:
            store.submit(pid, "casus-1", model, result, result["total"])
    return workshop.code


def refresh_seconds(store: Store, code: str) -> float:
    workshop = store.workshop(code)
    assert workshop is not None
    view = DashboardView(load_library(), store, workshop)
    view.step_choice.value = "stap-2-5"
    view.refresh()  # first draw renders the charts once; later refreshes reuse them
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        view.refresh()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{Path(tmp) / 'bench.sqlite'}") as store:
        measured = {size: refresh_seconds(store, populate(store, size)) for size in SIZES}
    base = measured[1]
    print("== dashboard refresh (store snapshot + numbers + redraw), median of 7")
    for size in SIZES[1:]:
        print(
            f"   {size:>3} participants: {measured[size] * 1000:.1f} ms   ratio to 1 participant: "
            f"{measured[size] / base:.1f}x   (refresh interval: 2000 ms)"
        )
