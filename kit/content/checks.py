"""Cross-reference checks between content files: every id that is used must exist, once."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from pydantic import BaseModel

from kit.content.exercise import Exercise
from kit.content.loader import Loaded
from kit.content.messages import REFS
from kit.content.models import (
    ChoiceReference,
    ClassifyReference,
    Concept,
    Kind,
    MethodFile,
    MethodNode,
    OptionSource,
    Question,
    RangeReference,
    RankingReference,
    ScenarioFile,
    Source,
    Status,
    TemplateFile,
    TextReference,
)
from kit.content.options import NONE_ID
from kit.content.yamlsource import Path_
from kit.errors import Problem
from kit.kinds import KINDS
from kit.plural import REGEL, count
from kit.scoring.stems import meaningful_words

GUIDE_LINES = {"000": 4880, "001": 4757}
"""Lines in the text versions of the guides (shared/seeds/000_*.txt and 001_*.txt) that `regels` cites."""

NOT_GUIDANCE: dict[str, tuple[tuple[int, int, str], ...]] = {
    "000": ((1347, 1356, "de vragen van stap 4.1"), (3836, 3859, "de vragen van stap 4.1")),
    "001": (
        (3947, 3948, "een kop"),
        (4061, 4061, "een kop"),
        (4121, 4122, "een kop"),
        (4248, 4248, "een kop"),
    ),
}
"""Stretches of the guides that hold only a question list or a heading: a citation resting on them alone
says where a question is asked, not what answers it (review round 3)."""

INTERPRETATION = re.compile(
    r"\binterpreta|\bafgeleid|\bafleiding|niet letterlijk|\bcasus (?:zegt|noemt) (?:dat|dit|die|het|ze)? ?niet\b"
    r"|\bcasus (?:zegt|noemt|beschrijft) (?:geen|niets)\b|\bde vraag is of\b",
    re.IGNORECASE,
)
"""Words by which a reason says its option is inferred rather than stated in the casus."""


def duplicates(ids: Iterable[str]) -> list[int]:
    """Positions of ids that already occurred earlier in the sequence."""
    seen: set[str] = set()
    found = []
    for index, item in enumerate(ids):
        if item in seen:
            found.append(index)
        seen.add(item)
    return found


def check_method(loaded: Loaded, method: MethodFile, nodes: Mapping[str, MethodNode]) -> list[Problem]:
    problems: list[Problem] = []

    def walk(children: list[MethodNode], where: Path_) -> None:
        for index in duplicates(c.id for c in children):
            problems.append(loaded.problem((*where, index, "id"), REFS["duplicate_id"].format(id=children[index].id)))
        for index, child in enumerate(children):
            if child.id == NONE_ID:
                problems.append(loaded.problem((*where, index, "id"), REFS["reserved_id"].format(id=NONE_ID)))
            for r_index, ref in enumerate(child.verwijst):
                if ref not in nodes:
                    problems.append(
                        loaded.problem((*where, index, "verwijst", r_index), REFS["unknown_node"].format(ref=ref))
                    )
            walk(child.onderdelen, (*where, index, "onderdelen"))

    walk(method.onderdelen, ("onderdelen",))
    return problems + _stance_problems(loaded, method)


WORD_CLASS = re.compile(r"\{([^{}]*)\}")


def _stance_problems(loaded: Loaded, method: MethodFile) -> list[Problem]:
    """Every advised-against pattern of a method cites the guide's lines and uses only its word classes."""
    problems: list[Problem] = []
    for index, pattern in enumerate(method.afgeraden):
        if not pattern.bron.regels:
            problems.append(loaded.problem(("afgeraden", index, "bron"), REFS["stance_without_lines"]))
        for p_index, phrase in enumerate(pattern.patronen):
            for name in WORD_CLASS.findall(phrase):
                if name not in method.woordklassen:
                    where = ("afgeraden", index, "patronen", p_index)
                    problems.append(loaded.problem(where, REFS["unknown_word_class"].format(name=name)))
    return problems


