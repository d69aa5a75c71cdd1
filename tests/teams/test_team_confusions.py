"""Team play without confusion (issue 17): the code decides the scenario and the table the role, the personal
'Vooraf' step stays personal, notices reach only members and go once read, and a table-wide hand-in asks first."""

from __future__ import annotations

from team_support import FakeClock
from tests_support import casus_library

from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.facilitation.teams import auto_fill, make_tables
from kit.store import Store
from kit.store.team_records import OBSERVER
from kit.ui.app import SignIn
from kit.ui.live_region import is_live
from kit.ui.team_runner import TeamRunner
from kit.ui.workshop_link import WorkshopLink

OWN = ("vooraf", "eigen-signalen")  # 'Vooraf · Jouw eigen beeld': each member's own picture
SHARED = ("inschatting", "aard")


def runner_for(store: Store, code: str, exercise: Exercise, participant_id: int, clock: FakeClock) -> TeamRunner:
    team = store.team_of(participant_id)
    participant = store.participant(participant_id)
    assert team is not None and participant is not None
    link = WorkshopLink(store, code, exercise.id, True, team.id)
    return TeamRunner(exercise, store, participant_id, participant.role, link, team, save_delay=0.05, now=clock)


def table(store: Store, code: str, exercise: Exercise, clock: FakeClock, size: int) -> list[TeamRunner]:
    for n in range(size):
        store.join(f"Lid {n + 1}", code)
    auto_fill(store, code, [r.id for r in exercise.roles], tables=1)
    return [runner_for(store, code, exercise, m.participant_id, clock) for m in store.team_members(code)]


def index_of(exercise: Exercise, step_id: str) -> int:
    return [s.id for s in exercise.steps].index(step_id)


