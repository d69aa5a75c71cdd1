"""The frame of every page of the kit: its style, the way back to the start page, an error in Dutch."""

from __future__ import annotations

import html

import ipywidgets as w

from kit.ui.style import CSS
from kit.ui.texts import UI


def page(*children: w.Widget, home: bool = True) -> w.VBox:
    """A page of the kit: its style, a link back to the start page (except on it), then the content."""
    nav = f'<nav class="ok-nav" aria-label="{UI["nav"]}"><a href="start.ipynb">{UI["home"]}</a></nav>' if home else ""
    box = w.VBox([w.HTML(CSS + nav), *children], layout=w.Layout(width="100%"))
    box.add_class("ok-app")
    return box


def error_page(message: str) -> w.VBox:
    return page(w.HTML(f'<div class="ok-error">{html.escape(message)}</div>'))
