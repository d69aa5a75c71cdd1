"""Live regions: a message box that exists, empty, before its text changes, so a screen reader reads the change.

A `role="status"` written together with its text is often not read at all (the region is new, not changed);
so the HTML widget itself carries the class, and the page script (oefenkit.js) gives the widget's own box
`role="status"` (polite) or `role="alert"` (urgent) from the moment it is drawn (WCAG 4.1.3).
"""

from __future__ import annotations

import ipywidgets as w

POLITE = "ok-live"
URGENT = "ok-live-alert"


def live_region(widget: w.HTML, urgent: bool = False) -> w.HTML:
    """Mark `widget` as a status message box (urgent: an alert, for a refused action the user must notice)."""
    widget.add_class(URGENT if urgent else POLITE)
    return widget


def is_live(widget: w.Widget) -> bool:
    """Whether `widget` is announced when its text changes (for the tests and for composing widgets)."""
    classes = set(getattr(widget, "_dom_classes", ()))
    return bool(classes & {POLITE, URGENT})
