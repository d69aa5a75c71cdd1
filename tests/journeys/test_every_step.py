"""Every exercise, every step, in a real browser: a property over all exercises of `python -m kit list`.

For each exercise a learner signs in, walks forward to the last step and back to the first, and at every
visit each question of the step must show controls the user can reach (a real box, not hidden by any
ancestor, enabled; for choices: every option, none running over another). On the way forward each
question gets one answer, and the store must hold every one of them. One server and one browser.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from journey_server import ROOT, TIMEOUT_MS, KitServer
from journey_steps import (
    answer_step,
    expect_step,
    missing_answers,
    next_step,
    open_exercise,
    previous_step,
    shot,
    sign_in,
    visible_controls_problems,
    wait_until,
)
from journey_store import participant_ids
from playwright.sync_api import Browser, Page, expect

from kit.content.exercise import Exercise
from kit.content.library import load_library
from kit.store import Store

pytestmark = [pytest.mark.journey, pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(1800)]


def listed_exercises() -> list[str]:
    """The exercises as a user lists them: `python -m kit list`."""
    out = subprocess.run(
        [sys.executable, "-m", "kit", "list"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [line.split("\t", 1)[0] for line in out.splitlines() if line.strip()]


def walk(page: Page, server: KitServer, exercise: Exercise, name: str, screens: Path) -> tuple[list[str], int]:
    """Sign in, forward with an answer per question, back; what was wrong, and how many step visits."""
    problems: list[str] = []
    open_exercise(page, server.url, exercise)
    sign_in(page, name)
    steps = exercise.steps
    for index, step in enumerate(steps):
        expect_step(page, step)
        problems += [f"{exercise.id} (vooruit): {p}" for p in visible_controls_problems(page, exercise, step)]
        answer_step(page, step, lambda q, s=step: f"Antwoord van {name} op {s.id}/{q.id}")
        if index == len(steps) // 2:
            shot(page, screens, f"every-step-{exercise.id.replace('/', '-')}-{step.id}")
        if index + 1 < len(steps):
            next_step(page, steps[index + 1])
    for index in range(len(steps) - 1, -1, -1):
        if index < len(steps) - 1:
            previous_step(page, steps[index])
        problems += [f"{exercise.id} (terug): {p}" for p in visible_controls_problems(page, exercise, steps[index])]
    expect(page.get_by_text("Traceback")).to_have_count(0)
    ids = participant_ids(server.database_url, name)
    assert len(ids) == 1, f"{exercise.id}: {len(ids)} participants named {name}"
    with Store(server.database_url) as store:
        left = wait_until(lambda: missing_answers(exercise, store.load_answers(ids[0], exercise.id)))
    problems += [f"{exercise.id}: not saved: {item}" for item in left]
    return problems, 2 * len(steps)


def test_every_exercise_every_step_has_controls_and_saves(
    browser: Browser, sqlite_server: KitServer, screens: Path
) -> None:
    library = load_library()
    exercise_ids = listed_exercises()
    assert len(exercise_ids) == 22, exercise_ids
    started = time.monotonic()
    problems: list[str] = []
    visits = 0
    for number, exercise_id in enumerate(exercise_ids, start=1):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        try:
            found, walked = walk(page, sqlite_server, library.exercise(exercise_id), f"Wandelaar {number}", screens)
        finally:
            context.close()
        problems += found
        visits += walked
    took = time.monotonic() - started
    print(f"\nevery-step walk: {len(exercise_ids)} exercises, {visits} step visits in {took:.0f} s")
    assert not problems, "\n".join(problems)
