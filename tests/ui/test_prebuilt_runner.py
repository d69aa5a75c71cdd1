"""Issue 22: a warm kernel builds the exercise's widgets before anyone signs in; the sign-in fills them.

Each test compares a prepared sign-in (`SignIn(..., prepare=True)`, as in a kernel of Voila's pool) with
what the runner shows when it builds everything itself: the same answers, step, option order and role,
nothing of one participant left for the next, and every typed answer saved.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w
import pytest
from tests_support import casus_library

from kit.content.library import Library
from kit.store import Store
from kit.ui.app import SignIn
from kit.ui.renderers import ChooseMany, Classify
from kit.ui.runner import ExerciseRunner
from kit.ui.warm import PREHEAT_ENV, preheated

CASUS = "casus-1"


@pytest.fixture(scope="module")
def samos() -> Library:
    return casus_library("steekpartij")


def sign_in(library: Library, store: Store, name: str, prepare: bool, exercise: str = CASUS, **fields: Any) -> SignIn:
    form = SignIn([library.exercise(exercise)], store, prepare=prepare)
    form.name.value = name
    for field, value in fields.items():
        getattr(form, field).value = value
    return form


def started(form: SignIn) -> ExerciseRunner:
    runner = form.start()
    assert runner is not None, form.message.value
    return runner


def widgets_in(root: w.Widget) -> set[int]:
    """Ids of every widget in a view tree (children, accordion pages)."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        widget = todo.pop()
        if id(widget) in seen:
            continue
        seen.add(id(widget))
        todo += [c for c in getattr(widget, "children", ()) if isinstance(c, w.Widget)]
    return seen


def top_to_bottom(root: w.Widget) -> list[w.Widget]:
    """Every widget in the tree in the order shown (depth first), groups of options included."""
    found: list[w.Widget] = []
    for child in getattr(root, "children", ()):
        found += [child, *top_to_bottom(child)]
    return found


def option_order(runner: ExerciseRunner, step_id: str) -> dict[str, list[str]]:
    """What the participant sees of each question: option ids top to bottom."""
    shown: dict[str, list[str]] = {}
    for question_id, renderer in runner.renderers[step_id].items():
        if isinstance(renderer, ChooseMany):
            boxes = {id(box): option for option, box in renderer.boxes.items()}
            shown[question_id] = [boxes[id(c)] for c in top_to_bottom(renderer.widget) if id(c) in boxes]
        elif isinstance(renderer, Classify):
            rows = {id(row): option for option, row in renderer.row_boxes.items()}
            shown[question_id] = [rows[id(c)] for c in top_to_bottom(renderer.widget) if id(c) in rows]
    return shown


def test_a_prepared_sign_in_uses_the_prebuilt_widgets_in_the_participants_own_order(
    library: Library, store: Store
) -> None:
    prepared = sign_in(library, store, "Sanne", prepare=True)
    frame = prepared.frame
    assert frame is not None and frame.steps, "the warm-up built the runner's widgets and the first step"
    prebuilt = frame.steps["stap-1"].box
    runner = started(prepared)
    assert runner.widget is frame.widget and runner.step_area.children == (prebuilt,)
    assert prepared.frame is None, "the frame is handed to one runner only"

    again = started(sign_in(library, store, "Sanne-2", prepare=False))
    assert again.participant_id != runner.participant_id
    # built anew for the same participant: the prepared one shows the same order, not the written one
    fresh = ExerciseRunner(library.exercise(CASUS), store, runner.participant_id)
    assert option_order(runner, "stap-1") == option_order(fresh, "stap-1")
    written = [o.id for o in library.exercise(CASUS).options[("stap-1", "signalen")]]
    assert option_order(runner, "stap-1")["signalen"] != written, "a shuffled order (this participant's)"
    assert runner.renderers["stap-1"]["signalen"].get() == []


