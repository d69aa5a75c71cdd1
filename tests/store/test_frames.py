"""The pandas frames for the dashboard and exports: documented columns, exact values."""

from __future__ import annotations

import pandas as pd
import pytest

from kit.store import Store, StoreError
from kit.store.frames import ANSWER_COLUMNS, RESULT_COLUMNS


@pytest.fixture
def code(store: Store) -> str:
    code = store.create_workshop("W", ["ex"], "groep").code
    bob = store.join("bob", code, role="wijkagent")
    ans = store.join("Ans", code)
    store.save_answer(bob.id, "ex", "s1", {"fase": "2"})
    store.save_answer(bob.id, "ex", "s1", {"fase": "3", "toelichting": 'Één "quote"'})
    store.save_answer(ans.id, "ex", "s2", {"actoren": ["a", "b"]})
    store.save_answer(ans.id, "ex", "s3", {})
    outsider = store.join("Cor")
    store.save_answer(outsider.id, "ex", "s1", {"fase": "1"})
    store.submit(outsider.id, "ex", {}, {}, 0.0)
    return code


def test_answers_frame_has_one_row_per_question(store: Store, code: str) -> None:
    frame = store.answers_frame(code.lower())
    assert tuple(frame.columns) == ANSWER_COLUMNS
    assert ANSWER_COLUMNS == (
        "participant",
        "role",
        "exercise_id",
        "step_id",
        "question_id",
        "value",
        "version",
        "updated_at",
    )
    plain = frame.drop(columns="updated_at").astype(object)
    rows = plain.where(plain.notna(), None).to_dict("records")  # a missing role is NA in the frame
    assert rows == [
        {
            "participant": "Ans",
            "role": None,
            "exercise_id": "ex",
            "step_id": "s2",
            "question_id": "actoren",
            "value": '["a", "b"]',
            "version": 1,
        },
        {
            "participant": "bob",
            "role": "wijkagent",
            "exercise_id": "ex",
            "step_id": "s1",
            "question_id": "fase",
            "value": '"3"',
            "version": 2,
        },
        {
            "participant": "bob",
            "role": "wijkagent",
            "exercise_id": "ex",
            "step_id": "s1",
            "question_id": "toelichting",
            "value": '"Één \\"quote\\""',
            "version": 2,
        },
    ]
    assert str(frame["updated_at"].dtype).endswith(", UTC]")
    bob = store.join("Bob", code)
    history = store.history(bob.id, "ex", "s1")
    assert (frame["updated_at"].iloc[1:] == pd.Timestamp(history[-1]["saved_at"])).all()


def test_results_frame_all_and_latest(store: Store, code: str) -> None:
    ans = store.join("ans", code)
    store.submit(ans.id, "ex", {"s2": {"actoren": ["a"]}}, {"score": 0.25}, 0.25)
    store.submit(ans.id, "ex", {"s2": {"actoren": ["a", "b"]}}, {"score": 0.75, "uitleg": "goed"}, 0.75)
    frame = store.results_frame(code)
    assert tuple(frame.columns) == RESULT_COLUMNS
    assert RESULT_COLUMNS == (
        "participant",
        "exercise_id",
        "total",
        "submitted_at",
        "result",
    )
    assert frame.drop(columns="submitted_at").to_dict("records") == [
        {"participant": "Ans", "exercise_id": "ex", "total": 0.25, "result": '{"score": 0.25}'},
        {
            "participant": "Ans",
            "exercise_id": "ex",
            "total": 0.75,
            "result": '{"score": 0.75, "uitleg": "goed"}',
        },
    ]
    latest = store.results_frame(code, latest_only=True)
    assert latest["total"].tolist() == [0.75]
    last = store.latest_result(ans.id, "ex")
    assert last is not None
    assert latest["submitted_at"].iloc[0] == pd.Timestamp(last["submitted_at"])
    assert str(frame["submitted_at"].dtype).endswith(", UTC]")


def test_empty_workshop_gives_empty_frames_with_the_columns(store: Store) -> None:
    code = store.create_workshop("Leeg", [], "individueel").code
    assert tuple(store.answers_frame(code).columns) == ANSWER_COLUMNS
    assert tuple(store.results_frame(code).columns) == RESULT_COLUMNS
    assert len(store.answers_frame(code)) == len(store.results_frame(code)) == 0


def test_frames_of_unknown_code_are_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError):
        store.answers_frame("NOPE99")
