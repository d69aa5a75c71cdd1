"""The service's operations on a real SQLite store, and its client wired to them without HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests_support import casus_library

from kit.content.library import PACKAGE_DIR, Library, build_library, content_root
from kit.errors import KitError
from kit.remote.client import ServiceClient, ServiceError
from kit.remote.operations import Backend
from kit.store import Store


@pytest.fixture(scope="session")
def references() -> Library:
    return casus_library("casus-1")


@pytest.fixture(scope="session")
def participant_library() -> Library:
    """What a participant's kernel loads under the Hub: casus 1 without its reference."""
    paths = sorted((PACKAGE_DIR / "methods").glob("*.yaml")) + sorted((PACKAGE_DIR / "templates").glob("*.yaml"))
    library = build_library([*paths, content_root() / "scenarios" / "casus-1.yaml"], need_references=False)
    assert library.problems == []
    return library


@pytest.fixture
def backend(tmp_path: Path, references: Library) -> Iterator[Backend]:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    made = Backend(store=Store(url), library=references)
    yield made
    made.store.close()


class LoopbackClient(ServiceClient):
    """The client's encoding and error handling, with the service's operations called in-process as `user`."""

    def __init__(self, backend: Backend, user: str) -> None:
        super().__init__("http://unused/", token="unused")
        self.backend = backend
        self.user = user

    def call(self, operation: str, **body: Any) -> Any:
        handler = self.backend.operation(operation)
        assert handler is not None, operation
        try:
            result = handler(self.user, json.loads(json.dumps(body)))
        except KitError as exc:
            raise ServiceError(str(exc)) from None
        return json.loads(json.dumps(result))


@pytest.fixture
def client_for(backend: Backend) -> Any:
    return lambda user: LoopbackClient(backend, user)
