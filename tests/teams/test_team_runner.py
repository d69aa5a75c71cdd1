"""Team play without a browser: members' runners share one record live, observers and lessons learned."""

from __future__ import annotations

import random
import threading
import time
from typing import Any

import ipywidgets as w
import pytest
from team_support import FakeClock

from kit.content.exercise import Exercise
from kit.facilitation.table_access import LocalTable
from kit.facilitation.teams import auto_fill
from kit.store import Store
from kit.store.facilitation import ALL_STEPS
from kit.store.team_records import OBSERVER
from kit.ui.app import SignIn
from kit.ui.team_runner import TeamRunner
from kit.ui.workshop_link import WorkshopLink

ORDINALS = [("inschatting", "ernst"), ("inschatting", "omvang"), ("inschatting", "urgentie"), ("oordeel", "fase")]
SHARED = ("inschatting", "aard")  # a free text of a shared step every member types in at once


def runner_for(store: Store, code: str, exercise: Exercise, participant_id: int, clock: FakeClock) -> TeamRunner:
    team = store.team_of(participant_id)
    assert team is not None
    participant = store.participant(participant_id)
    assert participant is not None
    role = participant.role
    link = WorkshopLink(store, code, exercise.id, True, team.id)
    return TeamRunner(exercise, store, participant_id, role, link, team, save_delay=0.05, now=clock)


def seated_runners(
    store: Store, code: str, exercise: Exercise, clock: FakeClock, tables: int, size: int
) -> dict[int, list[TeamRunner]]:
    for n in range(tables * size):
        store.join(f"Deelnemer {n + 1}", code)
    auto_fill(store, code, [r.id for r in exercise.roles], tables=tables)
    by_team: dict[int, list[TeamRunner]] = {}
    for member in store.team_members(code):
        assert member.team_id is not None
        by_team.setdefault(member.team_id, []).append(runner_for(store, code, exercise, member.participant_id, clock))
    return by_team


def _texts(widget: w.Widget) -> str:
    """Every HTML text inside a widget tree (what the page says around the fields)."""
    own = widget.value if isinstance(widget, w.HTML) else ""
    return own + "".join(_texts(child) for child in getattr(widget, "children", ()))


def step_index(exercise: Exercise, step_id: str) -> int:
    return [s.id for s in exercise.steps].index(step_id)


def test_auto_fill_seats_tables_of_five_with_every_kernteam_role(
    store: Store, workshop_code: str, exercise: Exercise
) -> None:
    for n in range(14):
        store.join(f"Lid {n}", workshop_code)
    store.set_role(store.join("Waarnemer A", workshop_code).id, OBSERVER)
    auto_fill(store, workshop_code, [r.id for r in exercise.roles], size=5)
    teams = store.teams(workshop_code)
    assert [t.name for t in teams] == ["Tafel 1", "Tafel 2", "Tafel 3"]
    members = store.team_members(workshop_code)
    assert all(m.team_id is not None for m in members)
    seated = [sorted(m.role or "" for m in members if m.team_id == t.id and m.role != OBSERVER) for t in teams]
    assert seated[:2] == [sorted(r.id for r in exercise.roles)] * 2  # balanced 5, 5, 4: no role twice
    assert len(seated[2]) == len(set(seated[2])) == 4
    observer = next(m for m in members if m.role == OBSERVER)
    assert observer.team_id == teams[0].id


