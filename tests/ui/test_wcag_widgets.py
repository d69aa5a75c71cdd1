"""WCAG 2.1 AA in the widgets, without a browser: what the Python side must declare for the page script
(oefenkit.js) to name groups and repeated controls (1.3.1), to read status messages (4.1.3), to keep the
step list from moving on its own (3.2.2) and to keep a button's name in step with its text (2.5.3)."""

from __future__ import annotations

import html
import re
from typing import Any

import ipywidgets as w

from kit.content.library import Library, load_library
from kit.content.models import Kind, OptionSource, Question, RecordField
from kit.content.options import Option
from kit.store import Store
from kit.ui.evaluation_forms import ObserverForm
from kit.ui.exercise_picker import ExercisePicker
from kit.ui.facilitator import FacilitatorApp, key_box_html
from kit.ui.facilitator_actions import AfterSessionPanel, GroupPlayPanel, RejoinPanel, RevealPanel
from kit.ui.facilitator_texts import FT
from kit.ui.feedback import question_html
from kit.ui.live_region import is_live
from kit.ui.naming import GROUP, classes
from kit.ui.renderers import ChooseMany, ChooseOne, Classify, FreeText, Ranking, Records, Renderer
from kit.ui.runner import ExerciseRunner
from kit.ui.texts import UI

OPTIONS = (Option("a", "Alfa"), Option("b", "Bravo"), Option("c", "Charlie"))
CATEGORIES = (Option("waarneming", "Waarneming"), Option("oordeel", "Oordeel"))


def question(kind: Kind, **extra: Any) -> Question:
    return Question(id="q", soort=kind, vraag="Vraag?", **extra)


def runner(library: Library, store: Store) -> ExerciseRunner:
    return ExerciseRunner(library.exercise("casus-1"), store, store.join("Sanne").id, save_delay=0.05)


def context_of(widget: w.Widget) -> str | None:
    """The element id an ok-part-of-<id> class names the widget's controls by, if any."""
    found = [c.removeprefix("ok-part-of-") for c in classes(widget) if c.startswith("ok-part-of-")]
    return found[0] if found else None


def html_with_id(widgets: list[w.Widget], element_id: str) -> str:
    """The HTML widget among `widgets` that holds the element `element_id`, as text."""
    for widget in widgets:
        if isinstance(widget, w.HTML) and f'id="{element_id}"' in widget.value:
            return re.sub(r"<[^>]+>", "", widget.value)
    raise AssertionError(f"no element {element_id}")


# ---------------------------------------------------------------- 3.2.2 the step list


def test_choosing_in_the_step_list_only_chooses_its_button_changes_the_step(library: Library, store: Store) -> None:
    """ArrowDown on "Ga naar" sent a new value and jumped a step on; browsing the list must not move."""
    run = runner(library, store)
    run.jump.value = 3
    run.jump.value = 4  # the arrow keys pass the options one by one
    assert run.index == 0 and run.step.id == run.exercise.steps[0].id
    run.jump_button.click()
    assert run.index == 4
    assert run.jump.value == 4
    assert run.jump_button.description == UI["jump_go"]
    run.next_button.click()  # the list follows every other move
    assert run.jump.value == 5


# ---------------------------------------------------------------- 4.1.3 status messages


def test_the_learners_status_messages_are_live_regions_before_any_message(library: Library, store: Store) -> None:
    run = runner(library, store)
    assert is_live(run.status) and is_live(run.message)  # "✓ Opgeslagen"; "Klik nogmaals ..."
    run.submit()  # open questions: the hand-in warning appears in the live box, not as a new live region
    assert UI["submit_again"] in html.unescape(run.message.value)
    assert "role=" not in run.message.value
    assert is_live(ChooseMany(question(Kind.choose_many, max_keuzes=1), OPTIONS).message)
    ranking = Ranking(question(Kind.ranking, max_keuzes=2), OPTIONS)
    assert is_live(ranking.message)  # "staat al op plaats ..."
    records = Records(question(Kind.records, velden=[RecordField(id="wat", label="Wat")]))
    assert is_live(records.limit_note)


def test_the_facilitators_status_messages_are_live_regions(library: Library, store: Store) -> None:
    app = FacilitatorApp(library, store)
    assert is_live(app.message)
    app.code.value, app.key.value = "ONBEKEND", "verkeerd"
    assert app.open() is None
    assert "Geen toegang" in html.unescape(app.message.value) and "role=" not in app.message.value
    created = store.create_workshop("Dinsdag", ["casus-1"])
    app.code.value, app.key.value = created.code, created.key or ""
    view = app.open()
    assert view is not None
    view.ticker.stop()
    assert is_live(RevealPanel(store, view).message)
    assert is_live(RejoinPanel(store, view).note)
    assert is_live(GroupPlayPanel(store, view).message)
    assert is_live(AfterSessionPanel(store, view, lambda _: None).output)


# ---------------------------------------------------------------- 1.3.1 groups and names


def test_every_question_with_several_controls_is_a_group_named_by_its_question() -> None:
    records = question(Kind.records, velden=[RecordField(id="wie", label="Wie", opties=OptionSource(items=[]))])
    built: list[tuple[Renderer, bool]] = [
        (ChooseOne(question(Kind.choose_one), OPTIONS), False),  # a radiogroup of its own
        (FreeText(question(Kind.free_text)), False),  # one field, named by the question
        (ChooseMany(question(Kind.choose_many), OPTIONS), True),
        (Ranking(question(Kind.ranking, max_keuzes=2), OPTIONS), True),
        (Classify(question(Kind.classify), OPTIONS, CATEGORIES), True),
        (Records(records, field_options={"wie": OPTIONS}), True),
    ]
    for renderer, grouped in built:
        renderer.name_by("ok-q-stap-1-q")
        assert "ok-name-ok-q-stap-1-q" in classes(renderer.widget)
        assert (GROUP in classes(renderer.widget)) is grouped, type(renderer).__name__


