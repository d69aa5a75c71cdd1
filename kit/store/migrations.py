"""One path for the store's schema: create it, or upgrade an older store step by step, by one process at a time.

The version of a store is the highest row in its `schema_migrations` table. A new store gets every table
of `kit.store.schema` at once and the version `HEAD`; an older one runs the `STEPS` above its version, in
order, in one transaction. Stores made before versioning (Oefenkit 0.1) have the tables of version 1 and
no `schema_migrations`: they count as version 1.

To change the schema, change the model in `kit.store.schema` AND append one `Step` here, for example:

    Step(2, "participants.resume_code", add_columns(Participant.__table__.c.resume_code)),
    Step(3, "unique resume codes", add_indexes(*Participant.__table__.indexes)),  # or a named Index
    Step(4, "the table notes", create_tables(Note.__table__)),

tests/store/test_migrations.py fails when a model change has no step (an upgraded store must end up
with exactly the schema of a new one), and checks that an old store keeps its data.

Several processes may open a new store at once: the work is done under an exclusive lock (a
transaction-scoped advisory lock on PostgreSQL; `BEGIN IMMEDIATE` plus the write gate on SQLite), and
whoever comes second finds the store at `HEAD` and does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    func,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateColumn

from kit.store.gate import WriteGate
from kit.store.records import StoreError
from kit.store.schema import (
    Base,
    HubOwner,
    OrganiserKey,
    Participant,
    SelfStudyOff,
    UtcDateTime,
    Workshop,
    utcnow,
)

BASELINE = 1
"""The schema of Oefenkit 0.1, the last version without `schema_migrations`."""
ADVISORY_LOCK_KEY = 0x6F65_666B_6974  # "oefkit": one key for every store on a server, held per transaction

version_metadata = MetaData()
migrations_table = Table(
    "schema_migrations",
    version_metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", UtcDateTime, nullable=False),
)


@dataclass(frozen=True)
class Step:
    """One upgrade: from version `version - 1` to `version`, by running `apply` on the connection."""

    version: int
    name: str
    apply: Callable[[Connection], None]


def add_columns(*columns: Column[Any]) -> Callable[[Connection], None]:
    """A step that adds model columns to their existing table (ALTER TABLE ... ADD COLUMN), as declared.

    A new column must be nullable or have a `server_default`, since the table has rows already.
    """

    def apply(conn: Connection) -> None:
        for column in columns:
            table = column.table
            ddl = CreateColumn(column).compile(dialect=conn.dialect)
            conn.execute(text(f"ALTER TABLE {conn.dialect.identifier_preparer.format_table(table)} ADD COLUMN {ddl}"))

    return apply


def add_indexes(*indexes: Index) -> Callable[[Connection], None]:
    """A step that creates model indexes (also unique ones, which SQLite cannot add as constraints)."""

    def apply(conn: Connection) -> None:
        for index in indexes:
            index.create(conn)

    return apply


def add_unique(*columns: Column[Any]) -> Callable[[Connection], None]:
    """A step that makes model columns declared `unique=True` unique, named as `create_all` names it.

    PostgreSQL gets the same UNIQUE constraint as a new store; SQLite, which cannot add constraints to a
    table, a unique index of that name (it enforces the same).
    """

    def apply(conn: Connection) -> None:
        for column in columns:
            table = column.table
            prep = conn.dialect.identifier_preparer
            name = prep.quote(f"uq_{table.name}_{column.name}")
            if conn.dialect.name == "postgresql":
                sql = f"ALTER TABLE {prep.format_table(table)} ADD CONSTRAINT {name} UNIQUE ({prep.quote(column.name)})"
            else:
                sql = f"CREATE UNIQUE INDEX {name} ON {prep.format_table(table)} ({prep.quote(column.name)})"
            conn.execute(text(sql))

    return apply


def create_tables(*tables: Table) -> Callable[[Connection], None]:
    """A step that creates new model tables with their indexes."""

    def apply(conn: Connection) -> None:
        for table in tables:
            table.create(conn)

    return apply


def create_missing_tables(*tables: Table) -> Callable[[Connection], None]:
    """A step that creates new model tables unless they exist (a test may rerun it on a current store)."""

    def apply(conn: Connection) -> None:
        for table in tables:
            table.create(conn, checkfirst=True)

    return apply


def adopt_table(table: Table) -> Callable[[Connection], None]:
    """A step that creates a model table, or rebuilds one an earlier build made outside this path.

    The scoring service of issue 14 first created `hub_owner` itself (without the foreign key): its
    rows that still name a participant are kept, the table gets exactly the model's definition.
    """

    def apply(conn: Connection) -> None:
        rows: list[dict[str, Any]] = []
        if inspect(conn).has_table(table.name):
            found = Table(table.name, MetaData(), autoload_with=conn)
            rows = [dict(row._mapping) for row in conn.execute(select(found))]
            found.drop(conn)
        table.create(conn)
        if rows:
            known = set(conn.execute(select(_participants.id)).scalars())
            kept = [{c.name: row[c.name] for c in table.c} for row in rows if row["participant_id"] in known]
            if kept:
                conn.execute(insert(table), kept)

    return apply


_workshops = cast(Table, Workshop.__table__).c
_participants = cast(Table, Participant.__table__).c

TEAM_TABLES = (
    "teams",
    "team_members",
    "team_answers",
    "team_answer_history",
    "team_steps",
    "team_submissions",
    "workshop_scripts",
    "script_clocks",
    "script_events",
    "observations",
    "lessons",
)
"""The tables of team play, the inject script, observations and lessons learned (issue 13)."""

STEPS: tuple[Step, ...] = (
    Step(
        2,
        "workshops: salted facilitator keys and the wrong-key limit (issue 11)",
        add_columns(_workshops.key_salt, _workshops.key_params, _workshops.key_failures, _workshops.key_locked_until),
    ),
    Step(
        3,
        "participants: resume codes and rejoin approval (issue 11)",
        add_columns(_participants.resume_hash, _participants.rejoin_requested_at, _participants.rejoin_approved),
    ),
    Step(4, "participants: unique resume codes", add_unique(_participants.resume_hash)),
    Step(5, "the table self_study_off (issue 11)", create_tables(cast(Table, SelfStudyOff.__table__))),
    Step(
        6,
        "teams, inject script, observations, lessons (issue 13)",
        create_tables(*(t for t in Base.metadata.sorted_tables if t.name in TEAM_TABLES)),
    ),
    Step(7, "the table hub_owner (issue 14)", adopt_table(cast(Table, HubOwner.__table__))),
    Step(8, "the table organiser_key (issue 18)", create_missing_tables(cast(Table, OrganiserKey.__table__))),
)
"""Every upgrade after `BASELINE`, in order; version numbers follow on without gaps."""


def head(steps: Sequence[Step] = STEPS) -> int:
    """The version a store has once every step has run."""
    return steps[-1].version if steps else BASELINE


def stored_version(conn: Connection, tables: Sequence[str] = tuple(Base.metadata.tables)) -> int | None:
    """The version of the store on `conn`: None for an empty database, BASELINE before versioning."""
    names = set(inspect(conn).get_table_names())
    if migrations_table.name in names:
        found = conn.execute(select(func.max(migrations_table.c.version))).scalar_one_or_none()
        if found is not None:
            return int(found)
    return BASELINE if names & set(tables) else None


def quick_version(engine: Engine) -> int | None:
    """The store's version in one query without any lock, or None if that cannot tell (e.g. no table)."""
    try:
        with engine.connect() as conn:
            found = conn.execute(select(func.max(migrations_table.c.version))).scalar_one_or_none()
    except DBAPIError:
        return None
    return None if found is None else int(found)


