"""Who is a facilitator: the service asks the Hub's REST API with its own token, and remembers briefly."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import ClassVar

import pytest

from kit.remote.hub_groups import HubGroups

USERS = {"fenna": {"groups": ["facilitatoren"]}, "anna": {"groups": ["deelnemers"]}, "root": {"admin": True}}


class FakeHub(BaseHTTPRequestHandler):
    asked: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        name = self.path.rsplit("/", 1)[-1]
        FakeHub.asked.append(name)
        if self.headers.get("Authorization") != "token service-token" or name not in USERS:
            self.send_response(404 if name not in USERS else 403)
            self.end_headers()
            return
        body = json.dumps({"name": name, "admin": False, "groups": [], **USERS[name]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def hub_api() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), FakeHub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hub/api"
    server.shutdown()
    server.server_close()


def test_group_members_and_admins_facilitate_others_do_not(hub_api: str) -> None:
    now = [0.0]
    groups = HubGroups(hub_api, "service-token", frozenset({"facilitatoren"}), clock=lambda: now[0])
    assert groups.is_facilitator("fenna") and groups.is_facilitator("root")
    assert not groups.is_facilitator("anna") and not groups.is_facilitator("onbekend")
    FakeHub.asked.clear()
    assert groups.is_facilitator("fenna")
    assert FakeHub.asked == []  # remembered
    now[0] = 31.0
    USERS["fenna"] = {"groups": []}  # taken out of the group on the Hub's admin page
    try:
        assert not groups.is_facilitator("fenna")
    finally:
        USERS["fenna"] = {"groups": ["facilitatoren"]}


def test_a_wrong_service_token_or_no_hub_means_no(hub_api: str) -> None:
    assert not HubGroups(hub_api, "forged", frozenset({"facilitatoren"})).is_facilitator("fenna")
    assert not HubGroups("http://127.0.0.1:9/hub/api", "service-token", frozenset({"facilitatoren"})).is_facilitator(
        "fenna"
    )
