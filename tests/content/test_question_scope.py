"""Questions asked on some scenarios only (`alleen_bij`) and options from the leaves below a named node (`onder`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kit.content.library import Library, build_library, default_paths

GOOD = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "good"


@cache
def repo() -> Library:
    return build_library(default_paths())


def question_ids(exercise_id: str, step_id: str) -> list[str]:
    return [q.id for q in repo().exercise(exercise_id).step(step_id).vragen]


def test_scenario_bound_questions_are_asked_only_there() -> None:
    assert "beleving-gedrag" in question_ids("casus-2", "stap-2-1")
    for other in ("casus-1", "casus-3", "casus-4"):
        assert "beleving-gedrag" not in question_ids(other, "stap-2-1")
        assert "vormen" in question_ids(other, "stap-2-1")
    for angry in ("casus-2", "casus-4"):
        assert {"type-uiting", "type-bron", "type-duur"} <= set(question_ids(angry, "stap-2-6"))
    for calm in ("casus-1", "casus-3"):
        assert not {"type-uiting", "type-bron", "type-duur"} & set(question_ids(calm, "stap-2-6"))
        assert repo().references[calm].stappen["stap-2-6"].vragen.keys() == {"sentimenten", "triggers"}


def test_wanneer_options_are_the_conditions_of_each_richting_grouped_by_richting() -> None:
    exercise = repo().exercise("casus-1")
    options = exercise.options[("stap-3-1", "wanneer")]
    richtingen = exercise.options[("stap-3-1", "richtingen")]
    assert all(".wanneer." in o.id for o in options)
    assert {o.groep for o in options} == {r.label for r in richtingen}
    assert len(options) == 25
    assert "stappenplan.oplossingsrichtingen.or-3.wanneer.claimen-ruimte" in {o.id for o in options}


def test_onder_without_bladeren_is_refused(tmp_path: Path) -> None:
    template = (GOOD / "sjabloon.yaml").read_text(encoding="utf-8")
    fases = "opties: {lijst: oefenmethode.fasen"
    broken = template.replace(fases + "}", fases + ", onder: rust}", 1)
    assert broken != template
    (tmp_path / "sjabloon.yaml").write_text(broken, encoding="utf-8")
    paths = [p for p in sorted(GOOD.glob("*.yaml")) if p.name != "sjabloon.yaml"] + [tmp_path / "sjabloon.yaml"]
    problems = build_library(paths).problems
    assert [(p.path, p.message) for p in problems] == [
        ("stappen/0/vragen/1/opties/onder", "'onder' werkt alleen samen met 'bladeren: true'")
    ]



def test_every_scenario_a_question_is_bound_to_exists() -> None:
    """Not a validate error: a facilitator's own content root may lack these scenarios, and then the
    question is simply never asked. In this repository a wrong id is a typo that hides a question."""
    bound = {sid for t in repo().templates.values() for s in t.stappen for q in s.vragen for sid in q.alleen_bij}
    assert bound and bound <= set(repo().scenarios)
