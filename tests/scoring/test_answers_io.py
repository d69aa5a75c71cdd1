"""The answer format's new parts: ranking duplicates, the explicit 'geen', 'anders, namelijk' texts."""

from __future__ import annotations

from typing import Any

import pytest

from kit.answers_io import check_answers, is_answered, open_key
from kit.content.library import Library, load_library
from kit.errors import AnswerError
from kit.scoring.engine import score_step

LIBRARY: Library = load_library()
CASUS = LIBRARY.exercise("casus-3")
OR = "stappenplan.oplossingsrichtingen."


def test_a_ranking_refuses_an_option_placed_twice() -> None:
    with pytest.raises(AnswerError, match=r"Stap 'stap-3-1', vraag 'prioriteit': '.*or-1' staat twee keer"):
        check_answers(CASUS, {"stap-3-1": {"prioriteit": [OR + "or-1", OR + "or-2", OR + "or-1"]}})


def test_geen_is_an_answer_of_its_own_and_stands_alone() -> None:
    checked = check_answers(CASUS, {"stap-2-6": {"triggers": ["geen"]}})
    assert checked["stap-2-6"]["triggers"] == ["geen"]
    question = next(q for q in CASUS.step("stap-2-6").vragen if q.id == "triggers")
    assert is_answered(question, ["geen"]) and not is_answered(question, [])
    with pytest.raises(AnswerError, match="'geen van deze' gaat niet samen met andere keuzes"):
        check_answers(CASUS, {"stap-2-6": {"triggers": ["geen", "stappenplan.triggers.nepnieuws"]}})
    result = score_step(CASUS, "stap-2-6", {"triggers": ["geen"]})
    triggers = next(q for q in result.questions if q.question == "triggers")
    assert triggers.score == 0.0
    assert triggers.feedback[0].tekst.startswith("Past niet bij deze casus: geen van deze (Geen duidelijke trigger")


def test_anders_namelijk_texts_are_kept_checked_and_scored() -> None:
    values = {"oorzaken": ["stappenplan.oorzaken.anders"], open_key("oorzaken"): {"stappenplan.oorzaken.anders": "x"}}
    checked = check_answers(CASUS, {"stap-2-5": values})
    assert checked["stap-2-5"][open_key("oorzaken")] == {"stappenplan.oorzaken.anders": "x"}
    with pytest.raises(AnswerError, match="per 'anders, namelijk'-keuze een tekst"):
        check_answers(CASUS, {"stap-2-5": {open_key("oorzaken"): {"stappenplan.oorzaken.a": "geen open optie"}}})
    with pytest.raises(AnswerError, match=r"vraag 'fase\.namelijk' bestaat niet"):
        check_answers(CASUS, {"stap-2-2": {open_key("fase"): {}}})
    empty = score_step(CASUS, "stap-2-5", {"oorzaken": ["stappenplan.oorzaken.anders"]})
    written = score_step(
        CASUS,
        "stap-2-5",
        {
            "oorzaken": ["stappenplan.oorzaken.anders"],
            open_key("oorzaken"): {"stappenplan.oorzaken.anders": "speelplekken"},
        },
    )
    assert empty.questions[0].score == 0.0 < written.questions[0].score
    assert "en noemt: 'speelplekken'" in " ".join(f.tekst for f in written.questions[0].feedback)


def test_the_model_answer_writes_the_text_of_a_chosen_anders_option() -> None:
    from kit.scoring.model_answers import model_answers

    answers = model_answers(CASUS)
    assert "stappenplan.oorzaken.anders" in answers["stap-2-5"]["oorzaken"]
    reference = CASUS.step_reference("stap-2-5")
    assert reference is not None
    verdict = next(v for v in reference.vragen["oorzaken"].opties if v.id == "stappenplan.oorzaken.anders")  # type: ignore[union-attr]
    assert answers["stap-2-5"][open_key("oorzaken")] == {"stappenplan.oorzaken.anders": verdict.toelichting}
    assert open_key("triggers") not in answers["stap-2-6"]  # no open option there


def test_an_answer_saved_under_a_renamed_option_id_still_loads() -> None:
    """The onderbreking option 'geen' collided with 'geen van deze' and became 'doorgaan' (issue 19,
    item 12); answers saved before that read as the new id."""
    exercise = LIBRARY.exercise("steekpartij/oefenvorm-2")
    step = next(s.id for s, q in exercise.questions() if q.id == "onderbreking")
    checked = check_answers(exercise, {step: {"onderbreking": "geen"}})
    assert checked[step]["onderbreking"] == "doorgaan"
    assert check_answers(exercise, {step: {"onderbreking": "doorgaan"}})[step]["onderbreking"] == "doorgaan"
    with pytest.raises(AnswerError):
        check_answers(exercise, {step: {"onderbreking": "misschien"}})


