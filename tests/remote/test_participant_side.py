"""A participant's kernel under the Hub: no references loaded, the service as store, no facilitator store."""

from __future__ import annotations

import pytest

from kit.content.library import load_library
from kit.errors import KitError
from kit.remote.client import ServiceClient, ServiceError, ServiceStore
from kit.store import Store
from kit.ui.app import default_store
from kit.ui.facilitator import facilitator_store


def test_with_the_service_the_kernel_neither_loads_nor_needs_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIT_SERVICE_URL", "http://127.0.0.1:1/services/oefenkit/")
    library = load_library()
    assert library.exercises and all(e.reference is None for e in library.exercises.values())
    monkeypatch.delenv("KIT_SERVICE_URL")
    assert all(e.reference is not None for e in load_library().exercises.values())


def test_the_store_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    default_store.cache_clear()
    monkeypatch.setenv("KIT_SERVICE_URL", "http://127.0.0.1:1/services/oefenkit/")
    try:
        assert isinstance(default_store(), ServiceStore)
        with pytest.raises(KitError, match="niet bereikbaar"):  # under the Hub it asks the service
            facilitator_store()
        default_store.cache_clear()
        monkeypatch.delenv("KIT_SERVICE_URL")
        monkeypatch.setenv("KIT_DATABASE_URL", "sqlite://")
        assert isinstance(default_store(), Store)
    finally:
        default_store.cache_clear()


def test_an_unreachable_service_is_a_dutch_sentence() -> None:
    store = ServiceStore(ServiceClient("http://127.0.0.1:9/services/oefenkit/", token="t", timeout=2))
    with pytest.raises(ServiceError, match="niet bereikbaar"):
        store.workshop("ABC")
