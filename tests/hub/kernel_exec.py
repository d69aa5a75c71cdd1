"""Run code in a participant's own Voila kernel over its websocket, as a participant with a script could.

The lock-down must hold against that, not only against the app's buttons: the test uses it to try
to read the references and the database URL from inside a participant's kernel.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import requests
from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect


def run_in_kernel(session: requests.Session, server_url: str, kernel_id: str, code: str, timeout: float = 60) -> str:
    """Execute `code` in the kernel and return what it printed (stdout); raise on an error reply."""
    ws_url = server_url.replace("http://", "ws://", 1).rstrip("/") + f"/api/kernels/{kernel_id}/channels"
    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    # A thread of its own: Playwright's sync API keeps an event loop running in the test's thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _execute(ws_url, cookie, code, timeout)).result()


async def _execute(ws_url: str, cookie: str, code: str, timeout: float) -> str:
    connection = await websocket_connect(HTTPRequest(ws_url, headers={"Cookie": cookie}))
    msg_id = uuid.uuid4().hex
    connection.write_message(
        json.dumps(
            {
                "header": {
                    "msg_id": msg_id,
                    "username": "test",
                    "session": uuid.uuid4().hex,
                    "msg_type": "execute_request",
                    "version": "5.3",
                    "date": datetime.now(UTC).isoformat(),
                },
                "parent_header": {},
                "metadata": {},
                "content": {
                    "code": code,
                    "silent": False,
                    "store_history": False,
                    "user_expressions": {},
                    "allow_stdin": False,
                    "stop_on_error": True,
                },
                "channel": "shell",
                "buffers": [],
            }
        )
    )
    printed: list[str] = []
    try:
        while True:
            raw = await asyncio.wait_for(connection.read_message(), timeout)
            if raw is None:
                raise AssertionError("the kernel's websocket closed")
            if isinstance(raw, bytes):
                continue
            message = json.loads(raw)
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = message["header"]["msg_type"]
            if kind == "stream":
                printed.append(message["content"]["text"])
            elif kind == "error":
                raise AssertionError("\n".join(message["content"]["traceback"]))
            elif kind == "status" and message["content"]["execution_state"] == "idle":
                return "".join(printed)  # iopub's idle comes after every output of the request
    finally:
        connection.close()