def test_three_tables_of_five_edit_one_record_each_concurrently_and_lose_nothing(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    by_team = seated_runners(store, workshop_code, exercise, clock, tables=3, size=5)
    assert sorted(len(r) for r in by_team.values()) == [5, 5, 5]
    options = {key: [o.id for o in exercise.options[key]] for key in ORDINALS}
    expected: dict[int, dict[tuple[str, str], object]] = {}

    def work(team_id: int, index: int, run: TeamRunner) -> None:
        rng = random.Random(team_id * 10 + index)
        for round_ in range(4):
            if index < len(ORDINALS):  # each of four members owns one ordinal question
                step_id, question_id = ORDINALS[index]
                run.show_step(step_index(exercise, step_id))
                value = options[(step_id, question_id)][
                    (round_ + index + team_id) % len(options[(step_id, question_id)])
                ]
                run.renderers[step_id][question_id].apply(value)
                expected.setdefault(team_id, {})[(step_id, question_id)] = value
            run.show_step(step_index(exercise, SHARED[0]))
            run.renderers[SHARED[0]][SHARED[1]].apply(f"Signaal van {run.participant_id}, ronde {round_}")
            time.sleep(rng.uniform(0.0, 0.05))
            run.pull()
        run.flush()

    threads = [
        threading.Thread(target=work, args=(team_id, index, run))
        for team_id, runs in by_team.items()
        for index, run in enumerate(runs)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for runs in by_team.values():
        for run in runs:
            run.flush()
            assert not run.dirty_questions
    for team_id, runs in by_team.items():
        record = store.team_answers(team_id, exercise.id).values
        for (step_id, question_id), value in expected[team_id].items():  # different questions: every edit survived
            assert record[step_id][question_id] == value
        final_text = record[SHARED[0]][SHARED[1]]
        assert final_text.startswith("Signaal van ") and final_text.endswith("ronde 3")  # last write won
        for run in runs:
            run.pull()
            for step_id, questions in record.items():  # everyone sees the final state
                for question_id, value in questions.items():
                    assert run.answers[step_id][question_id] == value
                    renderer = run.renderers.get(step_id, {}).get(question_id)
                    if renderer is not None:
                        assert renderer.get() == value
        history = store.team_history(team_id, exercise.id)
        assert len({h["participant_id"] for h in history}) == 5  # every member's saves are kept


def test_same_question_last_write_wins_and_both_members_are_told(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    by_team = seated_runners(store, workshop_code, exercise, clock, tables=1, size=2)
    (first, second) = next(iter(by_team.values()))
    for run in (first, second):
        run.show_step(step_index(exercise, SHARED[0]))
    first.renderers[SHARED[0]][SHARED[1]].apply("Wraakgeruchten op Snapchat")
    first.flush()
    second.renderers[SHARED[0]][SHARED[1]].apply("Scooters langs de Rivierenflats")  # before it saw first's
    second.flush()
    first_name = store.participant(first.participant_id).name  # type: ignore[union-attr]
    second_name = store.participant(second.participant_id).name  # type: ignore[union-attr]
    assert f"het antwoord van {first_name}" in second.notice.value
    assert first.pull() == [SHARED]
    assert first.renderers[SHARED[0]][SHARED[1]].get() == "Scooters langs de Rivierenflats"
    assert f"{second_name} heeft jouw antwoord" in first.notice.value


def test_team_submits_once_and_every_member_and_observer_sees_the_feedback(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    by_team = seated_runners(store, workshop_code, exercise, clock, tables=1, size=3)
    (team_id, runs) = next(iter(by_team.items()))
    watcher = store.join("Waarnemer", workshop_code)
    store.set_role(watcher.id, OBSERVER)
    store.set_team(watcher.id, team_id)
    observer = runner_for(store, workshop_code, exercise, watcher.id, clock)
    assert observer.observer and observer.check_button.layout.display == "none"
    assert observer.renderers["vooraf"]["eigen-signalen"].text.disabled  # type: ignore[attr-defined]
    assert "zie je als waarnemer niet" in _texts(observer.step_boxes["vooraf"])  # empty fields, and why
    observer.show_step(step_index(exercise, SHARED[0]))
    assert "zie je als waarnemer niet" not in _texts(observer.step_boxes[SHARED[0]])
    observer.show_step(0)
    form = observer.observer_forms["vooraf"]
    form.ratings["bob"].value = "S"
    form.notes["bob"].value = "Ging snel naar maatregelen; de voorzitter haalde het team terug naar het beeld."
    form.debouncer.flush()
    runs[0].show_step(step_index(exercise, SHARED[0]))
    runs[0].renderers[SHARED[0]][SHARED[1]].apply("Wraak dreigt na het avondgebed")
    runs[0].submit()
    result = runs[0].submit()  # second click confirms despite open questions
    assert "total" in result
    assert runs[1].submit() == {}  # another member is asked to confirm too (a table-wide hand-in)
    again = runs[1].submit()
    assert again["total"] == result["total"]
    assert "had al ingeleverd" in runs[1].message.value
    for run in [*runs, observer]:
        run.refresh_live()
        assert run.last_result is not None and run.last_result["total"] == result["total"]
        assert "Feedback" in run.feedback.value
    assert runs[2].lessons is not None
    runs[2].lessons.fields["goed"].value = "We deelden alle signalen voordat we oordeelden."
    runs[2].lessons.debouncer.flush()
    assert store.workshop_lessons(workshop_code) == [
        {"goed": "We deelden alle signalen voordat we oordeelden.", "beter": "", "anders": ""}
    ]
    (saved,) = store.observations(workshop_code, exercise.id)
    assert (saved["rating"], saved["criterion"], saved["step_id"]) == ("S", "bob", "vooraf")


def test_scripted_injects_reach_a_member_on_the_next_refresh(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    by_team = seated_runners(store, workshop_code, exercise, clock, tables=1, size=5)
    runs = next(iter(by_team.values()))
    agent = next(r for r in runs if r.role_id == "wijkagent")
    agent.refresh_live()
    assert "nog niet gestart" in agent.clock_view.value
    agent.engine.start()
    agent.refresh_live()
    assert "Zaterdag om 23:35" in agent.inject_views["vooraf"].value  # r1-steekincident at T+0:00
    assert "Na het avondgebed" not in agent.inject_views["vooraf"].value
    clock.advance(minutes=6)
    agent.refresh_live()
    assert "Na het avondgebed" in agent.inject_views["vooraf"].value  # r1-moskee at T+0:06
    assert "T+0:06" in agent.clock_view.value


def test_sign_in_lands_at_the_table_with_the_assigned_role(
    store: Store, workshop_code: str, exercise: Exercise
) -> None:
    from kit.facilitation.teams import make_tables

    make_tables(store, workshop_code, 2)
    form = SignIn([exercise], store)
    form.name.value, form.code.value, form.role.value = "Noor", workshop_code, "ggd"
    run = form.start()
    assert isinstance(run, TeamRunner) and run.team.name == "Tafel 1" and run.role_id == "ggd"
    store.set_role(run.participant_id, "wijkagent")  # the facilitator changes it
    again = SignIn([exercise], store)
    again.memory.value = form.memory.value  # a reload: the browser remembers name, code and resume code
    rerun = again.runner
    assert isinstance(rerun, TeamRunner) and rerun.team.id == run.team.id and rerun.role_id == "wijkagent"
    watcher = SignIn([exercise], store)
    watcher.name.value, watcher.code.value, watcher.role.value = "Wim", workshop_code, OBSERVER
    observed = watcher.start()
    assert isinstance(observed, TeamRunner) and observed.observer


def test_a_failed_team_save_stays_dirty_and_is_retried(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    (run,) = next(iter(seated_runners(store, workshop_code, exercise, clock, tables=1, size=1).values()))
    real = store.save_team_answer
    calls = []

    def flaky(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("database away")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "save_team_answer", flaky)
    run.retry_delays = (0.5,)
    run.show_step(step_index(exercise, SHARED[0]))
    run.renderers[SHARED[0]][SHARED[1]].apply("Niet kwijtraken")
    time.sleep(0.25)  # the debounced save (0.05 s) has run and failed
    assert run.dirty_questions == {SHARED}  # kept, and retried in 0.5 s
    assert "ok-error" in run.status.value
    deadline = time.monotonic() + 5
    while run.dirty_questions and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not run.dirty_questions
    assert store.team_answers(run.team.id, exercise.id).values[SHARED[0]][SHARED[1]] == "Niet kwijtraken"


class _RedactingTable(LocalTable):
    """A table as the Hub's service gives it: no total while any step of the workshop is still hidden."""

    def result(self) -> dict[str, Any] | None:
        found = super().result()
        revealed = self.store.revealed(self.code, self.exercise.id)
        if found is None or ALL_STEPS in revealed or revealed >= {s.id for s in self.exercise.steps}:
            return found
        return {**found, "result": {k: v for k, v in found["result"].items() if k != "total"}}


def test_after_a_reveal_the_table_asks_again_for_what_the_service_left_out(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    by_team = seated_runners(store, workshop_code, exercise, clock, tables=1, size=2)
    runs = next(iter(by_team.values()))
    first = runs[0]
    assert first.link is not None
    table = _RedactingTable(store, workshop_code, exercise, first.participant_id, first.team, first.role_id, clock)
    hub_view = TeamRunner(
        exercise, store, first.participant_id, first.role_id, first.link, first.team, save_delay=0.05, table=table
    )
    first.submit()
    first.submit()  # confirms the hand-in with open questions
    hub_view.refresh_live()
    assert hub_view.last_result is not None and "total" not in hub_view.last_result
    store.reveal(workshop_code, exercise.id)
    hub_view.refresh_live()
    assert hub_view.last_result is not None and "total" in hub_view.last_result
    assert "Totaal" in hub_view.feedback.value


class _RevealWhileAsked(_RedactingTable):
    """The facilitator reveals just after the service answered: the answer is from before the reveal."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reveal_after_next_result = False

    def result(self) -> dict[str, Any] | None:
        found = super().result()
        if self.reveal_after_next_result and found is not None:
            self.reveal_after_next_result = False
            self.store.reveal(self.code, self.exercise.id)
        return found


def test_a_reveal_that_lands_while_the_result_is_fetched_still_shows_the_score(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    """Found under load in the Hub's tabletop day: the screen kept '—' for good after the reveal."""
    by_team = seated_runners(store, workshop_code, exercise, clock, tables=1, size=2)
    first = next(iter(by_team.values()))[0]
    assert first.link is not None
    table = _RevealWhileAsked(store, workshop_code, exercise, first.participant_id, first.team, first.role_id, clock)
    hub_view = TeamRunner(
        exercise, store, first.participant_id, first.role_id, first.link, first.team, save_delay=0.05, table=table
    )
    first.submit()
    first.submit()
    table.reveal_after_next_result = True
    hub_view.refresh_live()  # picks up the table's result, fetched just before the reveal
    assert hub_view.last_result is not None and "total" not in hub_view.last_result
    hub_view.refresh_live()  # the next tick sees the reveal and asks again
    assert "Totaal" in hub_view.feedback.value
