"""All content loaded and cross-checked: methods, templates, scenarios, references and the exercises."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kit.content.exercise import Exercise, active_injects, active_roles, exercise_id
from kit.content.messages import FILE, REFS, SCRIPT
from kit.content.models import AnswerFile, MethodFile, MethodNode, ScenarioFile, Step, TemplateFile, Variant
from kit.content.options import Option, index_nodes, resolve_options
from kit.content.paths import PACKAGE_DIR as PACKAGE_DIR
from kit.content.paths import content_root as content_root
from kit.content.paths import default_paths as default_paths
from kit.content.paths import references_here as references_here
from kit.errors import ContentError, Problem, UnknownExerciseError

if TYPE_CHECKING:  # the YAML loader (and PyYAML) only where content is read, not in a kernel reading the cache
    from kit.content.loader import Loaded


@dataclass
class Library:
    """The validated content; `problems` is empty when everything fits together."""

    methods: dict[str, MethodFile] = field(default_factory=dict)
    nodes: dict[str, MethodNode] = field(default_factory=dict)
    templates: dict[str, TemplateFile] = field(default_factory=dict)
    scenarios: dict[str, ScenarioFile] = field(default_factory=dict)
    references: dict[str, AnswerFile] = field(default_factory=dict)
    exercises: dict[str, Exercise] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # still to fill in; the exercise plays without it

    def exercise(self, exercise_id_: str) -> Exercise:
        try:
            return self.exercises[exercise_id_]
        except KeyError:
            known = ", ".join(sorted(self.exercises))
            raise UnknownExerciseError(f"Onbekende oefening '{exercise_id_}'. Bekend: {known}") from None

    def node_label(self, full_id: str) -> str:
        node = self.nodes.get(full_id)
        return node.label if node else full_id


def build_library(paths: Iterable[Path], need_references: bool = True) -> Library:
    """Load the given files, check every reference between them, and assemble the exercises.

    Without `need_references` an exercise without a reference solution is no problem (a participant's
    kernel under the Hub, where the service scores).
    """
    from kit.content import checks  # only where the content is checked: a kernel reads the cache
    from kit.content.loader import load_file

    library = Library()
    loaded = [load_file(p) for p in dict.fromkeys(p.resolve() for p in paths)]
    owners: dict[tuple[str, str], Loaded] = {}
    for item in loaded:
        library.problems.extend(item.problems)
        if item.model is not None:
            _register(library, item, owners)
            library.problems.extend(checks.check_sources(item, item.model))
            library.problems.extend(checks.check_guidance(item, item.model))
            library.problems.extend(checks.check_synonyms(item, item.model))
    for key, item in owners.items():
        kind = key[0]
        if kind == "methode" and isinstance(item.model, MethodFile):
            library.problems.extend(checks.check_method(item, item.model, library.nodes))
        elif kind == "sjabloon" and isinstance(item.model, TemplateFile):
            library.problems.extend(checks.check_template(item, item.model, library.methods, library.nodes))
        elif kind == "scenario" and isinstance(item.model, ScenarioFile):
            library.problems.extend(checks.check_scenario(item, item.model))
    _build_exercises(library, owners, need_references)
    return library


def _register(library: Library, item: Loaded, owners: dict[tuple[str, str], Loaded]) -> None:
    model = item.model
    if isinstance(model, MethodFile):
        key = ("methode", model.id)
    elif isinstance(model, TemplateFile):
        key = ("sjabloon", model.id)
    elif isinstance(model, ScenarioFile):
        key = ("scenario", model.id)
    elif isinstance(model, AnswerFile):
        key = ("referentie", model.scenario)
    else:
        return
    if key in owners:
        other = owners[key].problem((), "").file
        field_name = "scenario" if key[0] == "referentie" else "id"
        library.problems.append(item.problem((field_name,), FILE["duplicate_file_id"].format(id=key[1], other=other)))
        return
    owners[key] = item
    if isinstance(model, MethodFile):
        library.methods[model.id] = model
        library.nodes.update(index_nodes(model.id, model.onderdelen))
    elif isinstance(model, TemplateFile):
        library.templates[model.id] = model
    elif isinstance(model, ScenarioFile):
        library.scenarios[model.id] = model
    else:
        library.references[model.scenario] = model


def _build_exercises(library: Library, owners: dict[tuple[str, str], Loaded], need_references: bool) -> None:
    from kit.content import checks

    for scenario in library.scenarios.values():
        templates = [t for t in library.templates.values() if t.voor == scenario.type]
        scenario_item = owners[("scenario", scenario.id)]
        if not templates:
            library.problems.append(scenario_item.problem(("type",), REFS["no_template"].format(ref=scenario.type)))
            continue
        reference = library.references.get(scenario.id)
        if reference is None and need_references:
            library.problems.append(scenario_item.problem(("id",), REFS["no_reference"].format(ref=scenario.id)))
        built = [_exercise(library, scenario, t, v, reference) for t in templates for v in t.varianten]
        for exercise in built:
            if exercise.variant.gegeven_beeld and not scenario.situatiebeeld:
                message = REFS["needs_picture"].format(ref=exercise.id)
                library.problems.append(scenario_item.problem(("situatiebeeld",), message))
            if any(step.beleid for step in exercise.steps) and not scenario.beleid:
                message = REFS["needs_policy"].format(ref=exercise.id)
                library.warnings.append(scenario_item.problem(("beleid",), message))
        for exercise in built:
            if exercise.id in library.exercises:
                message = REFS["duplicate_exercise"].format(ref=exercise.id)
                library.problems.append(scenario_item.problem(("type",), message))
            library.exercises[exercise.id] = exercise
        library.problems.extend(_script_problems(scenario_item, scenario, built))
        ref_item = owners.get(("referentie", scenario.id))
        if ref_item is not None:
            library.problems.extend(checks.check_reference(ref_item, built))
            library.warnings.extend(_open_questions(ref_item, reference))
    for scenario_id in library.references:
        if scenario_id not in library.scenarios:
            item = owners[("referentie", scenario_id)]
            library.problems.append(item.problem(("scenario",), REFS["unknown_scenario"].format(ref=scenario_id)))


def _exercise(
    library: Library, scenario: ScenarioFile, template: TemplateFile, variant: Variant, reference: AnswerFile | None
) -> Exercise:
    roles = active_roles(scenario, variant)
    injects = active_injects(scenario, variant, roles)
    by_id = {s.id: _answered(_asked_on(s, scenario.id), reference) for s in template.stappen}
    steps = tuple(by_id[s] for s in variant.stappen if s in by_id)
    options: dict[tuple[str, str], tuple[Option, ...]] = {}
    categories: dict[tuple[str, str], tuple[Option, ...]] = {}
    field_options: dict[tuple[str, str, str], tuple[Option, ...]] = {}
    for step in steps:
        for question in step.vragen:
            if question.opties is not None:
                options[(step.id, question.id)] = resolve_options(
                    question.opties, library.nodes, scenario, roles, injects
                )
            if question.categorieen is not None:
                categories[(step.id, question.id)] = resolve_options(
                    question.categorieen, library.nodes, scenario, roles, injects
                )
            for record_field in question.velden:
                if record_field.opties is not None:
                    field_options[(step.id, question.id, record_field.id)] = resolve_options(
                        record_field.opties, library.nodes, scenario, roles, injects
                    )
    title = scenario.titel if len(template.varianten) == 1 else f"{variant.titel}: {scenario.titel}"
    method = library.methods.get(template.methode)
    return Exercise(
        id=exercise_id(scenario, template, variant),
        title=title,
        scenario=scenario,
        template=template,
        variant=variant,
        steps=steps,
        roles=roles,
        injects=injects,
        options=options,
        categories=categories,
        field_options=field_options,
        reference=reference,
        script=tuple(scenario.draaiboeken.get(variant.id, ())),
        stance=tuple(method.afgeraden) if method else (),
        word_classes={k: tuple(v) for k, v in method.woordklassen.items()} if method else {},
    )


def _asked_on(step: Step, scenario_id: str) -> Step:
    """The step as played on one scenario: questions marked `alleen_bij` other scenarios are left out."""
    asked = [q for q in step.vragen if not q.alleen_bij or scenario_id in q.alleen_bij]
    return step if len(asked) == len(step.vragen) else step.model_copy(update={"vragen": asked})


def _answered(step: Step, reference: AnswerFile | None) -> Step:
    """The step without the questions its reference still lists under `invullen` (a migrated own case):
    the rest of the case plays while the author fills them in."""
    step_ref = reference.stappen.get(step.id) if reference else None
    if step_ref is None or not step_ref.invullen:
        return step
    open_ = set(step_ref.invullen) - set(step_ref.vragen)
    asked = [q for q in step.vragen if q.id not in open_]
    if not asked:
        return step
    return step if len(asked) == len(step.vragen) else step.model_copy(update={"vragen": asked})


def _open_questions(item: Loaded, reference: AnswerFile | None) -> list[Problem]:
    """A warning per question still to fill in, naming the file and the field."""
    if reference is None:
        return []
    return [
        item.problem(("stappen", step_id, "invullen"), REFS["open_question"].format(ref=q_id))
        for step_id, step_ref in reference.stappen.items()
        for q_id in step_ref.invullen
        if q_id not in step_ref.vragen
    ]


def load_library(root: Path | None = None, extra: Iterable[Path] = ()) -> Library:
    """The repository's content (plus `extra` files); raises ContentError listing every problem."""
    library = build_library([*default_paths(root), *extra], need_references=references_here())
    if library.problems:
        raise ContentError(library.problems)
    return library


