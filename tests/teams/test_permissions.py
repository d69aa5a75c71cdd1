"""What a crafted client sends: a click message straight to a hidden or disabled button's comm.

ipywidgets runs a button's handlers for any `{"event": "click"}` comm message, whatever its
`disabled` or `display` says; each handler must check role and session state itself.
"""

from __future__ import annotations

import ipywidgets as w
from team_support import FakeClock
from test_team_runner import runner_for, seated_runners

from kit.content.exercise import Exercise
from kit.store import Store
from kit.store.team_records import OBSERVER
from kit.ui.runner import ExerciseRunner
from kit.ui.workshop_link import PAUSED, WorkshopLink


def comm_click(button: w.Button) -> None:
    """What a websocket `comm_msg` {"method": "custom", "content": {"event": "click"}} does on the server."""
    button._handle_button_msg(None, {"event": "click"}, [])


def test_an_observer_clicking_the_hidden_buttons_hands_in_and_submits_nothing(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    by_team = seated_runners(store, workshop_code, exercise, clock, tables=1, size=3)
    team_id = next(iter(by_team))
    watcher = store.join("Waarnemer", workshop_code)
    store.set_role(watcher.id, OBSERVER)
    store.set_team(watcher.id, team_id)
    observer = runner_for(store, workshop_code, exercise, watcher.id, clock)
    assert observer.check_button.layout.display == observer.submit_button.layout.display == "none"
    for _ in range(2):  # twice: the second click would confirm despite open questions
        comm_click(observer.check_button)
        comm_click(observer.submit_button)
    assert store.handed_in_steps(team_id, exercise.id) == set()
    assert store.team_result(team_id, exercise.id) is None
    assert "waarnemer" in observer.message.value


def test_a_member_cannot_go_on_or_submit_while_the_facilitator_pauses(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    by_team = seated_runners(store, workshop_code, exercise, clock, tables=1, size=2)
    team_id, runs = next(iter(by_team.items()))
    member = runs[0]
    store.set_settings(workshop_code, {PAUSED: True})
    member.refresh_live()
    assert member.submit_button.disabled and member.next_button.disabled
    for _ in range(2):
        comm_click(member.next_button)
        comm_click(member.submit_button)
    member.jump.value = 2  # the step list chooses, its button moves: refused the same way
    comm_click(member.jump_button)
    assert member.index == 0
    assert store.team_result(team_id, exercise.id) is None
    assert "gepauzeerd" in member.message.value
    store.set_settings(workshop_code, {PAUSED: False})
    member.refresh_live()
    comm_click(member.next_button)
    assert member.index == 1
    comm_click(member.submit_button)
    comm_click(member.submit_button)
    assert store.team_result(team_id, exercise.id) is not None


def test_an_individual_participant_cannot_submit_while_paused(
    store: Store, exercise: Exercise, clock: FakeClock
) -> None:
    code = store.create_workshop("Avond", [exercise.id]).code
    participant = store.join("Sanne", code)
    link = WorkshopLink(store, code, exercise.id, False)
    run = ExerciseRunner(exercise, store, participant.id, None, link, save_delay=0.05)
    store.set_settings(code, {PAUSED: True})
    run.refresh_live()
    for _ in range(2):
        comm_click(run.submit_button)
    assert store.latest_result(participant.id, exercise.id) is None