def test_a_returning_participant_gets_their_answers_and_step_in_the_prebuilt_widgets(
    library: Library, store: Store
) -> None:
    first = sign_in(library, store, "Sanne", prepare=False)
    runner = started(first)
    signals = [o.id for o in library.exercise(CASUS).options[("stap-1", "signalen")]][:2]
    runner.renderers["stap-1"]["signalen"].set(signals)
    runner.renderers["stap-1"]["toelichting"].set("mijn toelichting")
    runner._changed("stap-1")
    runner.show_step(2)  # moving on saves and keeps the position
    resume = first.memory.value

    back = SignIn([library.exercise(CASUS)], store, prepare=True)
    assert back.frame is not None
    back.memory.value = resume  # a reload: the browser remembers the code
    again = back.runner
    assert again is not None and again.participant_id == runner.participant_id
    assert again.widget is not None and again.index == 2 and again.jump.value == 2
    assert again.scenario.selected_index is None  # the story is folded beyond the first step
    again.show_step(0)
    assert sorted(again.renderers["stap-1"]["signalen"].get()) == sorted(signals)
    assert again.renderers["stap-1"]["toelichting"].get() == "mijn toelichting"
    assert option_order(again, "stap-1") == option_order(runner, "stap-1")


def test_the_role_and_its_injects_are_the_participants_own(samos: Library, store: Store) -> None:
    exercise = samos.exercise("steekpartij/oefenvorm-2")
    roles = [r.id for r in exercise.roles]
    prepared = sign_in(samos, store, "Sanne", prepare=True, exercise=exercise.id)
    prepared.role.value = roles[1]
    runner = started(prepared)
    assert runner.role_id == roles[1]
    fresh = ExerciseRunner(exercise, store, runner.participant_id, roles[1])
    step = exercise.steps[0].id
    assert runner.inject_views[step].value == fresh.inject_views[step].value
    assert option_order(runner, step) == option_order(fresh, step)
    other = ExerciseRunner(exercise, store, runner.participant_id, roles[0])
    assert other.inject_views[step].value != runner.inject_views[step].value, "the role decides what shows"


def test_two_sign_ins_in_one_kernel_share_nothing(library: Library, store: Store) -> None:
    first = started(sign_in(library, store, "Sanne", prepare=True))
    first.renderers["stap-1"]["toelichting"].set("van Sanne")
    first._changed("stap-1")
    first.flush()

    second_form = sign_in(library, store, "Bram", prepare=True)  # the notebook run again in the same kernel
    second = started(second_form)
    assert second.participant_id != first.participant_id
    assert widgets_in(first.widget).isdisjoint(widgets_in(second.widget))
    assert second.renderers["stap-1"]["toelichting"].get() == ""
    second.renderers["stap-1"]["toelichting"].text.value = "van Bram"  # typed, as in the browser
    second.flush()
    assert store.load_answers(first.participant_id, CASUS)["stap-1"]["toelichting"] == "van Sanne"
    assert first.renderers["stap-1"]["toelichting"].get() == "van Sanne"
    assert store.load_answers(second.participant_id, CASUS)["stap-1"]["toelichting"] == "van Bram"


def test_a_refused_sign_in_keeps_the_frame_for_the_next_try(library: Library, store: Store) -> None:
    started(sign_in(library, store, "Sanne", prepare=False))
    form = sign_in(library, store, "Sanne", prepare=True)
    frame = form.frame
    assert form.start() is None and "herstelcode" in form.message.value  # the name is taken
    assert form.frame is frame
    form.name.value = "Sanne B"
    runner = started(form)
    assert runner.widget is frame.widget if frame is not None else False


