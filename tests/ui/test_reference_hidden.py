"""Issue 11.1: before the facilitator reveals it, nothing in a workshop tells which option the reference wants."""

from __future__ import annotations

import re

import pytest

from kit.content.library import Library
from kit.store import Store
from kit.ui.app import SignIn, start_page
from kit.ui.runner import ExerciseRunner

STEP = "stap-2-2"


def workshop_runner(library: Library, store: Store, code: str, name: str = "Sanne") -> ExerciseRunner:
    sign_in = SignIn([library.exercise("casus-1")], store)
    sign_in.name.value = name
    sign_in.code.value = code
    run = sign_in.start()
    assert run is not None, sign_in.message.value
    run.show_step([s.id for s in run.exercise.steps].index(STEP))
    return run


def option_ids(run: ExerciseRunner) -> list[str]:
    return [o.id for o in run.exercise.options[(STEP, "fase")]]


def test_step_feedback_gives_no_per_option_signal_before_reveal(library: Library, store: Store) -> None:
    code = store.create_workshop("Oracle", ["casus-1"]).code
    run = workshop_runner(library, store, code)
    seen = set()
    for option in option_ids(run):
        run.renderers[STEP]["fase"].set(option)
        run._changed(STEP)
        run.check_current_step()
        seen.add(re.sub(r' data-ok-focus="[^"]*"', "", run.feedback.value))  # the focus token carries nothing
    assert len(seen) == 1, "the step feedback differs per option: it leaks the reference"
    shown = seen.pop()
    assert "%" not in shown and "ok-bar" not in shown
    assert "compleet" in shown.lower() or "beantwoord" in shown.lower()


def test_submitting_again_gives_no_per_option_signal_before_reveal(library: Library, store: Store) -> None:
    code = store.create_workshop("Oracle", ["casus-1"]).code
    run = workshop_runner(library, store, code)
    seen = set()
    for option in option_ids(run):
        run.renderers[STEP]["fase"].set(option)
        run._changed(STEP)
        run.submit()
        run.submit()  # confirm despite the open questions
        seen.add(re.sub(r' data-ok-focus="[^"]*"', "", run.feedback.value))  # the focus token carries nothing
    assert len(seen) == 1
    assert "%" not in seen.pop()


def test_after_reveal_the_step_feedback_shows_score_and_reasons(library: Library, store: Store) -> None:
    code = store.create_workshop("Reveal", ["casus-1"]).code
    run = workshop_runner(library, store, code)
    run.renderers[STEP]["fase"].set(option_ids(run)[0])
    run._changed(STEP)
    store.reveal(code, "casus-1", STEP)
    run.check_current_step()
    assert "%" in run.feedback.value and "Bron:" in run.feedback.value


def test_self_study_can_be_switched_off_for_a_workshop_exercise(library: Library, store: Store) -> None:
    workshop = store.create_workshop("Dicht", ["casus-1"])
    store.set_self_study(workshop.code, "casus-1", allowed=False)
    sign_in = SignIn([library.exercise("casus-1")], store)
    sign_in.name.value = "Nieuwsgierig"
    assert sign_in.start() is None  # the bypass: same exercise without the code
    assert "workshop" in sign_in.message.value.lower()
    assert "alleen in een workshop" in start_page(library, store).children[-1].value.lower()
    store.set_self_study(workshop.code, "casus-1", allowed=True)
    assert sign_in.start() is not None


def test_a_workshop_only_server_offers_no_self_study(
    library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIT_WORKSHOP_ONLY", "1")
    sign_in = SignIn([library.exercise("casus-1")], store)
    sign_in.name.value = "Nieuwsgierig"
    assert sign_in.start() is None
    assert "workshopcode" in sign_in.message.value.lower()
    assert "zelfstudie staat uit" in start_page(library, store).children[-1].value.lower()
    code = store.create_workshop("Wel", ["casus-1"]).code
    sign_in.code.value = code
    assert sign_in.start() is not None


def test_serve_has_a_workshop_only_option() -> None:
    from kit.serve import voila_environment

    assert voila_environment(workshop_only=True)["KIT_WORKSHOP_ONLY"] == "1"
    assert "KIT_WORKSHOP_ONLY" not in voila_environment(workshop_only=False, base={})


def test_the_facilitator_closes_self_study_when_creating_and_on_the_dashboard(library: Library, store: Store) -> None:
    from kit.ui.facilitator import FacilitatorApp
    from kit.ui.facilitator_actions import RevealPanel

    app = FacilitatorApp(library, store)
    app.title.value = "Dinsdag"
    app.exercises.value = ("casus-1",)
    app.organiser.value = store.reset_organiser_key()
    created = app.create()
    assert created is not None
    assert store.self_study_closed(created.code) == {"casus-1"}
    app.key.value = created.key or ""
    view = app.open()
    assert view is not None
    panel = RevealPanel(store, view)
    assert panel.self_study_off.value is True
    panel.self_study_off.value = False
    assert store.self_study_closed() == set()
    view.ticker.stop()
