"""Refill a dropdown from the store without losing what the facilitator picked in it."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import ipywidgets as w


def refill(dropdown: w.Dropdown, options: Sequence[tuple[str, Hashable]]) -> None:
    """New options (a newcomer, a renamed table); the chosen value stays chosen while it is still offered.

    Without a choice left the first option is chosen, so one click acts; nothing is written when
    nothing changed, so a live refresh every two seconds does not flicker or close an open list.
    """
    fresh = list(options)
    if list(dropdown.options) == fresh:
        if dropdown.value is None and fresh:
            dropdown.index = 0
        return
    kept = dropdown.value
    dropdown.options = fresh
    values = [value for _, value in fresh]
    if kept in values:
        dropdown.value = kept
    else:
        dropdown.index = 0 if fresh else None
