"""The answer store: workshops, participants, versioned answers and results in one SQL database.

SQLite in the user's data folder by default (`make run` needs no server); PostgreSQL through
`KIT_DATABASE_URL` when many machines share one store. See `Store` for the interface.

The names below are imported when first used, not with the package: a page whose kernel started for
one visitor (no warm pool) imports a small submodule such as kit.store.keys at once and SQLAlchemy with
the schema (~0.7 CPU-s) only at the sign-in, so a cold burst of pages costs what hello-world costs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kit.store.debounce import Debouncer
    from kit.store.engine import default_database_url
    from kit.store.identity import SignedIn
    from kit.store.records import ParticipantInfo, StoreError, WorkshopInfo
    from kit.store.store import Store
    from kit.store.workshop_view import TableState, WorkshopExerciseState

_HOME = {
    "Debouncer": "kit.store.debounce",
    "ParticipantInfo": "kit.store.records",
    "SignedIn": "kit.store.identity",
    "Store": "kit.store.store",
    "StoreError": "kit.store.records",
    "TableState": "kit.store.workshop_view",
    "WorkshopExerciseState": "kit.store.workshop_view",
    "WorkshopInfo": "kit.store.records",
    "default_database_url": "kit.store.engine",
}

__all__ = [
    "Debouncer",
    "ParticipantInfo",
    "SignedIn",
    "Store",
    "StoreError",
    "TableState",
    "WorkshopExerciseState",
    "WorkshopInfo",
    "default_database_url",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use and keep the name here."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'kit.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
