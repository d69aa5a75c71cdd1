"""The facilitator's tables panel without a browser: fill tables, load a sheet, run the clock, compare."""

from __future__ import annotations

import html
from datetime import UTC, datetime

import ipywidgets as w

from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.facilitation.msel import to_csv
from kit.store import Store
from kit.ui.dashboard_view import DashboardView
from kit.ui.facilitator import FacilitatorApp
from kit.ui.team_panel import TeamPanel


def panel_for(library: Library, store: Store, code: str) -> TeamPanel:
    workshop = store.workshop(code)
    assert workshop is not None
    return TeamPanel(store, DashboardView(library, store, workshop))


def upload(panel: TeamPanel, name: str, data: bytes) -> None:
    item = {
        "name": name,
        "type": "",
        "size": len(data),
        "content": memoryview(data),
        "last_modified": datetime.now(UTC),
    }
    panel.upload.value = (item,)


def test_group_workshops_get_the_tables_panel(library: Library, store: Store, exercise: Exercise) -> None:
    app = FacilitatorApp(library, store)
    created = store.create_workshop("Tafels", [exercise.id], mode="groep")
    app.code.value, app.key.value = created.code, created.key or ""
    view = app.open()
    assert view is not None
    view.ticker.stop()
    assert "Tafels en draaiboek" in texts(app.widget)
    solo = store.create_workshop("Alleen", [exercise.id])
    app.code.value, app.key.value = solo.code, solo.key or ""
    view = app.open()
    assert view is not None
    view.ticker.stop()
    assert "Tafels en draaiboek" not in texts(app.widget)


def texts(widget: w.Widget) -> str:
    """Every HTML text in a widget tree."""
    own = str(widget.value) if isinstance(widget, w.HTML) else ""
    return own + "".join(texts(child) for child in getattr(widget, "children", ()))


def test_fill_import_start_and_compare(library: Library, store: Store, exercise: Exercise, workshop_code: str) -> None:
    for n in range(6):
        store.join(f"Lid {n + 1}", workshop_code)
    panel = panel_for(library, store, workshop_code)
    assert "Nog geen tafels" in panel.compare.value or panel.compare.value == ""
    panel.table_count.value = 2
    panel.fill_tables()
    assert "2 tafels" in panel.message.value
    assert [label for label, _ in panel.target.options] == ["Alle tafels", "Tafel 1", "Tafel 2"]
    assert "draaiboek-steekpartij-oefenvorm-2.csv" in panel.downloads.value

    bad = b"nr,tijd,inject\n1,T+0:00,r1-ruit\n2,kwart over,r1-moskee\n"
    upload(panel, "mijn-draaiboek.csv", bad)
    assert "mijn-draaiboek.csv, rij 3, kolom &#x27;tijd&#x27;" in panel.message.value
    assert store.workshop_script(workshop_code, exercise.id) is None  # a faulty sheet changes nothing

    upload(panel, "mijn-draaiboek.csv", to_csv(exercise.script[:3]))
    assert "3 regels" in panel.message.value
    assert len(panel.engine().entries) == 3

    panel.target.value = panel.target.options[1][1]  # Tafel 1 only
    panel._run(lambda: panel.engine().start(panel._team()))
    columns = panel.refresh()
    assert [c.released for c in columns] == [2, 0]  # lines 1 and 2 are at T+0:00; table 2's clock stands
    assert "r1-steekincident" in panel.timeline.value and "uitgebracht" in panel.timeline.value
    panel.line.value = 3
    panel.release_now()
    assert "aan 1 tafel" in panel.message.value

    team = store.teams(workshop_code)[0]
    member = next(m for m in store.team_members(workshop_code) if m.team_id == team.id)
    store.save_team_answer(team.id, exercise.id, "inschatting", "ernst", "ernstig", member.participant_id)
    columns = panel.refresh()
    assert columns[0].step_scores["inschatting"] > 0 and columns[1].step_scores["inschatting"] == 0
    page = html.unescape(panel.compare.value)
    assert "Tafel 1" in page and "Tafel 2" in page and "Ernstig" in page
    personal = [s for s in exercise.steps if not s.gedeeld]
    assert personal and all(s.titel not in page for s in personal), "a member's own step has no table answer"


def test_an_oversized_upload_is_refused_with_the_dutch_reason(
    library: Library, store: Store, exercise: Exercise, workshop_code: str
) -> None:
    """Issue 18.10: the facilitator's upload goes through the same bounds as the CLI."""
    from kit.facilitation.msel import MAX_ROWS

    panel = panel_for(library, store, workshop_code)
    rows = "".join(f"{n},T+0:{n % 60:02d},r1-ruit\n" for n in range(1, MAX_ROWS + 50))
    upload(panel, "lang.csv", ("nr,tijd,inject\n" + rows).encode())
    assert f"lang.csv: meer regels dan de {MAX_ROWS}" in panel.message.value
    assert panel.message.value.count("ok-error") <= 52  # header, at most 50 faults, and the 'en nog' line
    assert store.workshop_script(workshop_code, exercise.id) is None
