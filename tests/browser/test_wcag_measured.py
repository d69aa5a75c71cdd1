"""WCAG 2.1 AA as a person checks it (issue 21, items 1, 2 and 4), measured on every state of the learner,
SAMOS, facilitator and team pages: each keyboard focus is visible on all four sides of its control (2.4.7),
nothing scrolls sideways or is cut at 320 CSS px (1.4.10), and field borders and pressed toggles stand out
3:1 (1.4.11). One Voila server for the module; the walk through the pages is shared by the tests.

Screenshots for a person to look at go to journeys-screens/ (gitignored): wcag-320-<state>.png, the whole
page at 320 px, and wcag-focus-<state>-<n>.png, controls with the keyboard's focus on them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from browser_helpers import open_app, sign_in
from playwright.sync_api import Browser, Page, expect
from voila_server import VoilaServer
from wcag_measure import (
    focus_problems,
    focus_shot,
    non_text_contrast_problems,
    painted,
    reflow_problems,
    tall_shot,
)

from kit.content.library import load_library
from kit.store import Store
from kit.ui.facilitator_texts import FT

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SCREENS = Path(__file__).resolve().parents[2] / "journeys-screens"
TEAM_NOTEBOOK = "samos-oefenvorm-2.ipynb"

# Controls whose focus a person looks at, per state (the measurement covers every control).
LOOKED_AT = {
    "casus-step": [".jupyter-widget-Collapse-header", ".widget-checkbox input", ".ok-app textarea", ".ok-app select"],
    "casus-records": [".ok-app button:has-text('Regel toevoegen')"],
    "samos-toggles": [".widget-toggle-button", ".ok-app a"],
    "facilitator-created": [".ok-copy"],
    "team-step": [".jupyter-button.mod-primary"],
}


@contextmanager
def fresh_page(browser: Browser, width: int) -> Iterator[Page]:
    """A browser context of its own: a browser remembers who signed in, and the next app would resume them."""
    context = browser.new_context(viewport={"width": width, "height": 900 if width > 320 else 640})
    opened = context.new_page()
    opened.set_default_timeout(90_000)
    try:
        yield opened
    finally:
        context.close()


def walk(browser: Browser, width: int, server: VoilaServer, name: str, check: Callable[[Page, str], None]) -> None:
    """Every page state of the day, in order; `check(page, state)` runs on each as it is reached."""
    with fresh_page(browser, width) as page:
        _learner(page, server, name, lambda state: check(page, state))
    with fresh_page(browser, width) as page:
        open_app(page, server, "samos-oefenvorm-4.ipynb")
        check(page, "samos-sign-in-roles")
    with fresh_page(browser, width) as page:
        open_app(page, server, "samos-oefenvorm-1.ipynb")
        sign_in(page, f"{name} SAMOS")
        page.get_by_role("button", name="Waarneming").first.click()
        expect(page.get_by_role("button", name="Waarneming").first).to_have_attribute("aria-pressed", "true")
        check(page, "samos-toggles")
    with fresh_page(browser, width) as page:
        _facilitator(page, server, name, lambda state: check(page, state))
    with fresh_page(browser, width) as page:
        _team(page, server, name, lambda state: check(page, state))


def _learner(page: Page, server: VoilaServer, name: str, check: Callable[[str], None]) -> None:
    exercise = load_library().exercise("casus-1")
    open_app(page, server, "casus-1.ipynb")
    check("casus-sign-in")
    sign_in(page, f"{name} casus")
    check("casus-step")
    page.get_by_role("button", name="Feedback op deze stap").click()
    page.wait_for_selector(".ok-feedback-title")
    check("casus-step-feedback")
    for step in exercise.steps[1:4]:  # 2.1 story, 2.2 a choice of one, 2.3 records
        page.get_by_role("button", name="Volgende stap ▶").click()
        expect(page.get_by_role("heading", name=step.titel)).to_be_visible()
    expect(page.get_by_role("button", name="+ Regel toevoegen").first).to_be_visible()
    check("casus-records")
    submit = page.get_by_role("button", name="Inleveren en feedback bekijken")
    submit.click()
    submit.click()
    expect(page.get_by_text("Score per stap")).to_be_visible()
    check("casus-full-feedback")


def _facilitator(page: Page, server: VoilaServer, name: str, check: Callable[[str], None]) -> None:
    open_app(page, server, "facilitator.ipynb")
    check("facilitator-start")
    page.get_by_role("button", name="Groepsspel (SAMOS, jij geeft de berichten vrij)").click()
    check("facilitator-group-mode")
    page.get_by_role("button", name="Individueel", exact=True).click()  # the casus list is back
    page.get_by_label("Titel").fill(f"{name} workshop")
    page.get_by_role("checkbox", name=load_library().exercise("casus-1").title).check()
    page.get_by_role("checkbox", name=FT["self_study_new"]).uncheck()  # casus 1 stays open to the next walk
    with Store(server.store_url) as store:
        organiser_key = store.reset_organiser_key()
    page.get_by_label(FT["organiser_key"]).fill(organiser_key)
    page.get_by_role("button", name="Workshop aanmaken").click()
    expect(page.locator(".ok-keybox")).to_be_visible()
    check("facilitator-created")


def _team(page: Page, server: VoilaServer, name: str, check: Callable[[str], None]) -> None:
    """The facilitator's dashboard of a group workshop with a table, then a member at that table."""
    team_exercise = load_library().exercise("steekpartij/oefenvorm-2")
    with Store(server.store_url) as store:
        workshop = store.create_workshop(f"{name} tafels", [team_exercise.id], "groep")
        store.create_team(workshop.code, "Tafel 1")
    open_app(page, server, "facilitator.ipynb")
    page.get_by_label("Workshopcode").fill(workshop.code)
    page.get_by_label("Sleutel", exact=True).fill(workshop.key or "")
    page.get_by_role("button", name="Openen").click()
    expect(page.get_by_text(f"code {workshop.code}")).to_be_visible()
    check("facilitator-dashboard")

    role = team_exercise.roles[0]
    open_app(page, server, TEAM_NOTEBOOK)
    page.get_by_label("Scenario").select_option(label=team_exercise.scenario.titel)
    page.locator("select").nth(1).select_option(label=f"{role.naam} ({role.organisatie})")
    sign_in(page, f"{name} team", workshop.code)
    page.wait_for_selector(".ok-team")
    check("team-step")


