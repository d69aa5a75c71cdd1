"""Which store a page's kernel uses, and whether this server offers self-study at all."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kit.store.protocol import ParticipantStore


@lru_cache(maxsize=1)
def default_store() -> ParticipantStore:
    """One store per kernel: the Hub's service (KIT_SERVICE_URL), else KIT_DATABASE_URL or the SQLite file."""
    from kit.remote import service_url

    url = service_url()
    if url is not None:
        from kit.remote.client import ServiceClient, ServiceStore

        return ServiceStore(ServiceClient(url))
    from kit.store import Store, default_database_url

    return Store(default_database_url())


WORKSHOP_ONLY_ENV = "KIT_WORKSHOP_ONLY"


def workshop_only() -> bool:
    """Whether this server was started for workshops only (`kit serve --alleen-workshop`): no self-study."""
    return os.environ.get(WORKSHOP_ONLY_ENV, "").strip() not in ("", "0")