def test_repeated_controls_are_named_by_their_statement_row_or_question() -> None:
    classify = Classify(question(Kind.classify), OPTIONS, CATEGORIES)
    statements = []
    for row in classify.widget.children:  # "Waarneming" ten times: each toggle row names its statement
        text, toggle = row.children
        context = context_of(toggle)
        assert context is not None
        statements.append(html_with_id([text], context))
    assert statements == ["“Alfa”", "“Bravo”", "“Charlie”"]

    ranking = Ranking(question(Kind.ranking, max_keuzes=3), OPTIONS)
    ranking.name_by("ok-q-stap-1-q")
    assert [context_of(place) for place in ranking.places] == ["ok-q-stap-1-q"] * 3

    records = Records(question(Kind.records, velden=[RecordField(id="wat", label="Wat")]))
    records.add_button.click()
    rows = records.table.children
    named = [html_with_id(list(row.children), str(context_of(row))) for row in rows]
    assert named == ["Regel 1", "Regel 2"]  # every field and "Verwijder" of a row says its row
    records.name_by("ok-q-stap-1-q")
    assert context_of(records.add_button) == "ok-q-stap-1-q"  # "+ Regel toevoegen" of which table


def test_options_under_a_heading_are_a_group_named_by_it() -> None:
    """Step 3.1 offers "Onmacht, onzekerheid ..." under four headings: each heading names its group."""
    grouped = tuple(Option(f"{g}-{n}", f"Optie {n}", groep=f"Wanneer {g}") for g in "ab" for n in (1, 2))
    renderer = ChooseMany(question(Kind.choose_many), grouped)
    children = list(renderer.widget.children)
    groups = [c for c in children if isinstance(c, w.VBox)]
    assert len(groups) == 2
    for group in groups:
        assert GROUP in classes(group)
        name_id = next(c.removeprefix("ok-name-") for c in classes(group) if c.startswith("ok-name-"))
        heading = html_with_id(children, name_id)
        assert [box.description for box in group.children] == ["Optie 1", "Optie 2"]
        assert all(box is renderer.boxes[f"{heading[-1]}-{n}"] for n, box in zip((1, 2), group.children, strict=True))


def test_oefenvormen_of_several_scenarios_are_named_with_their_scenario() -> None:
    picker = ExercisePicker(load_library())
    children = list(picker.widget.children)
    assert "ok-name-ok-exercises" in classes(picker.widget) and GROUP in classes(picker.widget)
    for group in (c for c in children if isinstance(c, w.VBox)):
        assert GROUP in classes(group)
        labels = [box.description for box in group.children]
        if any(label.startswith("Oefenvorm") for label in labels):
            scenario = html_with_id(children, str(context_of(group)))
            assert scenario.startswith("SAMOS-scenario")


def test_the_observer_forms_lists_and_notes_are_named_by_their_criterion(store: Store) -> None:
    participant = store.join("Waarnemer")
    form = ObserverForm(store, participant.id, 1, "samos-1", "stap-1", "Stap 1")
    criteria = [c for c in form.widget.children if isinstance(c, w.VBox)]
    assert len(criteria) == len(form.ratings) == 4
    names = []
    for box in criteria:
        context = context_of(box)
        assert context is not None
        names.append(html_with_id(list(box.children), context))
        assert any(isinstance(c, w.Dropdown) for c in box.children)
        assert any(isinstance(c, w.Textarea) for c in box.children)
    assert len(set(names)) == 4
    assert is_live(form.status)


# ---------------------------------------------------------------- names that say what is seen


def test_the_copy_buttons_name_holds_its_text_before_and_after_copying() -> None:
    """2.5.3: the button shows "Gekopieerd" after a click; its name must then say so too."""
    box = key_box_html("ABCD12", "K7QM-2XRA-PLMN-4TUV")
    for button in re.findall(r"<button[^>]*>[^<]*</button>", box):
        shown = re.sub(r"<[^>]+>", "", button)
        name = html.unescape(re.search(r'aria-label="([^"]*)"', button).group(1))  # type: ignore[union-attr]
        copied = html.unescape(re.search(r'data-copied="([^"]*)"', button).group(1))  # type: ignore[union-attr]
        copied_name = html.unescape(re.search(r'data-copied-label="([^"]*)"', button).group(1))  # type: ignore[union-attr]
        assert name.startswith(shown) and copied_name.startswith(copied)
        assert copied == FT["copied"] and (FT["code"] in copied_name or FT["key"] in copied_name)


def test_a_verdict_the_sentence_already_says_is_not_read_twice() -> None:
    item = {"verdict": "gemist", "tekst": "Gemist: signalen delen met de wijkagent."}
    other = {"verdict": "goed", "tekst": "Je koos signalen delen."}
    shown = question_html({"feedback": [item, other], "score": 0.5})
    spoken = re.sub(r"<[^>]+>", "", re.sub(r'<span class="ok-icon"[^>]*>.*?</span>', "", shown))
    assert spoken.count("Gemist") == 1
    assert "Goed: Je koos" in spoken  # a sentence without its verdict still gets it, for screen readers
