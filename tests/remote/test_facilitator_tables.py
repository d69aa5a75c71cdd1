"""The facilitator's tables panel under the Hub: fill tables, load a script, run the clock, compare, via the service."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from tests_support import casus_library

from kit.content.library import Library
from kit.facilitation.msel import to_csv
from kit.remote.client import ServiceClient, ServiceError, ServiceStore
from kit.remote.facilitator_client import FacilitatorServiceStore
from kit.remote.operations import Backend
from kit.store import Store
from kit.ui.facilitator import FacilitatorApp
from kit.ui.team_panel import TeamPanel

EXERCISE = "steekpartij/oefenvorm-2"


@pytest.fixture(scope="module")
def tabletop() -> Library:
    return casus_library("steekpartij")


@pytest.fixture
def backend(tmp_path: Path, tabletop: Library) -> Iterator[Backend]:
    made = Backend(
        Store(f"sqlite:///{tmp_path / 'store.sqlite'}"), tabletop, is_facilitator={"fien", "frank"}.__contains__
    )
    yield made
    made.store.close()


def test_tables_script_and_clock_through_the_service(
    backend: Backend, client_for: Callable[[str], ServiceClient], tabletop: Library
) -> None:
    store = backend.store
    exercise = tabletop.exercise(EXERCISE)
    remote = FacilitatorServiceStore(client_for("fien"))
    app = FacilitatorApp(tabletop, cast(Store, remote))
    app.title.value, app.mode.value, app.exercises.value = "Tafels", "groep", (EXERCISE,)
    app.organiser.value = store.reset_organiser_key()
    made = app.create()
    assert made is not None, app.message.value
    code = made.code
    for n in range(6):
        ServiceStore(client_for(f"lid{n}")).join(f"Lid {n + 1}", code)
    view = app.open()
    assert view is not None, app.message.value
    view.ticker.stop()
    panel = TeamPanel(cast(Store, remote), view)
    panel.table_count.value = 2
    panel.fill_tables()
    assert "2 tafels" in panel.message.value
    assert [team.name for team in store.teams(code)] == ["Tafel 1", "Tafel 2"]
    assert all(m.team_id is not None for m in store.team_members(code))
    data = to_csv(exercise.script[:3])
    panel.upload.value = (
        {
            "name": "d.csv",
            "type": "",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": datetime.now(UTC),
        },
    )
    assert "3 regels" in panel.message.value and store.workshop_script(code, EXERCISE) is not None
    panel.target.value = panel.target.options[1][1]  # Tafel 1 only
    panel._run(lambda: panel.engine().start(panel._team()))
    columns = panel.refresh()
    assert [c.released for c in columns] == [2, 0]
    team = store.teams(code)[0]
    member = next(m for m in store.team_members(code) if m.team_id == team.id)
    store.save_team_answer(team.id, EXERCISE, "inschatting", "ernst", "ernstig", member.participant_id)
    columns = panel.refresh()
    assert columns[0].step_scores["inschatting"] > 0  # scored with the references the service sent
    assert "Tafel 1" in html.unescape(panel.compare.value)
    # Another facilitator, with the key of his own workshop only, moves nobody of this one, even naming the ids.
    other = store.create_workshop("Eigen", [EXERCISE], mode="groep")
    frank = FacilitatorServiceStore(client_for("frank"))
    assert frank.check_key(other.code, other.key or "")
    for call in (
        lambda: frank.set_team(member.participant_id, None),
        lambda: frank.team_answers(team.id, EXERCISE),
        lambda: frank.start_clock(team.id, EXERCISE, datetime.now(UTC)),
    ):
        with pytest.raises(ServiceError, match="hoort niet bij deze workshop"):
            call()
    assert store.team_of(member.participant_id) == team