@lru_cache(maxsize=4)
def cached_library(root: str | None = None) -> Library:
    """One validated library per process: notebooks and the scorer share it instead of re-reading YAML; kernels
    share one pickled copy between them (kit.content.cache), so a kernel start does not re-check all content."""
    from kit.content.cache import cached

    base = Path(root) if root else None
    salt = f"references={references_here()}"
    return cached(default_paths(base), lambda: load_library(base), Library, salt)


def cached_exercises(exercise_id_: str | None = None, variant: str | None = None) -> list[Exercise]:
    """The exercises one page plays (one id, or every playable one of a variant), each page kind from its
    own small cache file: a participant kernel then holds ~0.2 MB of content instead of the whole library
    (5.6 MB; issue 22). Built from `cached_library` when the content changed."""
    from kit.content.cache import cached

    def choose() -> list[Exercise]:  # the library is not kept by this kernel once its exercises are chosen
        return page_exercises(cached_library.__wrapped__(), exercise_id_, variant)

    salt = f"references={references_here()} exercise={exercise_id_} variant={variant}"
    found: list[Exercise] = cached(default_paths(), choose, list, salt)
    return found


def page_exercises(library: Library, exercise_id_: str | None, variant: str | None) -> list[Exercise]:
    """The exercises one page plays: the one named, or every playable one of a variant, by id."""
    from kit.content.drafts import playable

    if exercise_id_ is not None:
        return [library.exercise(exercise_id_)]
    chosen = (e for e in library.exercises.values() if e.variant.id == variant)
    return playable(sorted(chosen, key=lambda e: e.id))


def _script_problems(item: Loaded, scenario: ScenarioFile, built: list[Exercise]) -> list[Problem]:
    """The inject scripts of a scenario, each against the oefenvorm it names."""
    from kit.content.script_checks import script_problems

    by_variant = {e.variant.id: e for e in built}
    problems: list[Problem] = []
    for variant_id, entries in scenario.draaiboeken.items():
        exercise = by_variant.get(variant_id)
        if exercise is None:
            problems.append(item.problem(("draaiboeken", variant_id), SCRIPT["unknown_variant"].format(ref=variant_id)))
            continue
        for found in script_problems(exercise, entries):
            problems.append(item.problem(("draaiboeken", variant_id, found.line, found.field), found.message))
    return problems
