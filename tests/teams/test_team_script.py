"""The inject script engine with a fake clock: timed and conditional lines fire exactly once, per
team, and the clock lives in the store, so a new store and engine (a restarted server) continue it."""

from __future__ import annotations

from team_support import FakeClock

from kit.content.exercise import Exercise
from kit.content.models import ScriptEntry
from kit.facilitation.script import LAPSED, RELEASED, ScriptEngine, mentions
from kit.facilitation.teams import make_tables
from kit.store import Store

SCRIPT = (
    ScriptEntry(nr=1, tijd="T+0:00", inject="r1-steekincident"),
    ScriptEntry(nr=2, tijd="T+0:05", inject="r1-burgemeester"),
    ScriptEntry(
        nr=3,
        tijd="T+0:20",
        inject="r2-nepbericht",
        voorwaarde="niet-genoemd",
        stap="beeldvorming",
        vraag="ontbrekend",
        waarde="wijkagent",
    ),
    ScriptEntry(nr=4, tijd="T+0:10", inject="r2-aangehouden", voorwaarde="stap-ingeleverd", stap="inschatting"),
)


def released(store: Store, team_id: int, exercise: Exercise) -> list[int]:
    return [e.nr for e in store.script_events(team_id, exercise.id) if e.status == RELEASED]


def test_timed_and_conditional_lines_fire_once_per_team(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    a, b, c = make_tables(store, workshop_code, 3)
    engine = ScriptEngine(store, workshop_code, exercise, now=clock, entries=SCRIPT)
    assert engine.tick() == []  # no clock started: nothing happens
    engine.start(a.id)
    engine.start(b.id)
    assert {(o.team_id, o.nr) for o in engine.tick()} == {(a.id, 1), (b.id, 1)}
    assert engine.tick() == []  # settled lines never fire again
    clock.advance(minutes=5)
    assert {(o.team_id, o.nr) for o in engine.tick()} == {(a.id, 2), (b.id, 2)}
    # Team a names the police in beeldvorming; team b does not. Team a hands in inschatting.
    member = store.join("Ayla", workshop_code)
    store.save_team_answer(
        a.id,
        exercise.id,
        "beeldvorming",
        "ontbrekend",
        [{"informatie": "Status verdachte", "wie-haalt": "wijkagent"}],
        member.id,
    )
    clock.advance(minutes=6)
    assert engine.tick() == []  # line 4 waits for its step
    store.hand_in_step(a.id, exercise.id, "inschatting")
    assert [(o.team_id, o.nr) for o in engine.tick()] == [(a.id, 4)]
    clock.advance(minutes=10)
    outcomes = {(o.team_id, o.nr, o.status) for o in engine.tick()}
    assert outcomes == {(a.id, 3, LAPSED), (b.id, 3, RELEASED)}
    assert released(store, a.id, exercise) == [1, 2, 4]
    assert released(store, b.id, exercise) == [1, 2, 3]
    assert store.script_events(c.id, exercise.id) == []  # team c never started


def test_two_engines_ticking_together_release_each_line_once(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    make_tables(store, workshop_code, 1)
    other_store = Store(store.url)
    try:
        first = ScriptEngine(store, workshop_code, exercise, now=clock, entries=SCRIPT)
        second = ScriptEngine(other_store, workshop_code, exercise, now=clock, entries=SCRIPT)
        first.start()
        clock.advance(minutes=30)
        fired = first.tick() + second.tick() + second.tick() + first.tick()
        assert sorted(o.nr for o in fired) == [1, 2, 3]
    finally:
        other_store.close()


def test_clock_survives_a_restart_and_pause_holds_the_script(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    (team,) = make_tables(store, workshop_code, 1)
    engine = ScriptEngine(store, workshop_code, exercise, now=clock, entries=SCRIPT)
    engine.start()
    clock.advance(minutes=3)
    engine.pause()
    store.close()  # the server stops; nothing of the script lives in this kernel
    restarted = Store(store.url)
    try:
        engine = ScriptEngine(restarted, workshop_code, exercise, now=clock, entries=SCRIPT)
        clock.advance(minutes=30)  # paused: the clock stands still at T+0:03
        assert restarted.clock(team.id, exercise.id, clock()).elapsed == 180
        assert [o.nr for o in engine.tick()] == []  # a paused team gets nothing, not even its due line 1
        engine.start()  # resume
        assert [o.nr for o in engine.tick()] == [1]
        clock.advance(minutes=2)
        assert [o.nr for o in engine.tick()] == [2]
        assert restarted.clock(team.id, exercise.id, clock()).elapsed == 300
    finally:
        restarted.close()


def test_skip_jumps_to_the_next_line_and_early_release_fires_once(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    a, b = make_tables(store, workshop_code, 2)
    engine = ScriptEngine(store, workshop_code, exercise, now=clock, entries=SCRIPT)
    engine.start()
    engine.tick()
    assert [o.nr for o in engine.skip(a.id)] == [2]  # a jumps from T+0:00 to T+0:05
    assert store.clock(a.id, exercise.id, clock()).elapsed == 300
    assert store.clock(b.id, exercise.id, clock()).elapsed == 0
    assert [o.nr for o in engine.release_early(4, b.id)] == [4]
    assert engine.release_early(4, b.id) == []
    store.hand_in_step(b.id, exercise.id, "inschatting")
    clock.advance(minutes=15)
    # a stands at T+0:20 (line 3 fires: nobody named the police; line 4 waits for its step), b at T+0:15
    assert sorted((o.team_id, o.nr) for o in engine.tick()) == [(a.id, 3), (b.id, 2)]


def test_the_scenario_script_is_the_default_and_an_import_replaces_it(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    assert len(ScriptEngine(store, workshop_code, exercise).entries) == len(exercise.script) == 12
    store.set_workshop_script(workshop_code, exercise.id, [e.model_dump(mode="json") for e in SCRIPT], "mijn.csv")
    assert ScriptEngine(store, workshop_code, exercise).entries == SCRIPT


def test_mentions_finds_ids_and_words() -> None:
    assert mentions([{"wie-haalt": "wijkagent"}], "wijkagent")
    assert mentions("We bellen de Wijkagent vanochtend", "wijkagent")
    assert not mentions({"wie-haalt": "ggd", "informatie": "status"}, "wijkagent")
    assert not mentions(None, "wijkagent")


def test_the_app_knows_the_observer_role_without_loading_the_store() -> None:
    from kit.store.team_records import OBSERVER
    from kit.ui import app

    assert app.OBSERVER == OBSERVER


def test_an_engine_made_before_the_draaiboek_was_loaded_plays_the_loaded_one(
    store: Store, workshop_code: str, exercise: Exercise, clock: FakeClock
) -> None:
    """A member's screen makes its engine at sign-in; the facilitator loads the draaiboek afterwards."""
    (team,) = make_tables(store, workshop_code, 1)
    member_screen = ScriptEngine(store, workshop_code, exercise, now=clock)
    assert member_screen.entries == exercise.script
    loaded = [ScriptEntry(nr=7, tijd="T+0:00", inject="r1-scooters", ontvangers=["opbouwwerker"])]
    store.set_workshop_script(workshop_code, exercise.id, [e.model_dump(mode="json") for e in loaded], "d.xlsx")
    member_screen.start(team.id)
    assert [(o.team_id, o.nr) for o in member_screen.tick(team.id)] == [(team.id, 7)]
    assert [e.inject_id for e in store.script_events(team.id, exercise.id)] == ["r1-scooters"]
