"""Issue 11.2: a participant is who they say they are: a taken name needs the resume code or approval."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from kit.store import Store, StoreError
from kit.store.schema import Participant


def test_first_sign_in_gives_a_short_readable_resume_code_that_is_stored_hashed(store: Store) -> None:
    code = store.create_workshop("W", ["casus-1"]).code
    first = store.sign_in("Sanne de Vries", code)
    assert first.resume_code is not None
    assert len(first.resume_code.replace("-", "")) == 12 and not set(first.resume_code) & set("0O1Il")
    with store._read() as session:
        stored = session.scalars(select(Participant.resume_hash)).one()
    assert stored and first.resume_code not in stored
    found = store.resume(first.resume_code.lower().replace("-", " "))
    assert found is not None and found.id == first.participant.id and found.workshop_code == code


def test_a_taken_name_without_the_code_is_refused_and_nothing_is_overwritten(store: Store) -> None:
    code = store.create_workshop("W", ["casus-1"]).code
    owner = store.sign_in("Sanne", code)
    store.save_answer(owner.participant.id, "casus-1", "stap-1", {"toelichting": "van Sanne"})
    with pytest.raises(StoreError) as refused:
        store.sign_in("  sanne ", code)
    assert refused.value.key == "name_taken" and "herstelcode" in str(refused.value)
    with pytest.raises(StoreError):
        store.sign_in("SANNE", code, resume_code="ABCD-EFGH")
    assert [p.name for p in store.rejoin_requests(code)] == ["Sanne"]
    again = store.sign_in("sanne", code, resume_code=owner.resume_code)
    assert again.participant.id == owner.participant.id and again.resume_code is None
    assert store.load_answers(owner.participant.id, "casus-1")["stap-1"]["toelichting"] == "van Sanne"


def test_the_facilitator_can_approve_a_sign_in_from_another_browser(store: Store) -> None:
    code = store.create_workshop("W", ["casus-1"]).code
    owner = store.sign_in("Sanne", code)
    with pytest.raises(StoreError):
        store.sign_in("Sanne", code)
    store.approve_rejoin(code, owner.participant.id)
    assert store.rejoin_requests(code) == []
    moved = store.sign_in("Sanne", code)
    assert moved.participant.id == owner.participant.id
    assert moved.resume_code is not None and moved.resume_code != owner.resume_code
    assert store.resume(owner.resume_code or "") is None  # the old code no longer opens it
    with pytest.raises(StoreError):
        store.sign_in("Sanne", code)  # the approval is used up


def test_a_resume_code_opens_only_its_own_participant(store: Store) -> None:
    one = store.create_workshop("A", ["casus-1"]).code
    two = store.create_workshop("B", ["casus-1"]).code
    sanne = store.sign_in("Sanne", one)
    piet = store.sign_in("Piet", two)
    with pytest.raises(StoreError):
        store.sign_in("Piet", two, resume_code=sanne.resume_code)
    assert store.sign_in("Sanne", two).participant.id not in (sanne.participant.id, piet.participant.id)
    assert store.resume("ZZZZ-ZZZZ") is None and store.resume("") is None


def test_self_study_names_are_protected_too(store: Store) -> None:
    first = store.sign_in("Ahmed")
    with pytest.raises(StoreError):
        store.sign_in("ahmed")
    assert store.sign_in("Ahmed", resume_code=first.resume_code).participant.id == first.participant.id


def test_wrong_resume_codes_slow_down_their_workshop_but_a_right_code_still_works(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18.8: 417 guesses a second, no limit, and a hit showed the name and the workshop code."""
    from kit.store import identity

    monkeypatch.setattr(identity, "MISSES", identity.MissCounter())
    monkeypatch.setattr(identity, "SLOW_DELAY", 0.2)
    guessed = store.create_workshop("W", ["casus-1"]).code
    calm = store.create_workshop("Ander", ["casus-1"]).code
    owner = store.sign_in("Sanne", guessed)
    other = store.sign_in("Piet", calm)
    for n in range(identity.FREE_MISSES):
        with pytest.raises(StoreError):
            store.sign_in("Sanne", guessed, resume_code=f"AAAA-AAAA-{n:04d}")
    start = time.monotonic()
    with pytest.raises(StoreError):
        store.sign_in("Sanne", guessed, resume_code="BBBB-BBBB-BBBB")
    assert time.monotonic() - start >= 0.2  # this workshop's checks are slowed ...
    start = time.monotonic()
    assert store.sign_in("Sanne", guessed, resume_code=owner.resume_code).participant.id == owner.participant.id
    assert time.monotonic() - start >= 0.2  # ... the right code still works ...
    start = time.monotonic()
    assert store.sign_in("Piet", calm, resume_code=other.resume_code).participant.id == other.participant.id
    assert time.monotonic() - start < 0.2  # ... and another workshop is not touched
    for n in range(identity.FREE_MISSES):
        assert store.resume(f"CCCC-CCCC-{n:04d}") is None
    start = time.monotonic()
    assert store.resume(owner.resume_code or "") is not None
    assert time.monotonic() - start >= 0.2  # lookups by code alone are slowed too, never refused
