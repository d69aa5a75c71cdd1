"""Reading the journeys' store directly, as an auditor would: who is there, and what is left after a delete."""

from __future__ import annotations

from sqlalchemy import create_engine, func, select

from kit.store.schema import Base, Participant, Workshop


def participant_ids(database_url: str, name: str) -> list[int]:
    """Every participant of that name (self-study and workshops)."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return [int(row) for row in conn.scalars(select(Participant.id).where(Participant.name == name))]
    finally:
        engine.dispose()


SERVER_TABLES = frozenset({"organiser_key"})
"""Tables of the server, not of a workshop: deleting a workshop's personal data leaves them."""


def rows_per_table(database_url: str) -> dict[str, int]:
    """The row count of every table of the store's schema."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return {
                table.name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def workshop_count(database_url: str) -> int:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(Workshop)) or 0)
    finally:
        engine.dispose()


def workshop_rows_left(database_url: str) -> dict[str, int]:
    """Tables that still hold rows, the server's own (SERVER_TABLES) apart: after a delete, none."""
    return {table: rows for table, rows in rows_per_table(database_url).items() if rows and table not in SERVER_TABLES}
