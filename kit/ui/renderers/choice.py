"""Choices from a list: one (also a scale or a moment on a timeline) or several, with "anders, namelijk" texts."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from kit.answers_io import open_key
from kit.content.options import NONE_ID, Option
from kit.plural import KEUZE, count
from kit.ui.focus import new_token
from kit.ui.layouts import full_width
from kit.ui.live_region import live_region
from kit.ui.naming import named_by
from kit.ui.renderers.base import Renderer, option_label
from kit.ui.texts import UI


class ChooseOne(Renderer):
    GROUPED = False  # the radio buttons are a radiogroup of their own, named by the question

    def build(self) -> w.Widget:
        self.radio = w.RadioButtons(
            options=[(option_label(o), o.id) for o in self.options], value=None, layout=full_width()
        )
        self.radio.add_class("ok-choices")
        self.radio.observe(self.changed, "value")
        return self.radio

    def reorder(self, options: tuple[Option, ...]) -> bool:
        if {o.id for o in options} != {o.id for o in self.options} or self.radio.value is not None:
            return False
        self.options = tuple(options)
        self.radio.options = [(option_label(o), o.id) for o in options]
        return True

    def get(self) -> Any:
        return self.radio.value

    def apply(self, value: Any) -> None:
        self.radio.value = value if value in {o.id for o in self.options} else None


class Ordinal(ChooseOne):
    """A scale is a single choice shown in its order (rust ... escalatie)."""


class Timeline(ChooseOne):
    """A moment on the scenario's chronology; the options are the injects in time order."""


class ChooseMany(Renderer):
    """Check boxes; an explicit 'geen' option excludes the others, an 'anders, namelijk' one takes text.

    With a limit (`max_keuzes`) the count and any refusal stand above the options, in a bar that stays
    in view while the learner scrolls a long list, so a refused tick is never silent or off screen.
    """

    def build(self) -> w.Widget:
        self.boxes: dict[str, w.Checkbox] = {}
        self.texts: dict[str, w.Text] = {}
        self._sections: list[tuple[w.VBox, list[w.Widget]]] = []
        self.message = live_region(w.HTML())
        self.message.add_class("ok-limit")
        for option in self.options:
            box = w.Checkbox(value=False, description=option_label(option), indent=False, layout=full_width())
            box.tooltip = option.uitleg or ""
            box.observe(self._toggled, "value")
            self.boxes[option.id] = box
            if option.open:
                text = w.Text(value="", placeholder=UI["open_placeholder"], continuous_update=True, layout=full_width())
                text.layout.display = "none"
                text.observe(self.changed, "value")
                self.texts[option.id] = text
        self._show_count()
        return w.VBox([self.message, *self._in_order()], layout=full_width())

    def _in_order(self) -> list[w.Widget]:
        """The boxes (and their text fields) in the order of `options`, each group under its heading."""
        children: list[w.Widget] = []
        group: str | None = None
        section: list[w.Widget] = children  # the options of the current group, or the list itself
        for option in self.options:
            if option.groep and option.groep != group:
                # A group of options is a group for screen readers too, named by its heading: step 3.1
                # offers the same option under four headings, told apart only by them.
                group = option.groep
                group_id = f"ok-grp-{new_token()}"
                heading = f'<div class="ok-group" id="{group_id}">{html.escape(group)}</div>'
                box_of_group = named_by(w.VBox(layout=full_width()), group_id, group=True)
                children += [w.HTML(heading), box_of_group]
                section = []  # its options are put in the group's box below
                self._sections.append((box_of_group, section))
            section.append(self.boxes[option.id])
            if option.id in self.texts:
                section.append(self.texts[option.id])
        for box_of_group, members in self._sections:
            box_of_group.children = tuple(members)
        return children

    def reorder(self, options: tuple[Option, ...]) -> bool:
        if {o.id for o in options} != set(self.boxes) or self.get():
            return False
        self.options = tuple(options)
        self.boxes = {o.id: self.boxes[o.id] for o in options}  # `get` lists the ticks in the shown order
        self.texts = {o.id: self.texts[o.id] for o in options if o.id in self.texts}
        self._sections = []
        assert isinstance(self.widget, w.VBox)
        self.widget.children = [self.message, *self._in_order()]
        return True

    def _show_count(self, refused: bool = False) -> None:
        """'2 van hooguit 5 gekozen', or the refusal, above the options (and read out: a live region)."""
        limit = self.question.max_keuzes
        if not limit:
            self.message.value = ""
            return
        chosen = UI["chosen_count"].format(count=sum(1 for box in self.boxes.values() if box.value), max=limit)
        if refused:
            text = UI["too_many"].format(max=count(limit, KEUZE)) + " " + chosen
            self.message.value = f'<div class="ok-warning" role="alert">{html.escape(text)}</div>'
        else:
            self.message.value = f'<div class="ok-hint">{html.escape(chosen)}</div>'

    def _toggled(self, change: dict[str, Any]) -> None:
        limit = self.question.max_keuzes
        owner = change["owner"]
        option_id = next(o for o, box in self.boxes.items() if box is owner)
        if option_id in self.texts:
            self.texts[option_id].layout.display = None if change["new"] else "none"
        if self._quiet:
            return
        if change["new"] and limit and len(self.get()) > limit:
            self._quiet = True
            owner.value = False
            self._quiet = False
            self._show_count(refused=True)
            return
        if change["new"] and NONE_ID in self.boxes:
            self._quiet = True
            for other_id, box in self.boxes.items():
                if (other_id == NONE_ID) != (option_id == NONE_ID):
                    box.value = False
            self._quiet = False
        self._show_count()
        self.changed()

    def get(self) -> Any:
        return [option_id for option_id, box in self.boxes.items() if box.value]

    def apply(self, value: Any) -> None:
        chosen = {value} if isinstance(value, str) else set(value or [])
        for option_id, box in self.boxes.items():
            box.value = option_id in chosen
        self._show_count()

    def extra(self) -> dict[str, Any]:
        written = {o: t.value for o, t in self.texts.items() if self.boxes[o].value and t.value.strip()}
        return {open_key(self.question.id): written} if written else {}

    def set_extra(self, values: dict[str, Any]) -> None:
        stored = values.get(open_key(self.question.id)) or {}
        self._quiet = True
        try:
            for option_id, text in self.texts.items():
                text.value = str(stored.get(option_id, "") or "")
        finally:
            self._quiet = False
