"""The facilitator's name lists follow the dashboard refresh: latecomers appear, the choice stays, and an
action without a choice says so in Dutch instead of doing nothing (issue 17, blocker 4)."""

from __future__ import annotations

from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.store import Store
from kit.ui.dashboard_view import DashboardView
from kit.ui.facilitator import FacilitatorApp
from kit.ui.facilitator_actions import AfterSessionPanel, GroupPlayPanel
from kit.ui.team_panel import TeamPanel


def opened(library: Library, store: Store, code: str, key: str) -> tuple[FacilitatorApp, DashboardView]:
    app = FacilitatorApp(library, store)
    app.code.value, app.key.value = code, key
    view = app.open()
    assert view is not None
    view.ticker.stop()
    return app, view


def panels(app: FacilitatorApp) -> tuple[GroupPlayPanel, TeamPanel, AfterSessionPanel]:
    """The panels the app built, found through the dashboard's refresh list."""
    assert app.view is not None
    owners = [getattr(follow, "__self__", None) for follow in app.view.on_refresh]
    group = next(o for o in owners if isinstance(o, GroupPlayPanel))
    team = next(o for o in owners if isinstance(o, TeamPanel))
    after = next(o for o in owners if isinstance(o, AfterSessionPanel))
    return group, team, after


def test_latecomers_appear_in_every_name_list_and_the_choice_stays(
    library: Library, store: Store, exercise: Exercise
) -> None:
    created = store.create_workshop("Avond", [exercise.id], mode="groep")
    app, view = opened(library, store, created.code, created.key or "")
    group, team, after = panels(app)
    assert list(group.participant.options) == [] and list(after.person.options) == []

    after.personal_report()
    assert "nog niemand aangemeld" in after.output.value
    group.assign()
    assert "nog niemand aangemeld" in group.message.value
    team.move()
    assert "nog niemand aangemeld" in team.message.value

    anouk = store.join("Anouk", created.code, exercise.roles[0].id)
    bram = store.join("Bram", created.code, exercise.roles[1].id)
    view.refresh()
    for dropdown in (group.participant, team.person, after.person):
        assert [label for label, _ in dropdown.options] == ["Anouk", "Bram"]
        dropdown.value = bram.id
    store.join("Carla", created.code, exercise.roles[2].id)
    view.refresh()
    for dropdown in (group.participant, team.person, after.person):
        assert [label for label, _ in dropdown.options] == ["Anouk", "Bram", "Carla"]
        assert dropdown.value == bram.id  # the facilitator's choice survives the refresh

    after.personal_report()
    assert "verslag-Bram.html" in after.output.value
    assert anouk.id != bram.id


def test_actions_without_a_choice_say_what_to_choose(library: Library, store: Store, exercise: Exercise) -> None:
    created = store.create_workshop("Avond", [exercise.id], mode="groep")
    store.join("Anouk", created.code, exercise.roles[0].id)
    _, view = opened(library, store, created.code, created.key or "")
    group = GroupPlayPanel(store, view)
    after = AfterSessionPanel(store, view, lambda _: None)
    team = TeamPanel(store, view)
    for dropdown in (group.participant, after.person, team.person):
        dropdown.value = None
    group.assign()
    after.personal_report()
    team.move()
    for shown in (group.message.value, after.output.value, team.message.value):
        assert "Kies eerst een deelnemer" in shown
    group.inject.value = None
    group.release_chosen()
    assert "Kies eerst bij ‘Inject’" in group.message.value
    team.line.value = None
    team.release_now()
    assert "Kies eerst bij ‘Regel’" in team.message.value
