"""A keyboard alone (WCAG 2.1.1): Tab to each question of a step and answer it as a keyboard user does.

No click and no `fill`: Tab moves focus forward until it is inside the question's answer block, then a
key answers (Space ticks the first radio or checkbox, ArrowDown picks the next option of a list, Enter
presses a toggle, typing fills a field). The store then says whether the step is complete.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page

from kit.content.models import Kind, Question, Step

INSIDE = "box => box.contains(document.activeElement)"
FOCUSED = "() => { const e = document.activeElement; return e ? e.tagName + ':' + (e.type || '') : ''; }"


def answer_block(page: Page, step: Step, question: Question) -> Locator:
    """The question's answer widget: the runner names it with the class ok-name-ok-q-<step>-<question>."""
    return page.locator(f'[class~="ok-name-ok-q-{step.id}-{question.id}"]')


def tab_into(page: Page, box: Locator, limit: int = 300) -> str:
    """Press Tab until focus is inside `box`; returns what has focus ('INPUT:radio', 'SELECT:select-one', ...)."""
    for _ in range(limit):
        if box.evaluate(INSIDE):
            return str(page.evaluate(FOCUSED))
        page.keyboard.press("Tab")
    pytest.fail(f"Tab never reached {box}")


def answer_by_keyboard(page: Page, step: Step, question: Question, text: str) -> None:
    focused = tab_into(page, answer_block(page, step, question))
    kind = question.soort
    if kind in (Kind.choose_one, Kind.ordinal, Kind.timeline, Kind.choose_many):
        assert focused in ("INPUT:radio", "INPUT:checkbox"), f"{question.vraag}: focus on {focused}"
        page.keyboard.press("Space")
    elif kind is Kind.ranking or focused.startswith("SELECT"):
        page.keyboard.press("ArrowDown")  # the first option after "— kies —"
    elif kind is Kind.classify:
        assert focused.startswith("BUTTON"), f"{question.vraag}: focus on {focused}"
        page.keyboard.press("Enter")
    elif focused.startswith(("TEXTAREA", "INPUT:text")):
        page.keyboard.type(text)
    else:
        raise AssertionError(f"{question.vraag} ({kind}): cannot answer with focus on {focused}")


def answer_step_by_keyboard(page: Page, step: Step, text: str) -> None:
    for question in step.vragen:
        answer_by_keyboard(page, step, question, text)
