"""One schema path with upgrades: old stores open in this version with their data, on both engines.

A store of Oefenkit 0.1 is built from its frozen DDL (tests/store/schema_v1/), filled as that version
filled it, and opened: it must keep every row and end up with exactly the schema of a new store, so a
model change without a migration step fails here. Synthetic steps check the helpers (a column, a unique
index, a table) and that steps run once and in order.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pg_support import fresh_postgres_database
from sqlalchemy import Column, Engine, Index, Integer, MetaData, String, Table, create_engine, inspect, select, text

from kit.store import Store, StoreError
from kit.store.gate import gate_for
from kit.store.migrations import (
    BASELINE,
    STEPS,
    Step,
    add_columns,
    add_indexes,
    create_tables,
    ensure_schema,
    head,
    migrations_table,
)
from kit.store.schema import Base

ROOT = Path(__file__).resolve().parents[2]
V1_DDL = Path(__file__).with_name("schema_v1")
HUB_OWNER_STEP = next(step.version for step in STEPS if "hub_owner" in step.name)


@pytest.fixture
def other_db_url(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A second empty database on the same engine, to compare schemas with."""
    if engine_name == "sqlite":
        yield f"sqlite:///{tmp_path / 'other.sqlite'}"
        return
    url, drop = fresh_postgres_database(request.getfixturevalue("postgres_url"))
    try:
        yield url
    finally:
        drop()


def build_v1(url: str) -> None:
    """An empty store as Oefenkit 0.1 created it, from its DDL."""
    engine = create_engine(url)
    lines = (V1_DDL / f"{engine.dialect.name}.sql").read_text(encoding="utf-8").splitlines()
    ddl = "\n".join(line for line in lines if not line.startswith("--"))
    with engine.begin() as conn:
        for statement in filter(None, (s.strip() for s in ddl.split(";\n"))):
            conn.exec_driver_sql(statement.rstrip(";"))
    engine.dispose()


def stamp(when: str) -> str:
    return f"2026-11-{when}.000000"


def fill_v1(url: str) -> None:
    """Rows in every table, written with the columns of version 1 only (as that version wrote them)."""
    engine = create_engine(url)
    rows: list[tuple[str, dict[str, Any]]] = [
        (
            "INSERT INTO workshops (id, code, title, exercise_ids, mode, key_hash, created_at, settings) "
            "VALUES (1, 'ABC234', 'Wijk Noord', :ex, 'groep', :hash, :at, :settings)",
            {"ex": '["casus-1"]', "hash": "0" * 64, "at": stamp("20 09:00:00"), "settings": '{"tempo": "vrij"}'},
        ),
        (
            "INSERT INTO participants (id, workshop_id, name, name_key, role, created_at) VALUES "
            "(1, 1, 'Fatima el Amrani', 'fatima el amrani', 'wijkagent', :at), (2, NULL, 'Ans', 'ans', NULL, :at)",
            {"at": stamp("20 09:05:00")},
        ),
        (
            "INSERT INTO answers (id, participant_id, exercise_id, step_id, value, version, updated_at) "
            "VALUES (1, 1, 'casus-1', 'stap-2-2', :value, 2, :at)",
            {"value": json.dumps({"fase": "3", "toelichting": "Één"}), "at": stamp("20 09:10:00")},
        ),
        (
            "INSERT INTO answer_history (id, participant_id, exercise_id, step_id, version, value, saved_at) "
            "VALUES (1, 1, 'casus-1', 'stap-2-2', 1, :v1, :at1), (2, 1, 'casus-1', 'stap-2-2', 2, :v2, :at2)",
            {
                "v1": json.dumps({"fase": "2"}),
                "at1": stamp("20 09:09:00"),
                "v2": json.dumps({"fase": "3", "toelichting": "Één"}),
                "at2": stamp("20 09:10:00"),
            },
        ),
        (
            "INSERT INTO positions (participant_id, exercise_id, step_id, updated_at) "
            "VALUES (1, 'casus-1', 'stap-2-2', :at)",
            {"at": stamp("20 09:10:00")},
        ),
        (
            "INSERT INTO submissions (id, participant_id, exercise_id, answers, result, total, submitted_at) "
            "VALUES (1, 1, 'casus-1', :answers, :result, 0.75, :at)",
            {"answers": '{"stap-2-2": {"fase": "3"}}', "result": '{"score": 0.75}', "at": stamp("20 09:20:00")},
        ),
        (
            "INSERT INTO released_injects (id, workshop_id, exercise_id, inject_id, roles, released_at) "
            "VALUES (1, 1, 'casus-1', 'inject-1', :roles, :at)",
            {"roles": '["wijkagent"]', "at": stamp("20 09:15:00")},
        ),
        (
            "INSERT INTO reveals (id, workshop_id, exercise_id, step_id, revealed_at) "
            "VALUES (1, 1, 'casus-1', '*', :at)",
            {"at": stamp("20 09:25:00")},
        ),
    ]
    with engine.begin() as conn:
        for sql, params in rows:
            conn.execute(text(sql), params)
        if engine.dialect.name == "postgresql":  # explicit ids: move the sequences past them, as inserts would
            for table in ("workshops", "participants", "answers", "answer_history", "submissions", "reveals"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 10)")
            conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('released_injects', 'id'), 10)")
    engine.dispose()


