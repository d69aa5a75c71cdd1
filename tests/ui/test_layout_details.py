"""Small things a workshop day showed (issue 17): no '.;' between options, a resume code on one line, text boxes
in the page's font within the column, narrow 'Verwijder' buttons, no '(0)' on the upload button, a time on
'bijgewerkt'."""

from __future__ import annotations

import re

import ipywidgets as w
import pytest
from tests_support import casus_library

from kit.content.library import Library
from kit.content.models import Kind
from kit.reports import answer_text
from kit.store import Store
from kit.ui.app import SignIn
from kit.ui.dashboard_view import DashboardView
from kit.ui.renderers import Records
from kit.ui.style import CSS
from kit.ui.team_panel import TeamPanel


@pytest.fixture(scope="module")
def library() -> Library:
    return casus_library("casus-1", "steekpartij")


def test_chosen_options_read_without_a_full_stop_before_each_semicolon(library: Library) -> None:
    for exercise in library.exercises.values():
        for step in exercise.steps:
            for question in step.vragen:
                if question.soort is not Kind.choose_many:
                    continue
                ended = [o.id for o in exercise.options.get((step.id, question.id), ()) if o.label.endswith(".")]
                if len(ended) >= 2:
                    text = answer_text(exercise, step.id, question.id, ended[:3])
                    assert ".;" not in text and "; " in text
                    return
    pytest.fail("no choice with option labels ending in '.' to check against")


def test_the_resume_code_stays_on_one_line(library: Library, store: Store) -> None:
    form = SignIn([library.exercise("casus-1")], store)
    form.name.value = "Sanne"
    assert form.start() is not None
    welcome = form.widget.children[1].value
    code = re.search(r'<code class="ok-resume-code">([^<]+)</code>', welcome)
    assert code is not None and "-" in code.group(1)
    assert re.search(r"\.ok-resume-code \{[^}]*white-space: nowrap", CSS)


def test_text_boxes_use_the_page_font_and_stay_in_the_column() -> None:
    rule = re.search(r"\.ok-app textarea, [^{]*\{([^}]*)\}", CSS)
    assert rule is not None and "font-family: inherit" in rule.group(1) and "max-width: 100%" in rule.group(1)


def test_records_buttons_are_as_wide_as_their_word(library: Library) -> None:
    exercise = library.exercise("steekpartij/oefenvorm-2")
    question = next(q for s in exercise.steps for q in s.vragen if q.soort is Kind.records)
    renderer = Records(question)
    buttons = [c for box in renderer.table.children for c in box.children if isinstance(c, w.Button)]
    add = [c for c in renderer.widget.children if isinstance(c, w.Button)]
    assert buttons and add
    for button in [*buttons, *add]:
        assert button.layout.width == "auto" and button.layout.align_self == "flex-start", button.description


def test_the_upload_button_shows_no_count_and_the_dashboard_says_when(library: Library, store: Store) -> None:
    workshop = store.create_workshop("Avond", ["steekpartij/oefenvorm-2"], mode="groep")
    view = DashboardView(library, store, workshop)
    panel = TeamPanel(store, view)
    assert "ok-upload" in panel.upload._dom_classes
    styles = [c.value for c in panel.widget.children if "<style>" in str(getattr(c, "value", ""))]
    assert styles and 'content: "Draaiboek laden (CSV of Excel)"' in styles[0] and "font-size: 0" in styles[0]
    view.refresh()
    assert re.search(r"bijgewerkt om \d\d:\d\d:\d\d", view.updated.value)
