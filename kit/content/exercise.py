"""An exercise: one scenario played with one template variant, with every option resolved."""

from __future__ import annotations

from dataclasses import dataclass, field

from kit.content.models import (
    AnswerFile,
    Inject,
    Question,
    Role,
    ScenarioFile,
    ScriptEntry,
    StancePattern,
    Step,
    StepReference,
    TemplateFile,
    Variant,
)
from kit.content.options import Option

QuestionKey = tuple[str, str]  # (step id, question id)


@dataclass(frozen=True)
class Exercise:
    """Everything the UI and the scorer need; the reference stays here until it may be shown."""

    id: str
    title: str
    scenario: ScenarioFile
    template: TemplateFile
    variant: Variant
    steps: tuple[Step, ...]
    roles: tuple[Role, ...]
    injects: tuple[Inject, ...]
    options: dict[QuestionKey, tuple[Option, ...]] = field(default_factory=dict)
    categories: dict[QuestionKey, tuple[Option, ...]] = field(default_factory=dict)
    field_options: dict[tuple[str, str, str], tuple[Option, ...]] = field(default_factory=dict)
    reference: AnswerFile | None = None
    script: tuple[ScriptEntry, ...] = ()
    stance: tuple[StancePattern, ...] = ()  # what the method advises against in every case
    word_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the words its patterns expand

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def questions(self) -> list[tuple[Step, Question]]:
        return [(step, question) for step in self.steps for question in step.vragen]

    def step_reference(self, step_id: str) -> StepReference | None:
        if self.reference is None:
            return None
        return self.reference.stappen.get(step_id)

    def injects_for(self, role_id: str | None, round_: int, shared: bool) -> tuple[Inject, ...]:
        """Injects visible at a step: up to its round; one role's own unless the team has pooled."""
        visible = [i for i in self.injects if i.ronde <= round_]
        if shared or role_id is None:
            return tuple(visible)
        return tuple(i for i in visible if role_id in i.ontvangers)


def exercise_id(scenario: ScenarioFile, template: TemplateFile, variant: Variant) -> str:
    """A template with one variant plays under the scenario's own id; otherwise scenario/variant."""
    if len(template.varianten) == 1:
        return scenario.id
    return f"{scenario.id}/{variant.id}"


def active_roles(scenario: ScenarioFile, variant: Variant) -> tuple[Role, ...]:
    core = [r for r in scenario.rollen if r.soort == "kernteam"]
    external = [r for r in scenario.rollen if r.soort == "extern"]
    if variant.rollen == "kernteam":
        return tuple(core)
    if variant.rollen == "kernteam-en-een-externe":
        return tuple(core + external[:1])
    return tuple(core + external)


def active_injects(scenario: ScenarioFile, variant: Variant, roles: tuple[Role, ...]) -> tuple[Inject, ...]:
    """Injects of this variant that reach at least one active role, in the scenario's order."""
    role_ids = {r.id for r in roles}
    return tuple(
        i
        for i in scenario.injects
        if (not i.alleen_bij or variant.id in i.alleen_bij) and (not scenario.rollen or role_ids & set(i.ontvangers))
    )
