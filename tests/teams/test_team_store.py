"""The team tables in the store: an older store gains them on opening; a team submits once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from kit.store import Store
from kit.store.migrations import STEPS, TEAM_TABLES
from kit.store.schema import Base

TEAM_STEP = next(step.version for step in STEPS if "teams" in step.name)


def test_a_store_from_before_team_play_gains_the_team_tables(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
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
