"""The start page in a real browser: it lists every exercise and its links open the apps."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from voila_server import VoilaServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_start_page_links_to_the_exercises(page: Page, server: VoilaServer) -> None:
    page.goto(f"{server.url}/voila/render/start.ipynb")
    expect(page.get_by_role("heading", name="Oefenkit", exact=True)).to_be_visible()
    expect(page.locator(".ok-error")).to_have_count(0)
    for name in ["Casus 1", "Casus 4", "Oefenvorm 6", "Workshop leiden", "Alle casussen"]:
        expect(page.get_by_role("link", name=name).first).to_be_visible()
    page.get_by_role("link", name="Alle casussen").click()
    expect(page.get_by_label("Scenario")).to_be_visible()
    options = page.get_by_label("Scenario").locator("option").all_inner_texts()
    assert len(options) == 4 and options[0].replace("\xa0", " ").startswith("Casus 1")
