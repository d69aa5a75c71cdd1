"""Casus 1 in a real browser: answer, reload, survive a killed kernel, submit and read the feedback."""

from __future__ import annotations

import pytest
from browser_helpers import kernel_id, open_app, sign_in, wait_saved
from playwright.sync_api import Page, expect
from voila_server import VoilaServer

from kit.content.library import load_library

pytestmark = [pytest.mark.browser, pytest.mark.slow]
NAME = "Browser Deelnemer"


def next_step(page: Page) -> None:
    page.get_by_role("button", name="Volgende stap ▶").click()


def test_casus_1_end_to_end(page: Page, server: VoilaServer) -> None:
    exercise = load_library().exercise("casus-1")
    signal = exercise.options[("stap-1", "signalen")][0].label
    phase = next(o.label for o in exercise.options[("stap-2-2", "fase")] if o.id.endswith("onderhuidse-spanningen"))

    open_app(page, server, "casus-1.ipynb")
    expect(page.get_by_text("Traceback")).to_have_count(0)
    sign_in(page, NAME)
    page.get_by_label(signal, exact=True).check()
    wait_saved(page)
    next_step(page)
    next_step(page)
    expect(page.get_by_role("heading", name="Stap 2.2 · Fase van het polarisatieproces")).to_be_visible()
    page.get_by_label(phase, exact=True).check()
    page.locator("textarea").first.fill("Bewoners vermijden elkaar en er is irritatie over vuil in de portieken.")
    wait_saved(page)

    expect(page.get_by_text("herstelcode is")).to_be_visible()  # shown once, kept in the browser
    page.reload()
    page.wait_for_selector(".ok-welcome")  # nothing typed: the browser remembered the resume code
    expect(page.get_by_text("Welkom terug")).to_be_visible()
    expect(page.get_by_text("herstelcode is")).to_have_count(0)
    expect(page.get_by_label(phase, exact=True)).to_be_checked()
    expect(page.locator("textarea").first).to_have_value(
        "Bewoners vermijden elkaar en er is irritatie over vuil in de portieken."
    )

    page.locator("textarea").first.fill("Vermijding, irritatie en een wij-zij-gevoel tussen groepen.")
    wait_saved(page)
    kernel = server.kernel_for(kernel_id(page))
    assert kernel is not None, "could not find the page's kernel process"
    kernel.kill()
    kernel.wait(timeout=10)

    page.reload()
    page.wait_for_selector(".ok-welcome")
    expect(page.locator("textarea").first).to_have_value("Vermijding, irritatie en een wij-zij-gevoel tussen groepen.")
    page.get_by_role("button", name="Vorige stap").click()
    page.get_by_role("button", name="Vorige stap").click()
    expect(page.get_by_label(signal, exact=True)).to_be_checked()

    submit = page.get_by_role("button", name="Inleveren en feedback bekijken")
    submit.click()
    expect(page.get_by_text("Klik nogmaals")).to_be_visible()
    submit.click()
    expect(page.get_by_text("Totaal:")).to_be_visible()
    expect(page.locator(".ok-step-scores")).to_contain_text("Stap 2.2 · Fase van het polarisatieproces")
    expect(page.locator(".ok-missed li")).to_have_count(3)
    page.locator(".ok-step-feedback > summary", has_text="Stap 2.2").click()  # steps fold; open one
    expect(page.locator(".ok-step-feedback[open] .ok-source").first).to_be_visible()
    expect(page.get_by_text("Traceback")).to_have_count(0)
