"""Workshops and participants: codes, keys, joining and deleting."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from kit.store import Store, StoreError
from kit.store.schema import Workshop
from kit.store.workshops import CODE_ALPHABET


def test_create_workshop_returns_code_and_plain_key_once(store: Store) -> None:
    made = store.create_workshop("  Wijk Noord ", ["casus-1", "samos-1"], "groep", {"tempo": "vrij"})
    assert len(made.code) == 6 and set(made.code) <= set(CODE_ALPHABET)
    assert not set(made.code) & set("0O1I")
    assert made.key and made.key not in repr(made)
    assert (made.title, made.exercise_ids, made.mode, made.settings) == (
        "Wijk Noord",
        ("casus-1", "samos-1"),
        "groep",
        {"tempo": "vrij"},
    )
    found = store.workshop(made.code)
    assert found is not None and found.key is None
    assert found == made.__class__(**{**made.__dict__, "key": None})


def test_only_the_hash_of_the_key_is_stored(store: Store) -> None:
    made = store.create_workshop("W", [], "individueel")
    assert made.key is not None
    with store._read() as session:
        stored = session.scalars(select(Workshop.key_hash)).one()
    assert made.key not in stored
    assert stored != hashlib.sha256(made.key.encode()).hexdigest()  # salted scrypt: test_key_and_files.py


def test_codes_are_unique(store: Store) -> None:
    codes = {store.create_workshop(f"W{i}", [], "individueel").code for i in range(50)}
    assert len(codes) == 50


def test_workshop_lookup_ignores_case_and_spaces(store: Store) -> None:
    code = store.create_workshop("W", [], "groep").code
    spaced = f" {code[:3].lower()} {code[3:].lower()} "
    found = store.workshop(spaced)
    assert found is not None and found.code == code
    assert store.workshop("ZZZZZZ") is None


def test_check_key(store: Store) -> None:
    made = store.create_workshop("W", [], "groep")
    assert made.key is not None
    assert store.check_key(made.code, made.key)
    assert store.check_key(made.code.lower(), made.key)
    assert not store.check_key(made.code, made.key + "x")
    assert not store.check_key(made.code, "")
    assert not store.check_key("ZZZZZZ", made.key)


def test_settings_can_be_replaced(store: Store) -> None:
    code = store.create_workshop("W", [], "groep").code
    store.set_settings(code, {"feedback": "na afloop"})
    found = store.workshop(code)
    assert found is not None and found.settings == {"feedback": "na afloop"}


def test_bad_mode_and_empty_title_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="mode"):
        store.create_workshop("W", [], "alleen")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match=r"^Geef de workshop een titel\.$"):
        store.create_workshop("  ", [], "groep")


def test_join_is_get_or_create_and_case_insensitive(store: Store) -> None:
    code = store.create_workshop("W", [], "groep").code
    first = store.join("  Fatima  el Amrani ", code.lower())
    again = store.join("fatima EL amrani", code)
    assert again == first
    assert (first.name, first.workshop_code, first.role) == ("Fatima el Amrani", code, None)
    assert [p.id for p in store.participants(code)] == [first.id]


def test_same_name_in_other_workshop_or_self_study_is_another_participant(store: Store) -> None:
    one = store.create_workshop("A", [], "groep").code
    two = store.create_workshop("B", [], "groep").code
    ids = {store.join("Ans", one).id, store.join("Ans", two).id, store.join("Ans").id}
    assert len(ids) == 3
    assert store.join("ANS").id == store.join("ans", "  ").id  # self-study, also get-or-create


def test_join_with_role_sets_it_and_join_without_keeps_it(store: Store) -> None:
    code = store.create_workshop("W", [], "groep").code
    me = store.join("Ans", code, role="wijkagent")
    assert me.role == "wijkagent"
    assert store.join("Ans", code).role == "wijkagent"
    assert store.join("Ans", code, role="jongerenwerker").role == "jongerenwerker"


def test_join_errors_are_dutch(store: Store) -> None:
    with pytest.raises(StoreError, match="Onbekende workshopcode 'ABC123'") as caught:
        store.join("Ans", " ABC123 ")
    assert caught.value.key == "unknown_code"
    with pytest.raises(StoreError, match=r"^Vul je naam in\.$"):
        store.join("   ")
    with pytest.raises(StoreError, match="te lang"):
        store.join("x" * 81)


def test_set_role_and_participants(store: Store) -> None:
    code = store.create_workshop("W", [], "groep").code
    ans = store.join("Ans", code)
    bob = store.join("Bob", code)
    store.set_role(bob.id, "voorzitter")
    assert [(p.name, p.role) for p in store.participants(code)] == [("Ans", None), ("Bob", "voorzitter")]
    assert store.participant(ans.id) == ans
    assert store.participant(9999) is None
    with pytest.raises(StoreError, match="bestaat niet"):
        store.set_role(9999, "x")
    with pytest.raises(StoreError, match="Onbekende workshopcode"):
        store.participants("NOPE99")
