"""What every renderer offers: `widget`, `get()`, `set(value)` and `observe(callback)`, and two small helpers."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any, ClassVar

import ipywidgets as w

from kit.content.models import Question
from kit.content.options import Option
from kit.ui.naming import named_by

Callback = Callable[[], None]


class Renderer:
    """Base: keeps the change callbacks; subclasses build widgets and convert values."""

    def __init__(
        self,
        question: Question,
        options: tuple[Option, ...] = (),
        categories: tuple[Option, ...] = (),
        field_options: dict[str, tuple[Option, ...]] | None = None,
    ) -> None:
        self.question = question
        self.options = options
        self.categories = categories
        self.field_options = field_options or {}
        self._callbacks: list[Callback] = []
        self._quiet = False
        self.widget: w.Widget = self.build()

    GROUPED: ClassVar[bool] = True
    """Several controls answer the question: they form a group named by it (WCAG 1.3.1)."""

    def build(self) -> w.Widget:
        raise NotImplementedError

    def name_by(self, heading_id: str) -> None:
        """Tie the widget to its question's heading (id `heading_id`): the page script names the answer
        field, radio group or group of controls by it (oefenkit.js, classes ok-name-* / ok-group-named)."""
        named_by(self.widget, heading_id, group=self.GROUPED)

    def reorder(self, options: tuple[Option, ...]) -> bool:
        """Show the same options in another order (a widget tree built before the participant was known,
        see kit.ui.runner_frame); False when this kind cannot, and the caller builds anew."""
        return tuple(options) == tuple(self.options)

    def get(self) -> Any:
        raise NotImplementedError

    def set(self, value: Any) -> None:
        """Show a stored value without reporting it back as a change."""
        self._quiet = True
        try:
            self.apply(value)
        finally:
            self._quiet = False

    def apply(self, value: Any) -> None:
        raise NotImplementedError

    def observe(self, callback: Callback) -> None:
        self._callbacks.append(callback)

    def extra(self) -> dict[str, Any]:
        """Answers stored beside the question's own value (the 'anders, namelijk ...' texts)."""
        return {}

    def set_extra(self, values: dict[str, Any]) -> None:
        """Show stored extra answers (see `extra`) without reporting a change."""

    def changed(self, *_: Any) -> None:
        if not self._quiet:
            for callback in self._callbacks:
                callback()


def option_label(option: Option) -> str:
    return option.label


def hint(text: str | None) -> w.HTML:
    return w.HTML(f'<div class="ok-hint">{html.escape(text)}</div>' if text else "")
