"""Answers: versions, history, reloads, positions and submissions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC

import pytest

from kit.store import Store, StoreError


def test_save_and_load_answers(store: Store) -> None:
    me = store.join("Ans")
    assert store.save_answer(me.id, "ex", "s1", {"fase": "3"}) == 1
    assert store.save_answer(me.id, "ex", "s2", {"actoren": ["a", "b"], "notitie": "tekst"}) == 1
    store.save_answer(me.id, "other", "s1", {"x": 1})
    assert store.load_answers(me.id, "ex") == {
        "s1": {"fase": "3"},
        "s2": {"actoren": ["a", "b"], "notitie": "tekst"},
    }
    assert store.load_answers(me.id, "none") == {}


def test_answers_survive_a_reload_through_a_new_store(open_store: Callable[[], Store]) -> None:
    first = open_store()
    me = first.join("Ans")
    first.save_answer(me.id, "ex", "s1", {"q": "één", "n": 2.5})
    first.set_position(me.id, "ex", "s1")
    first.close()

    second = open_store()
    again = second.join("ans")
    assert again.id == me.id
    assert second.load_answers(again.id, "ex") == {"s1": {"q": "één", "n": 2.5}}
    assert second.position(again.id, "ex") == "s1"
    assert second.save_answer(again.id, "ex", "s1", {"q": "twee"}) == 2


def test_versions_and_history(store: Store) -> None:
    me = store.join("Ans")
    values = [{"q": "a"}, {"q": "ab"}, {"q": "abc"}]
    assert [store.save_answer(me.id, "ex", "s1", v) for v in values] == [1, 2, 3]
    history = store.history(me.id, "ex", "s1")
    assert [(h["version"], h["value"]) for h in history] == [(1, values[0]), (2, values[1]), (3, values[2])]
    times = [h["saved_at"] for h in history]
    assert times == sorted(times) and all(t.tzinfo is UTC for t in times)
    assert store.history(me.id, "ex", "other") == []


def test_unchanged_value_makes_no_new_version(store: Store) -> None:
    me = store.join("Ans")
    assert store.save_answer(me.id, "ex", "s1", {"a": 1, "b": [1, 2]}) == 1
    assert store.save_answer(me.id, "ex", "s1", {"b": [1, 2], "a": 1}) == 1
    assert len(store.history(me.id, "ex", "s1")) == 1
    # Equal in Python but not in JSON: a real change.
    assert store.save_answer(me.id, "ex", "s1", {"a": True, "b": [1, 2]}) == 2
    assert store.save_answer(me.id, "ex", "s1", {"a": 1.0, "b": [1, 2]}) == 3


def test_saved_value_is_a_copy(store: Store) -> None:
    me = store.join("Ans")
    value: dict[str, object] = {"keuzes": ["a"]}
    store.save_answer(me.id, "ex", "s1", value)
    value["keuzes"] = ["b"]
    assert store.load_answers(me.id, "ex") == {"s1": {"keuzes": ["a"]}}


def test_values_that_are_not_json_are_refused(store: Store) -> None:
    me = store.join("Ans")
    with pytest.raises(TypeError):
        store.save_answer(me.id, "ex", "s1", {"q": {1, 2}})
    with pytest.raises(ValueError):
        store.save_answer(me.id, "ex", "s1", {"q": float("nan")})
    assert store.load_answers(me.id, "ex") == {}


def test_unknown_participant_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError) as caught:
        store.save_answer(42, "ex", "s1", {"q": 1})
    assert caught.value.key == "unknown_participant"
    with pytest.raises(StoreError):
        store.set_position(42, "ex", "s1")
    with pytest.raises(StoreError):
        store.submit(42, "ex", {}, {}, 0.0)


def test_positions_per_workshop_and_exercise(store: Store) -> None:
    code = store.create_workshop("W", ["ex"], "groep").code
    ans, bob = store.join("Ans", code), store.join("Bob", code)
    outsider = store.join("Cor")
    store.set_position(ans.id, "ex", "s1")
    store.set_position(ans.id, "ex", "s3")
    store.set_position(bob.id, "ex", "s2")
    store.set_position(bob.id, "other", "s9")
    store.set_position(outsider.id, "ex", "s1")
    assert store.positions(code, "ex") == {ans.id: "s3", bob.id: "s2"}
    assert store.positions(code, "none") == {}
    assert store.position(ans.id, "none") is None


def test_submit_and_latest_result(store: Store) -> None:
    me = store.join("Ans")
    assert store.latest_result(me.id, "ex") is None
    first = store.submit(me.id, "ex", {"s1": {"q": 1}}, {"score": 0.5, "feedback": ["x"]}, 0.5)
    second = store.submit(me.id, "ex", {"s1": {"q": 2}}, {"score": 1.0, "feedback": []}, 1)
    assert second > first
    latest = store.latest_result(me.id, "ex")
    assert latest is not None
    assert {k: latest[k] for k in ("id", "answers", "result", "total")} == {
        "id": second,
        "answers": {"s1": {"q": 2}},
        "result": {"score": 1.0, "feedback": []},
        "total": 1.0,
    }
    assert latest["submitted_at"].tzinfo is UTC
    assert store.latest_result(me.id, "other") is None
