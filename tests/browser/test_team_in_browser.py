"""Team play in a real browser: two members of one table in two browser contexts (two people, two
kernels); what one types appears on the other's screen, and the other is told who changed it; a
member completes the table's step with the keyboard alone."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from browser_helpers import open_app, sign_in
from keyboard import answer_step_by_keyboard
from playwright.sync_api import Browser, Page, expect
from voila_server import VoilaServer

from kit.answers_io import is_answered
from kit.content.library import load_library
from kit.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]
NOTEBOOK = "samos-oefenvorm-2.ipynb"


@pytest.fixture
def two_pages(browser: Browser) -> Iterator[tuple[Page, Page]]:
    contexts = [browser.new_context(viewport={"width": 1280, "height": 1600}) for _ in range(2)]
    pages = [c.new_page() for c in contexts]
    for opened in pages:
        opened.set_default_timeout(90_000)
    yield pages[0], pages[1]
    for context in contexts:
        context.close()


def join_table(page: Page, server: VoilaServer, name: str, code: str, title: str, role_label: str) -> None:
    open_app(page, server, NOTEBOOK)
    page.get_by_label("Scenario").select_option(label=title)
    page.locator("select").nth(1).select_option(label=role_label)
    sign_in(page, name, code)
    page.wait_for_selector(".ok-team")


def test_an_edit_of_one_member_appears_on_the_other_members_screen(
    two_pages: tuple[Page, Page], server: VoilaServer
) -> None:
    exercise = load_library().exercise("steekpartij/oefenvorm-2")
    with Store(server.store_url) as store:
        workshop = store.create_workshop("Tafels", [exercise.id], "groep")
        store.create_team(workshop.code, "Tafel 1")
    first, second = two_pages
    roles = [f"{r.naam} ({r.organisatie})" for r in exercise.roles]
    join_table(first, server, "Sanne", workshop.code, exercise.scenario.titel, roles[0])
    join_table(second, server, "Karim", workshop.code, exercise.scenario.titel, roles[1])
    expect(second.get_by_text("Tafel 1 · jouw rol", exact=False)).to_be_visible()

    # The personal step ("Vooraf") stays each member's own (issue 17): nothing of it reaches the other.
    own = "Mijn eigen beeld vanuit de wijk"
    first.get_by_placeholder("Schrijf je antwoord…").first.fill(own)
    with Store(server.store_url) as store:
        sanne = next(p.id for p in store.participants(workshop.code) if p.name == "Sanne")
        deadline = time.monotonic() + 30
        while own not in str(store.load_answers(sanne, exercise.id)) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert own in str(store.load_answers(sanne, exercise.id)), "Sanne's own 'Vooraf' answer was not saved"
    time.sleep(3)  # longer than a live refresh
    expect(second.get_by_placeholder("Schrijf je antwoord…").first).to_have_value("")

    shared = next(s for s in exercise.steps if s.gedeeld)
    for page in (first, second):
        page.get_by_role("button", name="Volgende").first.click()
        expect(page.get_by_role("heading", name=shared.titel)).to_be_visible()

    question = next(q for q in shared.vragen if q.soort.value == "free_text")
    box = f'textarea[aria-labelledby="ok-q-{shared.id}-{question.id}"]'  # not a hidden one of the step before
    text = "Wraakgeruchten op Snapchat en scooters langs de Rivierenflats"
    first.locator(box).fill(text)
    typed = time.monotonic()
    expect(second.locator(box)).to_have_value(text, timeout=15_000)
    seen = time.monotonic() - typed
    expect(second.get_by_text("Sanne heeft", exact=False).first).to_be_visible()
    assert seen < 8, f"the edit took {seen:.1f} s to appear (target ~2 s; browser round trips included)"

    second.locator(box).fill(text + ", en een kapotte ruit")
    expect(first.locator(box)).to_have_value(text + ", en een kapotte ruit", timeout=15_000)
    expect(first.get_by_text("Karim heeft jouw antwoord", exact=False).first).to_be_visible()
    # the table's notices are read out: they arrive in a live region that was there before them (WCAG 4.1.3)
    expect(first.locator(".ok-live[role=status]").filter(has_text="Karim heeft jouw antwoord")).to_have_count(1)

    # Karim completes the table's step with the keyboard alone (WCAG 2.1.1): every question, shared at once.
    answer_step_by_keyboard(second, shared, "Aangevuld met het toetsenbord")
    with Store(server.store_url) as store:
        team = store.teams(workshop.code)[0]

        def open_now() -> list[str]:
            values = store.team_answers(team.id, exercise.id).values.get(shared.id, {})
            return [q.vraag for q in shared.vragen if not is_answered(q, values.get(q.id))]

        deadline = time.monotonic() + 30
        while open_now() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert open_now() == [], "the table's step is not complete after answering it by keyboard"
