"""Navigation: every page links back to the start page, and drafts stay out of the lists people choose from."""

from __future__ import annotations

from pathlib import Path

import ipywidgets as w

from kit.authoring import new_case
from kit.content.drafts import is_draft
from kit.content.library import load_library
from kit.store import Store
from kit.ui.app import exercise_app, start_page
from kit.ui.exercise_picker import ExercisePicker
from kit.ui.facilitator import FacilitatorApp


def texts(box: w.Widget) -> str:
    found = [str(getattr(box, "value", ""))]
    for child in getattr(box, "children", ()):
        found.append(texts(child))
    return " ".join(found)


def test_drafts_stay_off_the_start_page_and_the_facilitators_list(tmp_path: Path, store: Store) -> None:
    files = [*new_case("casus", "mijn-buurt", "Onrust rond het winkelcentrum", tmp_path)]
    files += new_case("samos", "mijn-wijk", "Onrust in mijn wijk", tmp_path)
    library = load_library(extra=files)
    assert is_draft(library.exercise("mijn-buurt")) and is_draft(library.exercise("mijn-wijk/oefenvorm-1"))
    assert not is_draft(library.exercise("casus-1"))
    start = texts(start_page(library))
    assert "casus-1.ipynb" in start and "Onrust rond het winkelcentrum" not in start
    chooser = texts(exercise_app(variant="oefenvorm-1", library=library, store=store))
    assert "Onrust in mijn wijk" not in chooser
    picker = ExercisePicker(library)
    assert "mijn-buurt" not in picker.boxes and "mijn-wijk/oefenvorm-1" not in picker.boxes
    assert "casus-1" in picker.boxes


def test_a_completed_case_is_no_draft(tmp_path: Path) -> None:
    scenario, reference = new_case("casus", "mijn-buurt", "Onrust rond het winkelcentrum", tmp_path)
    for path in (scenario, reference):
        path.write_text(path.read_text(encoding="utf-8").replace("INVULLEN", "Ingevuld"), encoding="utf-8")
    library = load_library(extra=[scenario, reference])
    assert not is_draft(library.exercise("mijn-buurt"))
    assert "Onrust rond het winkelcentrum" in texts(start_page(library))


def test_every_page_but_the_start_page_links_back_to_it(store: Store) -> None:
    library = load_library()
    assert 'href="start.ipynb"' not in texts(start_page(library))
    assert 'href="start.ipynb"' in texts(exercise_app("casus-1", library=library, store=store))
    assert 'href="start.ipynb"' in texts(FacilitatorApp(library, store).widget)
