"""Seating people at tables (tafels) and handing out roles so every table covers the kernteam.

Plain functions over the store: the facilitator's auto-fill, and the seat a participant gets when
they sign in after the tables were made. Roles go round within a table, in the scenario's order,
so a table of five in oefenvorm 2 has each kernteam role once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kit.store import Store
from kit.store.team_records import OBSERVER, TeamInfo, TeamMemberInfo


def table_name(position: int) -> str:
    return f"Tafel {position + 1}"


def make_tables(store: Store, code: str, count: int) -> list[TeamInfo]:
    """Make sure the workshop has at least `count` tables, named Tafel 1, Tafel 2, ..."""
    existing = store.teams(code)
    for position in range(len(existing), count):
        store.create_team(code, table_name(position))
    return store.teams(code)


def auto_fill(
    store: Store, code: str, roles: Sequence[str], tables: int | None = None, size: int | None = None
) -> None:
    """Seat everyone not yet seated (observers too), filling the emptiest table first, and give roles.

    Give either the number of `tables` or their `size`; with neither, the existing tables are used.
    Participants who already sit at a table keep their seat and role.
    """
    members = store.team_members(code)
    players = [m for m in members if m.role != OBSERVER]
    if tables is None and size:
        tables = max(1, -(-len(players) // size))
    teams = make_tables(store, code, tables or max(1, len(store.teams(code))))
    for member in members:
        if member.team_id is None:
            seat(store, code, member.participant_id, roles, teams=teams, observer=member.role == OBSERVER)


def seat(
    store: Store,
    code: str,
    participant_id: int,
    roles: Sequence[str],
    teams: list[TeamInfo] | None = None,
    observer: bool = False,
) -> TeamInfo | None:
    """Seat one participant at the table with the fewest players (observers: fewest observers).

    A player gets the first role of `roles` not yet taken at that table (or, at a full table, the
    least taken). Returns the table, or None if the workshop has no tables (then nothing changes).
    """
    teams = teams if teams is not None else store.teams(code)
    if not teams:
        return None
    current = store.team_of(participant_id)
    if current is not None:
        return current
    members = [m for m in store.team_members(code) if m.team_id is not None]

    def load(team: TeamInfo) -> int:
        return sum(1 for m in members if m.team_id == team.id and (m.role == OBSERVER) == observer)

    team = min(teams, key=lambda t: (load(t), t.position))
    store.set_team(participant_id, team.id)
    if not observer and roles:
        store.set_role(participant_id, next_role(roles, [m for m in members if m.team_id == team.id]))
    return team


def next_role(roles: Sequence[str], members: Sequence[TeamMemberInfo]) -> str:
    """The first role nobody at the table has, else the least taken one (ties: the earlier role)."""
    taken = Counter(m.role for m in members if m.role)
    return min(roles, key=lambda r: (taken[r], roles.index(r)))


def take_seat(
    store: Store, code: str, participant_id: int, roles: Sequence[str], chosen: str | None
) -> TeamInfo | None:
    """Where a participant lands on signing in to a workshop with tables: their seat, or a new one.

    A seated participant keeps seat and role (the facilitator's choice wins over the form). A newcomer
    who chose to observe becomes an observer; a player gets the role they chose if it is free there.
    """
    team = store.team_of(participant_id)
    if team is not None:
        return team
    observer = chosen == OBSERVER
    if observer:
        store.set_role(participant_id, OBSERVER)
    preferred = [chosen] if chosen is not None and chosen in roles else []
    return seat(store, code, participant_id, preferred + [r for r in roles if r != chosen], observer=observer)
