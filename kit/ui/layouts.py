"""Fresh Layout objects: a Layout is a shared model, so two widgets given one are hidden or resized together."""

from __future__ import annotations

import ipywidgets as w


def full_width() -> w.Layout:
    """A new full-width layout (never a module constant: hiding an 'anders' box once hid every answer field)."""
    return w.Layout(width="100%")


def auto_width() -> w.Layout:
    """A new layout as wide as its content, for buttons."""
    return w.Layout(width="auto")