def test_focus_is_visible_and_controls_stand_out_on_every_page(browser: Browser, server: VoilaServer) -> None:
    """2.4.7 and 1.4.11: every control's focus ring shows on all four sides at 3:1 (a parent's overflow
    clipped it on 1 to 4 sides); field borders and pressed toggles differ 3:1 from what is around them."""
    SCREENS.mkdir(exist_ok=True)
    problems: list[str] = []

    def check(page: Page, state: str) -> None:
        problems.extend(non_text_contrast_problems(page, state))
        problems.extend(focus_problems(page, state))
        for number, selector in enumerate(LOOKED_AT.get(state, [])):
            focus_shot(page, selector, SCREENS / f"wcag-focus-{state}-{number}.png")

    walk(browser, 1280, server, "Focus", check)
    assert not problems, "\n".join(problems)


def test_no_page_scrolls_sideways_or_cuts_a_label_at_320_px(browser: Browser, server: VoilaServer) -> None:
    """1.4.10: at 320 CSS px every state fits the window: no control reaches past its edge, no box scrolls
    sideways, no label or button is narrower than its text (the sign-in fields, the step buttons, "Ga naar"
    and the facilitator's 46em fields did)."""
    SCREENS.mkdir(exist_ok=True)
    problems: list[str] = []

    def check(page: Page, state: str) -> None:
        painted(page)  # the layout after the last widget message
        problems.extend(reflow_problems(page, state))
        tall_shot(page, SCREENS / f"wcag-320-{state}.png")

    walk(browser, 320, server, "Smal", check)
    assert not problems, "\n".join(problems)
