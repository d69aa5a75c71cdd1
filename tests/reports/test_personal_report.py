"""The personal report: escaped, complete (every step, reason and source), printable and self-contained."""

from __future__ import annotations

import copy
import html
from datetime import date
from typing import Any

from reports_support import assert_self_contained, play

from kit.content.library import Library
from kit.reports import personal_report_html
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers
from kit.store import Store

NAME = "<script>alert('x')</script> Fatma & Jan"


def feedback_items(result: dict[str, Any]) -> list[dict[str, str]]:
    return [item for s in result["steps"] for q in s["questions"] for item in q["feedback"]]


def test_the_name_and_all_content_are_escaped(library: Library) -> None:
    exercise = library.exercise("casus-1")
    answers = model_answers(exercise)
    answers["stap-4-1"]["gedekt"] = "<img src=x onerror=alert(1)> & meer"
    result = score_exercise(exercise, answers).to_dict()
    page = personal_report_html(exercise, NAME, answers, result, "Groep <Noord>", on=date(2026, 11, 23))
    assert html.escape(NAME) in page
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; meer" in page
    assert "Groep &lt;Noord&gt;" in page
    assert "23-11-2026" in page
    assert_self_contained(page)


def test_every_step_reason_source_and_model_answer_is_in_the_report(library: Library) -> None:
    for exercise_id in ("casus-1", "steekpartij/oefenvorm-2"):
        exercise = library.exercise(exercise_id)
        answers = model_answers(exercise)
        first = exercise.steps[0].id
        answers[first] = {}  # one step left empty: its missed core points must be explained
        result = score_exercise(exercise, answers).to_dict()
        page = personal_report_html(exercise, "Sanne", answers, result)
        assert html.escape(exercise.title) in page
        assert html.escape(exercise.scenario.samenvatting) in page
        for step in exercise.steps:
            assert html.escape(step.titel) in page
            for question in step.vragen:
                assert html.escape(question.vraag) in page
        items = feedback_items(result)
        assert any(i["verdict"] == "gemist" and i["toelichting"] for i in items)
        for item in items:
            assert html.escape(item["tekst"]) in page
            if item["toelichting"]:
                assert html.escape(item["toelichting"]) in page
            if item["bron"]:
                assert html.escape(item["bron"]) in page
        for step_result in result["steps"]:
            if step_result["modelantwoord"]:
                assert html.escape(step_result["modelantwoord"]) in page
        assert f"Totaalscore: {round(result['total'] * 100)}%" in page
        assert "(niet beantwoord)" in page
        assert_self_contained(page)


def test_scores_per_step_and_question_are_percentages(library: Library) -> None:
    exercise = library.exercise("casus-1")
    answers = model_answers(exercise)
    answers["stap-2-2"]["toelichting"] = ""
    result = score_exercise(exercise, answers).to_dict()
    step = next(s for s in result["steps"] if s["step"] == "stap-2-2")
    page = personal_report_html(exercise, "Sanne", answers, result)
    assert f"{html.escape(step['title'])} · {round(step['score'] * 100)}%" in page
    assert "Score: 0%" in page and "Score: 100%" in page


def test_without_a_result_the_answers_are_listed_without_scores(library: Library) -> None:
    exercise = library.exercise("casus-1")
    answers = copy.deepcopy(model_answers(exercise))
    del answers["stap-2-5"]
    page = personal_report_html(exercise, "Sanne", answers, None)
    assert "Nog niet ingeleverd" in page
    assert "Totaalscore" not in page and "Score:" not in page and "Gemist" not in page
    assert "Ongemak" not in page and "Onderhuidse spanningen" in page  # the chosen phase, as a label
    assert page.count("(niet beantwoord)") == 1
    assert_self_contained(page)


def test_the_stored_latest_result_can_be_passed_as_is(library: Library, store: Store) -> None:
    exercise = library.exercise("steekpartij/oefenvorm-2")
    code = store.create_workshop("Oefening SAMOS", [exercise.id], "groep").code
    total = play(store, code, "Kees", exercise, model_answers(exercise))
    participant = store.participants(code)[0]
    latest = store.latest_result(participant.id, exercise.id)
    assert latest is not None
    answers = store.load_answers(participant.id, exercise.id)
    direct = personal_report_html(exercise, "Kees", answers, latest["result"], on=date(2026, 1, 2))
    wrapped = personal_report_html(exercise, "Kees", answers, latest, on=date(2026, 1, 2))
    assert "Totaalscore: 100%" in direct and total == 1.0
    submitted = latest["submitted_at"].strftime("%d-%m-%Y %H:%M")
    assert f"Ingeleverd op: {submitted}" in wrapped and "Ingeleverd op" not in direct
    assert wrapped.replace(f"<br>Ingeleverd op: {submitted}", "") == direct
