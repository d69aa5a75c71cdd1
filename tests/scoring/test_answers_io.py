"""The answer format's new parts: ranking duplicates, the explicit 'geen', 'anders, namelijk' texts."""

from __future__ import annotations

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
