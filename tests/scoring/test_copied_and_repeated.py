"""Copied material earns nothing, and text written twice counts once (issue 19, items 1 and 11).

Over every exercise: pasting the story and the injects into a field names no concept, a records row made
of pasted text is not a row, and one block pasted into every free-text field of a step earns credit in
one field only. A name or place of the scenario in the participant's own sentence still counts.
"""

from __future__ import annotations

from typing import Any

import pytest

from kit.answers_io import MAX_TEXT
from kit.content.exercise import Exercise
from kit.content.library import Library, load_library
from kit.content.models import Concept, FieldMeaning, Kind, OptionSource, Question, RecordField, TextReference
from kit.content.options import Option
from kit.scoring.context import ScoreContext
from kit.scoring.copied import RUN, _content, copied_positions, material_texts, shingles
from kit.scoring.engine import score_exercise
from kit.scoring.freetext import score_free_text
from kit.scoring.model_answers import model_answers
from kit.scoring.records import score_records
from kit.scoring.stems import analyse

LIBRARY: Library = load_library()
EXERCISES = sorted(LIBRARY.exercises)


def pasted(exercise: Exercise) -> str:
    """The story and every inject of the exercise, as one block a participant could paste (whole texts, as
    many as the field holds)."""
    block = exercise.scenario.verhaal
    for inject in exercise.injects:
        if len(block) + 1 + len(inject.tekst) <= MAX_TEXT:
            block += "\n" + inject.tekst
    return block


def scores(exercise: Exercise, answers: dict[str, Any]) -> dict[tuple[str, str], float]:
    result = score_exercise(exercise, answers)
    return {(s.step, q.question): q.score for s in result.steps for q in s.questions}


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_pasting_the_story_and_the_injects_earns_nothing(exercise_id: str) -> None:
    exercise = LIBRARY.exercise(exercise_id)
    answers = model_answers(exercise)
    block = pasted(exercise)
    targets = []
    for step, question in exercise.questions():
        if question.soort is Kind.free_text:
            answers[step.id][question.id] = block
            targets.append((step.id, question.id))
        elif question.soort is Kind.records:
            text_fields = [f.id for f in question.velden if (step.id, question.id, f.id) not in exercise.field_options]
            rows = answers[step.id][question.id]
            # every written cell a different stretch of pasted text: no row is the participant's own
            answers[step.id][question.id] = [
                {**row, **{f: inject.tekst for f in text_fields}}
                for row, inject in zip(rows, exercise.injects, strict=False)
            ]
            if text_fields and len(exercise.injects) >= len(rows):
                targets.append((step.id, question.id))
    if not targets:
        pytest.skip("no free text and no records")
    got = scores(exercise, answers)
    assert {key: got[key] for key in targets} == {key: 0.0 for key in targets}


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_one_text_in_every_field_of_a_step_counts_once(exercise_id: str) -> None:
    exercise = LIBRARY.exercise(exercise_id)
    answers = model_answers(exercise)
    steps = []
    for step in exercise.steps:
        fields = [q.id for q in step.vragen if q.soort is Kind.free_text and step.id in answers]
        if len(fields) < 2:
            continue
        block = " ".join(str(answers[step.id][f]) for f in fields)  # every model answer of the step at once
        for field in fields:
            answers[step.id][field] = block
        steps.append((step.id, fields))
    if not steps:
        pytest.skip("no step with two free-text questions")
    got = scores(exercise, answers)
    for step_id, fields in steps:
        earning = [f for f in fields if got[(step_id, f)] > 0]
        assert len(earning) == 1, (step_id, {f: got[(step_id, f)] for f in fields})


def test_the_materials_runs_are_those_of_its_analysed_texts() -> None:
    """`shingles` stems the material's words without analysing the texts (issue 22): the same runs."""
    for exercise in LIBRARY.exercises.values():
        texts = material_texts(exercise)
        analysed = [_content(analyse(text))[1] for text in texts]
        expected = {stems[i : i + RUN] for stems in analysed for i in range(len(stems) - RUN + 1)}
        assert shingles(texts) == expected, exercise.id


