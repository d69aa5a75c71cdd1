"""Accessible names the page script (oefenkit.js) gives from classes the Python side sets (WCAG 1.3.1, 4.1.2).

ipywidgets cannot set ARIA attributes, so a widget carries a class and the script turns it into names:
`ok-name-<id>` names the widget's field or radio group by the element `<id>`; with `ok-group-named` the
widget is a group so named; `ok-part-of-<id>` names every control inside by its own label followed by
the element `<id>`, so repeated controls (ten "Waarneming" buttons, "Verwijder" per row) differ.
"""

from __future__ import annotations

import ipywidgets as w

GROUP = "ok-group-named"


def named_by(widget: w.Widget, element_id: str, group: bool = False) -> w.Widget:
    """Name `widget` (as a group when `group`) by the element with id `element_id`."""
    widget.add_class(f"ok-name-{element_id}")
    if group:
        widget.add_class(GROUP)
    return widget


def part_of(widget: w.Widget, context_id: str) -> w.Widget:
    """Name every control in `widget` by its own label followed by the element `context_id` (a statement,
    a row, a question): "Waarneming “...statement...”", "Verwijder Regel 2"."""
    widget.add_class(f"ok-part-of-{context_id}")
    return widget


def classes(widget: w.Widget) -> set[str]:
    return set(getattr(widget, "_dom_classes", ()))
