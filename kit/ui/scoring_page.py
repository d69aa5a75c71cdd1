"""The page that explains the scoring in Dutch; the feedback view links to it."""

from __future__ import annotations

import ipywidgets as w

from kit.ui.app import page
from kit.ui.scoring_texts import SCORING_PAGE
from kit.ui.views import markdown_html

PAGE_NOTEBOOK = "scoren.ipynb"


def scoring_page() -> w.VBox:
    return page(w.HTML(markdown_html(SCORING_PAGE)))