def test_records_rows_are_capped_and_control_characters_removed() -> None:
    """Issue 18.11 and 18.12: an answers file or a crafted client can send any number of rows and any characters."""
    from kit.answers_io import MAX_ROWS

    casus = LIBRARY.exercise("casus-1")
    rows = [{"actor": "", "invloed": "", "waarom": f"rij {n}"} for n in range(MAX_ROWS + 1)]
    with pytest.raises(AnswerError, match=rf"Stap 'stap-2-3', vraag 'actoren': 31 regels; hoogstens {MAX_ROWS} regels"):
        check_answers(casus, {"stap-2-3": {"actoren": rows}})
    checked = check_answers(casus, {"stap-2-3": {"actoren": rows[:MAX_ROWS]}})
    assert len(checked["stap-2-3"]["actoren"]) == MAX_ROWS
    dirty = {"stap-1": {"toelichting": "wijk\x00agent\u202e\x1b"}, "stap-2-3": {"actoren": [{"waarom": "a\x07b"}]}}
    checked = check_answers(casus, dirty)
    assert checked["stap-1"]["toelichting"] == "wijkagent"
    assert checked["stap-2-3"]["actoren"] == [{"waarom": "ab"}]


SAMOS = LIBRARY.exercise("steekpartij/oefenvorm-2")
MOVED = "onderbreking"  # the SAMOS template moved it from beeldvorming to a later step (vroeger_in)


def _moved_step() -> tuple[str, str]:
    step, question = next((s, q) for s, q in SAMOS.questions() if q.id == MOVED)
    assert question.vroeger_in == ["beeldvorming"] and step.id != "beeldvorming"
    return step.id, "beeldvorming"


def test_an_answer_saved_where_a_question_used_to_be_is_read_where_it_is_now() -> None:
    """Nothing saved is lost when a question moves; the old step is dropped once emptied; the input is kept."""
    from kit.answers_io import relocate

    now, before = _moved_step()
    given = {before: {MOVED: "kort"}}
    moved = relocate(SAMOS, given)
    assert moved == {now: {MOVED: "kort"}} and given == {before: {MOVED: "kort"}}
    assert check_answers(SAMOS, given)[now][MOVED] == "kort"
    other = next(q.id for s, q in SAMOS.questions() if s.id == before and q.id != MOVED)
    kept = {before: {MOVED: "kort", other: "iets"}, now: {MOVED: "lang"}}
    assert relocate(SAMOS, kept) == {before: {other: "iets"}, now: {MOVED: "lang"}}, "the answer at the new step wins"
    assert kept == {before: {MOVED: "kort", other: "iets"}, now: {MOVED: "lang"}}, "the caller's dicts are not changed"


def test_relocating_leaves_what_is_not_an_answer_object_for_the_check_to_refuse() -> None:
    from kit.answers_io import relocate

    now, before = _moved_step()
    not_a_step_object = {before: {MOVED: "kort"}, now: "tekst"}
    assert relocate(SAMOS, not_a_step_object) == not_a_step_object  # nowhere to put it: left as it was
    a_list_elsewhere = {before: {MOVED: "kort"}, "elders": ["a"]}
    assert relocate(SAMOS, a_list_elsewhere) == {now: {MOVED: "kort"}, "elders": ["a"]}
    for odd in (not_a_step_object, a_list_elsewhere):
        with pytest.raises(AnswerError):
            check_answers(SAMOS, odd)


def test_a_question_that_moved_twice_is_found_at_either_earlier_step() -> None:
    """`vroeger_in` may name several steps; an empty first one does not stop the search."""
    from dataclasses import replace

    from kit.answers_io import relocate

    now, before = _moved_step()
    first = next(s.id for s in SAMOS.steps if s.id not in (now, before))

    def moved_twice(question: Any) -> Any:
        return question.model_copy(update={"vroeger_in": [first, before]}) if question.id == MOVED else question

    steps = tuple(s.model_copy(update={"vragen": [moved_twice(q) for q in s.vragen]}) for s in SAMOS.steps)
    twice = replace(SAMOS, steps=steps)
    assert relocate(twice, {before: {MOVED: "kort"}}) == {now: {MOVED: "kort"}}


def test_a_list_saved_under_earlier_option_ids_reads_as_the_current_ids() -> None:
    from kit.answers_io import _renamed

    renames = {"geen": "doorgaan"}
    assert _renamed(["geen", "kort", 3, {"a": 1}], renames) == ["doorgaan", "kort", 3, {"a": 1}]
    assert _renamed("geen", renames) == "doorgaan" and _renamed({"geen": 1}, renames) == {"geen": 1}
    assert _renamed(["geen"], {}) == ["geen"]


def test_a_classify_question_without_categories_refuses_every_category_in_dutch() -> None:
    """Content is validated, but the check does not rely on it: no categories means no valid category."""
    from dataclasses import replace

    exercise, step, question = next(
        (e, s, q) for e in LIBRARY.exercises.values() for s, q in e.questions() if q.soort.value == "classify"
    )
    statement = next(o.id for o in exercise.options[(step.id, question.id)])
    category = next(o.id for o in exercise.categories[(step.id, question.id)])
    assert check_answers(exercise, {step.id: {question.id: {statement: category}}})[step.id][question.id]
    bare = replace(exercise, categories={k: v for k, v in exercise.categories.items() if k != (step.id, question.id)})
    with pytest.raises(AnswerError, match=question.id):
        check_answers(bare, {step.id: {question.id: {statement: category}}})
