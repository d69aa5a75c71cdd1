"""A free text answer."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from kit.answers_io import MAX_TEXT
from kit.ui.layouts import full_width
from kit.ui.renderers.base import Renderer
from kit.ui.texts import UI


class FreeText(Renderer):
    """A text box with a counter; text beyond `MAX_TEXT` characters is cut off, so a paste cannot bloat the store."""

    GROUPED = False  # one field, named by the question itself

    def build(self) -> w.Widget:
        self.text = w.Textarea(
            value="",
            placeholder="Schrijf je antwoord…",
            continuous_update=True,
            layout=w.Layout(width="100%", height="8em"),
        )
        self.counter = w.HTML()
        self.counter.add_class("ok-counter")
        self.text.observe(self._limit, "value")
        self.text.observe(self.changed, "value")
        self._count()
        return w.VBox([self.text, self.counter], layout=full_width())

    def _limit(self, change: Any = None) -> None:
        if len(self.text.value) > MAX_TEXT:
            self.text.value = self.text.value[:MAX_TEXT]  # observed again: the cut text is what is saved
        self._count()

    def _count(self, note: str = "") -> None:
        length = len(self.text.value)
        text = UI["text_count"].format(count=length, max=MAX_TEXT)
        if length >= MAX_TEXT:
            text += " " + UI["text_full"]
        css = "ok-hint ok-warning" if length >= MAX_TEXT else "ok-hint"
        self.counter.value = f'<span class="{css}">{html.escape(text)}</span>'

    def get(self) -> Any:
        return self.text.value[:MAX_TEXT]

    def apply(self, value: Any) -> None:
        self.text.value = str(value or "")[:MAX_TEXT]
