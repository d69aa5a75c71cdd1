"""SAMOS group play in a real browser: an inject the facilitator releases appears without a reload."""

from __future__ import annotations

import pytest
from browser_helpers import open_app, sign_in
from playwright.sync_api import Page, expect
from voila_server import VoilaServer

from kit.content.library import load_library
from kit.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_released_inject_appears_live(page: Page, server: VoilaServer) -> None:
    exercise = load_library().exercise("steekpartij/oefenvorm-1")
    role = exercise.roles[0]
    inject = next(i for i in exercise.injects if role.id in i.ontvangers)
    with Store(server.store_url) as store:
        workshop = store.create_workshop("Groepsspel", [exercise.id], "groep")

    open_app(page, server, "samos-oefenvorm-1.ipynb")
    page.get_by_label("Scenario").select_option(label=exercise.scenario.titel)
    page.locator("select").nth(1).select_option(label=f"{role.naam} ({role.organisatie})")
    sign_in(page, "Groepsspeler", workshop.code)
    expect(page.get_by_text("Er zijn nog geen berichten voor jou binnengekomen.")).to_be_visible()

    with Store(server.store_url) as store:
        store.release_inject(workshop.code, exercise.id, inject.id)
    expect(page.get_by_text(inject.tekst[:40], exact=False)).to_be_visible(timeout=15_000)

    with Store(server.store_url) as store:
        store.set_settings(workshop.code, {"gepauzeerd": True})
    expect(page.get_by_text("gepauzeerd", exact=False).first).to_be_visible(timeout=15_000)
    expect(page.get_by_role("button", name="Volgende stap ▶")).to_be_disabled()
