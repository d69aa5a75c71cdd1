"""Model answers of role questions follow the learner's role (issue 19, item 6): a learner playing the
jongerenwerker is not shown the wijkagent's 'Als wijkagent heb ik zelf gezien ...'."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.content.library import Library, build_library, load_library
from kit.reports.personal import personal_report_html
from kit.scoring.engine import score_step
from kit.scoring.model_answers import model_answers
from kit.scoring.result import model_for_role
from kit.ui.feedback import feedback_html

LIBRARY: Library = load_library()
SAMOS = sorted(e for e in LIBRARY.exercises if LIBRARY.exercise(e).roles)


def role_questions(exercise_id: str) -> list[tuple[str, str, dict[str, object]]]:
    """The free-text questions of the steps a learner answers alone, in a role, as scored results."""
    exercise = LIBRARY.exercise(exercise_id)
    found = []
    answers = model_answers(exercise)
    for step in exercise.steps:
        if step.gedeeld or step.id not in answers:
            continue
        result = score_step(exercise, step.id, answers[step.id]).to_dict()
        found += [(step.id, q["question"], q) for q in result["questions"] if q["kind"] == "free_text"]
    return found


WITH_ROLE_QUESTIONS = [e for e in SAMOS if role_questions(e)]


def test_each_samos_scenario_asks_a_role_question() -> None:
    assert {e.split("/")[0] for e in WITH_ROLE_QUESTIONS} == {"azc", "internationaal-conflict", "steekpartij"}


@pytest.mark.parametrize("exercise_id", WITH_ROLE_QUESTIONS)
def test_every_role_is_shown_a_model_answer_of_its_own(exercise_id: str) -> None:
    roles = [r.id for r in LIBRARY.exercise(exercise_id).roles if r.soort != "extern"]
    questions = role_questions(exercise_id)
    for step_id, question_id, question in questions:
        shown = {role: model_for_role(question, role) for role in roles}
        assert len(set(shown.values())) == len(roles), (step_id, question_id)


def test_the_azc_jongerenwerker_is_not_shown_the_wijkagents_answer() -> None:
    [(_, _, question)] = role_questions("azc/oefenvorm-1")
    step = {"step": "vooraf", "title": "Vooraf", "score": 0.5, "questions": [question]}
    result = {"exercise": "azc/oefenvorm-1", "total": 0.5, "steps": [step]}
    as_youth_worker = feedback_html(result, role="jongerenwerker")
    assert "Als jongerenwerker zag ik" in as_youth_worker
    assert "Als wijkagent heb ik zelf gezien" not in as_youth_worker
    assert "Als wijkagent heb ik zelf gezien" in feedback_html(result, role="wijkagent")
    assert "Als wijkagent heb ik zelf gezien" in feedback_html(result)  # no role: the reference's own


def test_model_for_role_falls_back_to_the_model_answer() -> None:
    question = {"modelantwoord": "algemeen", "modelantwoord_per_rol": {"a": "van a"}}
    assert model_for_role(question, "a") == "van a"
    assert model_for_role(question, "b") == "algemeen"
    assert model_for_role(question, None) == "algemeen"
    assert model_for_role({"modelantwoord": None}, "a") is None


def test_validate_refuses_a_model_answer_for_a_role_the_scenario_does_not_have(tmp_path: Path) -> None:
    good = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "good"
    paths = []
    for path in sorted(good.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        paths.append(tmp_path / path.name)
        paths[-1].write_text(text, encoding="utf-8")
    reference = tmp_path / "referentie.yaml"
    text = reference.read_text(encoding="utf-8")
    marker = "        soort: begrippen\n"
    assert marker in text
    added = "        modelantwoord_per_rol: {tovenaar: 'Als tovenaar.'}\n"
    reference.write_text(text.replace(marker, marker + added, 1))
    problems = build_library(paths).problems
    assert any("'tovenaar' is geen rol van dit scenario" in p.message for p in problems), problems


def test_the_personal_report_shows_the_roles_own_model_answer() -> None:
    exercise = LIBRARY.exercise("azc/oefenvorm-1")
    answers = model_answers(exercise)
    answers["vooraf"]["eigen-signalen"] = "Ik zag stickers op de skatebaan."
    result = score_step(exercise, "vooraf", answers["vooraf"])
    as_dict = {"exercise": exercise.id, "total": result.score, "steps": [result.to_dict()]}
    page = personal_report_html(exercise, "Sanne", answers, as_dict, role="jongerenwerker")
    assert "Als jongerenwerker zag ik" in page
    assert "Als wijkagent heb ik zelf gezien" not in page
    assert "Als wijkagent heb ik zelf gezien" in personal_report_html(exercise, "Sanne", answers, as_dict)
