"""The store's reads return only the asked participant's answers for the asked exercise."""

from __future__ import annotations

from kit.store import Store


def fill(store: Store) -> tuple[int, int]:
    """Two participants with answers and submissions on the same step ids of two exercises."""
    ans, bo = store.join("Ans").id, store.join("Bo").id
    for who in (ans, bo):
        for exercise in ("casus-1", "casus-2"):
            store.save_answer(who, exercise, "stap-1", {"q": f"{who}-{exercise}"})
            store.save_answer(who, exercise, "stap-1", {"q": f"{who}-{exercise}-2"})
            store.submit(who, exercise, {"stap-1": {"q": f"{who}-{exercise}"}}, {"total": 0.5}, total=0.5)
    return ans, bo


def test_load_answers_keeps_participants_and_exercises_apart(store: Store) -> None:
    ans, bo = fill(store)
    assert store.load_answers(ans, "casus-1") == {"stap-1": {"q": f"{ans}-casus-1-2"}}
    assert store.load_answers(bo, "casus-2") == {"stap-1": {"q": f"{bo}-casus-2-2"}}
    assert store.load_answers(ans, "casus-3") == {}


def test_history_keeps_participants_and_exercises_apart(store: Store) -> None:
    ans, bo = fill(store)
    assert [h["value"] for h in store.history(bo, "casus-1", "stap-1")] == [
        {"q": f"{bo}-casus-1"},
        {"q": f"{bo}-casus-1-2"},
    ]
    assert [h["version"] for h in store.history(ans, "casus-2", "stap-1")] == [1, 2]
    assert store.history(ans, "casus-2", "stap-9") == []


def test_latest_result_keeps_participants_and_exercises_apart(store: Store) -> None:
    ans, bo = fill(store)
    latest = store.latest_result(bo, "casus-2")
    assert latest is not None and latest["answers"] == {"stap-1": {"q": f"{bo}-casus-2"}}
    mine = store.latest_result(ans, "casus-1")
    assert mine is not None and mine["answers"] == {"stap-1": {"q": f"{ans}-casus-1"}}
    assert store.latest_result(ans, "casus-3") is None
