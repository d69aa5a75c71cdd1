"""The service checks who calls, scores with references the caller never holds, and hides unrevealed steps."""

from __future__ import annotations

from typing import Any

import pytest

from kit.content.library import Library
from kit.errors import KitError
from kit.remote.client import ServiceError, ServiceGrader, ServiceStore
from kit.remote.operations import Backend, NotYours
from kit.remote.wire import redact
from kit.ui.renderers import ChooseMany, Ordinal
from kit.ui.runner import ExerciseRunner
from kit.ui.workshop_link import WorkshopLink

CASUS = "casus-1"


def test_a_name_in_a_workshop_belongs_to_the_first_account_that_took_it(backend: Backend) -> None:
    code = backend.store.create_workshop("W", [CASUS]).code
    anna = backend.join("anna", {"name": "Sanne", "workshop_code": code})
    assert backend.join("anna", {"name": " sanne ", "workshop_code": code})["id"] == anna["id"]  # a reload
    with pytest.raises(KitError, match="al in gebruik"):
        backend.join("bram", {"name": "Sanne", "workshop_code": code})
    assert backend.store.hub_owner(anna["id"]) == "anna"


def test_another_accounts_participant_is_out_of_reach(backend: Backend) -> None:
    anna = backend.join("anna", {"name": "Anna"})["id"]
    backend.save_answer("anna", {"participant_id": anna, "exercise_id": CASUS, "step_id": "stap-1", "value": {"a": 1}})
    for operation, extra in [
        ("load_answers", {}),
        ("save_answer", {"step_id": "stap-1", "value": {"a": 2}}),
        ("position", {}),
        ("set_position", {"step_id": "stap-1"}),
        ("submit", {"answers": {}}),
        ("latest_result", {}),
        ("participant", {}),
    ]:
        handler = backend.operation(operation)
        assert handler is not None
        with pytest.raises(NotYours):
            handler("bram", {"participant_id": anna, "exercise_id": CASUS, **extra})
    assert backend.store.load_answers(anna, CASUS) == {"stap-1": {"a": 1}}
    assert backend.operation("drop_tables") is None


def answers_with_one_step() -> dict[str, dict[str, Any]]:
    return {"stap-2-2": {"fase": "stappenplan.fasen.onderhuidse-spanningen", "toelichting": "Men vermijdt elkaar."}}


def test_in_a_workshop_the_reference_reaches_the_participant_only_after_the_reveal(backend: Backend) -> None:
    code = backend.store.create_workshop("W", [CASUS]).code
    pid = backend.join("anna", {"name": "Anna", "workshop_code": code})["id"]
    body = {"participant_id": pid, "exercise_id": CASUS}
    shown = backend.submit("anna", {**body, "answers": answers_with_one_step()})
    step = next(s for s in shown["steps"] if s["step"] == "stap-2-2")
    assert step["score"] is None and step["questions"] == [] and step["modelantwoord"] is None
    assert shown["total"] is None
    kept = backend.store.latest_result(pid, CASUS)
    assert kept is not None and next(s for s in kept["result"]["steps"] if s["step"] == "stap-2-2")["questions"]
    backend.store.reveal(code, CASUS, "stap-2-2")
    later = backend.latest_result("anna", body)
    assert next(s for s in later["steps"] if s["step"] == "stap-2-2")["questions"]
    assert all(s["questions"] == [] for s in later["steps"] if s["step"] != "stap-2-2")


def test_a_score_sent_by_a_kernel_is_never_stored(backend: Backend) -> None:
    pid = backend.join("anna", {"name": "Anna"})["id"]
    backend.submit(
        "anna", {"participant_id": pid, "exercise_id": CASUS, "answers": {}, "total": 1.0, "result": {"total": 1.0}}
    )
    kept = backend.store.latest_result(pid, CASUS)
    assert kept is not None and kept["total"] == 0.0


