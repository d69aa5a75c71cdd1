"""A printable day: Chromium prints the personal report, the after-action report and a werkblad to A4
PDF, and each comes out with a sane number of pages (no page per line, no empty pages, no cut-off table)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pandas as pd
import pytest
from playwright.sync_api import Browser, Page

from kit.content.library import load_library
from kit.reports import after_action_html, personal_report_html, werkblad_html
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers

pytestmark = [pytest.mark.browser]
A4_POINTS = (595, 842)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def printed(page: Page, document: str) -> tuple[int, tuple[int, int]]:
    """Print the HTML as Chromium does for the user (print media, the page's own @page size)."""
    page.set_content(document)
    page.emulate_media(media="print")
    pdf = page.pdf(prefer_css_page_size=True, print_background=False)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert box is not None, "the PDF names no page size"
    return pages, (round(float(box.group(1))), round(float(box.group(2))))


def test_personal_report_prints_on_a4(page: Page) -> None:
    exercise = load_library().exercise("casus-1")
    answers = model_answers(exercise)
    result = score_exercise(exercise, answers).to_dict()
    pages, size = printed(page, personal_report_html(exercise, "Sanne de Vries", answers, result))
    assert size == A4_POINTS
    print(f"\npersonal report casus 1: {pages} A4 pages")
    assert 2 <= pages <= 25, pages  # twelve steps with feedback: a few pages, not one per line


def test_after_action_report_prints_on_a4(page: Page) -> None:
    exercise = load_library().exercise("casus-1")
    result = score_exercise(exercise, model_answers(exercise)).to_dict()
    frame = pd.DataFrame(
        [(f"Deelnemer {i}", "casus-1", result["total"], result) for i in range(6)],
        columns=["participant", "exercise_id", "total", "result"],
    )
    document = after_action_html("Training Oost", [exercise], frame, plan=[{"actie": "Nabellen", "eigenaar": "Jan"}])
    pages, size = printed(page, document)
    assert size == A4_POINTS
    print(f"\nafter-action report: {pages} A4 pages")
    assert 1 <= pages <= 8, pages


def test_a_werkblad_prints_the_story_and_the_questions_on_a4(page: Page) -> None:
    exercise = load_library().exercise("casus-1")
    document = werkblad_html(exercise)
    reasons = {
        item["toelichting"]
        for step in score_exercise(exercise, model_answers(exercise)).to_dict()["steps"]
        for question in step["questions"]
        for item in question["feedback"]
        if item.get("toelichting")
    }
    assert reasons and not any(html.escape(reason) in document for reason in reasons)  # nothing of the reference
    for step in exercise.steps:
        assert html.escape(step.titel) in document
    pages, size = printed(page, document)
    print(f"\nwerkblad casus 1: {pages} A4 pages")
    assert size == A4_POINTS
    assert 3 <= pages <= 30, pages
