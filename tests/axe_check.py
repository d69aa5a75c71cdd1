"""axe-core in the browser tests: inject the pinned copy from npm (offline) and list what it finds.

Two settings make axe see what a user sees: the window is made as tall as the page (axe checks
colour contrast only for what is in view), and its modal allowance is off (Voila's full-page layout
looks like an open dialog to axe, which then skips the checks for a main landmark and an h1).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parent.parent
AXE_VERSION = "4.12.1"
AXE = ROOT / ".cache" / f"axe-core-{AXE_VERSION}" / "node_modules" / "axe-core" / "axe.min.js"
COUNTED = ("critical", "serious", "moderate")


def axe_findings(page: Page, impacts: tuple[str, ...] = COUNTED) -> list[dict[str, Any]]:
    """axe's violations of the given impacts on the page as it is now, one dict per failing node."""
    if not AXE.exists():
        message = f"axe-core is missing: run `make axe` (npm install of axe-core@{AXE_VERSION}) first"
        if os.environ.get("KIT_TEST_AXE") == "required":  # CI: the accessibility checks must run
            pytest.fail(message)
        pytest.skip(message)
    width = page.viewport_size["width"] if page.viewport_size else 1280
    height = page_height(page)
    page.set_viewport_size({"width": width, "height": max(height, 600)})
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    page.evaluate("window.axe.commons.dom.isModalOpen = () => false")
    result: dict[str, Any] = page.evaluate(
        "window.axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
    )
    found = []
    for violation in result["violations"]:
        if violation["impact"] not in impacts:
            continue
        for node in violation["nodes"]:
            found.append(
                {
                    "rule": violation["id"],
                    "impact": violation["impact"],
                    "target": node["target"],
                    "summary": node.get("failureSummary", "")[:300],
                    "html": node.get("html", "")[:200],
                }
            )
    return found


def page_height(page: Page) -> int:
    """The height of the whole content: Voila scrolls inside its shell, so the document alone is too short."""
    script = "Math.max(...Array.from(document.querySelectorAll('body, body *'), el => el.scrollHeight))"
    return int(page.evaluate(script))


def describe(findings: list[dict[str, Any]]) -> str:
    return "\n".join(f"{f['impact']} {f['rule']} {f['target']}: {f['summary']} | {f['html']}" for f in findings)
