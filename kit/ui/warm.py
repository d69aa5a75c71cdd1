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
from typing import TYPE_CHECKING

from kit.content.exercise import Exercise

if TYPE_CHECKING:
    from kit.store.protocol import ParticipantStore
    from kit.ui.runner_frame import RunnerFrame

log = logging.getLogger(__name__)
PREHEAT_ENV = "VOILA_PREHEAT"  # kit.serving.kernels.PREHEAT_ENV: set by Voila for the kernels of its pool
NOBODY = 0  # a participant id no row has (ids start at 1): the reads find nothing


def preheated() -> bool:
    """Whether this kernel runs its notebook ahead of its visitor (in Voila's pool)."""
    return os.environ.get(PREHEAT_ENV) == "True"


def warm_up(exercise: Exercise, store: ParticipantStore) -> RunnerFrame | None:
    """Do the sign-in's work that is the same for everyone; the frame of widgets for the first runner.

    A failure here only costs speed: the sign-in then does the work itself, and says what went wrong.
    """
    try:
        from kit.ui.grading import LocalGrader, grader_for
        from kit.ui.runner import ExerciseRunner  # noqa: F401  (the runner and what it imports)
        from kit.ui.runner_frame import RunnerFrame

        if exercise.roles:  # SAMOS: a workshop with tables seats its participants in a team runner
            from kit.facilitation import teams  # noqa: F401
            from kit.ui import team_runner  # noqa: F401
        if isinstance(grader_for(store), LocalGrader):  # feedback is scored here, not by the Hub's service
            from kit.scoring.engine import prepare

            prepare(exercise)
        _read_once(exercise, store)
        return RunnerFrame(exercise)
    except Exception:
        log.exception("Warming up the kernel failed; the sign-in will do this work itself")
        return None


def _read_once(exercise: Exercise, store: ParticipantStore) -> None:
    """Open the store's connection and compile the reads every sign-in makes (SQL store only: the Hub's
    service is asked nothing on behalf of nobody)."""
    from kit.store import Store

    store.self_study_closed()
    if isinstance(store, Store):
        store.load_answers(NOBODY, exercise.id)
        store.position(NOBODY, exercise.id)
        store.latest_result(NOBODY, exercise.id)
        store.participant(NOBODY)
