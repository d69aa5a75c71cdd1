"""The facilitator's store calls as JSON: arguments and results with their Python types kept.

The dashboard, exports and reports read records, sets, dicts keyed by numbers and pandas frames from
the store; under the Hub those come from the service, so they travel tagged and are rebuilt exactly
(`decode(encode(x)) == x`). Only the store's own record types are rebuilt, never arbitrary classes.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from kit.store.records import ParticipantInfo, WorkshopInfo
from kit.store.team_records import ClockState, SavedTeamAnswer, ScriptEventInfo, TeamAnswers, TeamInfo, TeamMemberInfo
from kit.store.workshop_view import TableState, WorkshopExerciseState

RECORDS: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (
        ParticipantInfo,
        WorkshopInfo,
        ClockState,
        SavedTeamAnswer,
        ScriptEventInfo,
        TeamAnswers,
        TeamInfo,
        TeamMemberInfo,
        TableState,
        WorkshopExerciseState,
    )
}
TAG = "__ok__"


def encode(value: Any) -> Any:
    """`value` as plain JSON, with a tag wherever JSON alone would lose the type."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "item") and type(value).__module__ == "numpy":  # a numpy scalar out of a frame
        return encode(value.item())
    if isinstance(value, datetime):
        if value != value:  # pandas' NaT
            return None
        return {TAG: "datetime", "v": value.isoformat()}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {TAG: "tuple", "v": [encode(v) for v in value]}
    if isinstance(value, set | frozenset):
        return {TAG: "set", "v": [encode(v) for v in sorted(value, key=repr)]}
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value) and TAG not in value:
            return {k: encode(v) for k, v in value.items()}
        return {TAG: "dict", "v": [[encode(k), encode(v)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type) and type(value).__name__ in RECORDS:
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {TAG: "record", "type": type(value).__name__, "v": fields}
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        return {
            TAG: "frame",
            "columns": [str(c) for c in value.columns],
            "dtypes": [str(t) for t in value.dtypes],
            "v": [encode(row) for row in value.astype(object).to_numpy().tolist()],
        }
    raise TypeError(f"cannot send a {type(value).__name__} to the facilitator")


def decode(value: Any) -> Any:
    """The Python value `encode` was given."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    tag = value.get(TAG)
    if tag is None:
        return {k: decode(v) for k, v in value.items()}
    inner = value["v"]
    if tag == "datetime":
        return datetime.fromisoformat(inner)
    if tag == "tuple":
        return tuple(decode(v) for v in inner)
    if tag == "set":
        return {decode(v) for v in inner}
    if tag == "dict":
        return {decode(k): decode(v) for k, v in inner}
    if tag == "record":
        return RECORDS[str(value["type"])](**{k: decode(v) for k, v in inner.items()})
    if tag == "frame":
        return _frame(list(value["columns"]), list(value["dtypes"]), [decode(row) for row in inner])
    raise ValueError(f"unknown tag {tag!r}")


def _frame(columns: list[str], dtypes: list[str], rows: list[list[Any]]) -> Any:
    """The frame with the column types it had in the service (the rows alone would leave them to guesswork)."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns)
    for column, dtype in zip(columns, dtypes, strict=True):
        if str(frame[column].dtype) != dtype:
            frame[column] = frame[column].astype(pd.api.types.pandas_dtype(dtype))
    return frame