def check_template(
    loaded: Loaded, template: TemplateFile, methods: Mapping[str, MethodFile], nodes: Mapping[str, MethodNode]
) -> list[Problem]:
    problems: list[Problem] = []
    if template.methode not in methods:
        problems.append(loaded.problem(("methode",), REFS["unknown_method"].format(ref=template.methode)))
    for index in duplicates(s.id for s in template.stappen):
        problems.append(
            loaded.problem(("stappen", index, "id"), REFS["duplicate_id"].format(id=template.stappen[index].id))
        )
    for index in duplicates(v.id for v in template.varianten):
        problems.append(
            loaded.problem(("varianten", index, "id"), REFS["duplicate_id"].format(id=template.varianten[index].id))
        )
    step_ids = {s.id for s in template.stappen}
    for v_index, variant in enumerate(template.varianten):
        for s_index, step_id in enumerate(variant.stappen):
            if step_id not in step_ids:
                problems.append(
                    loaded.problem(("varianten", v_index, "stappen", s_index), REFS["unknown_step"].format(ref=step_id))
                )
    for s_index, step in enumerate(template.stappen):
        for q_index in duplicates(q.id for q in step.vragen):
            problems.append(
                loaded.problem(
                    ("stappen", s_index, "vragen", q_index, "id"),
                    REFS["duplicate_id"].format(id=step.vragen[q_index].id),
                )
            )
        for q_index, question in enumerate(step.vragen):
            problems.extend(_check_question(loaded, ("stappen", s_index, "vragen", q_index), question, nodes))
            if question.uit is not None and question.uit not in {q.id for q in step.vragen if q is not question}:
                problems.append(
                    loaded.problem(
                        ("stappen", s_index, "vragen", q_index, "uit"), REFS["unknown_uit"].format(ref=question.uit)
                    )
                )
    return problems


def _check_question(loaded: Loaded, where: Path_, question: Question, nodes: Mapping[str, MethodNode]) -> list[Problem]:
    problems: list[Problem] = []
    spec = KINDS[question.soort]
    if spec.needs_options and question.opties is None:
        problems.append(loaded.problem(where, REFS["needs_options"].format(kind=question.soort.value)))
    if question.soort is Kind.classify and question.categorieen is None:
        problems.append(loaded.problem(where, REFS["needs_categories"]))
    if question.soort is Kind.records and not question.velden:
        problems.append(loaded.problem(where, REFS["needs_fields"]))
    sources: list[tuple[Path_, OptionSource]] = []
    if question.opties is not None:
        sources.append(((*where, "opties"), question.opties))
    if question.categorieen is not None:
        sources.append(((*where, "categorieen"), question.categorieen))
    sources += [((*where, "velden", i, "opties"), f.opties) for i, f in enumerate(question.velden) if f.opties]
    for source_where, source in sources:
        given = [source.lijst is not None, source.scenario is not None, bool(source.items)]
        if sum(given) != 1:
            problems.append(loaded.problem(source_where, REFS["bad_source"]))
        elif source.lijst is not None and source.lijst not in nodes:
            problems.append(loaded.problem((*source_where, "lijst"), REFS["unknown_node"].format(ref=source.lijst)))
        elif source.lijst is not None and not nodes[source.lijst].onderdelen:
            problems.append(loaded.problem((*source_where, "lijst"), REFS["no_children"].format(ref=source.lijst)))
        elif source.onder is not None and not source.bladeren:
            problems.append(loaded.problem((*source_where, "onder"), REFS["under_needs_leaves"]))
        problems.extend(
            loaded.problem((*source_where, "items", index, "id"), REFS["reserved_id"].format(id=NONE_ID))
            for index, item in enumerate(source.items)
            if item.id == NONE_ID
        )
    return problems


def check_scenario(loaded: Loaded, scenario: ScenarioFile) -> list[Problem]:
    problems: list[Problem] = []
    for key in ("signalen", "rollen", "injects", "uitspraken"):
        items = getattr(scenario, key)
        for index in duplicates(item.id for item in items):
            problems.append(loaded.problem((key, index, "id"), REFS["duplicate_id"].format(id=items[index].id)))
    if scenario.type == "samos" and (not scenario.rollen or not scenario.injects):
        problems.append(loaded.problem(("type",), REFS["samos_needs"]))
    role_ids = {r.id for r in scenario.rollen}
    for i_index, inject in enumerate(scenario.injects):
        for r_index, role in enumerate(inject.ontvangers):
            if role not in role_ids:
                problems.append(
                    loaded.problem(("injects", i_index, "ontvangers", r_index), REFS["unknown_role"].format(ref=role))
                )
    return problems


