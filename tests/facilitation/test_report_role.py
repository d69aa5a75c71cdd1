"""The facilitator's personal report of a learner who played a role alone shows that role's model answers,
as the learner's own feedback does (issue 19, item 6), not the reference's first role."""

from __future__ import annotations

import base64
import re

from tests_support import casus_library

from kit.scoring.model_answers import model_answers
from kit.store import Store
from kit.ui.dashboard_view import DashboardView
from kit.ui.facilitator import FacilitatorApp
from kit.ui.facilitator_actions import AfterSessionPanel
from kit.ui.grading import LocalGrader

EXERCISE = "steekpartij/oefenvorm-1"


def report_text(panel: AfterSessionPanel) -> str:
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)", panel.output.value)
    assert payload, panel.output.value
    return base64.b64decode(payload.group(1)).decode("utf-8")


def test_the_report_of_a_wijkagent_shows_the_wijkagents_model_answer(store: Store) -> None:
    library = casus_library("steekpartij")
    exercise = library.exercise(EXERCISE)
    created = store.create_workshop("Alleen", [EXERCISE])
    learner = store.join("Wim", created.code, "wijkagent")
    LocalGrader(store).submit(learner.id, exercise, model_answers(exercise))
    store.reveal(created.code, EXERCISE)
    app = FacilitatorApp(library, store)
    app.code.value, app.key.value = created.code, created.key or ""
    view = app.open()
    assert isinstance(view, DashboardView)
    view.ticker.stop()
    panel = AfterSessionPanel(store, view, lambda _: None)
    panel.person.value = learner.id
    panel.personal_report()
    shown = report_text(panel)
    assert "Als wijkagent weet ik" in shown
    assert "Als adviseur openbare orde zag ik" not in shown
