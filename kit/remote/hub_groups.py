"""Who may lead workshops under the Hub: members of the facilitators groups, and Hub admins.

The service asks the Hub's REST API with its own token (role `oefenkit-service`, `read:users`), never
what a caller says about itself, and remembers each answer for a short while so a live dashboard's
calls do not each cost a Hub request. Removing someone from the group takes effect within that while.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

GROUPS_VAR = "KIT_FACILITATOR_GROUPS"
REMEMBER_SECONDS = 30.0


@dataclass
class HubGroups:
    """`is_facilitator(name)`: in one of `groups`, or a Hub admin; unknown or unreachable is no."""

    api_url: str
    token: str
    groups: frozenset[str]
    remember: float = REMEMBER_SECONDS
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, tuple[float, bool]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def from_environment(cls) -> HubGroups:
        groups = frozenset(g.strip() for g in os.environ.get(GROUPS_VAR, "").split(",") if g.strip())
        return cls(os.environ["JUPYTERHUB_API_URL"], os.environ["JUPYTERHUB_API_TOKEN"], groups)

    def is_facilitator(self, user: str) -> bool:
        now = self.clock()
        with self._lock:
            seen = self._seen.get(user)
        if seen is not None and now - seen[0] < self.remember:
            return seen[1]
        allowed = self._ask(user)
        with self._lock:
            self._seen[user] = (now, allowed)
        return allowed

    def _ask(self, user: str) -> bool:
        url = f"{self.api_url.rstrip('/')}/users/{urllib.parse.quote(user, safe='')}"
        request = urllib.request.Request(url, headers={"Authorization": f"token {self.token}"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                model = json.loads(response.read())
        except (urllib.error.URLError, TimeoutError, ValueError) as exc:
            log.warning("Could not ask the Hub for %s's groups: %r", user, exc)
            return False
        return bool(model.get("admin")) or bool(self.groups & set(model.get("groups") or []))
