"""The exercises of a new workshop as grouped checkboxes: the casussen, then each SAMOS scenario's oefenvormen.

In group play only exercises with roles can be chosen; the others are hidden and unticked. Drafts
(a scenario that still says INVULLEN) are not offered.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

import ipywidgets as w

from kit.content.drafts import playable
from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.ui.facilitator_texts import FT
from kit.ui.naming import named_by, part_of


class ExercisePicker:
    """`value` is the tuple of chosen exercise ids, in the order shown."""

    def __init__(self, library: Library) -> None:
        exercises = playable(sorted(library.exercises.values(), key=lambda e: e.id))
        self.exercises = {e.id: e for e in exercises}
        self.boxes: dict[str, w.Checkbox] = {}
        self.groups: list[tuple[w.HTML, list[str]]] = []
        children: list[w.Widget] = [w.HTML(f'<h3 id="ok-exercises">{html.escape(FT["exercises"])}</h3>')]
        grouped = list(self._grouped(exercises))
        labels = [self._label(e) for _, members in grouped for e in members]
        for number, (title, members) in enumerate(grouped):
            heading = w.HTML(f'<div class="ok-group" id="ok-exercises-{number}">{html.escape(title)}</div>')
            self.groups.append((heading, [e.id for e in members]))
            boxes = []
            for exercise in members:
                label = self._label(exercise)
                box = w.Checkbox(value=False, description=label, indent=False, layout=w.Layout(width="auto"))
                self.boxes[exercise.id] = box
                boxes.append(box)
            group = named_by(w.VBox(boxes), f"ok-exercises-{number}", group=True)
            if any(labels.count(self._label(e)) > 1 for e in members):  # "Oefenvorm 1" of two scenarios:
                part_of(group, f"ok-exercises-{number}")  # each box is named with its scenario as well
            children += [heading, group]
        self.widget = named_by(w.VBox(children), "ok-exercises", group=True)
        self.widget.add_class("ok-picker")

    @staticmethod
    def _label(exercise: Exercise) -> str:
        return exercise.variant.titel if exercise.scenario.type == "samos" else exercise.title

    @staticmethod
    def _grouped(exercises: list[Exercise]) -> Iterable[tuple[str, list[Exercise]]]:
        casussen = [e for e in exercises if e.scenario.type != "samos"]
        if casussen:
            yield FT["group_casussen"], casussen
        scenarios: dict[str, list[Exercise]] = {}
        for exercise in exercises:
            if exercise.scenario.type == "samos":
                scenarios.setdefault(exercise.scenario.titel, []).append(exercise)
        for title, members in scenarios.items():
            yield FT["group_samos"].format(scenario=title), sorted(members, key=lambda e: e.variant.id)

    @property
    def value(self) -> tuple[str, ...]:
        return tuple(exercise_id for exercise_id, box in self.boxes.items() if box.value)

    @value.setter
    def value(self, chosen: Iterable[str]) -> None:
        wanted = set(chosen)
        for exercise_id, box in self.boxes.items():
            box.value = exercise_id in wanted

    def only_with_roles(self, group: bool) -> None:
        """Group play needs roles: hide (and untick) what has none; individual work offers everything."""
        for exercise_id, box in self.boxes.items():
            allowed = not group or bool(self.exercises[exercise_id].roles)
            box.layout.display = "" if allowed else "none"
            if not allowed:
                box.value = False
        for heading, members in self.groups:
            visible = any(self.boxes[m].layout.display != "none" for m in members)
            heading.layout.display = "" if visible else "none"
