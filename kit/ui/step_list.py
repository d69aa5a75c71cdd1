"""The step list ("Ga naar") and its button ("Open stap"), wired so a late list value still counts.

Why: ipywidgets sends a widget's state changes one at a time per widget and holds back the rest until the
kernel is idle, while a button's click is sent at once. On a busy server a learner who presses ArrowDown
twice and then "Open stap" can have the click reach the kernel before the second list value: the step that
opens is then one the screen no longer shows. A list value that arrives shortly after a click, while the
step that click opened is still shown, is taken as the value the click was meant for.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import ipywidgets as w

LATE_VALUE_SECONDS = 3.0


class StepListJump:
    """Calls `go_to(index)` on a click of `button` with the list's value, and again for a late value."""

    def __init__(
        self,
        step_list: w.Dropdown,
        button: w.Button,
        go_to: Callable[[int], None],
        shown: Callable[[], int],
        guard: Callable[[Callable[[Any], None]], Callable[[Any], None]] = lambda handler: handler,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.step_list, self.go_to, self.shown, self.clock = step_list, go_to, shown, clock
        self._clicked: tuple[float, int] | None = None  # when, and the step the click opened
        button.on_click(guard(lambda _: self._click()))
        step_list.observe(guard(self._late_value), names="value")

    def _click(self) -> None:
        self.go_to(int(self.step_list.value))
        self._clicked = (self.clock(), self.shown())

    def _late_value(self, change: dict[str, Any]) -> None:
        if self._clicked is None:
            return
        when, opened = self._clicked
        wanted = int(change["new"])
        if self.clock() - when > LATE_VALUE_SECONDS or self.shown() != opened:
            self._clicked = None  # the learner moved on: the list is only browsed again
            return
        if wanted != opened:
            self.go_to(wanted)
            self._clicked = (when, self.shown())
