"""A participant's page without a browser: render over HTTP, then talk to the kernel's widgets over the websocket.

After Voila has sent the page, the browser's widget manager connects to `/api/kernels/<id>/channels`,
asks which widget comms exist (`comm_info_request`) and asks one for its state (`request_state`); the
kernel answers with an `update`. That answer is what "a live widget" means in the tests and the bench.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import WebSocketClientConnection, websocket_connect

KERNEL_ID = re.compile(rb'"kernelId":\s*"([0-9a-f-]+)"')


@dataclass
class Visit:
    """One page visit: when the page arrived, when a widget answered, and the kernel it got."""

    page_seconds: float | None = None
    comm_seconds: float | None = None
    kernel_id: str = ""
    error: str = ""
    socket: WebSocketClientConnection | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return not self.error and self.comm_seconds is not None


def message(msg_type: str, content: dict[str, Any], session: str, channel: str = "shell") -> str:
    header = {
        "msg_id": uuid.uuid4().hex,
        "msg_type": msg_type,
        "session": session,
        "username": "bench",
        "date": datetime.now(UTC).isoformat(),
        "version": "5.3",
    }
    return json.dumps(
        {"header": header, "parent_header": {}, "metadata": {}, "content": content, "channel": channel, "buffers": []}
    )


async def render(base_url: str, notebook: str, timeout: float = 180.0) -> tuple[bytes, float]:
    start = time.perf_counter()
    request = HTTPRequest(f"{base_url}/voila/render/{notebook}", request_timeout=timeout, connect_timeout=timeout)
    response = await AsyncHTTPClient().fetch(request, raise_error=True)
    return response.body, time.perf_counter() - start


async def connect(base_url: str, kernel_id: str, timeout: float = 60.0) -> WebSocketClientConnection:
    url = base_url.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels?session_id={uuid.uuid4().hex}"
    return await asyncio.wait_for(websocket_connect(url), timeout)


async def widget_answers(socket: WebSocketClientConnection, timeout: float = 60.0) -> None:
    """Ask for the widget comms and the state of one; return when the kernel sends that state."""
    session = uuid.uuid4().hex
    await socket.write_message(message("comm_info_request", {"target_name": "jupyter.widget"}, session))
    comm_id = None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        raw = await asyncio.wait_for(socket.read_message(), max(0.1, deadline - time.monotonic()))
        if raw is None:
            raise ConnectionError("websocket closed")
        if isinstance(raw, bytes):
            continue
        msg = json.loads(raw)
        kind = msg.get("header", {}).get("msg_type") or msg.get("msg_type")
        content = msg.get("content", {})
        if kind == "comm_info_reply" and comm_id is None:
            comms = content.get("comms", {})
            if not comms:
                raise RuntimeError("the kernel has no widget comms")
            comm_id = next(iter(comms))
            data = {"comm_id": comm_id, "data": {"method": "request_state"}}
            await socket.write_message(message("comm_msg", data, session))
        elif (
            kind == "comm_msg"
            and comm_id is not None
            and content.get("comm_id") == comm_id
            and content.get("data", {}).get("method") == "update"
        ):
            return
    raise TimeoutError("no widget state within the time limit")


async def visit(base_url: str, notebook: str, keep_open: bool = False, timeout: float = 180.0) -> Visit:
    """Open a page as a participant would; with `keep_open` the websocket stays connected (page still open)."""
    result = Visit()
    start = time.perf_counter()
    try:
        body, result.page_seconds = await render(base_url, notebook, timeout)
        found = KERNEL_ID.search(body)
        if found is None:
            raise RuntimeError("no kernel id in the page")
        result.kernel_id = found.group(1).decode()
        socket = await connect(base_url, result.kernel_id, timeout)
        await widget_answers(socket, timeout)
        result.comm_seconds = time.perf_counter() - start
        if keep_open:
            result.socket = socket
        else:
            socket.close()
    except Exception as exc:  # counted as a failure by the caller
        result.error = f"{type(exc).__name__}: {exc}"
    return result


async def _read(socket: WebSocketClientConnection, deadline: float) -> dict[str, Any] | None:
    raw = await asyncio.wait_for(socket.read_message(), max(0.1, deadline - time.monotonic()))
    if raw is None:
        raise ConnectionError("websocket closed")
    return None if isinstance(raw, bytes) else dict(json.loads(raw))


async def widget_states(
    socket: WebSocketClientConnection,
    timeout: float = 60.0,
    until: Callable[[dict[str, Any]], bool] | None = None,
) -> dict[str, dict[str, Any]]:
    """The state of every widget in the kernel, by comm id, as the browser's widget manager fetches it;
    with `until`, only until a widget's state satisfies it (the states seen so far)."""
    session = uuid.uuid4().hex
    await socket.write_message(message("comm_info_request", {"target_name": "jupyter.widget"}, session))
    deadline = time.monotonic() + timeout
    wanted: set[str] | None = None
    states: dict[str, dict[str, Any]] = {}
    while time.monotonic() < deadline and (wanted is None or wanted - states.keys()):
        msg = await _read(socket, deadline)
        if msg is None:
            continue
        kind, content = msg.get("header", {}).get("msg_type"), msg.get("content", {})
        if kind == "comm_info_reply" and wanted is None:
            wanted = set(content.get("comms", {}))
            for comm_id in wanted:
                data = {"comm_id": comm_id, "data": {"method": "request_state"}}
                await socket.write_message(message("comm_msg", data, session))
        elif kind == "comm_msg" and content.get("data", {}).get("method") == "update":
            state = content["data"].get("state", {})
            states[content["comm_id"]] = state
            if until is not None and until(state):
                return states
    return states


async def sign_in(socket: WebSocketClientConnection, name: str, name_label: str, begin_label: str) -> None:
    """Type a name and press the start button, as a participant does; return when the kernel is idle again."""
    states = await widget_states(socket)
    await press(socket, states, begin_label, {name_label: name})


async def press(
    socket: WebSocketClientConnection,
    states: dict[str, dict[str, Any]],
    button_label: str,
    typed: dict[str, str] | None = None,
    timeout: float = 120.0,
) -> float:
    """Fill text fields (by label), press a button (by label); return the seconds from the click until the kernel
    is idle again, that is until every widget message the click caused has been sent (the new view is shown)."""
    session = uuid.uuid4().hex
    for label, value in (typed or {}).items():
        text = _find(states, "TextModel", label)
        update = {"comm_id": text, "data": {"method": "update", "state": {"value": value}, "buffer_paths": []}}
        await socket.write_message(message("comm_msg", update, session))
    button = _find(states, "ButtonModel", button_label)
    pressed = {"comm_id": button, "data": {"method": "custom", "content": {"event": "click"}}}
    click = message("comm_msg", pressed, session)
    click_id = json.loads(click)["header"]["msg_id"]
    start = time.perf_counter()
    await socket.write_message(click)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        msg = await _read(socket, deadline)
        if (
            msg is not None
            and msg.get("header", {}).get("msg_type") == "status"
            and msg.get("parent_header", {}).get("msg_id") == click_id
            and msg.get("content", {}).get("execution_state") == "idle"
        ):
            return time.perf_counter() - start
    raise TimeoutError(f"the kernel did not finish the click on {button_label!r}")


def _find(states: dict[str, dict[str, Any]], model: str, description: str) -> str:
    return next(c for c, s in states.items() if s.get("_model_name") == model and s.get("description") == description)
