"""The scoring-and-store service: a JupyterHub-managed HTTP service that alone holds references and database.

Run by the Hub (`kit.hub.config.configure`) as `python -m kit.remote.service` with KIT_DATABASE_URL and
KIT_CONTENT_ROOT in its environment. Each request is `POST <prefix>api/<operation>` with a JSON body
and `Authorization: token <the caller's Hub token>`; the Hub tells who the token belongs to (and that
it may use this service), and `operations.Backend` checks participant ids against that name.
Answers: 200 `{"result": ...}`, 400 `{"error": "<Dutch message>"}` for what a user can fix, 403/404.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
from typing import Any
from urllib.parse import urlparse

from jupyterhub.services.auth import HubAuthenticated
from tornado.httpserver import HTTPServer
from tornado.web import Application, HTTPError, RequestHandler, authenticated

from kit.content.library import cached_library
from kit.errors import KitError
from kit.remote.hub_groups import HubGroups
from kit.remote.operations import Backend
from kit.remote.texts import REMOTE
from kit.store import Store, default_database_url

log = logging.getLogger(__name__)


class ApiHandler(HubAuthenticated, RequestHandler):  # type: ignore[misc]
    """One operation per request; the blocking store and scorer run in a worker thread."""

    def initialize(self, backend: Backend) -> None:
        self.backend = backend

    def check_xsrf_cookie(self) -> None:
        """Callers authenticate with a token header, never a cookie, so there is no cross-site form to fear."""

    @authenticated
    async def post(self, name: str) -> None:
        operation = self.backend.operation(name)
        if operation is None:
            raise HTTPError(404)
        user = str(self.current_user["name"])
        try:
            body = json.loads(self.request.body or b"{}")
            if not isinstance(body, dict):
                raise ValueError("body is not a JSON object")
        except ValueError as exc:
            self._reply(400, {"error": REMOTE["bad_request"].format(detail=exc)})
            return
        try:
            result = await asyncio.to_thread(operation, user, body)
        except KitError as exc:
            self._reply(400, {"error": str(exc)})
            return
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("Bad request %s from %s: %r", name, user, exc)
            self._reply(400, {"error": REMOTE["bad_request"].format(detail=type(exc).__name__)})
            return
        self._reply(200, {"result": result})

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(payload))


class HealthHandler(RequestHandler):
    """The service's root: the Hub (and an operator) can see it is up; it tells nothing else."""

    def get(self) -> None:
        self.finish({"service": "oefenkit", "ok": True})


def make_app(backend: Backend, prefix: str) -> Application:
    prefix = prefix if prefix.endswith("/") else prefix + "/"
    return Application([(rf"{prefix}api/([a-z_]+)", ApiHandler, {"backend": backend}), (rf"{prefix}?", HealthHandler)])


def main() -> None:
    """Listen where the Hub says ($JUPYTERHUB_SERVICE_URL), until SIGTERM."""
    logging.basicConfig(level=logging.INFO, format="[oefenkit-service %(levelname)s] %(message)s")
    groups = HubGroups.from_environment()
    backend = Backend(
        store=Store(default_database_url()), library=cached_library(), is_facilitator=groups.is_facilitator
    )
    url = urlparse(os.environ["JUPYTERHUB_SERVICE_URL"])
    prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/")
    app = make_app(backend, prefix)

    async def serve() -> None:
        server = HTTPServer(app, xheaders=True)
        server.listen(url.port or 80, os.environ.get("KIT_SERVICE_LISTEN") or url.hostname or "127.0.0.1")
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        log.info("Listening on %s%s (%d exercises)", url.netloc, prefix, len(backend.library.exercises))
        await stop.wait()
        server.stop()
        backend.store.close()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
