"""Injects and reveals the facilitator controls."""

from __future__ import annotations

import pytest

from kit.store import Store, StoreError


def test_released_injects_in_release_order(store: Store) -> None:
    code = store.create_workshop("W", ["samos"], "groep").code
    store.release_inject(code, "samos", "i2")
    store.release_inject(code, "samos", "i1", ["wijkagent", "burgemeester"])
    store.release_inject(code, "other", "i9")
    released = store.released_injects(code.lower(), "samos")
    assert [(r["inject_id"], r["roles"]) for r in released] == [
        ("i2", None),
        ("i1", ["wijkagent", "burgemeester"]),
    ]
    assert released[0]["released_at"] <= released[1]["released_at"]


def test_releasing_again_changes_roles_but_not_the_order(store: Store) -> None:
    code = store.create_workshop("W", ["samos"], "groep").code
    store.release_inject(code, "samos", "i1", ["wijkagent"])
    store.release_inject(code, "samos", "i2")
    store.release_inject(code, "samos", "i1")
    assert [(r["inject_id"], r["roles"]) for r in store.released_injects(code, "samos")] == [
        ("i1", None),
        ("i2", None),
    ]


def test_reveal_steps_and_whole_exercise(store: Store) -> None:
    code = store.create_workshop("W", ["ex"], "groep").code
    assert store.revealed(code, "ex") == set()
    store.reveal(code, "ex", "s1")
    store.reveal(code, "ex", "s1")
    assert store.revealed(code, "ex") == {"s1"}
    store.reveal(code, "ex")
    assert store.revealed(code, "ex") == {"s1", "*"}
    assert store.revealed(code, "other") == set()


def test_workshops_do_not_see_each_others_actions(store: Store) -> None:
    one = store.create_workshop("A", ["ex"], "groep").code
    two = store.create_workshop("B", ["ex"], "groep").code
    store.reveal(one, "ex")
    store.release_inject(one, "ex", "i1")
    assert store.revealed(two, "ex") == set()
    assert store.released_injects(two, "ex") == []


def test_unknown_code_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="Onbekende workshopcode"):
        store.reveal("NOPE99", "ex")
    with pytest.raises(StoreError, match="Onbekende workshopcode"):
        store.released_injects("NOPE99", "ex")
