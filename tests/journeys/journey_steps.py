"""What a learner does on a step, shared by the journeys: see every question's controls, answer each once."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from axe_check import AXE, axe_findings, describe
from playwright.sync_api import Locator, Page, expect

from kit.answers_io import is_answered
from kit.content.exercise import Exercise
from kit.content.models import Kind, Question, Step

CHOICE_KINDS = {Kind.choose_one, Kind.ordinal, Kind.timeline, Kind.choose_many}

# Per control of a question: is it really there for the user? A box of real size, not hidden by any
# ancestor (display, visibility, content-visibility: checkVisibility), and not disabled.
CONTROLS_JS = """(box) => {
  const all = Array.from(box.querySelectorAll('input, textarea, select, button'));
  const shown = (e) => {
    const r = e.getBoundingClientRect();
    return r.width > 1 && r.height > 1
      && e.checkVisibility({checkVisibilityCSS: true, checkOpacity: true}) && !e.disabled;
  };
  const kind = (e) => e.tagName === 'INPUT' ? (e.type || 'text') : e.tagName.toLowerCase();
  return all.map(e => ({kind: kind(e), shown: shown(e)}));
}"""


def notebook_of(exercise: Exercise) -> str:
    return f"{exercise.id}.ipynb" if exercise.scenario.type == "casus" else f"samos-{exercise.variant.id}.ipynb"


def question_box(page: Page, step: Step, question: Question) -> Any:
    return page.locator(f'[class~="ok-name-ok-q-{step.id}-{question.id}"]')


def open_exercise(page: Page, base_url: str, exercise: Exercise) -> None:
    page.goto(f"{base_url}/voila/render/{notebook_of(exercise)}")
    expect(page.get_by_role("button", name="Beginnen")).to_be_visible()
    if exercise.scenario.type == "samos":
        scenario = page.get_by_label("Scenario")
        if scenario.count():
            scenario.select_option(label=exercise.scenario.titel)


def sign_in(page: Page, name: str, code: str = "") -> None:
    page.get_by_placeholder("bijv. Sanne de Vries").fill(name)
    if code:
        page.get_by_placeholder("leeg bij zelfstudie").fill(code)
    page.get_by_role("button", name="Beginnen").click()
    expect(page.locator(".ok-welcome")).to_be_visible()


def expect_step(page: Page, step: Step) -> None:
    expect(page.locator("h2.ok-step-title")).to_have_text(step.titel)


# Options of one choice question: the rows of their labels must not run over each other (a long option that
# wraps but keeps a one-line box covers the next option and its button).
OVERLAP_JS = """(box) => {
  const rows = Array.from(box.querySelectorAll('label'))
    .filter(l => l.querySelector('input[type=radio], input[type=checkbox]'))
    .map(l => l.getBoundingClientRect());
  let overlaps = 0;
  for (let i = 1; i < rows.length; i++) { if (rows[i].top < rows[i - 1].bottom - 2) overlaps++; }
  return overlaps;
}"""


def visible_controls_problems(page: Page, exercise: Exercise, step: Step, settle: float = 20.0) -> list[str]:
    """Every question of the step must show controls a user can reach; say which do not.

    Widgets render a moment after the step's heading: a step gets `settle` seconds to show them all.
    """
    deadline = time.monotonic() + settle
    problems = _controls_problems(page, exercise, step)
    while problems and time.monotonic() < deadline:
        time.sleep(0.5)
        problems = _controls_problems(page, exercise, step)
    return problems


def _controls_problems(page: Page, exercise: Exercise, step: Step) -> list[str]:
    problems = []
    for question in step.vragen:
        box = question_box(page, step, question)
        blocks = box.count()
        if blocks != 1:
            problems.append(f"{step.titel} / {question.vraag}: {blocks} answer blocks on the page")
            continue
        controls = box.evaluate(CONTROLS_JS)
        shown = [c for c in controls if c["shown"]]
        if question.soort in CHOICE_KINDS:
            kind = "radio" if question.soort is not Kind.choose_many else "checkbox"
            options = len(exercise.options.get((step.id, question.id), ()))
            seen = sum(1 for c in shown if c["kind"] == kind)
            if seen != options:
                problems.append(f"{step.titel} / {question.vraag}: {seen} of {options} {kind}es visible")
            overlaps = box.evaluate(OVERLAP_JS)
            if overlaps:
                problems.append(f"{step.titel} / {question.vraag}: {overlaps} options run over the one before")
        elif not shown:
            problems.append(f"{step.titel} / {question.vraag}: no visible, enabled control ({len(controls)} hidden)")
    return problems


def answer_question(page: Page, step: Step, question: Question, text: str) -> None:
    """One answer the way a user gives it: a click, a choice or typing."""
    box = question_box(page, step, question)
    kind = question.soort
    if kind in (Kind.choose_one, Kind.ordinal, Kind.timeline):
        box.locator("input[type=radio]").first.check()
    elif kind is Kind.choose_many:
        box.locator("input[type=checkbox]").first.check()
    elif kind is Kind.ranking:
        box.locator("select").first.select_option(index=1)
    elif kind is Kind.free_text:
        box.locator("textarea").first.fill(text)
    elif kind is Kind.classify:
        box.locator("button").first.click()
    elif kind is Kind.records:
        field = box.locator(".ok-record").first.locator("input[type=text], select").first
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(index=1)
        else:
            field.fill(text)
    else:  # a new kind must be taught to the journeys
        raise AssertionError(f"the journeys cannot answer kind {kind}")


def answer_step(page: Page, step: Step, text: Callable[[Question], str]) -> None:
    for question in step.vragen:
        answer_question(page, step, question, text(question))


def next_step(page: Page, step: Step) -> None:
    page.get_by_role("button", name="Volgende stap ▶").click()
    expect_step(page, step)


def previous_step(page: Page, step: Step) -> None:
    page.get_by_role("button", name="◀ Vorige stap").click()
    expect_step(page, step)


def missing_answers(exercise: Exercise, stored: dict[str, dict[str, Any]]) -> list[str]:
    return [
        f"{step.titel} / {question.vraag}"
        for step in exercise.steps
        for question in step.vragen
        if not is_answered(question, stored.get(step.id, {}).get(question.id))
    ]


def wait_until(check: Callable[[], list[str]], timeout: float = 60.0) -> list[str]:
    """Poll a check that lists what is still wrong until it lists nothing (a save is debounced)."""
    deadline = time.monotonic() + timeout
    left = check()
    while left and time.monotonic() < deadline:
        time.sleep(0.5)
        left = check()
    return left


AUDITED: set[str] = set()
"""Stages axe has checked in this session: a journey runs on SQLite and PostgreSQL, its pages are the same."""


def shot(page: Page, folder: Path, name: str, at: Locator | None = None, checked: bool = True) -> None:
    """A screenshot of the stage (Voila scrolls inside the page: `at` is brought into view first).

    Each stage is also a page state axe-core checks (once per session; see `audit`), unless `checked` is
    False (the every-step walk checks each shape of step itself)."""
    if at is not None:
        at.first.scroll_into_view_if_needed()
    page.screenshot(path=str(folder / f"{name}.png"))
    if checked:
        audit(page, re.sub(r"-(sqlite|postgres)-", "-", name))


def audit(page: Page, stage: str) -> None:
    """axe-core finds nothing critical, serious or moderate on this stage (all rules, best practice too)."""
    if stage in AUDITED or not (AXE.exists() or os.environ.get("KIT_TEST_AXE") == "required"):
        return
    AUDITED.add(stage)
    size = page.viewport_size
    found = axe_findings(page)
    if size:
        page.set_viewport_size(size)  # axe made the window as tall as the page
    assert not found, f"axe on {stage}:\n{describe(found)}"


# ---------------------------------------------------------------- accessible names (WCAG 1.3.1, 4.1.2)

CONTROL_ROLES = {"button", "checkbox", "combobox", "listbox", "radio", "slider", "spinbutton", "switch", "textbox"}
GROUP_ROLES = {"group", "radiogroup"}
OPTION_ROLES = {"checkbox", "radio"}  # read within their group: their name need only be unique there
_NODE = re.compile(r'^(?P<role>[a-z]+)(?: "(?P<name>(?:[^"\\]|\\.)*)")?')


def aria_controls(snapshot: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(role, name, names of the enclosing groups) of every control in a Playwright aria snapshot."""
    found: list[tuple[str, str, tuple[str, ...]]] = []

    def walk(nodes: Any, groups: tuple[str, ...]) -> None:
        for node in nodes or []:
            key, children = next(iter(node.items())) if isinstance(node, dict) else (node, None)
            match = _NODE.match(str(key))
            if not match:
                continue
            role, name = match["role"], (match["name"] or "").replace('\\"', '"')
            if role in CONTROL_ROLES:
                found.append((role, name, groups))
            inner = (*groups, name) if role in GROUP_ROLES else groups
            if isinstance(children, list) and role != "combobox":  # a combobox's options are not controls
                walk(children, inner)

    walk(yaml.safe_load(snapshot), ())
    return found


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def names_problems(page: Page, step: Step) -> list[str]:
    """Every control of every question of the step, as the accessibility tree names it (Playwright's aria
    snapshot): named, naming its question (itself or by its group), and unique within the step; options
    (checkbox, radio) are unique within their named group, which is how a screen reader reads them."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for question in step.vragen:
        snapshot = question_box(page, step, question).aria_snapshot()
        for role, name, groups in aria_controls(snapshot):
            where = f"{step.titel} / {question.vraag}: {role} '{name}'"
            if not name.strip():
                problems.append(f"{where} has no name")
                continue
            if not any(_plain(question.vraag) in _plain(text) for text in (*groups, name)):
                problems.append(f"{where} names neither its question nor its group does")
            key = _plain(" / ".join((*groups[-1:], name)) if role in OPTION_ROLES else name)
            if key in seen:
                problems.append(f"{where} has the same name as a control of '{seen[key]}'")
            seen[key] = question.vraag
    return problems
