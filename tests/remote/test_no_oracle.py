"""Issue 18, items 3 and 6: what a participant's kernel can get out of the service by calling it directly.

Each test sends what a crafted client would: the operation and a JSON body, as the Hub account it is.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from kit.errors import KitError
from kit.remote.operations import Backend, CodeBudget, NotYours

CASUS = "casus-1"


def call(backend: Backend, user: str, operation: str, **body: Any) -> Any:
    handler = backend.operation(operation)
    assert handler is not None, operation
    return json.loads(json.dumps(handler(user, json.loads(json.dumps(body)))))


def tries_per_option(backend: Backend, user: str, pid: int) -> list[Any]:
    """One check_step per option of every choice question of casus 1: the probe of issue 18 (148 options)."""
    exercise = backend.library.exercise(CASUS)
    answers = []
    for (step_id, question_id), options in exercise.options.items():
        question = next(q for q in exercise.step(step_id).vragen if q.id == question_id)
        for option in options:
            value: Any = [option.id] if question.soort in ("meerkeuze", "signalen") else option.id
            answers.append(
                call(
                    backend,
                    user,
                    "check_step",
                    participant_id=pid,
                    exercise_id=CASUS,
                    step_id=step_id,
                    values={question_id: value},
                )
            )
    return answers


def test_check_step_before_the_reveal_gives_no_score_and_no_verdict(backend: Backend) -> None:
    code = backend.store.create_workshop("W", [CASUS]).code
    pid = call(backend, "anna", "join", name="Anna", workshop_code=code)["id"]
    answers = tries_per_option(backend, "anna", pid)
    assert len(answers) > 100
    for answer in answers:
        assert answer["total"] is None
        (step,) = answer["steps"]
        assert step["score"] is None and step["questions"] == [] and step["modelantwoord"] is None
    # every answer per step is the same: nothing in it depends on the option tried
    by_step: dict[str, set[str]] = {}
    for answer in answers:
        by_step.setdefault(answer["steps"][0]["step"], set()).add(json.dumps(answer, sort_keys=True))
    assert all(len(seen) == 1 for seen in by_step.values())


def test_submit_before_the_reveal_gives_neither_total_nor_step_scores(backend: Backend) -> None:
    code = backend.store.create_workshop("W", [CASUS]).code
    pid = call(backend, "anna", "join", name="Anna", workshop_code=code)["id"]
    answers = {"stap-2-2": {"fase": "stappenplan.fasen.onderhuidse-spanningen"}}
    shown = call(backend, "anna", "submit", participant_id=pid, exercise_id=CASUS, answers=answers)
    assert shown["total"] is None and all(s["score"] is None and s["questions"] == [] for s in shown["steps"])
    latest = call(backend, "anna", "latest_result", participant_id=pid, exercise_id=CASUS)
    assert latest["total"] is None and all(s["score"] is None for s in latest["steps"])
    backend.store.reveal(code, CASUS, "stap-2-2")
    later = call(backend, "anna", "latest_result", participant_id=pid, exercise_id=CASUS)
    assert later["total"] is None
    assert [s["step"] for s in later["steps"] if s["score"] is not None] == ["stap-2-2"]
    checked = call(
        backend,
        "anna",
        "check_step",
        participant_id=pid,
        exercise_id=CASUS,
        step_id="stap-2-2",
        values=answers["stap-2-2"],
    )
    assert checked["steps"][0]["score"] is not None and checked["steps"][0]["questions"]
    backend.store.reveal(code, CASUS)
    every = call(backend, "anna", "latest_result", participant_id=pid, exercise_id=CASUS)
    assert every["total"] is not None


def test_workshop_settings_only_for_members_and_only_the_pause(backend: Backend) -> None:
    code = backend.store.create_workshop("W", [CASUS]).code
    backend.store.set_settings(code, {"gepauzeerd": True, "verbeterplan": "Geheim plan", "notitie": "alleen voor mij"})
    with pytest.raises(NotYours):
        call(backend, "mallory", "workshop", code=code)
    call(backend, "anna", "join", name="Anna", workshop_code=code)
    seen = call(backend, "anna", "workshop", code=code)
    assert seen["code"] == code and seen["exercise_ids"] == [CASUS]
    assert seen["settings"] == {"gepauzeerd": True}
    assert "Geheim plan" not in json.dumps(seen) and "key" not in seen


def test_codes_are_tried_at_most_ten_a_minute_per_account(backend: Backend) -> None:
    now = [1000.0]
    backend.codes = CodeBudget(clock=lambda: now[0])
    code = backend.store.create_workshop("W", [CASUS]).code
    wrong = [f"ZZZZ{a}{b}" for a in "23456789" for b in "23"]
    refused = 0
    for guess in wrong:
        try:
            call(backend, "mallory", "workshop", code=guess)
        except NotYours:
            refused += 1
        except KitError as exc:
            assert "Te veel workshopcodes" in str(exc)
            break
    assert refused == 10
    for operation, body in (("workshop", {"code": code}), ("join", {"name": "M", "workshop_code": code})):
        with pytest.raises(KitError, match="Te veel workshopcodes"):
            call(backend, "mallory", operation, **body)
    call(backend, "anna", "join", name="Anna", workshop_code=code)  # another account is not slowed down
    for _ in range(20):
        call(backend, "anna", "workshop", code=code)  # a member's own calls are free
    now[0] += 61
    call(backend, "mallory", "join", name="Mallory", workshop_code=code)


def test_looking_up_the_same_code_again_costs_no_further_try(backend: Backend) -> None:
    """Signing in at a table asks for the code several times (has_tables, sign_in, workshop): one try."""
    now = [1000.0]
    backend.codes = CodeBudget(clock=lambda: now[0])
    code = backend.store.create_workshop("W", [CASUS]).code
    for guess in [f"ZZZZ{a}2" for a in "2345678"]:  # 7 wrong codes, then the right one many times
        with pytest.raises(NotYours):
            call(backend, "bob", "workshop", code=guess)
    for _ in range(12):
        call(backend, "bob", "has_tables", workshop_code=code)
        call(backend, "bob", "has_tables", workshop_code=code.lower())
    call(backend, "bob", "join", name="Bob", workshop_code=code)
    for guess in ("ZZZZ92", "ZZZZ93"):  # tries 9 and 10
        with pytest.raises(NotYours):
            call(backend, "bob", "workshop", code=guess)
    with pytest.raises(KitError, match="Te veel workshopcodes"):
        call(backend, "bob", "workshop", code="ZZZZ94")
