"""The answer store: workshops, participants, versioned answers and results in one SQL database.

SQLite in the user's data folder by default (`make run` needs no server); PostgreSQL through
`KIT_DATABASE_URL` when many machines share one store. See `Store` for the interface.
"""

from kit.store.debounce import Debouncer
from kit.store.engine import default_database_url
from kit.store.identity import SignedIn
from kit.store.records import ParticipantInfo, StoreError, WorkshopInfo
from kit.store.store import Store
from kit.store.workshop_view import TableState, WorkshopExerciseState

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