def test_the_personal_step_stays_personal_and_the_shared_step_shared(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    first, second = table(store, workshop_code, exercise, clock, size=2)
    first.renderers[OWN[0]][OWN[1]].apply("Ik hoorde van wraakgeruchten")
    second.renderers[OWN[0]][OWN[1]].apply("Ik zag scooters bij de flats")
    first.flush()
    second.flush()
    for run in (first, second):
        run.refresh_live()
        assert run.notices == [] and run.notice.value == ""  # nobody overwrote anybody
    assert first.renderers[OWN[0]][OWN[1]].get() == "Ik hoorde van wraakgeruchten"
    assert second.renderers[OWN[0]][OWN[1]].get() == "Ik zag scooters bij de flats"
    assert OWN[0] not in store.team_answers(first.team.id, exercise.id).values
    assert store.load_answers(first.participant_id, exercise.id)[OWN[0]][OWN[1]] == "Ik hoorde van wraakgeruchten"
    reloaded = runner_for(store, workshop_code, exercise, second.participant_id, clock)
    assert reloaded.renderers[OWN[0]][OWN[1]].get() == "Ik zag scooters bij de flats"

    for run in (first, second):
        run.show_step(index_of(exercise, SHARED[0]))
    first.renderers[SHARED[0]][SHARED[1]].apply("Onrust, nog geen geweld")
    first.flush()
    second.refresh_live()
    assert second.renderers[SHARED[0]][SHARED[1]].get() == "Onrust, nog geen geweld"


def test_notices_reach_members_only_and_clear_once_read(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    first, second = table(store, workshop_code, exercise, clock, size=2)
    watcher = store.join("Waarnemer", workshop_code)
    store.set_role(watcher.id, OBSERVER)
    store.set_team(watcher.id, first.team.id)
    observer = runner_for(store, workshop_code, exercise, watcher.id, clock)
    for run in (first, second, observer):
        run.show_step(index_of(exercise, SHARED[0]))
    for round_ in range(4):
        first.renderers[SHARED[0]][SHARED[1]].apply(f"Versie {round_}")
        first.flush()
        second.refresh_live()
        observer.refresh_live()
    assert observer.notice.value == "" and observer.notices == []
    assert len(second.notices) == 1 and "heeft" in second.notice.value  # the same notice is not repeated
    assert is_live(second.notice) and "role=" not in second.notice.value  # read out: the box is a live region
    assert second.notice_read.layout.display is None
    second.notice_read.click()
    assert second.notice.value == "" and second.notice_read.layout.display == "none"
    first.renderers[SHARED[0]][SHARED[1]].apply("Versie 5")
    first.flush()
    second.refresh_live()
    assert second.notice.value
    second.show_step(0)  # moving on reads it too
    assert second.notice.value == ""


def test_step_and_table_hand_in_are_distinct_and_the_table_hand_in_asks_first(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    (run,) = table(store, workshop_code, exercise, clock, size=1)
    assert "inleveren" not in run.check_button.description.lower()
    assert run.check_button.description != run.submit_button.description
    step_row = next(box for box in run.work_area.children if run.check_button in getattr(box, "children", ()))
    assert run.submit_button not in step_row.children  # the table-wide hand-in has its own block
    run.show_step(index_of(exercise, SHARED[0]))
    run.renderers[SHARED[0]][SHARED[1]].apply("Onrust")
    run.submit_button.click()
    assert store.team_result(run.team.id, exercise.id) is None  # asked, not submitted
    assert run.confirm_box.layout.display is None
    shown = run.message.value
    assert "hele tafel" in shown and "<li>" in shown
    step = exercise.step("beeldvorming")
    assert step.titel in shown and step.vragen[0].vraag in shown  # the open questions by name
    assert exercise.step("vooraf").titel not in shown  # a member's own step is not the table's business
    run.cancel_button.click()
    assert run.confirm_box.layout.display == "none" and run.message.value == ""
    run.submit_button.click()
    run.confirm_button.click()
    found = store.team_result(run.team.id, exercise.id)
    assert found is not None
    assert [s["step"] for s in found["result"]["steps"]] == [s.id for s in exercise.steps if s.gedeeld]


def test_the_code_decides_the_scenario_and_the_table_the_role(store: Store) -> None:
    library: Library = casus_library("steekpartij", "azc")
    scenarios = sorted((e for e in library.exercises.values() if e.variant.id == "oefenvorm-2"), key=lambda e: e.id)
    assert [e.id for e in scenarios][:2] == ["azc/oefenvorm-2", "steekpartij/oefenvorm-2"]
    code = store.create_workshop("Avond", ["steekpartij/oefenvorm-2"], mode="groep").code
    make_tables(store, code, 1)
    early = store.join("Noor", code, "wijkagent")
    auto_fill(store, code, ["wijkagent"], tables=1)
    assert store.participant(early.id).role == "wijkagent"  # type: ignore[union-attr]

    form = SignIn(scenarios, store)
    assert form.choice.value == "azc/oefenvorm-2"
    form.role.value = "jongerenwerker"
    form.code.value = code
    assert form.choice.value == "steekpartij/oefenvorm-2" and form.role.value == "jongerenwerker"
    form.choice.value = "azc/oefenvorm-2"  # chosen by mistake: the code still decides
    form.name.value = "Sam"
    run = form.start()
    assert isinstance(run, TeamRunner), form.message.value
    assert run.exercise.id == "steekpartij/oefenvorm-2"
    assert "hoort niet bij workshop" not in form.message.value

    again = SignIn(scenarios, store)
    again.name.value, again.code.value = "Noor", code
    again.resume_code.value = ""
    again.role.value = "ggd"  # the form says one thing, the table assigned another
    store.approve_rejoin(code, early.id)  # Noor signs in on this device without her resume code
    noor = again.start()
    assert isinstance(noor, TeamRunner), again.message.value
    welcome = again.widget.children[1].value
    names = {r.id: r.naam for r in noor.exercise.roles}
    assert f"Je rol: {names['wijkagent']}." in welcome and names["ggd"] not in welcome
    assert names["wijkagent"] in noor.header.value
    store.set_role(early.id, "ggd")  # the facilitator changes the role: the banner follows
    noor.refresh_live()
    assert names["ggd"] in noor.header.value