def test_nothing_typed_in_the_prebuilt_widgets_is_lost(library: Library, store: Store) -> None:
    runner = started(sign_in(library, store, "Sanne", prepare=True))
    signals = runner.renderers["stap-1"]["signalen"]
    assert isinstance(signals, ChooseMany)
    shown = option_order(runner, "stap-1")["signalen"]
    written = [o.id for o in library.exercise(CASUS).options[("stap-1", "signalen")]]
    # two options this participant sees in the other order than they are written
    ticked = next([a, b] for i, a in enumerate(shown) for b in shown[i + 1 :] if written.index(a) > written.index(b))
    for option in ticked:
        signals.boxes[option].value = True  # ticked in the browser, top to bottom
    runner.renderers["stap-1"]["toelichting"].text.value = "Eerst de signalen, dan de bronnen."
    # in the order shown, as a runner that built its own widgets has them (scoring may take the first few)
    assert runner.answers["stap-1"]["signalen"] == ticked
    runner.flush()
    saved = store.load_answers(runner.participant_id, CASUS)["stap-1"]
    assert sorted(saved["signalen"]) == sorted(ticked)
    assert saved["toelichting"] == "Eerst de signalen, dan de bronnen."


def test_only_a_kernel_of_the_pool_prepares_by_itself(
    library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PREHEAT_ENV, raising=False)
    assert not preheated() and SignIn([library.exercise(CASUS)], store).frame is None
    monkeypatch.setenv(PREHEAT_ENV, "True")
    assert preheated() and SignIn([library.exercise(CASUS)], store).frame is not None


def test_a_page_of_three_scenarios_has_a_frame_for_each_and_a_table_sits_in_its_own(store: Store) -> None:
    """The workshop code picks the scenario only at the sign-in: the warm kernel built all of them."""
    from kit.facilitation.teams import make_tables

    several = casus_library("azc", "internationaal-conflict", "steekpartij")
    page = sorted((e for e in several.exercises.values() if e.variant.id == "oefenvorm-2"), key=lambda e: e.id)
    assert len(page) == 3
    last = page[-1]
    form = SignIn(page, store, prepare=True)
    assert sorted(form.frames) == [e.id for e in page]
    assert all(f.exercise is several.exercise(i) for i, f in form.frames.items())
    code = store.create_workshop("Tafels", [last.id], "groep").code
    make_tables(store, code, 2)
    frame = form.frames[last.id]
    prebuilt = frame.steps[last.steps[0].id].box
    form.name.value = "Sanne"
    form.code.value = code
    runner = started(form)
    assert type(runner).__name__ == "TeamRunner" and runner.exercise is last
    assert runner.widget is frame.widget and id(prebuilt) in widgets_in(runner.widget)
    assert form.frames == {} and form.frame is None, "the frames are handed to one runner only"


def test_a_form_from_cards_loads_its_exercises_only_at_the_sign_in(store: Store) -> None:
    """A kernel started for its visitor draws the form from cards (kit.content.cards); "Beginnen" loads the
    exercises. The form is the same as one drawn from the exercises, and the code picks the scenario."""
    from kit.content.cards import PageExercises, card_of

    several = casus_library("azc", "internationaal-conflict", "steekpartij")
    page = sorted((e for e in several.exercises.values() if e.variant.id == "oefenvorm-2"), key=lambda e: e.id)
    loads: list[int] = []

    def load() -> list[Any]:
        loads.append(1)
        return page

    lazy = PageExercises([card_of(e) for e in page], load)
    form, loaded = SignIn(lazy, store, prepare=False), SignIn(page, store, prepare=False)
    assert form.choice.options == loaded.choice.options and form.role.options == loaded.role.options
    assert form.title() == loaded.title() and len(form.form.children) == len(loaded.form.children)
    code = store.create_workshop("Oefenen", [page[1].id], "individueel").code
    form.code.value = code
    assert form.choice.value == page[1].id and not loads, "the code picked the scenario without loading"
    form.role.value = page[1].roles[-1].id
    form.name.value = "Noor"
    runner = started(form)
    assert runner.exercise is page[1] and runner.role_id == page[1].roles[-1].id and loads == [1]
