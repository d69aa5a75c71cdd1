"""The feedback links to 'Hoe wordt er gescoord?', and that page explains every kind in Dutch."""

from __future__ import annotations

import json
from pathlib import Path

from kit.content.library import load_library
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers
from kit.ui.feedback import SCORING_PAGE_LINK, feedback_html
from kit.ui.scoring_page import scoring_page

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def test_the_feedback_view_links_to_the_scoring_page_which_exists() -> None:
    exercise = load_library().exercise("casus-1")
    page = feedback_html(score_exercise(exercise, model_answers(exercise)).to_dict())
    assert f'<a href="{SCORING_PAGE_LINK}" target="_blank" rel="noopener">Hoe wordt er gescoord?</a>' in page
    notebook = json.loads((NOTEBOOKS / SCORING_PAGE_LINK).read_text(encoding="utf-8"))
    assert "scoring_page()" in "".join(notebook["cells"][0]["source"])


def test_the_scoring_page_explains_each_status_and_kind_in_dutch() -> None:
    html = " ".join(scoring_page().children[-1].value.split())
    assert html.startswith("<h1>Hoe wordt er gescoord?</h1>")
    for fragment in ("Kern", "Passend", "Past niet bij deze casus", "Afgeraden", "rangorde", "Vrije tekst",
                     "als afwezig", "Tabellen", "Indelen", "geen van deze", "anders, namelijk"):  # fmt: skip
        assert fragment.lower() in html.lower(), fragment
    assert "<script" not in html