def schema_of(url: str, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Tables, columns (type, nullability), keys, unique constraints and indexes, comparable across stores."""
    engine = create_engine(url)
    found: dict[str, Any] = {}
    with engine.connect() as conn:
        inspector = inspect(conn)
        for table in sorted(set(inspector.get_table_names()) - set(exclude)):
            # PostgreSQL lists a unique constraint's own index too: count it once, as the constraint.
            constraints = {u["name"] for u in inspector.get_unique_constraints(table)}
            indexes = [i for i in inspector.get_indexes(table) if i["name"] not in constraints]
            found[table] = {
                "columns": [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)],
                "pk": inspector.get_pk_constraint(table)["constrained_columns"],
                # A unique constraint and a unique index enforce the same (SQLite can only add the latter).
                "unique": sorted(
                    [tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)]
                    + [tuple(str(c) for c in i["column_names"]) for i in indexes if i["unique"] and not partial(i)]
                ),
                "indexes": sorted(
                    (i["name"], tuple(str(c) for c in i["column_names"]), bool(i["unique"]))
                    for i in indexes
                    if not i["unique"] or partial(i)
                ),
                "fks": sorted(
                    (tuple(f["constrained_columns"]), f["referred_table"], str(f.get("options")))
                    for f in inspector.get_foreign_keys(table)
                ),
            }
    engine.dispose()
    return found


def partial(index: Any) -> bool:
    """Whether an index covers only some rows (WHERE ...): kept apart from plain unique columns."""
    options = index.get("dialect_options", {})
    return options.get("postgresql_where") is not None or options.get("sqlite_where") is not None


def versions(url: str) -> list[int]:
    engine = create_engine(url)
    with engine.connect() as conn:
        found = list(conn.execute(select(migrations_table.c.version).order_by(migrations_table.c.version)).scalars())
    engine.dispose()
    return found


def test_a_store_of_version_0_1_opens_with_all_its_data(db_url: str) -> None:
    build_v1(db_url)
    fill_v1(db_url)
    with Store(db_url) as store:
        workshop = store.workshop("abc 234")
        assert workshop is not None
        assert (workshop.title, workshop.exercise_ids, workshop.mode, workshop.settings) == (
            "Wijk Noord",
            ("casus-1",),
            "groep",
            {"tempo": "vrij"},
        )
        assert workshop.created_at == datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
        fatima = store.join("FATIMA EL AMRANI", "ABC234")
        assert (fatima.id, fatima.name, fatima.role) == (1, "Fatima el Amrani", "wijkagent")
        assert store.join("ans").id == 2
        assert store.load_answers(1, "casus-1") == {"stap-2-2": {"fase": "3", "toelichting": "Één"}}
        assert [(h["version"], h["value"]) for h in store.history(1, "casus-1", "stap-2-2")] == [
            (1, {"fase": "2"}),
            (2, {"fase": "3", "toelichting": "Één"}),
        ]
        assert store.position(1, "casus-1") == "stap-2-2"
        latest = store.latest_result(1, "casus-1")
        assert latest is not None and (latest["total"], latest["result"]) == (0.75, {"score": 0.75})
        assert [(r["inject_id"], r["roles"]) for r in store.released_injects("ABC234", "casus-1")] == [
            ("inject-1", ["wijkagent"])
        ]
        assert store.revealed("ABC234", "casus-1") == {"*"}
        # It goes on where version 0.1 left off.
        assert store.save_answer(1, "casus-1", "stap-2-2", {"fase": "4"}) == 3
        assert store.join("Bob", "ABC234").id > 2
        assert store.create_workshop("Nieuw", [], "individueel").id > 1
    assert versions(db_url) == list(range(BASELINE, head() + 1))


def test_an_upgraded_store_has_exactly_the_schema_of_a_new_one(db_url: str, other_db_url: str) -> None:
    """Fails when a model in kit.store.schema changed without a Step in kit.store.migrations.STEPS."""
    build_v1(db_url)
    Store(db_url).close()
    Store(other_db_url).close()
    assert schema_of(db_url) == schema_of(other_db_url)
    assert versions(other_db_url) == [head()]


def test_the_hub_owner_table_the_service_made_itself_is_rebuilt_with_its_rows(db_url: str, other_db_url: str) -> None:
    """Before its step the scoring service created `hub_owner` itself (no foreign key, no version row)."""
    with Store(db_url) as store:
        kept = store.join("Anna").id
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE hub_owner"))
        # a new store has one row, its version: make it the one before the hub_owner step
        conn.execute(migrations_table.update().values(version=HUB_OWNER_STEP - 1))
        conn.execute(
            text("CREATE TABLE hub_owner (participant_id INTEGER PRIMARY KEY, hub_user VARCHAR(255) NOT NULL)")
        )
        conn.execute(
            text("INSERT INTO hub_owner VALUES (:kept, 'anna'), (:gone, 'bram')"), {"kept": kept, "gone": kept + 99}
        )
    engine.dispose()
    with Store(db_url) as store:
        assert store.hub_owner(kept) == "anna"
        assert store.hub_owner(kept + 99) is None  # its participant no longer exists
        assert store.claim_hub_owner(kept, "bram") is False
    Store(other_db_url).close()
    assert schema_of(db_url) == schema_of(other_db_url)
    assert versions(db_url)[-1] == head()


def test_opening_again_changes_nothing(db_url: str) -> None:
    Store(db_url).close()
    before = versions(db_url)
    with Store(db_url) as store:
        assert ensure_schema(store._engine, store._gate) == head()
    assert versions(db_url) == before


def test_a_store_newer_than_this_version_is_refused_in_dutch(db_url: str) -> None:
    Store(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        future = migrations_table.insert().values(version=head() + 5, name="toekomst", applied_at=datetime.now(UTC))
        conn.execute(future)
    engine.dispose()
    with pytest.raises(StoreError, match="nieuwere versie van Oefenkit") as caught:
        Store(db_url)
    assert caught.value.key == "schema_too_new"


def test_steps_must_be_numbered_without_gaps(db_url: str) -> None:
    engine = create_engine(db_url)
    with pytest.raises(ValueError, match="numbered"):
        ensure_schema(engine, gate_for(db_url), [Step(3, "te ver", lambda conn: None)])
    engine.dispose()


def future_schema() -> tuple[MetaData, list[Step]]:
    """The models as a later version might have them, and the steps (today's, then three more) to get there."""
    metadata = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    participants = metadata.tables["participants"]
    nickname = Column("nickname", String(12), nullable=True)
    participants.append_column(nickname)
    unique_nickname = Index("uq_participants_nickname", participants.c.nickname, unique=True)
    notes = Table(
        "notes",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("text", String(200), nullable=False),
    )
    now = head()
    steps = [
        *STEPS,
        Step(now + 1, "participants.nickname", add_columns(nickname)),
        Step(now + 2, "unique nicknames", add_indexes(unique_nickname)),
        Step(now + 3, "the table notes", create_tables(notes)),
    ]
    return metadata, steps


def open_engine(url: str) -> Engine:
    from kit.store.engine import make_engines

    return make_engines(url)[1]


def test_steps_add_a_column_an_index_and_a_table_once_and_in_order(db_url: str, other_db_url: str) -> None:
    build_v1(db_url)
    fill_v1(db_url)
    metadata, steps = future_schema()
    old, new = open_engine(db_url), open_engine(other_db_url)
    assert ensure_schema(old, gate_for(db_url), steps, metadata) == BASELINE
    assert ensure_schema(new, gate_for(other_db_url), steps, metadata) == 0
    last = head() + 3
    assert ensure_schema(old, gate_for(db_url), steps, metadata) == last  # again: nothing to do
    assert versions(db_url) == list(range(1, last + 1)) and versions(other_db_url) == [last]
    assert schema_of(db_url) == schema_of(other_db_url)
    with old.begin() as conn:
        assert conn.execute(text("SELECT name, nickname FROM participants ORDER BY id")).all() == [
            ("Fatima el Amrani", None),
            ("Ans", None),
        ]
        conn.execute(text("UPDATE participants SET nickname = 'K7P2QX' WHERE id = 1"))
    with pytest.raises(Exception, match=r"(?i)unique"), old.begin() as conn:
        conn.execute(text("UPDATE participants SET nickname = 'K7P2QX' WHERE id = 2"))
    old.dispose()
    new.dispose()


OPENER = """
import os, sys
url, n = sys.argv[1], int(sys.argv[2])
import kit.store
read_end, write_end = os.pipe()
pids = []
for i in range(n):
    pid = os.fork()
    if pid == 0:
        os.close(write_end)
        os.read(read_end, 1)
        code = 1
        try:
            with kit.store.Store(url) as store:
                store.join(f"Deelnemer {i}")
                store.join("Iedereen")
            code = 0
        except BaseException as error:
            print(f"{i}: {type(error).__name__}: {error}"[:400], flush=True)
        os._exit(code)
    pids.append(pid)
os.write(write_end, b"g" * n)
failed = sum(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0 for pid in pids)
sys.exit(1 if failed else 0)
"""


@pytest.mark.parametrize("round_", range(3))
def test_many_processes_open_a_new_store_at_once(db_url: str, round_: int) -> None:
    opened = subprocess.run(
        [sys.executable, "-c", OPENER, db_url, "8"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert versions(db_url) == [head()]
    with Store(db_url) as store, store._read() as session:
        names = session.execute(text("SELECT name FROM participants ORDER BY name")).scalars().all()
    assert names == sorted([f"Deelnemer {i}" for i in range(8)] + ["Iedereen"])
