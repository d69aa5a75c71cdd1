"""Property: any JSON-able answer value comes back unchanged, also through a new store.

Unchanged but for control and direction-override characters, which the store removes from every text
(issue 18.12): the value read back is `clean_texts` of the value saved, and a clean value is itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kit.store import Store
from kit.textclean import clean_texts

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
answer_values = st.dictionaries(st.text(), json_values, max_size=5)


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("roundtrip") / "store.sqlite"
    return f"sqlite:///{path}"


@pytest.fixture(scope="module")
def stores(url: str) -> Iterator[tuple[Store, Store]]:
    """A writing and a reading store: separate engines and connections on one file."""
    with Store(url) as writer, Store(url) as reader:
        yield writer, reader


@settings(max_examples=150, deadline=None)
@given(value=answer_values, step=st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True))
def test_any_json_value_round_trips_unchanged(stores: tuple[Store, Store], value: dict[str, Any], step: str) -> None:
    writer, reader = stores
    me = writer.join("Ans")
    before = datetime.now(UTC)
    version = writer.save_answer(me.id, "ex", step, value)
    after = datetime.now(UTC)
    loaded = reader.load_answers(me.id, "ex")[step]
    expected = clean_texts(value)
    assert loaded == expected
    assert json.dumps(loaded, sort_keys=True) == json.dumps(expected, sort_keys=True)
    assert clean_texts(expected) == expected
    last = reader.history(me.id, "ex", step)[-1]
    assert (last["version"], last["value"]) == (version, expected)
    assert before - timedelta(seconds=1) <= last["saved_at"] <= after + timedelta(seconds=1)