def check_reference(loaded: Loaded, exercises: list[Exercise]) -> list[Problem]:
    """The reference of one scenario against every exercise played on it."""
    problems: list[Problem] = []
    if not exercises or exercises[0].reference is None:
        return problems
    reference = exercises[0].reference
    asked: dict[str, Exercise] = {}
    for exercise in exercises:
        for step in exercise.steps:
            asked.setdefault(step.id, exercise)
            if step.id not in reference.stappen:
                problems.append(
                    loaded.problem(("stappen",), REFS["missing_ref_step"].format(ref=step.id, exercise=exercise.id))
                )
    for step_id, step_ref in reference.stappen.items():
        if step_id not in asked:
            problems.append(loaded.problem(("stappen", step_id), REFS["unknown_ref_step"].format(ref=step_id)))
            continue
        step = asked[step_id].step(step_id)
        by_id = {q.id: q for q in step.vragen}
        for question in step.vragen:
            if question.id not in step_ref.vragen and question.id not in step_ref.invullen:
                problems.append(
                    loaded.problem(("stappen", step_id, "vragen"), REFS["missing_ref_question"].format(ref=question.id))
                )
        for q_id, q_ref in step_ref.vragen.items():
            where: Path_ = ("stappen", step_id, "vragen", q_id)
            question_or_none = by_id.get(q_id)
            if question_or_none is None:
                problems.append(loaded.problem(where, REFS["unknown_ref_question"].format(ref=q_id)))
                continue
            expected = KINDS[question_or_none.soort].reference
            if q_ref.soort != expected:
                problems.append(
                    loaded.problem(
                        (*where, "soort"),
                        REFS["wrong_ref_kind"].format(
                            kind=question_or_none.soort.value, expected=expected, found=q_ref.soort
                        ),
                    )
                )
                continue
            playing = [e for e in exercises if any(s.id == step_id for s in e.steps)]
            options = {o.id for e in playing for o in e.options.get((step_id, q_id), ())}
            categories = {o.id for e in playing for o in e.categories.get((step_id, q_id), ())}
            problems.extend(_check_ids(loaded, where, options, categories, q_ref))
            problems.extend(check_choice_limits(loaded, where, question_or_none, q_ref))
            problems.extend(_check_concept_roles(loaded, where, {r.id for r in exercises[0].scenario.rollen}, q_ref))
    return _unique(problems)


def _check_concept_roles(loaded: Loaded, where: Path_, roles: set[str], q_ref: object) -> list[Problem]:
    """A concept expected only with some roles must name roles of the scenario."""
    if not isinstance(q_ref, TextReference):
        return []
    per_role = [
        loaded.problem((*where, "modelantwoord_per_rol", role), REFS["unknown_model_role"].format(ref=role))
        for role in q_ref.modelantwoord_per_rol
        if role not in roles
    ]
    return per_role + [
        loaded.problem((*where, "begrippen", i, "alleen_met", j), REFS["unknown_concept_role"].format(ref=role))
        for i, concept in enumerate(q_ref.begrippen)
        for j, role in enumerate(concept.alleen_met)
        if role not in roles
    ]


def _check_ids(loaded: Loaded, where: Path_, options: set[str], categories: set[str], q_ref: object) -> list[Problem]:
    """Every id a reference names must be an option in at least one exercise that asks the question."""
    refs: list[tuple[Path_, str]] = []
    if isinstance(q_ref, ChoiceReference):
        refs = [((*where, "opties", i, "id"), v.id) for i, v in enumerate(q_ref.opties)]
    elif isinstance(q_ref, RangeReference):
        refs = [((*where, "accepteer", i), r) for i, r in enumerate(q_ref.accepteer)] + [
            ((*where, "beste"), q_ref.beste)
        ]
    elif isinstance(q_ref, RankingReference):
        refs = [((*where, "volgorde", i), r) for i, r in enumerate(q_ref.volgorde)]
    elif isinstance(q_ref, ClassifyReference):
        problems = [
            loaded.problem((*where, "indeling", i, "categorie"), REFS["unknown_option"].format(ref=v.categorie))
            for i, v in enumerate(q_ref.indeling)
            if v.categorie not in categories
        ]
        refs = [((*where, "indeling", i, "item"), v.item) for i, v in enumerate(q_ref.indeling)]
        return problems + [loaded.problem(p, REFS["unknown_option"].format(ref=r)) for p, r in refs if r not in options]
    problems = [loaded.problem(p, REFS["unknown_option"].format(ref=r)) for p, r in refs if r not in options]
    if isinstance(q_ref, RangeReference) and q_ref.beste not in q_ref.accepteer:
        problems.append(loaded.problem((*where, "beste"), REFS["best_not_accepted"]))
    return problems


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def check_sources(loaded: Loaded, model: BaseModel) -> list[Problem]:
    """Every `regels` range must lie within its guide, so a citation always points at text."""
    problems: list[Problem] = []
    for where, source in _sources(model, ()):
        for part in (source.regels or "").split(";"):
            guide, _, lines = part.strip().partition(":")
            length = GUIDE_LINES.get(guide)
            numbers = [int(n) for n in lines.split("-") if n.isdigit()]
            if length is not None and numbers and max(numbers) > length:
                message = REFS["line_out_of_range"].format(line=max(numbers), guide=guide, length=count(length, REGEL))
                problems.append(loaded.problem((*where, "regels"), message))
    return problems


