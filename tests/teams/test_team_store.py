"""The team tables in the store, on both engines: an older store gains them on opening; every save of a
team question makes a new version; a step is handed in, a team submits and a clock starts only once."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import create_engine, inspect, text
from team_support import FakeClock

from kit.store import Store
from kit.store.migrations import STEPS, TEAM_TABLES
from kit.store.schema import Base

TEAM_STEP = next(step.version for step in STEPS if "teams" in step.name)


def test_a_store_from_before_team_play_gains_the_team_tables(db_url: str) -> None:
    url = db_url
    Store(url).close()  # a current store, then taken back to the version before team play
    engine = create_engine(url)
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in TEAM_TABLES:
                table.drop(conn)
        # a new store has one row, its version; later steps (hub_owner) rerun safely on top
        conn.execute(text("UPDATE schema_migrations SET version = :v"), {"v": TEAM_STEP - 1})
    engine.dispose()
    with Store(url) as store:
        code = store.create_workshop("Oud", ["ex"], "groep").code
        team = store.create_team(code, "Tafel 1")
        assert [t.name for t in store.teams(code)] == ["Tafel 1"]
        assert store.submit_team(team.id, "ex", {}, {"total": 0}, 0.0, store.join("A", code).id)
        assert not store.submit_team(team.id, "ex", {}, {"total": 1}, 1.0, store.join("B", code).id)
        assert store.team_result(team.id, "ex")["submitted_by"] == "A"  # type: ignore[index]
    engine = create_engine(url)
    assert set(TEAM_TABLES) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_team_names_are_unique_per_workshop_and_trimmed(store: Store, workshop_code: str) -> None:
    first = store.create_team(workshop_code, "  Tafel   rood ")
    again = store.create_team(workshop_code, "Tafel rood")
    assert first == again and first.name == "Tafel rood"


def test_three_saves_of_one_question_read_back_the_third_as_version_3(store: Store, workshop_code: str) -> None:
    team = store.create_team(workshop_code, "Tafel 1")
    ann, bob = store.join("Ann", workshop_code).id, store.join("Bob", workshop_code).id
    saved = [
        store.save_team_answer(team.id, "ex", "stap", "vraag", "eerste", ann, base_version=None),
        store.save_team_answer(team.id, "ex", "stap", "vraag", "tweede", ann, base_version=1),
        store.save_team_answer(team.id, "ex", "stap", "vraag", "derde", bob, base_version=1),
    ]
    assert [s.version for s in saved] == [1, 2, 3]
    assert saved[2].overwrote == "Ann"  # Bob's screen showed version 1: he is told whose edit he replaced
    answers = store.team_answers(team.id, "ex")
    assert answers.values == {"stap": {"vraag": "derde"}}
    assert answers.versions[("stap", "vraag")] == 3 and answers.editors[("stap", "vraag")] == bob
    history = store.team_history(team.id, "ex")
    assert [(h["version"], h["value"]) for h in history] == [(1, "eerste"), (2, "tweede"), (3, "derde")]
    again = store.save_team_answer(team.id, "ex", "stap", "vraag", "derde", bob, base_version=3)
    assert again.version == 3 and len(store.team_history(team.id, "ex")) == 3  # unchanged: no new version


def test_a_step_is_handed_in_and_a_team_submits_only_once(store: Store, workshop_code: str) -> None:
    team = store.create_team(workshop_code, "Tafel 1")
    ann, bob = store.join("Ann", workshop_code).id, store.join("Bob", workshop_code).id
    assert store.hand_in_step(team.id, "ex", "stap")
    assert not store.hand_in_step(team.id, "ex", "stap")
    assert store.handed_in_steps(team.id, "ex") == {"stap"}
    assert store.submit_team(team.id, "ex", {"stap": {"vraag": 1}}, {"score": 1}, 1.0, ann)
    assert not store.submit_team(team.id, "ex", {"stap": {"vraag": 2}}, {"score": 2}, 2.0, bob)
    result = store.team_result(team.id, "ex")
    assert result is not None and result["submitted_by"] == "Ann" and result["total"] == 1.0


def test_a_script_line_gets_one_outcome(store: Store, workshop_code: str) -> None:
    team = store.create_team(workshop_code, "Tafel 1")
    assert store.record_script_event(team.id, "ex", 1, "inject-a", None, "uitgebracht", "tijd", 0.0)
    assert not store.record_script_event(team.id, "ex", 1, "inject-a", ["voorzitter"], "vervallen", "tijd", 9.0)
    (event,) = store.script_events(team.id, "ex")
    assert (event.status, event.roles) == ("uitgebracht", None)


def test_a_paused_clock_resumes_where_it_stood(store: Store, workshop_code: str) -> None:
    team = store.create_team(workshop_code, "Tafel 1")
    clock = FakeClock()
    store.start_clock(team.id, "ex", clock())
    clock.advance(minutes=3)
    store.pause_clock(team.id, "ex", clock())
    clock.advance(minutes=10)
    paused = store.clock(team.id, "ex", clock())
    assert paused.paused and paused.elapsed == 180
    store.start_clock(team.id, "ex", clock())  # resume
    clock.advance(minutes=2)
    running = store.clock(team.id, "ex", clock())
    assert running.started and not running.paused and running.elapsed == 300
    store.start_clock(team.id, "ex", clock())  # starting a running clock leaves it alone
    assert store.clock(team.id, "ex", clock() + timedelta(seconds=1)).elapsed == 301
    assert store.clocks(workshop_code, "ex", clock())[team.id].elapsed == 300
