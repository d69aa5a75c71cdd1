"""The exercise runner without a browser: answers are saved, restored, scored and shown safely."""

from __future__ import annotations

import html
import re

from kit.content.library import Library
from kit.store import Store
from kit.ui.app import SignIn
from kit.ui.renderers import ChooseMany, FreeText, Ordinal
from kit.ui.runner import ExerciseRunner
from kit.ui.views import step_header_html


def runner(library: Library, store: Store, name: str = "Sanne") -> ExerciseRunner:
    participant = store.join(name)
    return ExerciseRunner(library.exercise("casus-1"), store, participant.id, save_delay=0.05)


def go_to(run: ExerciseRunner, step_id: str) -> None:
    run.show_step([s.id for s in run.exercise.steps].index(step_id))


def test_a_change_is_saved_after_the_debounce_delay(library: Library, store: Store) -> None:
    run = runner(library, store)
    go_to(run, "stap-2-2")
    fase = run.renderers["stap-2-2"]["fase"]
    assert isinstance(fase, Ordinal)
    fase.radio.value = "stappenplan.fasen.ongemak"
    run.debouncer.flush()
    saved = store.load_answers(store.join("Sanne").id, "casus-1")
    assert saved["stap-2-2"]["fase"] == "stappenplan.fasen.ongemak"


def test_navigation_flushes_pending_typing_and_remembers_the_step(library: Library, store: Store) -> None:
    run = runner(library, store)
    run.save_now()
    run.debouncer = type(run.debouncer)(run.save_now, 3600)  # a save that would come far too late
    text = run.renderers["stap-1"]["toelichting"]
    assert isinstance(text, FreeText)
    text.text.value = "Delen met wijkagent en jongerenwerk"
    run.next_button.click()
    participant = store.join("Sanne").id
    assert store.load_answers(participant, "casus-1")["stap-1"]["toelichting"].startswith("Delen met wijkagent")
    assert store.position(participant, "casus-1") == "stap-2-1"


def test_a_new_runner_restores_answers_and_position(library: Library, store: Store) -> None:
    first = runner(library, store)
    go_to(first, "stap-2-5")
    oorzaken = first.renderers["stap-2-5"]["oorzaken"]
    assert isinstance(oorzaken, ChooseMany)
    oorzaken.boxes["stappenplan.oorzaken.b"].value = True
    oorzaken.boxes["stappenplan.oorzaken.d"].value = True
    first.debouncer.flush()

    second = runner(library, store)  # a reload or a kernel restart: everything comes from the store
    assert second.resumed
    assert second.step.id == "stap-2-5"
    restored = second.renderers["stap-2-5"]["oorzaken"]
    assert isinstance(restored, ChooseMany)
    assert sorted(restored.get()) == ["stappenplan.oorzaken.b", "stappenplan.oorzaken.d"]


def test_incomplete_step_warns_gently_and_progress_counts(library: Library, store: Store) -> None:
    run = runner(library, store)
    assert run.warning.value == ""  # not on arrival: the learner has not had a chance yet
    run.next_button.click()
    run.prev_button.click()
    assert "nog niet beantwoord" in run.warning.value
    assert not re.search(r"Stap \d+ van", run.progress_text.value)  # one numbering: the titles' (Stap 2.4)
    assert "0 van 12 stappen helemaal af" in run.progress_text.value
    run.renderers["stap-1"]["signalen"].set(["x"])  # unknown ids are ignored
    signalen = run.renderers["stap-1"]["signalen"]
    assert isinstance(signalen, ChooseMany)
    first_signal = next(iter(signalen.boxes))
    signalen.boxes[first_signal].value = True
    assert run.progress_text.value.startswith("1 van")


def test_submit_asks_once_when_questions_are_open_then_scores_and_stores(library: Library, store: Store) -> None:
    run = runner(library, store)
    assert run.submit() == {}
    assert "Klik nogmaals" in run.message.value
    step = library.exercise("casus-1").steps[4]  # the open questions by name, under their step's title
    assert html.escape(step.titel) in run.message.value and html.escape(step.vragen[0].vraag) in run.message.value
    assert "en nog" in run.message.value  # a long list ends in a count
    result = run.submit()
    assert 0.0 <= result["total"] < 0.2
    latest = store.latest_result(store.join("Sanne").id, "casus-1")
    assert latest is not None and latest["total"] == result["total"]
    assert "Feedback" in run.feedback.value and "Gemist" in run.feedback.value
    assert 'download="verslag-casus-1.html"' in run.message.value


