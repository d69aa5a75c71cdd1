"""A real Voila server and Debian's headless Chromium through Playwright (no browser download)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect
from voila_server import VoilaServer, launched_chromium, running_voila

WIDGET_TIMEOUT_MS = 90_000
# A widget answers after a round trip to its kernel; on a busy 2-core machine that can take longer than
# expect()'s default of 5 s, so assertions wait as long as the page's own actions do.
expect.set_options(timeout=WIDGET_TIMEOUT_MS)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per module: Playwright's sync API keeps an asyncio loop running while it is open,
    and the serving and hub tests that come later in the session need to run loops of their own."""
    with launched_chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VoilaServer]:
    with running_voila(tmp_path_factory.mktemp("voila"), preheat=True) as running:
        yield running


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 1600})
    opened = context.new_page()
    opened.set_default_timeout(WIDGET_TIMEOUT_MS)
    yield opened
    context.close()