def test_self_study_sees_the_whole_result(backend: Backend) -> None:
    pid = backend.join("anna", {"name": "Anna"})["id"]
    checked = backend.check_step(
        "anna",
        {
            "participant_id": pid,
            "exercise_id": CASUS,
            "step_id": "stap-2-2",
            "values": answers_with_one_step()["stap-2-2"],
        },
    )
    questions = checked["steps"][0]["questions"]
    assert questions and all(q["feedback"] for q in questions)


def test_redact_drops_scores_and_reasons_of_hidden_steps() -> None:
    result = {
        "total": 0.5,
        "steps": [{"step": "a", "title": "A", "score": 0.5, "questions": [{"q": 1}], "modelantwoord": "m"}],
    }
    assert redact(result, {"*"}) == result
    hidden = redact(result, set())
    assert hidden["total"] is None
    assert hidden["steps"] == [{"step": "a", "title": "A", "score": None, "questions": [], "modelantwoord": None}]


def test_the_exercise_app_runs_unchanged_on_the_service(
    backend: Backend, client_for: Any, participant_library: Library
) -> None:
    """The runner with the service's store and grader, on a library without references, as under the Hub."""
    exercise = participant_library.exercise(CASUS)
    assert exercise.reference is None
    code = backend.store.create_workshop("W", [CASUS]).code
    client = client_for("anna")
    store = ServiceStore(client)
    participant = store.join("Anna", code)
    link = WorkshopLink(store, code, CASUS, group=False)
    run = ExerciseRunner(exercise, store, participant.id, link=link, save_delay=0.05)
    assert isinstance(run.grader, ServiceGrader)
    run.show_step([s.id for s in exercise.steps].index("stap-2-2"))
    fase = run.renderers["stap-2-2"]["fase"]
    assert isinstance(fase, Ordinal)
    fase.radio.value = "stappenplan.fasen.onderhuidse-spanningen"
    run.debouncer.flush()
    assert backend.store.load_answers(participant.id, CASUS)["stap-2-2"]["fase"].endswith("onderhuidse-spanningen")
    assert backend.store.position(participant.id, CASUS) == "stap-2-2"
    run.submit()
    result = run.submit()  # the second click confirms despite open steps
    assert result["total"] is None  # no score before the reveal (issue 18: the service is no oracle)
    assert "Bron:" not in run.feedback.value  # nothing revealed yet
    backend.store.reveal(code, CASUS)
    run.refresh_live()
    assert "Bron:" in run.feedback.value
    # A second kernel of the same account resumes; another account cannot take the name.
    again = ExerciseRunner(exercise, store, store.join("anna", code).id)
    assert again.resumed and again.step.id == "stap-2-2"
    with pytest.raises(ServiceError, match="al in gebruik"):
        ServiceStore(client_for("bram")).join("Anna", code)
    oorzaken = again.renderers.get("stap-2-5", {}).get("oorzaken")
    assert oorzaken is None or isinstance(oorzaken, ChooseMany)


def test_a_reveal_just_after_the_service_scored_still_reaches_the_screen(
    backend: Backend, client_for: Any, participant_library: Library
) -> None:
    """The result was redacted when asked; the reveal came before the screen noted what it had shown."""
    exercise = participant_library.exercise(CASUS)
    code = backend.store.create_workshop("W", [CASUS]).code
    store = ServiceStore(client_for("anna"))
    participant = store.join("Anna", code)
    run = ExerciseRunner(exercise, store, participant.id, link=WorkshopLink(store, code, CASUS, group=False))
    scored = run.grader.submit

    def submit_then_reveal(*args: Any, **kwargs: Any) -> dict[str, Any]:
        result = scored(*args, **kwargs)
        backend.store.reveal(code, CASUS)
        return result

    run.grader.submit = submit_then_reveal  # type: ignore[method-assign]
    run.submit()
    result = run.submit()
    assert result["total"] is None
    run.refresh_live()
    assert "Bron:" in run.feedback.value
    assert "verslag-" in run.message.value  # the report link comes with the reveal, no second hand-in
