"""No two widgets share a Layout or Style: hiding one 'anders' box once hid every answer field from step 2.4 on."""

from __future__ import annotations

from collections import Counter

import ipywidgets as w
import pytest
from ipywidgets.widgets.widget import _instances

from kit.content.library import Library, load_library
from kit.store import Store
from kit.ui.renderers import ChooseMany
from kit.ui.runner import ExerciseRunner

LIBRARY = load_library()
EXERCISES = sorted(LIBRARY.exercises)


def _shared_models(widgets: list[w.Widget]) -> list[str]:
    """Layout and style models that more than one of these widgets points to."""
    counts: Counter[str] = Counter()
    for widget in widgets:
        for trait in ("layout", "style"):
            model = getattr(widget, trait, None)
            if isinstance(model, w.Widget):
                counts[model.model_id] += 1
    return [model_id for model_id, n in counts.items() if n > 1]


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_no_widget_of_an_exercise_shares_its_layout_or_style(exercise_id: str, store: Store) -> None:
    before = set(_instances)
    participant = store.join("Sanne")
    run = ExerciseRunner(LIBRARY.exercise(exercise_id), store, participant.id, save_delay=0.05)
    for index in range(len(run.exercise.steps)):
        run.show_step(index, focus=False)
    run.debouncer.flush()  # no save timer may outlive the test (a pending one keeps pytest from exiting)
    created = [widget for key, widget in list(_instances.items()) if key not in before]
    assert len(created) > 20
    assert _shared_models(created) == []


def test_hiding_an_open_text_box_hides_nothing_else(store: Store) -> None:
    library: Library = LIBRARY
    participant = store.join("Sanne")
    run = ExerciseRunner(library.exercise("casus-1"), store, participant.id, save_delay=0.05)
    for index in range(len(run.exercise.steps)):
        run.show_step(index, focus=False)
    open_questions = [
        (step, renderer)
        for step in run.exercise.steps
        for renderer in run.renderers.get(step.id, {}).values()
        if isinstance(renderer, ChooseMany) and renderer.texts
    ]
    assert open_questions, "casus 1 has an 'anders, namelijk' option"
    _, renderer = open_questions[0]
    option_id = next(iter(renderer.texts))
    renderer.boxes[option_id].value = True
    renderer.boxes[option_id].value = False
    assert renderer.texts[option_id].layout.display == "none"
    for step in run.exercise.steps:
        for other in run.renderers.get(step.id, {}).values():
            if isinstance(other, ChooseMany):
                for box in other.boxes.values():
                    assert box.layout.display != "none"
    run.debouncer.flush()
