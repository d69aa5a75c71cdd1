"""Answers read back as the words a participant chose, never as ids."""

from __future__ import annotations

from kit.content.library import Library
from kit.content.models import Kind
from kit.reports import answer_text
from kit.scoring.model_answers import model_answers

NOT_ANSWERED = "(niet beantwoord)"


def test_single_choice_and_scale_show_the_label(library: Library) -> None:
    casus = library.exercise("casus-1")
    assert answer_text(casus, "stap-2-2", "fase", "stappenplan.fasen.ongemak") == "Ongemak"
    samos = library.exercise("steekpartij/oefenvorm-2")
    assert answer_text(samos, "inschatting", "urgentie", "uren") == "Uren: vandaag nog handelen"


def test_lists_are_joined_with_semicolons_and_rankings_numbered(library: Library) -> None:
    casus = library.exercise("casus-1")
    chosen = ["stappenplan.locaties.directe-woonomgeving", "stappenplan.locaties.scholen"]
    assert (
        answer_text(casus, "stap-2-4", "locaties", chosen)
        == "(Semi)publieke ruimten in de directe woonomgeving; Scholen"
    )
    ranked = ["stappenplan.oplossingsrichtingen.or-3", "stappenplan.oplossingsrichtingen.or-1"]
    text = answer_text(casus, "stap-3-1", "prioriteit", ranked)
    first, second = text.split("; ")
    assert first.startswith("1e: 3. Bevorderen positief gedrag")
    assert second.startswith("2e: 1. Verbeteren contact")


def test_records_are_one_line_per_filled_row_with_field_labels(library: Library) -> None:
    casus = library.exercise("casus-1")
    rows = [
        {"actor": "stappenplan.actoren.media", "invloed": "aanjagen", "waarom": "  koppen <b>  "},
        {"actor": "", "invloed": "", "waarom": " "},
        {"actor": "stappenplan.actoren.actieve-bewoners", "invloed": "", "waarom": ""},
    ]
    assert answer_text(casus, "stap-2-3", "actoren", rows) == (
        "Actor: Media; Invloed: jaagt aan; Waarom (uit de casus): koppen <b>\nActor: Actieve buurtbewoners"
    )
    assert answer_text(casus, "stap-2-3", "actoren", [{"actor": "", "invloed": "", "waarom": ""}]) == NOT_ANSWERED


def test_classify_reads_statement_arrow_category_in_the_exercise_order(library: Library) -> None:
    samos = library.exercise("steekpartij/oefenvorm-2")
    value = {"u-rivieren-uit-op-problemen": "oordeel", "u-slachtoffer-ziekenhuis": "waarneming"}
    assert answer_text(samos, "vooraf", "waarneming-oordeel", value).splitlines() == [
        "Het slachtoffer ligt met een steekwond in het ziekenhuis; de familie zegt dat hij stabiel is. → Waarneming",
        "De jongens van de Rivieren zijn gewoon uit op problemen. → Oordeel",
    ]


def test_empty_answers_of_every_kind_read_not_answered(library: Library) -> None:
    casus = library.exercise("casus-1")
    for value in (None, "", "  \n", [], {}):
        assert answer_text(casus, "stap-2-5", "oorzaken", value) == NOT_ANSWERED
    assert answer_text(casus, "stap-4-1", "gedekt", "   ") == NOT_ANSWERED
    assert answer_text(casus, "stap-4-1", "gedekt", "  Mijn diagnose.\n") == "Mijn diagnose."


def test_unknown_ids_and_questions_are_shown_as_stored(library: Library) -> None:
    casus = library.exercise("casus-1")
    assert answer_text(casus, "stap-2-4", "locaties", ["verdwenen-optie"]) == "verdwenen-optie"
    assert answer_text(casus, "stap-2-4", "weg", ["a", "b"]) == "a; b"
    assert answer_text(casus, "geen-stap", "weg", "tekst") == "tekst"


def test_model_answers_of_both_exercises_show_no_option_ids(library: Library) -> None:
    for exercise_id in ("casus-1", "steekpartij/oefenvorm-2"):
        exercise = library.exercise(exercise_id)
        answers = model_answers(exercise)
        for step, question in exercise.questions():
            text = answer_text(exercise, step.id, question.id, answers[step.id][question.id])
            assert text and text != NOT_ANSWERED, (exercise_id, step.id, question.id)
            if question.soort is Kind.free_text:
                continue
            ids = [o.id for o in exercise.options.get((step.id, question.id), ()) if o.id != o.label]
            ids += [o.id for o in exercise.categories.get((step.id, question.id), ()) if o.id != o.label]
            for (s, q, _), options in exercise.field_options.items():
                if (s, q) == (step.id, question.id):
                    ids += [o.id for o in options if o.id != o.label]
            # method ids (dotted) only: short scenario ids such as "verminderen" are ordinary words in free text
            assert not [i for i in ids if "." in i and i in text], (exercise_id, step.id, question.id)
