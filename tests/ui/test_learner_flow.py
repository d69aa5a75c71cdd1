"""The learner's day without a browser: roles survive a new sign-in, the flow moves on cleanly,
feedback reads at a glance, and questions show what they ask."""

from __future__ import annotations

import re

from tests_support import casus_library

from kit.content.library import Library
from kit.store import Store
from kit.ui.app import SignIn
from kit.ui.feedback import feedback_html
from kit.ui.renderers import ChooseMany, FreeText
from kit.ui.runner import ExerciseRunner


def runner(library: Library, store: Store, name: str = "Sanne") -> ExerciseRunner:
    return ExerciseRunner(library.exercise("casus-1"), store, store.join(name).id, save_delay=0.05)


def focus_token(html_text: str) -> str:
    found = re.search(r'data-ok-focus="([^"]+)"', html_text)
    assert found, f"no focus token in {html_text[:200]}"
    return found.group(1)


def test_a_known_participant_keeps_the_role_the_facilitator_gave(store: Store) -> None:
    samos = casus_library("steekpartij")
    exercise = samos.exercise("steekpartij/oefenvorm-1")
    roles = [r.id for r in exercise.roles]
    workshop = store.create_workshop("Oefening", [exercise.id], "groep")

    codes: list[str] = []  # the resume code the first sign-in hands out, as the browser would keep it

    def sign_in(choice: str | None = None) -> ExerciseRunner:
        form = SignIn([exercise], store)
        form.name.value, form.code.value = "Anouk", workshop.code
        if choice is not None:
            form.role.value = choice
        form.resume_code.value = codes[-1] if codes else ""
        started = form.start()
        assert started is not None, form.message.value
        issued = re.search(r"[A-Z0-9]{4}(?:-[A-Z0-9]{4}){2}", str(form.widget.children[1].value))
        if issued:
            codes.append(issued.group(0))
        return started

    assert sign_in(roles[2]).role_id == roles[2]
    again = sign_in()  # the dropdown shows the first role; signing in must not override the real one
    assert again.role_id == roles[2]
    participant = store.join("Anouk", workshop.code)
    assert participant.role == roles[2]
    store.set_role(participant.id, roles[1])  # only the facilitator changes it
    assert sign_in(roles[3]).role_id == roles[1]


def test_next_step_clears_feedback_moves_focus_and_folds_the_story(library: Library, store: Store) -> None:
    run = runner(library, store)
    assert run.scenario.selected_index == 0  # the story is open on the first step
    assert "ok-casus-summary" in run.summary.value
    assert "data-ok-focus" not in run.step_heading.value  # on arrival the welcome gets focus
    run.check_current_step()
    first_feedback = focus_token(run.feedback.value)
    run.next_button.click()
    assert run.feedback.value == ""
    assert run.scenario.selected_index is None  # folded; the summary stays
    assert run.step.titel in run.step_heading.value
    step_token = focus_token(run.step_heading.value)
    run.prev_button.click()
    assert focus_token(run.step_heading.value) not in {first_feedback, step_token}
    run.check_current_step()
    assert focus_token(run.feedback.value) != first_feedback


def test_a_live_refresh_keeps_the_feedback_token_so_focus_is_not_stolen(library: Library, store: Store) -> None:
    run = runner(library, store)
    run.submit()
    result = run.submit()
    assert result
    token = focus_token(run.feedback.value)
    again = feedback_html(result, {"*"}, names=run.question_names, focus=run._feedback_token)
    assert focus_token(again) == token


def test_submitted_feedback_returns_after_a_reload_without_a_second_submission(library: Library, store: Store) -> None:
    run = runner(library, store)
    run.submit()
    run.submit()
    first = store.latest_result(store.join("Sanne").id, "casus-1")
    assert first is not None
    again = runner(library, store)
    assert "Score per stap" in again.feedback.value
    assert "data-ok-focus" not in again.feedback.value  # focus goes to the welcome, not here
    latest = store.latest_result(store.join("Sanne").id, "casus-1")
    assert latest is not None and latest["id"] == first["id"]


def test_full_feedback_has_a_summary_and_named_collapsible_blocks(library: Library, store: Store) -> None:
    run = runner(library, store)
    run.show_step([s.id for s in run.exercise.steps].index("stap-2-5"))
    oorzaken = run.renderers["stap-2-5"]["oorzaken"]
    assert isinstance(oorzaken, ChooseMany)
    oorzaken.boxes["stappenplan.oorzaken.b"].value = True
    run.submit()
    run.submit()
    view = run.feedback.value
    summary = view.split('<details class="ok-step-feedback"')[0]
    assert "Score per stap" in summary
    assert summary.count("<tr><td>") == len(run.exercise.steps)
    missed = re.search(r'<ol class="ok-missed">(.*?)</ol>', summary)
    assert missed is not None and missed.group(1).count("<li>") == 3
    assert view.count('<details class="ok-step-feedback">') == len(run.exercise.steps)  # all folded
    for step in run.exercise.steps:
        for question in step.vragen:
            assert question.vraag.replace("'", "&#x27;").replace('"', "&quot;") in view
    # a model answer sits inside its question's block, not after the whole column
    block = re.search(r'<section class="ok-question-feedback">(?:(?!</section>).)*Modelantwoord', view, re.S)
    assert block is not None


def test_step_feedback_is_open_and_names_its_step(library: Library, store: Store) -> None:
    run = runner(library, store)
    run.check_current_step()
    assert f"Feedback op {run.step.titel}" in run.feedback.value
    assert '<details class="ok-step-feedback" open>' in run.feedback.value


def test_step_4_1_shows_the_questions_of_the_beleidsdiagnose(library: Library, store: Store) -> None:
    run = runner(library, store)
    run.show_step([s.id for s in run.exercise.steps].index("stap-4-1"))
    box = run.step_boxes["stap-4-1"]
    shown = " ".join(str(getattr(child, "value", "")) for child in box.children)
    assert shown.count('class="ok-question"') == 4, shown  # the four questions of the beleidsdiagnose
    assert "reguliere beleid" in shown and "sectoren en professionals" in shown
    for question in run.exercise.step("stap-4-1").vragen:
        text = run.renderers["stap-4-1"][question.id]
        assert isinstance(text, FreeText)
        assert f"ok-name-ok-q-stap-4-1-{question.id}" in text.widget._dom_classes  # named by its heading
        assert f'id="ok-q-stap-4-1-{question.id}"' in shown
