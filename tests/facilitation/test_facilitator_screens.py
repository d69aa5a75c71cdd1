"""The facilitator's screens: grouped exercise choice, a readable key with copy buttons, preselected
choices on the dashboard, a hint instead of silence, role names, and no stray list numbers."""

from __future__ import annotations

import base64
import html
import re

import pytest
from tests_support import casus_library

from kit.content.library import Library
from kit.store import Store
from kit.store.workshops import KEY_ALPHABET, new_key
from kit.ui.dashboard_view import DashboardView
from kit.ui.facilitator import FacilitatorApp, typed_key
from kit.ui.facilitator_actions import GroupPlayPanel, RevealPanel


@pytest.fixture(scope="module")
def mixed() -> Library:
    return casus_library("casus-1", "steekpartij")


def test_exercises_are_grouped_and_group_play_offers_only_exercises_with_roles(mixed: Library, store: Store) -> None:
    app = FacilitatorApp(mixed, store)
    headings = [c.value for c in app.exercises.widget.children if "ok-group" in str(getattr(c, "value", ""))]
    assert "Casussen" in headings[0] and "SAMOS-scenario" in headings[1]
    app.exercises.value = ("casus-1", "steekpartij/oefenvorm-1")
    app.mode.value = "groep"
    assert app.exercises.value == ("steekpartij/oefenvorm-1",)  # casus 1 has no roles
    assert app.exercises.boxes["casus-1"].layout.display == "none"
    assert all(
        box.layout.display == "none" for eid, box in app.exercises.boxes.items() if not mixed.exercise(eid).roles
    )
    app.mode.value = "individueel"
    assert app.exercises.boxes["casus-1"].layout.display == ""


def test_the_key_has_no_lookalike_characters_and_comes_with_copy_buttons(mixed: Library, store: Store) -> None:
    for _ in range(50):
        key = new_key()
        assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", key)
        assert not set(key) & set("Il1O0") and set(key.replace("-", "")) <= set(KEY_ALPHABET)
    app = FacilitatorApp(mixed, store)
    app.title.value = "Avond"
    app.exercises.value = ("casus-1",)
    app.organiser.value = store.reset_organiser_key()
    created = app.create()
    assert created is not None and created.key
    box = app.message.value
    assert "ok-keybox" in box and box.count('class="ok-copy"') == 2 and f'data-copy="{created.key}"' in box
    app.key.value = created.key.lower().replace("-", " ")  # typed over from the screen, loosely
    view = app.open()
    assert view is not None
    view.ticker.stop()
    assert typed_key("k7qm 2xra 9htd pw4e") == "K7QM-2XRA-9HTD-PW4E"
    assert typed_key("aB3_x-Yz") == "aB3_x-Yz"  # an older key stays as typed


def test_dashboard_opens_on_the_first_exercise_with_a_step_and_a_participant(mixed: Library, store: Store) -> None:
    workshop = store.create_workshop("Groep", ["steekpartij/oefenvorm-1"], "groep")
    exercise = mixed.exercise("steekpartij/oefenvorm-1")
    anouk = store.join("Anouk", workshop.code, exercise.roles[1].id)
    view = DashboardView(mixed, store, workshop)
    assert view.exercise_choice.value == "steekpartij/oefenvorm-1"
    assert view.step_choice.value == exercise.steps[0].id
    panel = GroupPlayPanel(store, view)
    assert panel.participant.value == anouk.id and panel.role.value == exercise.roles[0].id
    view.refresh()
    assert exercise.roles[1].naam in view.progress.value and f">{exercise.roles[1].id}<" not in view.progress.value
    assert "Nog niets vrijgegeven." in panel.timeline.value and "<ol>" not in panel.timeline.value


def test_reveal_without_a_step_says_what_to_do(mixed: Library, store: Store) -> None:
    workshop = store.create_workshop("Leeg", ["casus-1"], "individueel")
    view = DashboardView(mixed, store, workshop)
    view.step_choice.value = None
    panel = RevealPanel(store, view)
    panel.reveal_step()
    assert "Kies eerst" in panel.message.value
    assert store.revealed(workshop.code, "casus-1") == set()


def test_a_facilitator_makes_a_werkblad_for_a_casus_before_opening_a_workshop(mixed: Library, store: Store) -> None:
    app = FacilitatorApp(mixed, store)
    app.sheet_choice.value = "casus-1"
    link = app.werkblad()
    assert 'download="werkblad-casus-1.html"' in link and link.startswith('<a class="ok-download"')
    document = base64.b64decode(link.split("base64,", 1)[1].split('"', 1)[0]).decode("utf-8")
    exercise = mixed.exercise("casus-1")
    assert "Werkblad: " in document and all(html.escape(s.titel) in document for s in exercise.steps)
    assert document.count('<div class="line"></div>') >= 6  # room to write