MATERIAL = shingles(
    ["Bewoners van de Molenstraat klagen over jongeren die elke avond rond de skatebaan hangen en voor overlast "
     "zorgen; sommige bewoners zijn bang om nog naar buiten te gaan."]
)  # fmt: skip
CONCEPTS = TextReference(
    soort="begrippen",
    begrippen=[
        Concept(id="angst", label="angst", synoniemen=["bang"], toelichting="t"),
        Concept(id="overlast", label="overlast", synoniemen=["overlast"], toelichting="t"),
        Concept(id="plek", label="de Molenstraat", synoniemen=["Molenstraat"], toelichting="t"),
    ],
    modelantwoord="Angst en overlast in de Molenstraat.",
)


def free_text(text: str) -> float:
    question = Question(id="q", soort=Kind.free_text, vraag="Wat speelt er?")
    context = ScoreContext(question, {}, {}, CONCEPTS, text, material=MATERIAL)
    return score_free_text(context)[0]


def test_a_pasted_sentence_names_nothing_but_a_place_in_ones_own_sentence_counts() -> None:
    copy = "Bewoners van de molenstraat klagen over jongeren die elke avond rond de skatebaan hangen."
    assert free_text(copy) == 0.0
    assert free_text("Jongeren, die élke avond rond de SKATEBAAN hangen en voor overlast zorgen!") == 0.0
    assert free_text("In de Molenstraat zijn bewoners bang door de overlast; ik wil met ze praten.") == 1.0
    own = "Ik denk dat de angst in de Molenstraat groter is dan de overlast."
    assert free_text(f"{copy} {own}") == 1.0  # the copy earns nothing; the own sentence does


def test_copied_positions_cover_the_stop_words_inside_a_copy() -> None:
    text = analyse("Ik lees: klagen over jongeren die elke avond rond de skatebaan hangen. Eigen woorden.")
    copied = copied_positions(text, MATERIAL)
    assert text.words[min(copied)] == "klagen"
    assert "eigen" not in {text.words[i] for i in copied} and "lees" not in {text.words[i] for i in copied}


ROLES = {"eigenaar": {r: Option(r, r.capitalize()) for r in ("wijkagent", "jongerenwerker")}}
FIELDS = [
    RecordField(id="actie", label="Actie"),
    RecordField(id="eigenaar", label="Eigenaar", opties=OptionSource(items=[]), betekenis=FieldMeaning.eigenaar),
    RecordField(id="wanneer", label="Wanneer", betekenis=FieldMeaning.tijd),
]
ACTIONS = TextReference(
    soort="begrippen",
    begrippen=[
        Concept(id="gesprek", label="gesprek met bewoners", synoniemen=["gesprek met bewoners"], toelichting="t"),
        Concept(id="straat", label="jongerenwerk op straat", synoniemen=["jongerenwerk op straat"], toelichting="t"),
        Concept(id="angst", label="angst", synoniemen=["bang"], toelichting="t"),
    ],
    min_rijen=3,
    modelantwoord="Gesprek met bewoners en jongerenwerk op straat.",
)


def records(rows: list[dict[str, str]]) -> tuple[float, list[str]]:
    question = Question(id="q", soort=Kind.records, vraag="Welke acties?", velden=FIELDS)
    context = ScoreContext(question, {}, {}, ACTIONS, rows, field_options=ROLES, material=MATERIAL)
    score, feedback = score_records(context)
    return score, [f.tekst for f in feedback]


def test_the_same_row_ten_times_counts_once() -> None:
    row = {"actie": "Een gesprek met bewoners over de angst", "eigenaar": "wijkagent", "wanneer": "vrijdag"}
    once, _ = records([row])
    again = {**row, "actie": "Een gesprek met de bewoners over de angst!", "eigenaar": "jongerenwerker"}
    ten, feedback = records([row, again, *[row] * 8])
    assert ten == once
    assert "Regel 2 telt niet mee: hij herhaalt regel 1." in feedback


def test_a_row_of_pasted_text_is_not_a_row() -> None:
    own = {"actie": "Jongerenwerk op straat bij de skatebaan", "eigenaar": "jongerenwerker", "wanneer": "vrijdag"}
    copy = {"actie": "voor overlast zorgen; sommige bewoners zijn bang om nog naar buiten te gaan, dus gesprek met "
                     "bewoners", "eigenaar": "wijkagent", "wanneer": "vrijdag"}  # fmt: skip
    score, feedback = records([own, copy])
    assert "Regel 2 telt niet mee: de tekst is overgenomen uit de casus of de berichten." in feedback
    assert score == pytest.approx(0.5 * 1 / 3 + 0.5 * 2 / 3)  # one row of three; the row's own words still name