def test_step_feedback_shows_rationale_and_source(library: Library, store: Store) -> None:
    run = runner(library, store)
    go_to(run, "stap-2-2")
    run.renderers["stap-2-2"]["fase"].set("stappenplan.fasen.escalatie")
    run.answers["stap-2-2"] = {"fase": "stappenplan.fasen.escalatie", "toelichting": ""}
    run.check_current_step()
    assert "Bron:" in run.feedback.value
    assert "Escalatie" in run.feedback.value


def test_participant_text_is_escaped_in_the_interface(library: Library, store: Store) -> None:
    sign_in = SignIn([library.exercise("casus-1")], store)
    sign_in.name.value = "<script>alert(1)</script>"
    started = sign_in.start()
    assert started is not None
    welcome = sign_in.widget.children[1].value
    assert "<script>" not in welcome and "&lt;script&gt;" in welcome


def test_sign_in_needs_a_name_and_welcomes_back(library: Library, store: Store) -> None:
    sign_in = SignIn([library.exercise("casus-1")], store)
    assert sign_in.start() is None
    assert "naam" in sign_in.message.value.lower()
    sign_in.name.value = "Ahmed"
    first = sign_in.start()
    assert first is not None
    first.renderers["stap-1"]["toelichting"].set("x")
    first.answers["stap-1"] = {"toelichting": "iets"}
    first.dirty.add("stap-1")
    first.save_now()
    again = SignIn([library.exercise("casus-1")], store)
    again.name.value = " ahmed "
    assert again.start() is None  # another browser: the name is taken (tests/ui/test_identity_ui.py)
    again.memory.value = sign_in.memory.value  # the same browser remembers the resume code
    assert again.runner is not None
    assert "Welkom terug" in again.widget.children[1].value


def test_unknown_workshop_code_gives_a_dutch_message(library: Library, store: Store) -> None:
    sign_in = SignIn([library.exercise("casus-1")], store)
    sign_in.name.value = "Ahmed"
    sign_in.code.value = "ZZZZZZ"
    assert sign_in.start() is None
    assert "workshopcode" in sign_in.message.value.lower()


def test_an_unexpected_failure_shows_a_dutch_sentence_not_a_traceback(library: Library) -> None:
    from kit.ui.app import exercise_app

    class Broken:
        def exercise(self, _: str) -> None:
            raise RuntimeError("geheim intern detail")

    page = exercise_app("casus-1", library=Broken())  # type: ignore[arg-type]
    shown = page.children[-1].value
    assert "onverwachts" in shown and "geheim" not in shown


def test_beleidsdiagnose_shows_the_what_runs_already_sheet_and_cites_by_section(library: Library) -> None:
    exercise = library.exercise("casus-1")
    policy_step = step_header_html(exercise.step("stap-4-1"), exercise.scenario)
    assert "Wat loopt er al" in policy_step
    assert "jongerenwerker is twee middagen per week" in policy_step
    assert "Handreiking polarisatie, Stap 4.1 Beleidsdiagnose" in policy_step
    assert "000:" not in policy_step  # line ranges are for authors, not for learners
    assert "Wat loopt er al" not in step_header_html(exercise.step("stap-2-2"), exercise.scenario)


def test_a_second_start_keeps_the_exercise_already_shown(library: Library, store: Store) -> None:
    """The browser's remembered resume code and a click on "Beginnen" can both arrive: the second one must not
    replace the runner the learner is already working in (which would jump back to step 1)."""
    form = SignIn([library.exercise("casus-1")], store)
    form.name.value = "Breedte"
    first = form.start()
    assert first is not None
    first.show_step(3)
    assert form.start() is first and first.index == 3


def test_an_answer_saved_before_its_question_moved_shows_at_its_new_step(library: Library, store: Store) -> None:
    """Review round 3, item 20: the time-out moved from beeldvorming to oordeel; a saved choice is not lost."""
    from kit.content.library import load_library

    participant = store.join("Sanne")
    exercise = load_library().exercise("steekpartij/oefenvorm-1")
    store.save_answer(participant.id, exercise.id, "beeldvorming", {"onderbreking": "langer", "motivering": "Mes."})
    run = ExerciseRunner(exercise, store, participant.id, save_delay=0.05)
    go_to(run, "oordeel")
    assert run.renderers["oordeel"]["onderbreking"].get() == "langer"
    go_to(run, "beeldvorming")
    assert run.renderers["beeldvorming"]["motivering"].get() == "Mes."
    run.save_now()
    assert store.load_answers(participant.id, exercise.id)["oordeel"]["onderbreking"] == "langer"
