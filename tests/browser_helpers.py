"""Small steps the browser tests share: open an app, sign in, find the page's kernel, wait for a save."""

from __future__ import annotations

import re

from playwright.sync_api import Page
from voila_server import VoilaServer


def open_app(page: Page, server: VoilaServer, notebook: str) -> None:
    page.goto(f"{server.url}/voila/render/{notebook}")
    page.wait_for_selector(".ok-app")


def sign_in(page: Page, name: str, code: str = "") -> None:
    page.get_by_placeholder("bijv. Sanne de Vries").fill(name)
    if code:
        page.get_by_placeholder("leeg bij zelfstudie").fill(code)
    page.get_by_role("button", name="Beginnen").click()
    page.wait_for_selector(".ok-welcome")


def kernel_id(page: Page) -> str:
    found = re.search(r'"kernelId":\s*"([0-9a-f-]+)"', page.content())
    assert found, "the Voila page names no kernel"
    return found.group(1)


def wait_saved(page: Page) -> None:
    page.wait_for_selector(".ok-status:has-text('Opgeslagen')")
