"""Scoring 1,000 full casus submissions: time per submission, and the ratio to checking the answers alone.

The baseline (validating the same answers without scoring) is measured in the same run, so the ratio
holds on a noisy machine where absolute times do not.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kit.answers_io import check_answers
from kit.content.library import load_library
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "answers"
SUBMISSIONS = 1000
ROUNDS = 5


def workload() -> list[tuple[Any, dict[str, Any]]]:
    library = load_library()
    pool = []
    for casus in ("casus-1", "casus-2", "casus-3", "casus-4"):
        exercise = library.exercise(casus)
        pool.append((exercise, model_answers(exercise)))
        for level in ("sterk", "middel", "zwak"):
            data = json.loads((FIXTURES / f"{casus}-{level}.json").read_text(encoding="utf-8"))
            pool.append((exercise, data["antwoorden"]))
    return [pool[i % len(pool)] for i in range(SUBMISSIONS)]


def best_of(action: Callable[[], None]) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    submissions = workload()
    baseline = best_of(lambda: [check_answers(e, a) for e, a in submissions] and None)
    scoring = best_of(lambda: [score_exercise(e, a) for e, a in submissions] and None)
    per_submission_ms = scoring / SUBMISSIONS * 1000
    spread = statistics.mean(len(a) for _, a in submissions)
    print("== scoring: 1,000 full casus submissions (12 steps each)")
    print(f"   baseline, checking answers only: {baseline / SUBMISSIONS * 1000:.3f} ms per submission")
    print(f"   scoring with feedback:          {per_submission_ms:.3f} ms per submission (goal: well under 10 ms)")
    print(
        f"   ratio scoring / baseline:       {scoring / baseline:.1f}x   (steps answered per submission: {spread:.1f})"
    )
