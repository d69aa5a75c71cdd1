"""sign_in, resume, the self-study switch, reveals and injects through the service: each only for its owner."""

from __future__ import annotations

from typing import Any

import pytest

from kit.errors import KitError
from kit.remote.client import ServiceError, ServiceStore
from kit.remote.operations import Backend, NotYours

CASUS = "casus-1"


def test_sign_in_binds_the_name_to_the_account_and_issues_a_resume_code(backend: Backend, client_for: Any) -> None:
    code = backend.store.create_workshop("W", [CASUS]).code
    anna = ServiceStore(client_for("anna"))
    first = anna.sign_in("Sanne", code, role="wijkagent")
    assert first.resume_code is not None and first.participant.role == "wijkagent"
    assert backend.store.hub_owner(first.participant.id) == "anna"
    # The owner signs in again without the code (the Hub login proves it) and may change role.
    again = anna.sign_in(" sanne ", code, role="jongerenwerker")
    assert again.participant.id == first.participant.id and again.resume_code is None
    assert again.participant.role == "jongerenwerker"
    # Another account is refused, even with the right resume code, and leaves no rejoin request.
    with pytest.raises(ServiceError, match="al in gebruik"):
        ServiceStore(client_for("bram")).sign_in("Sanne", code, resume_code=first.resume_code)
    assert backend.store.rejoin_requests(code) == []
    # Not even a facilitator's approval hands the name to another account.
    backend.store.approve_rejoin(code, first.participant.id)
    with pytest.raises(ServiceError, match="al in gebruik"):
        ServiceStore(client_for("bram")).sign_in("Sanne", code)
    assert backend.store.hub_owner(first.participant.id) == "anna"


def test_a_name_nobody_holds_follows_the_stores_resume_rules(backend: Backend, client_for: Any) -> None:
    """A participant made outside the service (e.g. `make run` on the same database) needs its code."""
    local = backend.store.sign_in("Anna")
    with pytest.raises(ServiceError):
        ServiceStore(client_for("bram")).sign_in("Anna")
    assert backend.store.hub_owner(local.participant.id) is None
    assert local.resume_code is not None
    taken = ServiceStore(client_for("anna")).sign_in("Anna", resume_code=local.resume_code)
    assert taken.participant.id == local.participant.id
    assert backend.store.hub_owner(local.participant.id) == "anna"


def test_resume_finds_only_the_accounts_own_participant(backend: Backend, client_for: Any) -> None:
    anna = ServiceStore(client_for("anna"))
    signed = anna.sign_in("Anna")
    assert signed.resume_code is not None
    found = anna.resume(signed.resume_code)
    assert found is not None and found.id == signed.participant.id
    assert ServiceStore(client_for("bram")).resume(signed.resume_code) is None
    assert anna.resume("ABCD-EFGH") is None
    assert backend.store.hub_owner(signed.participant.id) == "anna"


def test_the_self_study_switch_reaches_the_kernel_per_workshop(backend: Backend, client_for: Any) -> None:
    closing = backend.store.create_workshop("Dicht", [CASUS]).code
    other = backend.store.create_workshop("Open", [CASUS]).code
    backend.store.set_self_study(closing, CASUS, allowed=False)
    store = ServiceStore(client_for("anna"))
    assert store.self_study_closed() == {CASUS}
    assert store.self_study_closed(closing) == {CASUS}
    assert store.self_study_closed(other) == set()
    with pytest.raises(ServiceError):
        store.self_study_closed("ZZZZZZ")


def test_self_study_of_a_closed_exercise_gets_no_score(backend: Backend) -> None:
    code = backend.store.create_workshop("W", [CASUS]).code
    backend.store.set_self_study(code, CASUS, allowed=False)
    pid = backend.sign_in("anna", {"name": "Anna"})["participant"]["id"]
    with pytest.raises(KitError, match="alleen in een workshop"):
        backend.check_step("anna", {"participant_id": pid, "exercise_id": CASUS, "step_id": "stap-1", "values": {}})


def test_reveals_and_injects_only_for_members_of_the_workshop(backend: Backend, client_for: Any) -> None:
    code = backend.store.create_workshop("W", [CASUS]).code
    backend.store.reveal(code, CASUS)
    anna = ServiceStore(client_for("anna"))
    with pytest.raises(ServiceError, match="niet aangemeld in deze workshop"):
        anna.revealed(code, CASUS)
    anna.sign_in("Anna", code)
    assert anna.revealed(code, CASUS) == {"*"}
    assert anna.released_injects(code, CASUS) == []
    ServiceStore(client_for("bram")).sign_in("Bram")  # a self-study participant is no member of the workshop
    for operation in ("revealed", "released_injects"):
        handler = backend.operation(operation)
        assert handler is not None
        with pytest.raises(NotYours):
            handler("bram", {"workshop_code": code, "exercise_id": CASUS})


def test_latest_result_is_the_owners_only(backend: Backend, client_for: Any) -> None:
    pid = backend.sign_in("anna", {"name": "Anna"})["participant"]["id"]
    assert backend.latest_result("anna", {"participant_id": pid, "exercise_id": CASUS}) is None
    backend.submit("anna", {"participant_id": pid, "exercise_id": CASUS, "answers": {}})
    assert backend.latest_result("anna", {"participant_id": pid, "exercise_id": CASUS}) is not None
    with pytest.raises(NotYours):
        backend.latest_result("bram", {"participant_id": pid, "exercise_id": CASUS})


def test_every_operation_is_listed_and_callable(backend: Backend) -> None:
    from kit.remote.operations import OPERATIONS

    for name in OPERATIONS:
        assert callable(backend.operation(name)), name
    assert backend.operation("claim_hub_owner") is None and backend.operation("hub_owner") is None
