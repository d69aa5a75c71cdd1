"""Text written twice counts once (issue 19, item 11), pinned on its edges for the mutation run.

`repeated_groups` decides which fields hold the same text; the engine keeps the credit in the field the
text answers best and tells the other fields where it counted. test_copied_and_repeated.py checks the
same over every exercise; these are the fast cases `make mutate` runs for each mutant.
"""

from __future__ import annotations

from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.scoring.engine import score_step
from kit.scoring.model_answers import model_answers
from kit.scoring.repeats import repeated_groups
from kit.scoring.result import Feedback, Verdict
from kit.scoring.texts import TEXTS

FOUR = "jongeren hangen rond portieken"  # four meaningful words: the shortest text that can count as repeated
LONG = "De jongerenwerker spreekt de jongeren bij de skatebaan aan op de overlast"


def test_the_same_text_in_two_fields_is_one_group() -> None:
    assert repeated_groups({"a": LONG, "b": LONG}) == [["a", "b"]]
    assert repeated_groups({"a": LONG, "b": LONG.upper() + "!", "c": "Iets heel anders over de buurtvader"}) == [
        ["a", "b"]
    ]
    assert repeated_groups({"a": LONG, "b": "", "c": "   "}) == []
    assert repeated_groups({"a": LONG}) == []


def test_four_meaningful_words_are_enough_to_repeat_three_are_not() -> None:
    assert repeated_groups({"a": FOUR, "b": FOUR}) == [["a", "b"]]
    assert repeated_groups({"a": "jongeren hangen rond", "b": "jongeren hangen rond"}) == []


def test_texts_sharing_four_fifths_of_their_words_are_one_text() -> None:
    five = f"{FOUR} bij de skatebaan"  # five meaningful words, four of them in FOUR: Jaccard 0.8
    assert repeated_groups({"a": five, "b": FOUR}) == [["a", "b"]]
    six = f"{five} 's avonds"  # six, four shared: 0.67
    assert repeated_groups({"a": six, "b": FOUR}) == []


def test_a_short_text_does_not_stop_the_search_for_repeats() -> None:
    texts = {"a": "zie boven", "b": LONG, "c": "ook", "d": LONG, "e": FOUR, "f": FOUR}
    assert repeated_groups(texts) == [["b", "d"], ["e", "f"]]


def repeated_note(question: str) -> tuple[Verdict, str]:
    return Verdict.deels, Feedback(Verdict.deels, TEXTS["text_repeated"].format(question=question)).tekst


STEP = "stap-4-1"  # four free-text questions: gedekt, ingezet, nieuw, sectoren


def step_scores(exercise: Exercise, answers: dict[str, str]) -> dict[str, tuple[float, list[tuple[Verdict, str]]]]:
    result = score_step(exercise, STEP, answers)
    return {q.question: (q.score, [(f.verdict, f.tekst) for f in q.feedback]) for q in result.questions}


def test_a_text_repeated_in_another_field_counts_where_it_answers_best(library: Library) -> None:
    exercise = library.exercise("casus-1")
    model = model_answers(exercise)[STEP]
    alone = step_scores(exercise, {**model, "ingezet": "", "sectoren": model["ingezet"]})["sectoren"]
    assert 0 < alone[0] < 1  # written once, the answer on 'ingezet' still earns something under 'sectoren'
    got = step_scores(exercise, {**model, "sectoren": model["ingezet"]})
    # 'ingezet' comes before 'sectoren' in the step, but the credit stays where the text scores best
    assert got["ingezet"] == step_scores(exercise, model)["ingezet"]
    assert got["ingezet"][0] == 1.0
    assert got["gedekt"][0] == got["nieuw"][0] == 1.0
    score, feedback = got["sectoren"]
    asked = next(q.vraag for q in exercise.step(STEP).vragen if q.id == "ingezet")
    assert score == 0.0
    assert feedback[0] == repeated_note(asked)
    assert feedback[1:] == alone[1]  # the note comes on top of the field's own feedback


def test_of_two_fields_where_the_text_scores_the_same_the_first_keeps_it(library: Library) -> None:
    exercise = library.exercise("casus-1")
    model = model_answers(exercise)[STEP]
    text = "Ik weet het echt niet goed, maar ik denk dat het allemaal wel meevalt in deze wijk"
    got = step_scores(exercise, {**model, "nieuw": text, "sectoren": text})
    assert got["nieuw"][0] == got["sectoren"][0] == 0.0
    asked = next(q.vraag for q in exercise.step(STEP).vragen if q.id == "nieuw")
    assert got["sectoren"][1][0] == repeated_note(asked)
    assert all(note[1] != got["sectoren"][1][0][1] for note in got["nieuw"][1])
