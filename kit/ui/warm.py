"""What a pre-heated kernel does before anyone arrives, so that pressing "Beginnen" costs only that person's rows.

Voila's pool (`kit serve --deelnemers N`) runs each notebook in a kernel started ahead, with the
environment variable VOILA_PREHEAT set to "True"; the page of the first visitor then comes from that
kernel. There the sign-in form also: imports the store, the runner and the grader; opens the store (its
engine, the schema check, a pooled connection) and runs the reads of a sign-in once, so their SQL is
compiled; and builds the exercise's widgets, not shown (kit.ui.runner_frame). A kernel started for one
page (no pool) skips this: its visitor waits for the page, so the page comes first.

Nothing here depends on who signs in, and nothing is written to the store.
"""

from __future__ import annotations

import logging
import os
from contextlib import suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kit.content.exercise import Exercise
    from kit.store import Store
    from kit.store.protocol import ParticipantStore
    from kit.ui.runner_frame import RunnerFrame

log = logging.getLogger(__name__)
PREHEAT_ENV = "VOILA_PREHEAT"  # kit.serving.kernels.PREHEAT_ENV: set by Voila for the kernels of its pool
NOBODY = 0  # a participant id no row has (ids start at 1): the reads find nothing
NO_CODE = "-"  # a workshop code no row has (codes are letters and digits)


def preheated() -> bool:
    """Whether this kernel runs its notebook ahead of its visitor (in Voila's pool)."""
    return os.environ.get(PREHEAT_ENV) == "True"


def warm_up(exercises: list[Exercise], store: ParticipantStore) -> dict[str, RunnerFrame]:
    """Do the sign-in's work that is the same for everyone; per exercise, the frame of widgets for its first runner.

    Every exercise of the page gets its frame (~0.3 MB and 0.05 CPU-s each): a group workshop's code picks
    the scenario only at the sign-in, and a team runner built from nothing costs the room its start.
    A failure here only costs speed: the sign-in then does the work itself, and says what went wrong.
    """
    try:
        from kit.ui.grading import LocalGrader, grader_for
        from kit.ui.runner import ExerciseRunner  # noqa: F401  (the runner and what it imports)
        from kit.ui.runner_frame import RunnerFrame

        if any(e.roles for e in exercises):  # SAMOS: a workshop with tables seats its participants in a team runner
            from kit.facilitation import teams  # noqa: F401
            from kit.ui import team_runner  # noqa: F401
        if isinstance(grader_for(store), LocalGrader):  # feedback is scored here, not by the Hub's service
            from kit.scoring.engine import prepare

            for exercise in exercises:
                prepare(exercise)
        if exercises:  # the reads' SQL is the same for every exercise: compiled once
            _read_once(exercises[0], store, tables=any(e.roles for e in exercises))
        return {exercise.id: RunnerFrame(exercise) for exercise in exercises}
    except Exception:
        log.exception("Warming up the kernel failed; the sign-in will do this work itself")
        return {}


def _read_once(exercise: Exercise, store: ParticipantStore, tables: bool) -> None:
    """Open the store's connection and compile the reads every sign-in makes (SQL store only: the Hub's
    service is asked nothing on behalf of nobody)."""
    from kit.store import Store

    store.self_study_closed()
    if isinstance(store, Store):
        store.load_answers(NOBODY, exercise.id)
        store.position(NOBODY, exercise.id)
        store.latest_result(NOBODY, exercise.id)
        store.participant(NOBODY)
        if tables:
            _read_team_once(exercise, store)


def _read_team_once(exercise: Exercise, store: Store) -> None:
    """The reads of a seat at a table, for nobody: a workshop code and a table no row has."""
    from kit.store import StoreError

    reads = (
        lambda: store.workshop(NO_CODE),
        lambda: store.has_tables(NO_CODE),
        lambda: store.team_members(NO_CODE),
        lambda: store.revealed(NO_CODE, exercise.id),
        lambda: store.released_injects(NO_CODE, exercise.id),
        lambda: store.workshop_script(NO_CODE, exercise.id),
        lambda: store.team_of(NOBODY),
        lambda: store.team_answers(NOBODY, exercise.id),
        lambda: store.handed_in_steps(NOBODY, exercise.id),
        lambda: store.team_result(NOBODY, exercise.id),
        lambda: store.clock(NOBODY, exercise.id),
    )
    for read in reads:  # an unknown code is refused after its query ran: the compiled SQL is what was wanted
        with suppress(StoreError):
            read()
