"""Team play (issue 13) under the Hub: refused in Dutch before anyone signs in; the service serves no team call."""

from __future__ import annotations

from typing import Any

from kit.content.library import Library
from kit.remote.client import ServiceStore
from kit.remote.operations import OPERATIONS, Backend
from kit.ui.app import SignIn
from kit.ui.team_texts import TT

CASUS = "casus-1"


def test_a_workshop_with_tables_says_it_needs_the_local_store(
    backend: Backend, client_for: Any, participant_library: Library
) -> None:
    code = backend.store.create_workshop("W", [CASUS], "groep").code
    backend.store.create_team(code, "Tafel 1")
    store = ServiceStore(client_for("anna"))
    assert store.has_tables(code)
    form = SignIn([participant_library.exercise(CASUS)], store)
    form.name.value, form.code.value = "Anna", code
    assert form.start() is None
    assert "JupyterHub" in form.message.value and "lokale opslag" in form.message.value
    assert TT["needs_sql_store"].split(":")[0] in form.message.value
    assert backend.store.named_participant("Anna", code) is None  # refused before signing in
    assert backend.store.team_members(code) == []


def test_a_group_workshop_without_tables_still_runs_on_the_service(
    backend: Backend, client_for: Any, participant_library: Library
) -> None:
    code = backend.store.create_workshop("W", [CASUS], "groep").code
    store = ServiceStore(client_for("anna"))
    assert not store.has_tables(code)
    form = SignIn([participant_library.exercise(CASUS)], store)
    form.name.value, form.code.value = "Anna", code
    assert form.start() is not None, form.message.value
    pid = backend.store.named_participant("Anna", code)
    assert pid is not None and backend.store.hub_owner(pid) == "anna"


def test_the_service_offers_no_team_call() -> None:
    """Team records, seats, roles and the script would bypass the per-participant ownership check."""
    team_calls = {
        "teams",
        "team_of",
        "set_team",
        "set_role",
        "team_members",
        "save_team_answer",
        "team_answers",
        "team_history",
        "hand_in_step",
        "handed_in_steps",
        "submit_team",
        "team_result",
        "script_events",
        "create_team",
    }
    assert OPERATIONS.isdisjoint(team_calls)
