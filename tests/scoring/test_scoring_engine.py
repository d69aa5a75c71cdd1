"""The engine's arithmetic: question weights into step scores, steps into the total, and what it carries along."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kit.content.library import Library, load_library
from kit.content.models import Concept
from kit.errors import KitError
from kit.scoring.engine import score_exercise, score_step
from kit.scoring.freetext import found_concepts
from kit.scoring.model_answers import model_answers
from kit.scoring.result import Feedback, Verdict, clamp, percent
from kit.scoring.stems import stems
from kit.scoring.texts import tidy

LIBRARY: Library = load_library()
CASUS = LIBRARY.exercise("casus-1")
MODEL = model_answers(CASUS)


def test_a_step_is_the_weighted_mean_of_its_questions() -> None:
    # stap-2-2: fase (weight 1) right, toelichting (weight 0.5) empty: 1 / 1.5
    step = score_step(CASUS, "stap-2-2", {"fase": MODEL["stap-2-2"]["fase"]})
    assert step.score == 0.6667
    assert [(q.question, q.kind, q.score, q.weight) for q in step.questions] == [
        ("fase", "ordinal", 1.0, 1.0),
        ("toelichting", "free_text", 0.0, 0.5),
    ]
    assert (step.step, step.title) == ("stap-2-2", "Stap 2.2 · Fase van het polarisatieproces")
    reference = CASUS.step_reference("stap-2-2")
    assert reference is not None
    assert step.modelantwoord == reference.modelantwoord
    assert [q.modelantwoord for q in step.questions] == [
        reference.vragen["fase"].modelantwoord,
        reference.vragen["toelichting"].modelantwoord,
    ]
    only_text = score_step(CASUS, "stap-2-2", {"toelichting": MODEL["stap-2-2"]["toelichting"]})
    assert only_text.score == 0.3333  # 0.5 / 1.5


def test_the_total_is_the_mean_of_the_steps_rounded_to_four_places() -> None:
    one_step = score_exercise(CASUS, {"stap-2-1": MODEL["stap-2-1"]})
    assert [s.score for s in one_step.steps] == [0.0] + [1.0] + [0.0] * 10
    assert one_step.total == 0.0833  # 1 / 12
    assert one_step.exercise == "casus-1"
    assert [s.step for s in one_step.steps] == [s.id for s in CASUS.steps]
    two_steps = score_exercise(CASUS, {"stap-2-1": MODEL["stap-2-1"], "stap-2-2": {"fase": MODEL["stap-2-2"]["fase"]}})
    assert two_steps.total == round((1 + 2 / 3) / 12, 4)
    assert score_exercise(CASUS, MODEL).total == 1.0


def test_the_step_scored_alone_is_the_step_scored_in_the_whole() -> None:
    values = {"oorzaken": MODEL["stap-2-5"]["oorzaken"][:1]}
    alone = score_step(CASUS, "stap-2-5", values)
    whole = score_exercise(CASUS, {"stap-2-5": values}).steps[5]
    assert alone == whole and 0 < alone.score < 1


def test_anders_namelijk_texts_reach_the_scorer() -> None:
    casus = LIBRARY.exercise("casus-3")
    open_id = "stappenplan.oorzaken.anders"
    values = {"oorzaken": [open_id], "oorzaken.namelijk": model_answers(casus)["stap-2-5"]["oorzaken.namelijk"]}
    written = score_step(casus, "stap-2-5", values).questions[0]
    empty = score_step(casus, "stap-2-5", {"oorzaken": [open_id]}).questions[0]
    assert written.score > empty.score
    assert any(
        f.tekst.startswith("Je kiest 'Andere problematieken, namelijk ...' en noemt: 'De casus noemt")
        for f in written.feedback
    )


def test_an_exercise_without_a_reference_cannot_be_scored() -> None:
    bare = dataclasses.replace(CASUS, reference=None)
    with pytest.raises(KitError) as caught:
        score_exercise(bare, {})
    assert str(caught.value) == "Oefening 'casus-1' heeft geen referentie; scoren kan niet."


def test_a_result_as_json_keeps_every_field_with_verdicts_as_dutch_words() -> None:
    result = score_exercise(CASUS, {"stap-2-2": {"fase": MODEL["stap-2-2"]["fase"]}})
    data = result.to_dict()
    assert list(data) == ["exercise", "total", "steps"]
    assert (data["exercise"], data["total"], len(data["steps"])) == ("casus-1", result.total, 12)
    step = data["steps"][2]
    assert (step["step"], step["title"], step["score"]) == (
        "stap-2-2",
        "Stap 2.2 · Fase van het polarisatieproces",
        0.6667,
    )
    assert step["modelantwoord"] == result.steps[2].modelantwoord
    fase = step["questions"][0]
    assert (fase["question"], fase["kind"], fase["score"], fase["weight"]) == ("fase", "ordinal", 1.0, 1.0)
    first = result.steps[2].questions[0].feedback[0]
    assert fase["feedback"][0] == {"verdict": "goed", "tekst": first.tekst, "toelichting": first.toelichting,
                                   "bron": first.bron}  # fmt: skip
    assert type(fase["feedback"][0]["verdict"]) is str
    assert {f["verdict"] for q in step["questions"] for f in q["feedback"]} == {"goed", "gemist"}
    assert json.loads(json.dumps(data))["steps"][2]["questions"][0]["feedback"][0]["verdict"] == "goed"


def test_scores_are_shown_as_whole_percentages() -> None:
    assert (percent(0.875), percent(0.874), percent(None), percent(0.0), percent(1.0)) == (
        "88%",
        "87%",
        "—",
        "0%",
        "100%",
    )


def test_found_concepts_lists_the_concepts_named_as_present() -> None:
    concepts = [Concept(id=i, label=i, synoniemen=[s], toelichting="t") for i, s in
                (("angst", "bang"), ("overlast", "hinder"), ("contact", "elkaar"))]  # fmt: skip
    found = found_concepts("Bewoners zijn bang. Er is geen hinder.", concepts)
    assert [c.id for c in found] == ["angst"]


def test_stems_keep_every_word_in_order() -> None:
    assert stems("De jongeren hingen rond bij de skatebaan") == (
        "de",
        "jonger",
        "hing",
        "rond",
        "bij",
        "de",
        "skatebaan",
    )


def test_clamp_keeps_scores_between_zero_and_one() -> None:
    assert (clamp(1.5), clamp(-0.2), clamp(0.3), clamp(1.0)) == (1.0, 0.0, 0.3, 1.0)


@pytest.mark.parametrize(
    ("text", "tidied"),
    [("Wat nu?.", "Wat nu?"), ("Ja!.", "Ja!"), ("Zo….", "Zo…"), ("Dus....", "Dus..."), ("Dus..", "Dus."),
     ("Dus...", "Dus..."), ("Goed.", "Goed."), ("Gemist: A.", "Gemist: A.")],
)  # fmt: skip
def test_a_sentence_ends_in_one_full_stop_at_most(text: str, tidied: str) -> None:
    assert tidy(text) == tidied


def test_feedback_tidies_its_sentence_when_made() -> None:
    made = Feedback(Verdict.gemist, "Gemist: Wat doe je als het escaleert?.")
    assert made.tekst == "Gemist: Wat doe je als het escaleert?"
    assert vars(made) == {"verdict": Verdict.gemist, "tekst": made.tekst, "toelichting": None, "bron": None}


def test_scores_per_question_and_step_are_rounded_to_four_places_and_the_step_keeps_its_model_answer() -> None:
    library = load_library()
    seen = 0
    for exercise_id in ("casus-1", "steekpartij/oefenvorm-2"):
        exercise = library.exercise(exercise_id)
        answers = model_answers(exercise)
        for step in exercise.steps:
            if step.id not in answers:
                continue
            kinds = {q.id: q.soort.value for q in step.vragen}
            values = {q: "de wijkagent" if kinds.get(q) == "free_text" else v for q, v in answers[step.id].items()}
            result = score_step(exercise, step.id, values)
            reference = exercise.step_reference(step.id)
            assert reference is not None and result.modelantwoord == reference.modelantwoord
            for question in result.questions:
                assert question.score == round(question.score, 4)
                seen += question.score != round(question.score, 3)
    assert seen, "no score with a fourth decimal: the rounding was not tested"


def test_a_free_text_pasted_from_the_scenario_earns_nothing_through_the_engine() -> None:
    library = load_library()
    exercise = library.exercise("casus-1")
    step, question = next((s, q) for s, q in exercise.questions() if q.soort.value == "free_text")
    pasted = str(exercise.scenario.verhaal)  # the story, word for word
    result = score_step(exercise, step.id, {question.id: pasted})
    scored = next(q for q in result.questions if q.question == question.id)
    assert scored.score == 0.0 and any(f.verdict is Verdict.info for f in scored.feedback)


def test_the_same_text_in_two_free_text_fields_of_a_step_counts_once() -> None:
    """Exactly two filled: the rule must not wait for a third."""
    library = load_library()
    for exercise in library.exercises.values():
        for step in exercise.steps:
            texts = [q for q in step.vragen if q.soort.value == "free_text"]
            if len(texts) >= 2 and exercise.step_reference(step.id) is not None:  # two of them filled
                answer = model_answers(exercise)[step.id][texts[0].id]
                result = score_step(exercise, step.id, {texts[0].id: answer, texts[1].id: answer})
                from kit.scoring.texts import TEXTS

                repeated = TEXTS["text_repeated"].split("{")[0]
                notes = [q.question for q in result.questions if any(f.tekst.startswith(repeated) for f in q.feedback)]
                assert len(notes) == 1 and notes[0] in (texts[0].id, texts[1].id)
                assert next(q.score for q in result.questions if q.question == notes[0]) == 0.0
                return
    raise AssertionError("no step with two free-text questions in the library")


def test_classify_feedback_names_the_categories_by_their_labels_and_chance_is_one_in_three() -> None:
    """Casus 2, step 2.1 sorts statements into three categories: a wrong one is told by the category's label,
    and the score is the share right above chance (one in three, not one in two)."""
    exercise = LIBRARY.exercise("casus-2")
    reference = exercise.step_reference("stap-2-1")
    assert reference is not None
    indeling = reference.vragen["beleving-gedrag"].indeling  # type: ignore[union-attr]
    wrong = {"beleving": "gegeven", "gedraging": "gegeven", "gegeven": "beleving"}
    right = len(indeling) // 2
    answer = {v.item: v.categorie if n < right else wrong[v.categorie] for n, v in enumerate(indeling)}
    result = score_step(exercise, "stap-2-1", {"beleving-gedrag": answer})
    question = next(q for q in result.questions if q.question == "beleving-gedrag")
    assert "gegeven over de buurt" in " ".join(f.tekst for f in question.feedback)
    assert len(indeling) >= 4 and right / len(indeling) > 1 / 3
    assert question.score == pytest.approx((right / len(indeling) - 1 / 3) / (2 / 3), abs=1e-4)
