"""The step list and its button: a list value that reaches the kernel after the click still counts."""

from __future__ import annotations

import ipywidgets as w

from kit.ui.step_list import LATE_VALUE_SECONDS, StepListJump


class Shown:
    def __init__(self) -> None:
        self.index = 0
        self.now = 100.0

    def go_to(self, index: int) -> None:
        self.index = index


def wired() -> tuple[w.Dropdown, w.Button, Shown]:
    step_list = w.Dropdown(options=[("Stap 1", 0), ("Stap 2.1", 1), ("Stap 2.2", 2), ("Stap 2.3", 3)], value=0)
    button = w.Button(description="Open stap")
    shown = Shown()
    StepListJump(step_list, button, shown.go_to, lambda: shown.index, clock=lambda: shown.now)
    return step_list, button, shown


def test_the_click_opens_the_listed_step() -> None:
    step_list, button, shown = wired()
    step_list.value = 2
    assert shown.index == 0, "browsing the list alone changes nothing (WCAG 3.2.2)"
    button.click()
    assert shown.index == 2


def test_a_value_arriving_just_after_the_click_opens_that_step() -> None:
    step_list, button, shown = wired()
    step_list.value = 1
    button.click()  # the click overtook the second ArrowDown
    shown.now += 0.5
    step_list.value = 2
    assert shown.index == 2


def test_browsing_the_list_later_does_not_move() -> None:
    step_list, button, shown = wired()
    step_list.value = 1
    button.click()
    shown.now += LATE_VALUE_SECONDS + 1
    step_list.value = 3
    assert shown.index == 1


def test_after_another_move_the_list_is_only_browsed() -> None:
    step_list, button, shown = wired()
    step_list.value = 1
    button.click()
    shown.index = 2  # "Volgende"
    shown.now += 0.5
    step_list.value = 3
    assert shown.index == 2
    shown.now += 0.1
    step_list.value = 0
    assert shown.index == 2
