"""The facilitator's app without a browser: access by key, dashboard, reveal, group play, deletion."""

from __future__ import annotations

import html

import pytest
from test_dashboard import simulate

from kit.content.library import Library
from kit.store import Store, keys
from kit.ui.facilitator import FacilitatorApp
from kit.ui.runner import ExerciseRunner
from kit.ui.workshop_link import WorkshopLink


def opened(library: Library, store: Store, code: str, key: str) -> FacilitatorApp:
    app = FacilitatorApp(library, store)
    app.code.value, app.key.value = code, key
    return app


def test_without_the_key_nothing_of_the_workshop_is_shown(library: Library, store: Store) -> None:
    code = simulate(library, store, people=3)
    app = opened(library, store, code, "fout")
    assert app.open() is None
    assert "Geen toegang" in app.message.value
    assert app.view is None and len(app.widget.children) == 2
    assert "Deelnemer 0" not in str([getattr(c, "value", "") for c in app.access.children])


def test_create_shows_the_key_once_and_opens_with_it(library: Library, store: Store) -> None:
    app = FacilitatorApp(library, store)
    app.title.value = "Avondtraining"
    app.exercises.value = ("casus-1",)
    created = app.create()
    assert created is not None and created.key
    assert created.key in app.message.value and created.code in app.message.value
    view = app.open()
    assert view is not None
    view.ticker.stop()
    assert "Avondtraining" in app.widget.children[1].value


def test_dashboard_escapes_participant_text(library: Library, store: Store) -> None:
    code = simulate(library, store, people=5)
    key_app = FacilitatorApp(library, store)
    workshop = store.workshop(code)
    assert workshop is not None
    from kit.ui.dashboard_view import DashboardView

    view = DashboardView(library, store, workshop)
    view.refresh()
    view.step_choice.value = "stap-2-2"
    assert "<script>" not in view.wall.value
    assert html.escape("<script>alert(0)</script>") in view.wall.value
    view.spotlight_choice.value = "0"
    assert "<script>" not in view.spotlight.value and "&lt;script&gt;" in view.spotlight.value
    assert "<img" in view.charts.value  # the choice chart, rendered offline as an inline PNG
    step = library.exercise("casus-1").step("stap-2-2")
    assert step.nabespreking and all(html.escape(q) in view.charts.value for q in step.nabespreking)
    assert key_app.view is None


def test_reveal_reaches_the_participant_feedback(library: Library, store: Store) -> None:
    workshop = store.create_workshop("Reveal", ["casus-1"], "individueel")
    exercise = library.exercise("casus-1")
    link = WorkshopLink(store, workshop.code, "casus-1", group=False)
    runner = ExerciseRunner(exercise, store, store.join("Lerende", workshop.code).id, link=link)
    runner.submit()
    runner.submit()
    assert "nog besproken" in runner.feedback.value
    store.reveal(workshop.code, "casus-1", "stap-2-2")
    runner.refresh_live()
    assert "Gemist" in runner.feedback.value


def test_group_play_injects_appear_after_release_and_pause_blocks(library: Library, store: Store) -> None:
    exercise = library.exercise("steekpartij/oefenvorm-1")
    workshop = store.create_workshop("Groepsspel", [exercise.id], "groep")
    role = exercise.roles[0].id
    link = WorkshopLink(store, workshop.code, exercise.id, group=True)
    runner = ExerciseRunner(exercise, store, store.join("Speler", workshop.code, role).id, role, link)
    own = next(i for i in exercise.injects if role in i.ontvangers)
    other = next(i for i in exercise.injects if role not in i.ontvangers)
    assert html.escape(own.tekst) not in runner.inject_views["vooraf"].value
    store.release_inject(workshop.code, exercise.id, own.id)
    store.release_inject(workshop.code, exercise.id, other.id)
    runner.refresh_live()
    shown = runner.inject_views["vooraf"].value
    assert html.escape(own.tekst) in shown and html.escape(other.tekst) not in shown
    newcomer = next(
        r.id
        for r in exercise.roles
        if r.id != role and other.id in [i.id for i in exercise.injects] and r.id in other.ontvangers
    )
    store.set_role(runner.participant_id, newcomer)  # the facilitator gives this player another role
    runner.refresh_live()
    assert runner.role_id == newcomer and html.escape(other.tekst) in runner.inject_views["vooraf"].value
    store.set_settings(workshop.code, {"gepauzeerd": True})
    runner.refresh_live()
    assert "gepauzeerd" in runner.paused_banner.value
    assert runner.next_button.disabled and runner.submit_button.disabled


