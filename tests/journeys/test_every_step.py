"""Every exercise, every step, in a real browser: a property over all exercises of `python -m kit list`.

For each exercise a learner signs in, walks forward to the last step and back to the first, and at every
visit each question of the step must show controls the user can reach (a real box, not hidden by any
ancestor, enabled; for choices: every option, none running over another). On the way forward each
question gets one answer, and the store must hold every one of them. One server and one browser.

On the way forward every control must also be named as a screen reader hears it (WCAG 1.3.1: its
question in its name or its group's, unique within the step), and axe-core must find nothing critical,
serious or moderate on each step of a shape not checked before (the same kinds of questions, with or
without injects): every page state the learner can reach, at a fraction of the cost of axe on each visit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from axe_check import AXE, axe_findings, describe
from journey_server import ROOT, TIMEOUT_MS, KitServer
from journey_steps import (
    answer_step,
    expect_step,
    missing_answers,
    names_problems,
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


def axe_wanted() -> bool:
    """axe runs where it is installed, and must run in CI (axe_findings then fails loudly if it is not)."""
    return AXE.exists() or os.environ.get("KIT_TEST_AXE") == "required"


def axe_problems(page: Page, where: str) -> list[str]:
    found = axe_findings(page)
    page.set_viewport_size({"width": 1280, "height": 900})  # axe made the window as tall as the page
    return [f"axe on {where}:\n{describe(found)}"] if found else []


def walk(
    page: Page, server: KitServer, exercise: Exercise, name: str, screens: Path, shapes: set[tuple[object, ...]]
) -> tuple[list[str], int]:
    """Sign in, forward with an answer per question, back; what was wrong, and how many step visits.

    `shapes` holds the step shapes axe has checked already (shared over the exercises)."""
    problems: list[str] = []
    open_exercise(page, server.url, exercise)
    sign_in(page, name)
    steps = exercise.steps
    for index, step in enumerate(steps):
        expect_step(page, step)
        problems += [f"{exercise.id} (vooruit): {p}" for p in visible_controls_problems(page, exercise, step)]
        problems += [f"{exercise.id}: {p}" for p in wait_until(lambda s=step: names_problems(page, s), 5.0)]
        shape = (bool(exercise.injects), *(q.soort for q in step.vragen))
        if axe_wanted() and shape not in shapes:
            shapes.add(shape)
            problems += axe_problems(page, f"{exercise.id} {step.titel}")
        answer_step(page, step, lambda q, s=step: f"Antwoord van {name} op {s.id}/{q.id}")
        if index == len(steps) // 2:
            shot(page, screens, f"every-step-{exercise.id.replace('/', '-')}-{step.id}", checked=False)
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
    shapes: set[tuple[object, ...]] = set()
    for number, exercise_id in enumerate(exercise_ids, start=1):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        try:
            exercise = library.exercise(exercise_id)
            found, walked = walk(page, sqlite_server, exercise, f"Wandelaar {number}", screens, shapes)
        finally:
            context.close()
        problems += found
        visits += walked
    took = time.monotonic() - started
    print(
        f"\nevery-step walk: {len(exercise_ids)} exercises, {visits} step visits, {len(shapes)} shapes under axe"
        f" in {took:.0f} s"
    )
    assert not problems, "\n".join(problems)
