"""Each renderer round-trips its value and reports user changes, not programmatic ones."""

from __future__ import annotations

from typing import Any

import pytest

from kit.content.library import Library
from kit.content.models import Kind, OptionSource, Question, RecordField
from kit.content.options import Option
from kit.ui.live_region import is_live
from kit.ui.renderers import ChooseMany, ChooseOne, Classify, FreeText, Ordinal, Ranking, Records, Renderer, Timeline

OPTIONS = (Option("a", "Alfa", groep="Groep 1"), Option("b", "Bravo", groep="Groep 1"), Option("c", "Charlie"))
CATEGORIES = (Option("waarneming", "Waarneming"), Option("oordeel", "Oordeel"))


def question(kind: Kind, **extra: Any) -> Question:
    return Question(id="q", soort=kind, vraag="Vraag?", **extra)


CASES: list[tuple[type[Renderer], Question, Any]] = [
    (ChooseOne, question(Kind.choose_one), "b"),
    (Ordinal, question(Kind.ordinal), "c"),
    (Timeline, question(Kind.timeline), "a"),
    (ChooseMany, question(Kind.choose_many), ["a", "c"]),
    (Ranking, question(Kind.ranking, max_keuzes=2), ["c", "a"]),
    (FreeText, question(Kind.free_text), "Overlast van jongeren <b>vet</b>"),
    (Classify, question(Kind.classify), {"a": "oordeel", "c": "waarneming"}),
    (
        Records,
        question(
            Kind.records,
            velden=[
                RecordField(id="wie", label="Wie", opties=OptionSource(items=[])),
                RecordField(id="wat", label="Wat"),
            ],
        ),
        [{"wie": "a", "wat": "bellen"}, {"wie": "", "wat": "overleg plannen"}],
    ),
]


def build(cls: type[Renderer], q: Question) -> Renderer:
    return cls(q, OPTIONS, CATEGORIES, {"wie": OPTIONS})


@pytest.mark.parametrize(("cls", "q", "value"), CASES, ids=[c[0].__name__ for c in CASES])
def test_set_then_get_round_trips_without_reporting_a_change(cls: type[Renderer], q: Question, value: Any) -> None:
    renderer = build(cls, q)
    calls: list[int] = []
    renderer.observe(lambda: calls.append(1))
    renderer.set(value)
    assert renderer.get() == value
    assert calls == []


def test_choose_one_reports_a_user_choice() -> None:
    renderer = build(ChooseOne, question(Kind.choose_one))
    calls: list[int] = []
    renderer.observe(lambda: calls.append(1))
    renderer.radio.value = "a"
    assert renderer.get() == "a"
    assert calls == [1]


def test_choose_many_refuses_more_than_max_and_says_so() -> None:
    renderer = build(ChooseMany, question(Kind.choose_many, max_keuzes=2))
    renderer.boxes["a"].value = True
    renderer.boxes["b"].value = True
    renderer.boxes["c"].value = True
    assert renderer.get() == ["a", "b"]
    assert "hooguit 2" in renderer.message.value


def test_a_refused_choice_is_said_above_the_options_in_a_live_region() -> None:
    """Step 4.2 allows 5 of 40 options: the refusal may not sit under the list, off screen, unannounced."""
    many = tuple(Option(f"o{n}", f"Voorbeeld {n}") for n in range(40))
    renderer = ChooseMany(question(Kind.choose_many, max_keuzes=5), many)
    assert renderer.widget.children[0] is renderer.message  # above the first option, not below the last
    assert "ok-limit" in renderer.message._dom_classes  # kept in view while the list scrolls (style.py)
    assert "0 van hooguit 5 gekozen" in renderer.message.value
    for n in range(5):
        renderer.boxes[f"o{n}"].value = True
    assert "5 van hooguit 5 gekozen" in renderer.message.value and is_live(renderer.message)
    renderer.boxes["o39"].value = True
    assert not renderer.boxes["o39"].value
    assert 'role="alert"' in renderer.message.value and "hooguit 5 keuzes" in renderer.message.value
    renderer.boxes["o0"].value = False
    assert 'role="alert"' not in renderer.message.value and "4 van hooguit 5" in renderer.message.value


def test_choose_many_shows_group_headings() -> None:
    renderer = build(ChooseMany, question(Kind.choose_many))
    children = renderer.widget.children
    headings = [c.value for c in children if hasattr(c, "value") and "ok-group" in str(c.value)]
    assert len(headings) == 1 and "Groep 1" in headings[0]


def test_ranking_refuses_an_option_in_a_second_place_and_says_so() -> None:
    renderer = build(Ranking, question(Kind.ranking))
    calls: list[int] = []
    renderer.observe(lambda: calls.append(1))
    renderer.places[0].value = "b"
    renderer.places[1].value = "b"
    assert renderer.places[1].value == ""
    assert "staat al op een andere plaats" in renderer.message.value
    renderer.places[2].value = "a"
    assert renderer.get() == ["b", "a"]
    assert renderer.message.value == ""
    assert calls == [1, 1]


