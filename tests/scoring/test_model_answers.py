"""The model answers, pinned answer by answer: what following the reference to the letter writes down."""

from __future__ import annotations

import dataclasses

from kit.answers_io import open_key
from kit.content.library import Library, load_library
from kit.content.models import (
    ChoiceReference,
    Concept,
    FieldMeaning,
    Kind,
    OptionVerdict,
    Question,
    RecordField,
    Status,
    TextReference,
)
from kit.scoring.model_answers import _answer, _open_texts, _rows, model_answers

LIBRARY: Library = load_library()
CASUS = LIBRARY.exercise("casus-3")


def verdict(option_id: str, status: Status, **extra: object) -> OptionVerdict:
    return OptionVerdict(id=option_id, status=status, toelichting=f"Reden bij {option_id}.", **extra)  # type: ignore[arg-type]


def concept(label: str) -> Concept:
    return Concept(id=label, label=label, synoniemen=[label], toelichting="t")


CHOICE = ChoiceReference(
    soort="keuze",
    opties=[verdict("p", Status.passend), verdict("a", Status.kern), verdict("b", Status.kern),
            verdict("c", Status.kern), verdict("q", Status.passend)],
    modelantwoord="m",
)  # fmt: skip
FITTING_ONLY = ChoiceReference(
    soort="keuze", opties=[verdict("p", Status.passend), verdict("q", Status.passend)], modelantwoord="m"
)


def question(kind: Kind, **extra: object) -> Question:
    return Question(id="q", soort=kind, vraag="Vraag?", **extra)  # type: ignore[arg-type]


def test_choose_one_takes_the_first_kern_or_nothing() -> None:
    assert _answer(CASUS, "x", question(Kind.choose_one), CHOICE) == "a"
    assert _answer(CASUS, "x", question(Kind.choose_one), FITTING_ONLY) is None


def test_choose_many_takes_every_kern_up_to_the_maximum_else_the_fitting_ones() -> None:
    assert _answer(CASUS, "x", question(Kind.choose_many), CHOICE) == ["a", "b", "c"]
    assert _answer(CASUS, "x", question(Kind.choose_many, max_keuzes=2), CHOICE) == ["a", "b"]
    assert _answer(CASUS, "x", question(Kind.choose_many), FITTING_ONLY) == ["p", "q"]


def test_an_open_option_gets_its_concepts_joined_or_its_reason() -> None:
    reference = ChoiceReference(
        soort="keuze",
        opties=[verdict("anders", Status.kern, begrippen=[concept("speelplekken"), concept("wachtlijsten")]),
                verdict("ook", Status.kern), verdict("b", Status.kern)],
        modelantwoord="m",
    )  # fmt: skip
    assert _open_texts(reference, {"anders", "ook"}, ["anders", "ook", "b"]) == {
        "anders": "speelplekken; wachtlijsten",
        "ook": "Reden bij ook.",
    }
    assert _open_texts(reference, {"anders"}, ["b"]) == {}  # not chosen: nothing written
    assert _open_texts(reference, {"anders"}, "anders") == {"anders": "speelplekken; wachtlijsten"}  # choose_one
    assert _open_texts(reference, set(), ["anders"]) == {}
    text = TextReference(soort="begrippen", begrippen=[concept("x")], modelantwoord="m")
    assert _open_texts(text, {"anders"}, "anders") == {}


FIELDS = [
    RecordField(id="als", label="Als", betekenis=FieldMeaning.voorwaarde),
    RecordField(id="dan", label="Dan", betekenis=FieldMeaning.gevolg),
    RecordField(id="wat", label="Wat"),
    RecordField(id="toelichting", label="Toelichting"),
]


def test_model_rows_fill_each_column_by_its_meaning_one_concept_a_row() -> None:
    reference = TextReference(
        soort="begrippen", begrippen=[concept("wraak"), concept("mobilisatie")], min_rijen=3, modelantwoord="Model."
    )
    rows = _rows(CASUS, "x", question(Kind.records, velden=FIELDS), reference)
    assert rows == [
        {"als": "de spanning rond wraak oploopt", "dan": "dan volgt wraak", "wat": "Model.", "toelichting": "wraak"},
        {"als": "de spanning rond mobilisatie oploopt", "dan": "dan volgt mobilisatie", "wat": "mobilisatie",
         "toelichting": "mobilisatie"},
        {"als": "de spanning rond wraak oploopt", "dan": "dan volgt wraak", "wat": "wraak", "toelichting": "wraak"},
    ]  # fmt: skip
    one = TextReference(soort="begrippen", begrippen=[concept("wraak")], min_rijen=0, modelantwoord="Model.")
    assert len(_rows(CASUS, "x", question(Kind.records, velden=FIELDS), one)) == 1


def test_model_rows_pick_dropdown_columns_in_turn() -> None:
    step, q = "stap-2-3", next(q for q in CASUS.step("stap-2-3").vragen if q.id == "actoren")
    reference = CASUS.step_reference(step).vragen[q.id]  # type: ignore[union-attr]
    rows = _rows(CASUS, step, q, reference)
    actors = CASUS.field_options[(step, q.id, "actor")]
    assert [r["actor"] for r in rows] == [actors[n % len(actors)].id for n in range(len(rows))]
    assert rows[0]["waarom"] == reference.modelantwoord


def test_a_step_without_a_reference_is_skipped_not_the_end() -> None:
    assert CASUS.reference is not None
    first = CASUS.steps[0].id
    stappen = {k: v for k, v in CASUS.reference.stappen.items() if k != first}
    partial = dataclasses.replace(CASUS, reference=CASUS.reference.model_copy(update={"stappen": stappen}))
    answers = model_answers(partial)
    assert first not in answers
    assert set(answers) == set(stappen) and answers == {k: v for k, v in model_answers(CASUS).items() if k != first}
    assert open_key("oorzaken") in answers["stap-2-5"]