def check_guidance(loaded: Loaded, model: BaseModel) -> list[Problem]:
    """A citation must reach guidance: one that cites only a question list or a bare heading is refused.

    A method item that *is* one of the guide's questions (its label ends in '?') rightly cites that question.
    """
    questions = {where for where, node in _question_nodes(model, ())}
    problems: list[Problem] = []
    for where, source in _sources(model, ()):
        if where[:-1] in questions:
            continue
        parts = [p.strip() for p in (source.regels or "").split(";") if p.strip()]
        inside = [_not_guidance(part) for part in parts]
        if parts and all(inside):
            what = inside[0]
            problems.append(
                loaded.problem((*where, "regels"), REFS["cites_no_guidance"].format(regels=source.regels, what=what))
            )
    return problems


def _question_nodes(value: object, where: Path_) -> Iterator[tuple[Path_, MethodNode]]:
    if isinstance(value, MethodNode) and value.label.rstrip().endswith("?"):
        yield where, value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _question_nodes(getattr(value, name), (*where, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _question_nodes(item, (*where, index))


def _not_guidance(part: str) -> str | None:
    """What the cited stretch holds when it lies wholly inside a question list or heading, else None."""
    guide, _, lines = part.partition(":")
    numbers = [int(n) for n in lines.split("-") if n.isdigit()]
    if not numbers:
        return None
    first, last = min(numbers), max(numbers)
    return next((what for start, end, what in NOT_GUIDANCE.get(guide, ()) if start <= first and last <= end), None)


def check_synonyms(loaded: Loaded, model: BaseModel) -> list[Problem]:
    """Every synonym of a concept needs a word of meaning: 'vragen de' or 'op de hoogte' matches almost any
    text, so it would hand out the concept for nothing."""
    problems: list[Problem] = []
    for where, concept in _concepts(model, ()):
        for index, synonym in enumerate(concept.synoniemen):
            if not meaningful_words(synonym):
                message = REFS["meaningless_synonym"].format(text=synonym, example=concept.label)
                problems.append(loaded.problem((*where, "synoniemen", index), message))
    return problems


def _concepts(value: object, where: Path_) -> Iterator[tuple[Path_, Concept]]:
    if isinstance(value, Concept):
        yield where, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _concepts(getattr(value, name), (*where, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _concepts(item, (*where, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _concepts(item, (*where, key))


def _sources(value: object, where: Path_) -> Iterator[tuple[Path_, Source]]:
    if isinstance(value, Source):
        yield where, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _sources(getattr(value, name), (*where, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _sources(item, (*where, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _sources(item, (*where, key))


def check_choice_limits(loaded: Loaded, where: Path_, question: Question, q_ref: object) -> list[Problem]:
    """A `kern` option must be grounded in the casus, not inferred.

    More `kern` than `max_keuzes` is allowed: the heaviest `max_keuzes` of them make a full answer
    (kit/scoring/choice.py), so equally fitting alternatives can all be `kern`.
    """
    if not isinstance(q_ref, ChoiceReference):
        return []
    problems: list[Problem] = []
    for index, verdict in enumerate(q_ref.opties):
        # 'geen van deze' is grounded by what the casus does not say, so its reason may say so
        if verdict.status is Status.kern and verdict.id != NONE_ID and INTERPRETATION.search(verdict.toelichting):
            message = REFS["kern_interpretation"].format(ref=verdict.id)
            problems.append(loaded.problem((*where, "opties", index, "status"), message))
    return problems