def test_ranking_offers_what_was_chosen_above_or_says_why_it_offers_all() -> None:
    above = build(ChooseMany, question(Kind.choose_many))
    ranking = build(Ranking, question(Kind.ranking, max_keuzes=2))
    ranking.follow(above)
    assert [v for _, v in ranking.places[0].options] == ["", "a", "b", "c"]
    assert "nog geen twee keuzes" in ranking.note.value
    above.boxes["a"].value = True
    above.boxes["c"].value = True
    assert [v for _, v in ranking.places[0].options] == ["", "a", "c"]
    assert "keuzes uit de vorige vraag" in ranking.note.value
    ranking.places[0].value = "c"
    above.boxes["c"].value = False  # a placed option stays offered: nothing placed is lost
    assert ranking.get() == ["c"]
    assert [v for _, v in ranking.places[0].options] == ["", "a", "b", "c"]


def test_choose_many_geen_excludes_the_other_options() -> None:
    options = (*OPTIONS, Option("geen", "Geen van deze"))
    renderer = ChooseMany(question(Kind.choose_many), options)
    renderer.boxes["a"].value = True
    renderer.boxes["geen"].value = True
    assert renderer.get() == ["geen"]
    renderer.boxes["b"].value = True
    assert renderer.get() == ["b"]


def test_anders_namelijk_shows_a_text_field_stored_beside_the_answer() -> None:
    options = (*OPTIONS, Option("anders", "Anders, namelijk ...", open=True))
    renderer = ChooseMany(question(Kind.choose_many), options)
    calls: list[int] = []
    renderer.observe(lambda: calls.append(1))
    assert renderer.texts["anders"].layout.display == "none"
    renderer.boxes["anders"].value = True
    assert renderer.texts["anders"].layout.display is None
    renderer.texts["anders"].value = "de bouw"
    assert renderer.extra() == {"q.namelijk": {"anders": "de bouw"}}
    assert calls == [1, 1]
    restored = ChooseMany(question(Kind.choose_many), options)
    restored.set(["anders"])
    restored.set_extra({"q.namelijk": {"anders": "de bouw"}})
    assert restored.texts["anders"].value == "de bouw" and restored.extra() == renderer.extra()


def test_records_add_and_remove_rows_report_changes() -> None:
    q = question(Kind.records, velden=[RecordField(id="wat", label="Wat")])
    renderer = build(Records, q)
    calls: list[int] = []
    renderer.observe(lambda: calls.append(1))
    renderer.row_widgets[0]["wat"].value = "eerste"
    renderer._add_row(notify=True)
    renderer.row_widgets[1]["wat"].value = "tweede"
    assert renderer.get() == [{"wat": "eerste"}, {"wat": "tweede"}]
    renderer._remove_row(renderer.row_widgets[0])
    assert renderer.get() == [{"wat": "tweede"}]
    assert len(calls) == 4


def test_unknown_stored_values_are_ignored_not_crashing() -> None:
    renderer = build(ChooseOne, question(Kind.choose_one))
    renderer.set("bestaat-niet")
    assert renderer.get() is None
    classify = build(Classify, question(Kind.classify))
    classify.set({"a": "onzin"})
    assert classify.get() == {}


def test_free_text_is_limited_and_counts_characters(library: Library) -> None:
    """Issue 11.6: a pasted 10 MB text is cut to MAX_TEXT characters, and the counter says so."""
    from kit.answers_io import MAX_TEXT

    exercise = library.exercise("casus-1")
    question = next(q for s in exercise.steps for q in s.vragen if q.soort.value == "free_text")
    renderer = FreeText(question, (), (), {})
    seen: list[Any] = []
    renderer.observe(lambda: seen.append(renderer.get()))
    renderer.text.value = "abc"
    assert "3 van 5000 tekens" in renderer.counter.value
    renderer.text.value = "x" * 10_000_000
    assert len(renderer.get()) == MAX_TEXT and len(renderer.text.value) == MAX_TEXT
    assert all(len(value) <= MAX_TEXT for value in seen)
    assert "Meer past er niet in" in renderer.counter.value


def test_records_stop_at_the_row_cap_even_for_a_crafted_click() -> None:
    """Issue 18.11: 300 add-row clicks cost 42 s of kernel CPU; the cap holds whatever the button says."""
    from kit.answers_io import MAX_ROWS

    renderer = build(Records, question(Kind.records, velden=[RecordField(id="wat", label="Wat")]))
    assert isinstance(renderer, Records)
    for _ in range(MAX_ROWS + 20):
        renderer.add_button._handle_button_msg(None, {"event": "click"}, [])
    assert len(renderer.row_widgets) == MAX_ROWS
    assert renderer.add_button.disabled and f"grootste aantal regels ({MAX_ROWS})" in renderer.limit_note.value
    renderer._remove_row(renderer.row_widgets[0])
    assert not renderer.add_button.disabled and renderer.limit_note.value == ""
    renderer.set([{"wat": str(n)} for n in range(MAX_ROWS * 3)])
    assert len(renderer.row_widgets) == MAX_ROWS
