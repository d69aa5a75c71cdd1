"""SAMOS in the runner: a role sees its own injects until the kernteam pools them; oefenvorm 3 gives the picture."""

from __future__ import annotations

import html

import pytest
from tests_support import casus_library

from kit.content.library import Library
from kit.content.models import Inject
from kit.store import Store
from kit.ui.app import SignIn
from kit.ui.renderers import Classify
from kit.ui.runner import ExerciseRunner


@pytest.fixture(scope="module")
def samos() -> Library:
    return casus_library("steekpartij")


def shown_text(inject: Inject) -> str:
    return html.escape(inject.tekst)[:40]


def inject_texts(run: ExerciseRunner) -> str:
    return str(run.inject_views[run.step.id].value)


def test_a_role_sees_only_its_own_injects_before_the_team_meets(samos: Library, store: Store) -> None:
    exercise = samos.exercise("steekpartij/oefenvorm-1")
    role = exercise.roles[1].id
    run = ExerciseRunner(exercise, store, store.join("Rol").id, role_id=role)
    assert run.step.id == "vooraf"
    shown = inject_texts(run)
    for inject in exercise.injects:
        if inject.ronde == 1:
            assert (shown_text(inject) in shown) == (role in inject.ontvangers)
    run.show_step(1)
    pooled = inject_texts(run)
    assert all(shown_text(i) in pooled for i in exercise.injects if i.ronde == 1)
    assert not any(shown_text(i) in pooled for i in exercise.injects if i.ronde == 2)


def test_later_rounds_arrive_as_the_learner_advances(samos: Library, store: Store) -> None:
    exercise = samos.exercise("steekpartij/oefenvorm-1")
    run = ExerciseRunner(exercise, store, store.join("Rol").id, role_id=exercise.roles[0].id)
    run.show_step([s.id for s in exercise.steps].index("vervolg"))
    shown = inject_texts(run)
    assert all(shown_text(i) in shown for i in exercise.injects if i.ronde <= 2)
    assert not any(shown_text(i) in shown for i in exercise.injects if i.ronde == 3)


def test_classifying_statements_is_saved_and_scored(samos: Library, store: Store) -> None:
    exercise = samos.exercise("steekpartij/oefenvorm-2")
    run = ExerciseRunner(exercise, store, store.join("Classificeerder").id, save_delay=0.05)
    classify = run.renderers["vooraf"]["waarneming-oordeel"]
    assert isinstance(classify, Classify)
    reference = exercise.step_reference("vooraf")
    assert reference is not None
    for verdict in reference.vragen["waarneming-oordeel"].indeling:  # type: ignore[union-attr]
        classify.rows[verdict.item].value = verdict.categorie
    run.check_current_step()
    assert "100%" in run.feedback.value
    run.debouncer.flush()
    saved = store.load_answers(store.join("Classificeerder").id, exercise.id)
    assert len(saved["vooraf"]["waarneming-oordeel"]) == len(classify.rows)


def test_oefenvorm_3_shows_the_given_picture_and_starts_at_the_decisions(samos: Library, store: Store) -> None:
    exercise = samos.exercise("steekpartij/oefenvorm-3")
    run = ExerciseRunner(exercise, store, store.join("Besluiter").id)
    assert run.step.id == "besluit"
    assert "Gegeven beeld en oordeel" in run.scenario.children[0].value


def test_sign_in_offers_every_scenario_and_its_roles(samos: Library, store: Store) -> None:
    exercises = [e for e in samos.exercises.values() if e.variant.id == "oefenvorm-4"]
    sign_in = SignIn(exercises, store)
    assert len(sign_in.role.options) == len(exercises[0].roles) + 1  # every role, then the observer
    assert sign_in.role.options[-1][1] == "waarnemer"
    sign_in.name.value = "Extern"
    sign_in.role.value = exercises[0].roles[-1].id
    runner = sign_in.start()
    assert runner is not None and runner.role_id == exercises[0].roles[-1].id


def test_the_first_role_is_chosen_so_nobody_starts_seeing_every_message(samos: Library, store: Store) -> None:
    exercises = [e for e in samos.exercises.values() if e.variant.id == "oefenvorm-1"]
    sign_in = SignIn(exercises, store)
    assert sign_in.role.value == exercises[0].roles[0].id
    sign_in.name.value = "Eerste rol"
    runner = sign_in.start()
    assert runner is not None and runner.role_id == exercises[0].roles[0].id