def ensure_schema(
    engine: Engine,
    gate: WriteGate,
    steps: Sequence[Step] = STEPS,
    metadata: MetaData = Base.metadata,
) -> int:
    """Create or upgrade the store at `engine` to `head(steps)`; returns the version it had before (0: new).

    Raises StoreError if the store is newer than this code knows how to use.
    """
    _check_steps(steps)
    target = head(steps)
    found = quick_version(engine)
    if found == target:
        return found
    if found is not None and found > target:
        raise StoreError("schema_too_new", version=found, supported=target)
    with gate.hold(), engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(ADVISORY_LOCK_KEY)))
        current = stored_version(conn, tuple(metadata.tables))
        if current is None:
            metadata.create_all(conn)
            version_metadata.create_all(conn)
            _record(conn, target, "new store")
            return 0
        if current > target:
            raise StoreError("schema_too_new", version=current, supported=target)
        version_metadata.create_all(conn)
        if current == BASELINE and not _has_rows(conn):
            _record(conn, BASELINE, "store from before versioned schemas")
        for step in steps:
            if step.version > current:
                step.apply(conn)
                _record(conn, step.version, step.name)
        return current


def _has_rows(conn: Connection) -> bool:
    return conn.execute(select(func.count()).select_from(migrations_table)).scalar_one() > 0


def _record(conn: Connection, version: int, name: str) -> None:
    conn.execute(insert(migrations_table).values(version=version, name=name[:200], applied_at=utcnow()))


def _check_steps(steps: Sequence[Step]) -> None:
    expected = list(range(BASELINE + 1, BASELINE + 1 + len(steps)))
    if [step.version for step in steps] != expected:
        raise ValueError(f"schema steps must be numbered {expected}, not {[s.version for s in steps]}")
