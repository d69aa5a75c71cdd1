"""Statements sorted into categories."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from kit.content.options import Option
from kit.ui.focus import new_token
from kit.ui.layouts import full_width
from kit.ui.naming import part_of
from kit.ui.renderers.base import Renderer


class Classify(Renderer):
    def build(self) -> w.Widget:
        self.rows: dict[str, w.ToggleButtons] = {}
        self.row_boxes: dict[str, w.VBox] = {}
        categories = [(c.label, c.id) for c in self.categories]
        for option in self.options:
            toggle = w.ToggleButtons(options=categories, value=None, style={"button_width": "9em"})
            toggle.observe(self.changed, "value")
            self.rows[option.id] = toggle
            statement = f"ok-st-{new_token()}"
            text = f'<div class="ok-statement" id="{statement}">“{html.escape(option.label)}”</div>'
            self.row_boxes[option.id] = w.VBox([w.HTML(text), part_of(toggle, statement)])
        return w.VBox(list(self.row_boxes.values()), layout=full_width())

    def reorder(self, options: tuple[Option, ...]) -> bool:
        if {o.id for o in options} != set(self.rows) or self.get():
            return False
        self.options = tuple(options)
        self.rows = {o.id: self.rows[o.id] for o in options}
        self.row_boxes = {o.id: self.row_boxes[o.id] for o in options}
        assert isinstance(self.widget, w.VBox)
        self.widget.children = list(self.row_boxes.values())
        return True

    def get(self) -> Any:
        return {item: toggle.value for item, toggle in self.rows.items() if toggle.value}

    def apply(self, value: Any) -> None:
        given = dict(value or {})
        known = {c.id for c in self.categories}
        for item, toggle in self.rows.items():
            toggle.value = given.get(item) if given.get(item) in known else None
