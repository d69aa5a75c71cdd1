"""What the facilitator does in facilitator.ipynb during a day: create, open, watch, reveal, export, report, delete."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pandas as pd
from playwright.sync_api import Browser, Locator, Page, expect

from kit.content.exercise import Exercise


def create_workshop(
    page: Page, base_url: str, organiser_key: str, title: str, exercises: list[Exercise], group: bool
) -> tuple[str, str]:
    """Create the workshop as a facilitator does, with the organiser key; the code and the key shown once."""
    page.goto(f"{base_url}/voila/render/facilitator.ipynb")
    expect(page.get_by_role("button", name="Workshop aanmaken")).to_be_visible()
    page.get_by_label("Titel").fill(title)
    if group:
        page.get_by_role("button", name=re.compile("^Groepsspel")).click()
    for exercise in exercises:
        if exercise.scenario.type == "samos":  # the oefenvorm under its scenario's heading
            _under_scenario(page, exercise).locator("input").check()
        else:
            page.locator(".ok-picker").get_by_label(exercise.title, exact=True).check()
    page.get_by_label("Organisatorsleutel").fill(organiser_key)
    page.get_by_role("button", name="Workshop aanmaken").click()
    keys = page.locator(".ok-keybox code.ok-key")
    expect(keys).to_have_count(2)
    return keys.nth(0).inner_text().strip(), keys.nth(1).inner_text().strip()


def _under_scenario(page: Page, exercise: Exercise) -> Locator:
    """Of the checkboxes named like the oefenvorm, the one below its scenario's group heading."""
    items = page.locator(".ok-picker .ok-group, .ok-picker .widget-checkbox")
    order = [text.strip() for text in items.all_inner_texts()]
    start = order.index(f"SAMOS-scenario: {exercise.scenario.titel}")
    return items.nth(next(i for i in range(start + 1, len(order)) if order[i] == exercise.variant.titel))


def open_dashboard(page: Page, code: str) -> None:
    """Open the workshop just created (the form holds its code and key)."""
    expect(page.get_by_role("textbox", name="Workshopcode")).to_have_value(code)
    page.get_by_role("button", name="Openen").click()
    expect(page.get_by_role("heading", name=re.compile(f"code {code}"))).to_be_visible()


def download(page: Page, link_text: str | re.Pattern[str]) -> tuple[str, bytes]:
    """Click a download link of the app and return the file name and bytes the browser saved."""
    link = page.locator("a.ok-download").filter(has_text=link_text).first
    expect(link).to_be_visible()
    with page.expect_download() as info:
        link.click()
    saved = info.value
    path = saved.path()
    return saved.suggested_filename, Path(path).read_bytes()


def csv_frames(data: bytes) -> dict[str, pd.DataFrame]:
    """The zip's CSV files as Dutch Excel reads them (semicolons, UTF-8 with a byte-order mark)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            Path(name).stem: pd.read_csv(
                io.BytesIO(archive.read(name)), sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False
            )
            for name in archive.namelist()
        }


def excel_frames(data: bytes) -> dict[str, pd.DataFrame]:
    sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, dtype=str)
    return {name: frame.fillna("") for name, frame in sheets.items()}


def pdf_pages(browser: Browser, document: str, screens: Path, name: str) -> int:
    """Print an HTML report as Chromium prints it for the user; the number of A4 pages."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.set_content(document)
        page.screenshot(path=str(screens / f"{name}.png"), full_page=False)
        page.emulate_media(media="print")
        pdf = page.pdf(prefer_css_page_size=True)
        (screens / f"{name}.pdf").write_bytes(pdf)
    finally:
        context.close()
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))
