"""Logging in at the Hub's own form in Chromium, as every Hub test's participants and facilitator do."""

from __future__ import annotations

from hub_setup import PASSWORD
from playwright.sync_api import Browser, BrowserContext, Page

TIMEOUT_MS = 120_000


def log_in_at_hub(
    browser: Browser, hub_url: str, user: str, height: int, accept_downloads: bool = False
) -> tuple[BrowserContext, Page]:
    """A fresh context logged in as `user`, on the Voila start page their server opens with."""
    context = browser.new_context(viewport={"width": 1280, "height": height}, accept_downloads=accept_downloads)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(f"{hub_url}/hub/login")
    page.fill("#username_input", user)
    page.fill("#password_input", PASSWORD)
    page.click("#login_submit")
    page.wait_for_url(f"**/user/{user}/voila/render/start.ipynb", timeout=TIMEOUT_MS)
    return context, page