def test_delete_removes_the_workshop_after_confirmation(library: Library, store: Store) -> None:
    workshop = store.create_workshop("Weg", ["casus-1"], "individueel")
    store.join("Iemand", workshop.code)
    app = opened(library, store, workshop.code, workshop.key or "")
    view = app.open()
    assert view is not None
    view.ticker.stop()
    panel = app.widget.children[-1]
    assert panel is not None
    from kit.ui.facilitator_actions import AfterSessionPanel

    after = AfterSessionPanel(store, view, lambda message: None)
    after.confirm.value = "VERKEERD"
    after.delete()
    assert store.workshop(workshop.code) is not None
    after.confirm.value = workshop.code.lower()
    after.delete()
    assert store.workshop(workshop.code) is None


def test_after_session_panel_offers_downloads_and_keeps_the_plan(library: Library, store: Store) -> None:
    import base64
    import re

    from kit.ui.facilitator_actions import AfterSessionPanel

    code = simulate(library, store, people=4)
    workshop = store.workshop(code)
    assert workshop is not None
    from kit.ui.dashboard_view import DashboardView

    view = DashboardView(library, store, workshop)
    panel = AfterSessionPanel(store, view, lambda message: None)
    panel.export(csv=False)
    assert 'download="oefenkit-' in panel.output.value and ".xlsx" in panel.output.value
    panel.export(csv=True)
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)", panel.output.value)
    assert payload and base64.b64decode(payload.group(1))[:2] == b"PK"  # a zip archive
    panel.person.value = panel.person.options[0][1]
    panel.personal_report()
    assert "verslag-Deelnemer 00.html" in panel.output.value
    panel.plan.row_widgets[0]["actie"].value = "Oefenen met SAMOS"
    settings = store.workshop(code).settings  # type: ignore[union-attr]
    assert settings["verbeterplan"][0]["actie"] == "Oefenen met SAMOS"
    again = AfterSessionPanel(store, view, lambda message: None)
    assert again.plan.get()[0]["actie"] == "Oefenen met SAMOS"
    again.after_action()
    assert "evaluatierapport.html" in again.output.value


def test_guessing_the_key_locks_the_workshop_with_a_dutch_message(library: Library, store: Store) -> None:
    made = store.create_workshop("Raden", ["casus-1"])
    app = opened(library, store, made.code, "fout")
    for _ in range(4):
        assert app.open() is None
    assert "te vaak" in app.message.value and "seconden" in app.message.value
    app.key.value = made.key or ""
    assert app.open() is None  # this page guessed: it waits, even with the right key


def test_a_guesser_cannot_lock_the_facilitator_out(
    library: Library, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18.7: the guesser's page waits; the key holder's own page opens the workshop (after a short delay)."""
    monkeypatch.setattr(keys, "LOCKED_DELAY", 0.05)
    made = store.create_workshop("Wapen", ["casus-1"])
    guesser = opened(library, store, made.code, "fout")
    for _ in range(8):
        guesser.key_budget._until = 0.0  # a crafted client: let the page's own wait pass at once
        assert guesser.open() is None
    assert "te vaak" in guesser.message.value
    facilitator = opened(library, store, made.code, made.key or "")
    view = facilitator.open()
    assert view is not None, facilitator.message.value
    view.ticker.stop()


def test_the_reveal_brings_the_steps_debrief_questions_to_the_participant(library: Library, store: Store) -> None:
    workshop = store.create_workshop("Nabespreking", ["casus-1"], "individueel")
    exercise = library.exercise("casus-1")
    link = WorkshopLink(store, workshop.code, "casus-1", group=False)
    runner = ExerciseRunner(exercise, store, store.join("Lerende", workshop.code).id, link=link)
    runner.submit()
    runner.submit()
    phase, causes = exercise.step("stap-2-2").nabespreking, exercise.step("stap-2-5").nabespreking
    assert not any(html.escape(q) in runner.feedback.value for q in [*phase, *causes])
    store.reveal(workshop.code, "casus-1", "stap-2-2")
    runner.refresh_live()
    assert all(html.escape(q) in runner.feedback.value for q in phase)
    assert not any(html.escape(q) in runner.feedback.value for q in causes)
