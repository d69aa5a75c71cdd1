"""The kernel manager Voila runs with, in-process with real kernels: port races, starting kernels, pool sizes."""

from __future__ import annotations

import asyncio
import logging
import socket
from pathlib import Path
from typing import Any

import pytest
from jupyter_client.connect import LocalPortCache
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager, ServerKernelManager

from kit.serving.kernels import OefenkitKernelManager, PoolSizes

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
