"""Deleting a workshop removes all its personal data and nothing of anyone else."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from kit.store import Store
from kit.store.schema import Base, Workshop


def fill(store: Store, code: str | None) -> None:
    """A participant of `code` (self-study for None) with a row in every table."""
    me = store.join(f"Ans {code}", code, role="wijkagent")
    for version in range(3):
        store.save_answer(me.id, "ex", "s1", {"q": version})
    store.set_position(me.id, "ex", "s1")
    store.submit(me.id, "ex", {"s1": {"q": 2}}, {"score": 1}, 1.0)
    store.save_lessons(me.id, "ex", {"goed": "samen"})
    assert store.claim_hub_owner(me.id, f"hub-{code}")
    if code is not None:
        store.release_inject(code, "ex", "inject-1", ["wijkagent"])
        store.reveal(code, "ex")
        team = store.create_team(code, "Tafel 1")
        store.set_team(me.id, team.id)
        store.save_team_answer(team.id, "ex", "s1", "q", "x", me.id)
        store.hand_in_step(team.id, "ex", "s1")
        store.submit_team(team.id, "ex", {"s1": {"q": "x"}}, {"total": 1}, 1.0, me.id)
        store.start_clock(team.id, "ex")
        store.record_script_event(team.id, "ex", 1, "inject-1", None, "uitgebracht", "tijd", 0.0)
        store.set_workshop_script(code, "ex", [{"nr": 1, "tijd": "T+0:00", "inject": "inject-1"}], "d.csv")
        store.save_observation(me.id, team.id, "ex", "s1", "bob", "P", "goed")
        store.set_self_study(code, "ex", allowed=False)


SERVER_TABLES = {"organiser_key"}
"""Rows of the server, not of any workshop (the organiser key's hash): a workshop neither adds nor deletes them."""


def counts(store: Store) -> dict[str, int]:
    with store._read() as session:
        return {
            table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
            if table.name not in SERVER_TABLES
        }


def test_delete_workshop_leaves_no_rows_of_it_and_keeps_the_others(store: Store) -> None:
    kept = store.create_workshop("Blijft", ["ex"], "groep").code
    fill(store, kept)
    fill(store, None)
    before = counts(store)
    gone = store.create_workshop("Weg", ["ex"], "groep").code
    fill(store, gone)
    other = store.join("Bob", gone)
    store.save_answer(other.id, "ex", "s2", {"q": "x"})
    assert all(n > before[name] for name, n in counts(store).items())

    assert store.delete_workshop(gone.lower())

    assert counts(store) == before
    assert store.workshop(gone) is None
    assert [p.name for p in store.participants(kept)] == [f"Ans {kept}"]
    assert store.delete_workshop(gone) is False


def test_database_cascade_also_removes_every_dependent_row(store: Store) -> None:
    code = store.create_workshop("W", ["ex"], "groep").code
    fill(store, code)
    with store._write() as session:
        session.execute(delete(Workshop))
    assert set(counts(store).values()) == {0}
