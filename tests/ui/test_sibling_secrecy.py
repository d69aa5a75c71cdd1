"""Issue 18 item 2: secrecy belongs to a step of a scenario, so a sibling oefenvorm cannot read around a workshop.

A workshop on `azc/oefenvorm-2` used to close only that exercise; self-study of `azc/oefenvorm-1` shares
13 of its 14 questions and showed their reasons. Checked over every pair of exercises that share steps,
locally (what the runner shows) and on the Hub's service (what a participant's kernel can ask for).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import permutations
from pathlib import Path

import pytest
from tests_support import casus_library

from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.remote.operations import Backend
from kit.reports import werkblad_html
from kit.secrecy import ALL, visibility
from kit.store import Store
from kit.ui.runner import ExerciseRunner

SAMOS = ("azc", "internationaal-conflict", "steekpartij")


@pytest.fixture(scope="module")
def samos() -> Library:
    return casus_library(*SAMOS)


def shared(a: Exercise, b: Exercise) -> set[str]:
    return {s.id for s in a.steps} & {s.id for s in b.steps} if a.scenario.id == b.scenario.id else set()


def sibling_pairs(library: Library) -> list[tuple[Exercise, Exercise]]:
    exercises = sorted(library.exercises.values(), key=lambda e: e.id)
    return [(a, b) for a, b in permutations(exercises, 2) if shared(a, b)]


def by_holder(library: Library) -> dict[str, list[Exercise]]:
    """For each exercise B, the siblings A that share steps with it (one workshop on B serves them all)."""
    grouped: dict[str, list[Exercise]] = {}
    for a, b in sibling_pairs(library):
        grouped.setdefault(b.id, []).append(a)
    return grouped


@pytest.fixture
def backend(tmp_path: Path, samos: Library) -> Iterator[Backend]:
    made = Backend(store=Store(f"sqlite:///{tmp_path / 'store.sqlite'}"), library=samos)
    yield made
    made.store.close()


def hold(store: Store, exercise_id: str) -> str:
    """A workshop on one exercise, made as the facilitator's app makes it (self-study closed)."""
    code = store.create_workshop("W", [exercise_id]).code
    store.set_self_study(code, exercise_id, allowed=False)
    return code


def test_there_are_many_sibling_pairs(samos: Library) -> None:
    assert len(sibling_pairs(samos)) >= 42


def test_no_sibling_shows_a_step_another_workshop_holds(samos: Library, store: Store) -> None:
    """Locally: for every pair, the workshop on B hides B's steps in self-study of A, and A's other steps show."""
    pid = store.join("Lid", None).id
    for b_id, siblings in by_holder(samos).items():
        b = samos.exercise(b_id)
        code = hold(store, b.id)
        for a in siblings:
            visible = visibility(store, a, pid, None)
            assert visible is not None
            seen = visible()
            assert not seen & shared(a, b) and ALL not in seen, (a.id, b.id)
            assert seen == {s.id for s in a.steps} - shared(a, b), (a.id, b.id)
        store.reveal(code, b.id)
        for a in siblings:  # once revealed there, it is no secret anywhere
            again = visibility(store, a, pid, None)
            assert again is not None and again() == {ALL}
        store.delete_workshop(code)


def test_the_service_returns_no_reason_of_a_held_step_over_every_pair(samos: Library, backend: Backend) -> None:
    """On the Hub: self-study submit of A returns no score or reason of the steps a workshop on B holds."""
    pid = backend.join("anna", {"name": "Anna"})["id"]
    for b_id, siblings in by_holder(samos).items():
        b = samos.exercise(b_id)
        code = hold(backend.store, b.id)
        for a in siblings:
            result = backend.submit("anna", {"participant_id": pid, "exercise_id": a.id, "answers": {}})
            for step in result["steps"]:
                if step["step"] in shared(a, b):
                    assert step["score"] is None and step["questions"] == [], (a.id, b.id, step["step"])
                else:
                    assert step["score"] is not None, (a.id, b.id, step["step"])
            assert result["total"] is None
        backend.store.delete_workshop(code)


def test_another_workshop_does_not_show_what_one_workshop_holds(samos: Library, store: Store) -> None:
    a, b = samos.exercise("azc/oefenvorm-1"), samos.exercise("azc/oefenvorm-2")
    hold(store, b.id)
    other = store.create_workshop("Ander", [a.id]).code
    store.reveal(other, a.id)  # a participant's own facilitator (or a workshop they made) reveals all
    pid = store.join("Mallory", other).id
    visible = visibility(store, a, pid, other)
    assert visible is not None
    assert visible() == {s.id for s in a.steps} - shared(a, b)


def test_self_study_of_a_sibling_shows_no_reason_in_the_runner(samos: Library, store: Store) -> None:
    """What a participant sees: the page after submitting self-study of oefenvorm 1 while oefenvorm 2 is held."""
    a, b = samos.exercise("azc/oefenvorm-1"), samos.exercise("azc/oefenvorm-2")
    held = next(iter(sorted(shared(a, b))))
    hold(store, b.id)
    pid = store.join("Lerner", None).id
    run = ExerciseRunner(a, store, pid, save_delay=0.01)
    run.submit()
    run.submit()
    reference = a.step_reference(held)
    assert reference is not None
    reasons = [text for text in _texts(reference.model_dump(), "toelichting") if len(text) > 20]
    assert reasons and not any(reason in run.feedback.value for reason in reasons)
    run.show_step([s.id for s in a.steps].index(held))
    run.check_current_step()
    assert "%" not in run.feedback.value
    assert run.message.value == ""  # no personal report (with the reference) while something is held
    assert not any(reason in werkblad_html(a) for reason in reasons)


def test_a_workshop_that_leaves_self_study_open_holds_nothing(samos: Library, store: Store) -> None:
    a, b = samos.exercise("azc/oefenvorm-1"), samos.exercise("azc/oefenvorm-2")
    store.create_workshop("Open", [b.id])  # the facilitator unticked "close self-study"
    visible = visibility(store, a, store.join("Lerner", None).id, None)
    assert visible is not None and visible() == {ALL}


def _texts(data: object, key: str) -> list[str]:
    """Every string under `key` anywhere in a dumped model."""
    if isinstance(data, dict):
        found = [v for k, v in data.items() if k == key and isinstance(v, str)]
        return found + [t for v in data.values() for t in _texts(v, key)]
    if isinstance(data, list):
        return [t for v in data for t in _texts(v, key)]
    return []
