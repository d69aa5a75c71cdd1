"""The service's JSON: store records to plain dicts and back, and results with unrevealed steps left out."""

from __future__ import annotations

import dataclasses
from collections.abc import Container
from datetime import datetime
from typing import Any

from kit.store.records import ParticipantInfo, WorkshopInfo

ALL = "*"


def plain(value: Any) -> Any:
    """`value` with datetimes as ISO text and tuples/sets as lists, ready for `json.dumps`."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return value


def participant_to_dict(info: ParticipantInfo) -> dict[str, Any]:
    result: dict[str, Any] = plain(dataclasses.asdict(info))
    return result


def participant_from_dict(data: dict[str, Any]) -> ParticipantInfo:
    return ParticipantInfo(
        id=int(data["id"]),
        name=str(data["name"]),
        workshop_code=data.get("workshop_code"),
        role=data.get("role"),
        created_at=datetime.fromisoformat(data["created_at"]),
    )


def workshop_to_dict(info: WorkshopInfo) -> dict[str, Any]:
    """Never the facilitator's key: a participant has no use for it."""
    data = dataclasses.asdict(info)
    data.pop("key", None)
    result: dict[str, Any] = plain(data)
    return result


def workshop_from_dict(data: dict[str, Any]) -> WorkshopInfo:
    return WorkshopInfo(
        id=int(data["id"]),
        code=str(data["code"]),
        title=str(data["title"]),
        exercise_ids=tuple(data["exercise_ids"]),
        mode=data["mode"],
        created_at=datetime.fromisoformat(data["created_at"]),
        settings=dict(data["settings"]),
    )


def redact(result: dict[str, Any], revealed: Container[str]) -> dict[str, Any]:
    """The result as a participant may hold it: steps not revealed keep their score, lose the reference.

    The app already hides those steps' reasons (`feedback_html`); leaving them out of what reaches the
    kernel means nothing in the participant's process depends on an unrevealed reference either.
    """
    if ALL in revealed:
        return result
    steps = []
    for step in result.get("steps", []):
        if step.get("step") in revealed:
            steps.append(step)
        else:
            steps.append({**step, "questions": [], "modelantwoord": None})
    return {**result, "steps": steps}
