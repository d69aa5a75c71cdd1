"""The plain values the store hands out: no ORM object ever leaves the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from kit.errors import KitError
from kit.store.messages import message

Mode = Literal["individueel", "groep"]
"""How a workshop is run: each participant alone, or in groups with roles."""

MODES: tuple[Mode, ...] = ("individueel", "groep")


class StoreError(KitError):
    """Something a user can fix (unknown code, empty name); `str()` is the Dutch message.

    `key` names the message in `kit.store.messages.MESSAGES`; `fields` are the values filled in.
    """

    def __init__(self, key: str, **fields: Any) -> None:
        self.key = key
        self.fields = fields
        super().__init__(message(key, **fields))


@dataclass(frozen=True)
class WorkshopInfo:
    """A workshop as the interface needs it.

    `key` is the facilitator's plain key: set only on the value `create_workshop` returns,
    because the store keeps nothing but its hash. It is left out of `repr` so it never ends
    up in a log by accident.
    """

    id: int
    code: str
    title: str
    exercise_ids: tuple[str, ...]
    mode: Mode
    created_at: datetime
    settings: dict[str, Any]
    key: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class ParticipantInfo:
    """A participant: `workshop_code` is None for self-study."""

    id: int
    name: str
    workshop_code: str | None
    role: str | None
    created_at: datetime
