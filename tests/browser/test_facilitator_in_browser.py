"""The facilitator's dashboard in a real browser: participant HTML and scripts stay inert text."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from voila_server import VoilaServer

from kit.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]
HOSTILE = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"><b>vet</b> vermijding'


def test_participant_markup_is_inert_in_the_dashboard(page: Page, server: VoilaServer) -> None:
    with Store(server.store_url) as store:
        workshop = store.create_workshop("Browsertraining", ["casus-1"], "individueel")
        participant = store.join("<i>Mallory</i>", workshop.code)
        store.save_answer(
            participant.id, "casus-1", "stap-2-2", {"fase": "stappenplan.fasen.ongemak", "toelichting": HOSTILE}
        )
        store.set_position(participant.id, "casus-1", "stap-2-2")

    page.goto(f"{server.url}/voila/render/facilitator.ipynb")
    page.wait_for_selector(".ok-app h1")
    page.get_by_label("Workshopcode").fill(workshop.code)
    page.get_by_label("Sleutel", exact=True).fill("verkeerd")
    page.get_by_role("button", name="Openen").click()
    expect(page.get_by_text("Geen toegang")).to_be_visible()

    page.get_by_label("Sleutel", exact=True).fill(workshop.key or "")
    page.get_by_role("button", name="Openen").click()
    expect(page.get_by_text(f"code {workshop.code}")).to_be_visible()
    page.get_by_label("Stap", exact=True).select_option(label="Stap 2.2 · Fase van het polarisatieproces")
    card = page.locator(".ok-card").first
    expect(card).to_contain_text("<script>window.__pwned = 1</script>")
    expect(card).to_contain_text("<i>Mallory</i>")
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".ok-card script, .ok-card img, .ok-card b, .ok-app td i").count() == 0
    expect(page.locator(".ok-table")).to_contain_text("<i>Mallory</i>")
