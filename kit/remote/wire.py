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


PARTICIPANT_SETTINGS = ("gepauzeerd",)
"""The workshop settings a participant's app reads (`kit.ui.workshop_link.PAUSED`); the rest is the facilitator's."""


def workshop_for_participant(info: WorkshopInfo) -> dict[str, Any]:
    """The workshop as a participant's app needs it: no key, and of the settings only the pause."""
    data = workshop_to_dict(info)
    data["settings"] = {k: v for k, v in info.settings.items() if k in PARTICIPANT_SETTINGS}
    return data


def unscored_step(step_id: str, title: str) -> dict[str, Any]:
    """A step as the participant may hold it before its reveal: that it was scored, not how."""
    return {"step": step_id, "title": title, "score": None, "questions": [], "modelantwoord": None}


def redact(result: dict[str, Any], revealed: Container[str]) -> dict[str, Any]:
    """The result as a participant may hold it: a step not revealed keeps neither score nor reference.

    The app shows only that such a step waits for the reveal (`feedback_html`); a score would be an
    oracle (one call per option gives the accepted answers away), so it never reaches the kernel, and
    neither does the total until every step is revealed.
    """
    if ALL in revealed:
        return result
    steps = [
        step if step.get("step") in revealed else unscored_step(str(step.get("step")), str(step.get("title", "")))
        for step in result.get("steps", [])
    ]
    every = all(step.get("step") in revealed for step in result.get("steps", []))
    return {**result, "total": result.get("total") if every else None, "steps": steps}
