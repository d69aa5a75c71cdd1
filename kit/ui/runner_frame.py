"""The runner's widgets that are the same for every participant, built before anyone signs in.

A warm kernel (Voila's pool, `kit serve --deelnemers N`) runs the notebook before its page is asked for;
there the sign-in form also builds this frame, not shown: navigation, progress, the scenario, and the first
step's questions with their options in the written order. The runner of whoever signs in takes it (once),
puts the options in that participant's order, fills in their answers and wires the handlers, so a sign-in
costs the participant's own rows and answers rather than some 150 new widgets. A runner that cannot use a
part (another exercise, a step that is not the first, a kind that cannot reorder) builds that part anew.
"""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from kit.content.exercise import Exercise
from kit.content.models import Question, Step
from kit.content.options import Option
from kit.kinds import KINDS
from kit.ui.layouts import auto_width
from kit.ui.live_region import live_region
from kit.ui.renderers import Ranking, Renderer
from kit.ui.texts import UI
from kit.ui.views import question_heading_html, scenario_html

OptionOrder = Callable[[Step, Question], tuple[Option, ...]]


def renderer_class(kind: Any) -> type[Renderer]:
    module, name = KINDS[kind].renderer.split(":")
    cls: type[Renderer] = getattr(importlib.import_module(module), name)
    return cls


def written_order(exercise: Exercise) -> OptionOrder:
    return lambda step, question: exercise.options.get((step.id, question.id), ())


@dataclass
class BuiltStep:
    """A step's question widgets: renderers by question id, the box that holds them, the inject view."""

    renderers: dict[str, Renderer]
    box: w.VBox
    inject_view: w.HTML | None

    def reorder(self, orders: dict[str, tuple[Option, ...]]) -> bool:
        """Put every question's options in the given order; False if one cannot (then build the step anew)."""
        return all(self.renderers[question_id].reorder(order) for question_id, order in orders.items())


def build_step(exercise: Exercise, step: Step, order: OptionOrder) -> BuiltStep:
    """The widgets of one step, empty: no answers, no handlers of a runner yet."""
    children: list[w.Widget] = []
    inject_view = None
    if exercise.injects:
        inject_view = w.HTML()
        children.append(inject_view)
    renderers: dict[str, Renderer] = {}
    for question in step.vragen:
        key = (step.id, question.id)
        renderer = renderer_class(question.soort)(
            question,
            order(step, question),
            exercise.categories.get(key, ()),
            {
                f.id: exercise.field_options[(step.id, question.id, f.id)]
                for f in question.velden
                if (step.id, question.id, f.id) in exercise.field_options
            },
        )
        renderers[question.id] = renderer
        name_id = f"ok-q-{step.id}-{question.id}"
        renderer.name_by(name_id)
        children += [w.HTML(question_heading_html(question, name_id)), renderer.widget]
    for question in step.vragen:  # a ranking offers what was chosen at the question it follows
        follower = renderers[question.id]
        if question.uit in renderers and isinstance(follower, Ranking):
            follower.follow(renderers[question.uit])
    return BuiltStep(renderers, w.VBox(children, layout=w.Layout(width="100%")), inject_view)


class RunnerFrame:
    """Everything of `ExerciseRunner`'s view that does not depend on who works in it; used by one runner only."""

    def __init__(self, exercise: Exercise, first_step: bool = True) -> None:
        self.exercise = exercise
        self.status = live_region(w.HTML(layout=w.Layout(min_height="1.5em")))
        self.status.add_class("ok-status")
        self.progress = w.IntProgress(min=0, max=len(exercise.steps), value=0, layout=w.Layout(width="100%"))
        self.progress_text = w.HTML()
        self.step_area = w.VBox(layout=w.Layout(width="100%"))
        self.warning = w.HTML()
        self.message = live_region(w.HTML())  # hand-in warning, refusals, errors: read out (WCAG 4.1.3)
        self.prev_button = w.Button(description=UI["previous"], tooltip=UI["previous"], layout=auto_width())
        self.next_button = w.Button(
            description=UI["next"], button_style="primary", tooltip=UI["next"], layout=auto_width()
        )
        self.jump = w.Dropdown(
            options=[(s.titel, i) for i, s in enumerate(exercise.steps)], description=UI["jump"], layout=auto_width()
        )
        # Choosing in the list only chooses: the step changes on this button (WCAG 3.2.2), so the options
        # can be browsed with the arrow keys without being thrown onto every step passed.
        self.jump_button = w.Button(description=UI["jump_go"], tooltip=UI["jump_go"], layout=auto_width())
        self.check_button = w.Button(description=UI["check_step"], layout=auto_width())
        self.submit_button = w.Button(description=UI["submit"], button_style="success", layout=auto_width())
        self.feedback = w.HTML()
        self.paused_banner = w.HTML()
        self.summary = w.HTML(f'<p class="ok-casus-summary"><em>{html.escape(exercise.scenario.samenvatting)}</em></p>')
        # The story (~1,100 px) is open on the first step only; the summary above it stays visible.
        self.scenario = w.Accordion(children=[w.HTML(scenario_html(exercise, summary=False))], selected_index=0)
        self.scenario.set_title(0, UI["scenario"])
        self.step_heading = w.HTML()
        self.work_area = w.VBox(
            [
                self.summary,
                self.scenario,
                self.paused_banner,
                self.progress_text,
                self.progress,
                self.step_heading,
                self.step_area,
                self.warning,
                w.HBox([self.prev_button, self.next_button, self.jump, self.jump_button]),
                w.HBox([self.check_button, self.submit_button]),
                self.status,
                self.message,
            ]
        )
        self.widget = w.VBox([self.work_area, self.feedback], layout=w.Layout(width="100%"))
        self.steps: dict[str, BuiltStep] = {}
        if first_step and exercise.steps:
            first = exercise.steps[0]
            self.steps[first.id] = build_step(exercise, first, written_order(exercise))

    def take_step(self, step_id: str) -> BuiltStep | None:
        """The prebuilt widgets of this step, handed out once."""
        return self.steps.pop(step_id, None)
