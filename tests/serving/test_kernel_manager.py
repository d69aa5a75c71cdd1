"""The kernel manager Voila runs with, in-process with real kernels: port races, starting kernels, pool sizes."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
import pytest
from jupyter_client.connect import LocalPortCache
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager, ServerKernelManager

from kit.serving.kernels import PREHEAT_ENV, OefenkitKernelManager, PoolSizes

pytestmark = pytest.mark.slow


def test_a_kernel_that_cannot_bind_its_port_is_started_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Two kernels handed the same port (jupyter_client#487): the second dies; its page must not wait forever."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy_port = taken.getsockname()[1]
        original = LocalPortCache.find_available_port
        handed: list[int] = []

        def first_one_taken(self: LocalPortCache, ip: str) -> int:
            port = busy_port if not handed else original(self, ip)
            handed.append(port)
            return port

        monkeypatch.setattr(LocalPortCache, "find_available_port", first_one_taken)
        started = asyncio.run(_start_one(tmp_path, caplog))
    assert handed[0] == busy_port and len(handed) >= 10  # five ports per start: the second start got fresh ones
    assert started["answers"], "the kernel handed out does not answer"
    assert started["first"] not in started["alive"], "the kernel that died is still registered"
    assert any("died or did not answer" in record.getMessage() for record in caplog.records)


async def _start_one(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> dict[str, Any]:
    manager = OefenkitKernelManager(connection_dir=str(tmp_path), ready_timeout=20.0)
    manager.log = logging.getLogger("test-kernels")
    caplog.set_level(logging.WARNING, logger="test-kernels")
    first: list[str] = []
    original = AsyncMappingKernelManager.start_kernel

    async def remember(self: Any, **kwargs: Any) -> str:
        kernel_id = str(await original(self, **kwargs))
        first.append(kernel_id)
        return kernel_id

    AsyncMappingKernelManager.start_kernel = remember
    try:
        kernel_id = await manager.start_kernel(kernel_name="python3")
    finally:
        AsyncMappingKernelManager.start_kernel = original
    try:
        client = manager.get_kernel(kernel_id).client()
        client.start_channels()
        try:
            await client.wait_for_ready(timeout=20)
            answers = True
        except RuntimeError:
            answers = False
        finally:
            client.stop_channels()
        return {"first": first[0], "alive": list(manager.list_kernel_ids()), "answers": answers}
    finally:
        await manager.shutdown_all()
        if manager._watcher is not None:
            manager._watcher.stop()


def test_culler_skips_a_kernel_still_starting() -> None:
    """jupyter_server's culler raises on a kernel without `last_activity` yet (jupyter/notebook#5345); ours waits."""

    async def cull() -> None:
        manager = OefenkitKernelManager()
        manager._kernels["starting"] = ServerKernelManager(kernel_name="python3")
        await manager.cull_kernel_if_idle("starting")  # no error, nothing culled
        assert "starting" in manager._kernels
        with pytest.raises(Exception, match="last_activity"):
            await AsyncMappingKernelManager.cull_kernel_if_idle(manager, "starting")

    asyncio.run(cull())


def test_pool_shrinks_to_spares_as_participants_take_kernels() -> None:
    manager = OefenkitKernelManager(spare_kernels=2)
    in_use = {f"k{i}" for i in range(3)}
    manager._kernels.update({kernel_id: object() for kernel_id in in_use})
    manager.notebook_data = {"casus-1.ipynb": {"kernel_ids": set(in_use)}}
    sizes = PoolSizes(manager, {"default": {"pool_size": 0}, "casus-1.ipynb": {"pool_size": 40}})
    assert sizes.get("casus-1.ipynb", {}) == {"pool_size": 37}
    assert sizes.get("start.ipynb", sizes.get("default", {})) == {"pool_size": 0}
    more = {f"m{i}" for i in range(39)}
    manager._kernels.update({kernel_id: object() for kernel_id in more})
    manager.notebook_data["casus-1.ipynb"]["kernel_ids"] |= more
    assert sizes.get("casus-1.ipynb", {}) == {"pool_size": 2}  # all 40 are in: keep two spares, not 40 more
    assert manager.pool_target("start.ipynb", 1) == 1


def test_a_refill_waiting_when_the_server_stops_starts_no_kernel(tmp_path: Path) -> None:
    """SIGTERM while a refill waits for its turn: the shutdown must not be followed by a new kernel."""

    async def scenario() -> tuple[BaseException | None, list[str], list[int]]:
        manager = OefenkitKernelManager(connection_dir=str(tmp_path))
        manager._cold_starts = 1  # a page is waiting for a kernel: the refill waits its turn
        refill = asyncio.ensure_future(manager.start_kernel(kernel_name="python3", env={PREHEAT_ENV: "True"}))
        manager._pools = {"casus-1.ipynb": [refill]}  # as Voila keeps it: still in its pool
        await asyncio.sleep(0.3)
        await manager.shutdown_all()
        manager._cold_starts = 0  # the waiting page is gone with the server
        done, _ = await asyncio.wait({refill}, timeout=30)
        error = refill.exception() if done else None
        children = [child.pid for child in psutil.Process().children(recursive=True)]
        if manager.list_kernel_ids():
            await AsyncMappingKernelManager.shutdown_all(manager)
        return error, list(manager.list_kernel_ids()), children

    error, kernels, children = asyncio.run(scenario())
    assert isinstance(error, RuntimeError), "the refill started a kernel after the shutdown"
    assert kernels == [] and children == []


def test_a_kernel_that_has_not_served_a_page_is_never_culled_as_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    """A warm kernel waiting in its pool, or taken by a page whose websocket is slow to connect, stays."""
    culled: list[str] = []

    async def record(self: Any, kernel_id: str) -> None:
        culled.append(kernel_id)

    monkeypatch.setattr(AsyncMappingKernelManager, "cull_kernel_if_idle", record)

    async def cull() -> None:
        manager = OefenkitKernelManager(connect_grace=600.0)
        for kernel_id in ("pooled", "taken", "served", "abandoned"):
            kernel = ServerKernelManager(kernel_name="python3")
            kernel.last_activity = datetime(2020, 1, 1, tzinfo=UTC)  # idle for years
            manager._kernels[kernel_id] = kernel
            manager._kernel_connections[kernel_id] = 0
        pool_entry: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        pool_entry.set_result({"kernel_id": "pooled", "task": pool_entry})
        manager._pools = {"casus-1.ipynb": [pool_entry]}
        getattr(manager, "_waiting_since", {}).update({"taken": time.monotonic(), "abandoned": time.monotonic() - 601})
        manager._kernel_connections["served"] = 1
        for kernel_id in list(manager._kernels):
            await manager.cull_kernel_if_idle(kernel_id)
        manager._kernel_connections["served"] = 0  # its page closed: idle from now on, like any other
        await manager.cull_kernel_if_idle("served")

    asyncio.run(cull())
    # jupyter_server's rules decide for a kernel that served a page (connected ones stay: cull_connected=False)
    assert culled == ["served", "abandoned", "served"]
