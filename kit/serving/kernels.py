"""The kernel manager Voila runs with (`VoilaConfiguration.multi_kernel_manager_class`) for a workshop.

Voila's pre-heating (voila/voila_kernel_manager.py, 0.5.x) builds its pool class on top of this one,
so the pool calls `start_kernel` and `cull_kernel_if_idle` here. This class adds what a room full of
participants joining in one minute needs:

- pool sizes that shrink as kernels are taken into use: a pool of 40 for 40 participants is not
  refilled to 40 while those 40 are working, only a few spare kernels are kept (`spare_kernels`);
- refills that wait their turn: no refill starts while a page waits for a kernel of its own, and once
  participants are connected only one refill runs at a time, held until its notebook has rendered;
- a start that is checked: a kernel that dies or never answers (two kernels given the same port,
  ZMQError "Address already in use", jupyter_client#487) is shut down and started again instead of
  leaving its page waiting forever;
- idle time counted from the moment a page let go of its kernel (its last websocket closed), so with
  `cull_connected=False` a closed or reloaded page frees its kernel after `cull_idle_timeout` while a
  connected, idle participant keeps theirs; a kernel that has not served a page yet (waiting in its pool,
  or taken by a page whose websocket has not connected, which on a loaded machine can take long) is never
  culled as idle; only one whose page never connects at all goes, after `connect_grace`;
- a stop that leaves nothing behind: once `shutdown_all` begins no kernel starts any more (refills
  give up), and a kernel process still alive after the shutdown (one that was starting) is killed;
- a status file (`status_file`, JSON) the facilitator's app reads: how many kernels are ready.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any

import psutil
from jupyter_server._tz import utcnow
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from tornado.ioloop import PeriodicCallback
from traitlets import Float, Int, Unicode

PREHEAT_ENV = "VOILA_PREHEAT"  # Voila sets it to "True" for the kernels it starts for its pool
RENDER_WAIT_SECONDS = 120.0
POOL_ENTRY_SECONDS = 2.0  # a started kernel shows up in its pool within a loop turn; later, a page has it


def keep_ready(configured: int, in_use: int, spares: int) -> int:
    """Pool size now: 40 configured and 38 in use keeps 2 (the spares), not 40 more kernels."""
    return max(min(configured, spares), configured - in_use)


class PoolSizes(dict[str, dict[str, Any]]):
    """Voila's `kernel_pools_config`, read by its pool at every refill: the size shrinks with kernels in use."""

    def __init__(self, manager: OefenkitKernelManager, configured: dict[str, dict[str, Any]]) -> None:
        super().__init__(configured)
        self._manager = manager

    def get(self, key: str, default: Any = None) -> Any:
        entry = super().get(key, default)
        if key == "default" or key not in self or not isinstance(entry, dict):
            return entry
        return {**entry, "pool_size": self._manager.pool_target(key, int(entry.get("pool_size", 1)))}


class OefenkitKernelManager(AsyncMappingKernelManager):
    status_file = Unicode("", config=True, help="JSON file with the pool status, for the facilitator's app")
    spare_kernels = Int(2, config=True, help="Kernels kept ready per notebook once its expected users are in")
    start_attempts = Int(3, config=True, help="Kernel starts tried before a page gets an error")
    ready_timeout = Float(30.0, config=True, help="Seconds a new kernel has to answer kernel_info")
    watch_interval = Float(1.0, config=True, help="Seconds between looks at the pool and the connections")
    connect_grace = Float(600.0, config=True, help="Seconds a kernel taken by a page may wait for its websocket")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)  # type: ignore[no-untyped-call]
        self._cold_starts = 0  # pages waiting for a kernel of their own: refills wait for them
        self._pool_starts = 0  # refills under way, each until its notebook has rendered
        self._watcher: PeriodicCallback | None = None
        self._pooled_before: set[str] = set()
        self._connected_before: set[str] = set()
        self._last_status: dict[str, Any] | None = None
        self._releases: set[asyncio.Future[None]] = set()  # keeps the release tasks referenced until done
        self._served: set[str] = set()  # kernels a page's websocket has connected to, ever
        self._waiting_since: dict[str, float] = {}  # kernel -> when it was started or left its pool (monotonic)
        self._stopping = False
        if self.has_trait("kernel_pools_config"):  # pre-heating is on: Voila's pool class is our subclass
            self.set_trait("kernel_pools_config", PoolSizes(self, dict(getattr(self, "kernel_pools_config", {}))))

    # --- pool sizes ---------------------------------------------------------------------------------------
    def pool_target(self, notebook: str, configured: int) -> int:
        """Kernels to keep ready: the configured number minus those in use, but never fewer than the spares."""
        return keep_ready(configured, len(self.in_use(notebook)), self.spare_kernels)

    def in_use(self, notebook: str) -> set[str]:
        """Kernels of a notebook's pool that a page has taken."""
        data: dict[str, Any] = getattr(self, "notebook_data", {}).get(notebook, {})
        return {kid for kid in data.get("kernel_ids", ()) if kid in self._kernels} - self.pooled()

    def pooled(self) -> set[str]:
        """Ids of the kernels waiting in any pool (started; rendering may still be under way)."""
        return {content["kernel_id"] for content in self._pool_contents()}

    def _pool_contents(self, notebook: str | None = None) -> list[dict[str, Any]]:
        pools: dict[str, list[asyncio.Task[Any]]] = getattr(self, "_pools", {})
        found = []
        for name, pool in pools.items():
            if notebook is not None and name != notebook:
                continue
            for task in pool:
                if task.done() and not task.cancelled() and task.exception() is None:
                    found.append(task.result())
        return found

    # --- starting ---------------------------------------------------------------------------------------
    async def start_kernel(self, *, kernel_name: str | None = None, **kwargs: Any) -> str:  # type: ignore[override]
        self._refuse_when_stopping()
        self._start_watching()
        refill = (kwargs.get("env") or {}).get(PREHEAT_ENV) == "True"
        # A refill waits while pages wait for kernels, and for a free slot; but once a page has taken its entry
        # from the pool (Voila hands out entries still starting) a page is waiting for it: start at once.
        while refill and (self._cold_starts or self._pool_starts >= self._refill_slots()):
            self._refuse_when_stopping()
            if not self._still_pooled(asyncio.current_task()):
                refill = False
                break
            await asyncio.sleep(0.1)
        self._refuse_when_stopping()
        if not refill:
            self._cold_starts += 1
            try:
                return await self._start_answering(kernel_name, kwargs)
            finally:
                self._cold_starts -= 1
        self._pool_starts += 1
        try:
            kernel_id = await self._start_answering(kernel_name, kwargs)
        except BaseException:
            self._pool_starts -= 1
            raise
        release = asyncio.ensure_future(self._release_when_rendered(kernel_id))
        self._releases.add(release)
        release.add_done_callback(self._releases.discard)
        return kernel_id

    def _still_pooled(self, task: asyncio.Task[Any] | None) -> bool:
        """Whether this refill (Voila runs each in its own task) is still waiting in a pool, not taken by a page."""
        pools: dict[str, list[asyncio.Task[Any]]] = getattr(self, "_pools", {})
        return any(task is entry for pool in pools.values() for entry in pool)

    def _refill_slots(self) -> int:
        """All cores while nobody is connected (warming up before the session), one refill at a time after."""
        if any(self._kernel_connections.get(kid, 0) for kid in self._kernels):
            return 1
        return max(1, os.cpu_count() or 1)

    def _refuse_when_stopping(self) -> None:
        if self._stopping:
            raise RuntimeError("the server is stopping: no new kernels")

    async def _start_answering(self, kernel_name: str | None, kwargs: dict[str, Any]) -> str:
        for attempt in range(1, self.start_attempts + 1):
            self._refuse_when_stopping()
            kernel_id: str = await super().start_kernel(kernel_name=kernel_name, **kwargs)
            self._waiting_since[kernel_id] = time.monotonic()
            if await self._answers(kernel_id):
                return kernel_id
            self.log.warning(
                "Kernel %s died or did not answer within %s s (port taken? jupyter_client#487); "
                "starting another (attempt %d of %d)",
                kernel_id,
                self.ready_timeout,
                attempt,
                self.start_attempts,
            )
            with contextlib.suppress(Exception):
                await self.shutdown_kernel(kernel_id, now=True)  # type: ignore[no-untyped-call]
            kwargs.pop("kernel_id", None)
        raise RuntimeError(f"No kernel answered in {self.start_attempts} attempts")

    async def _answers(self, kernel_id: str) -> bool:
        kernel: Any = self.get_kernel(kernel_id)
        client: Any = kernel.client()
        client.start_channels()
        try:
            await client.wait_for_ready(timeout=self.ready_timeout)
            return True
        except RuntimeError:  # died before answering, or no answer in time
            return False
        finally:
            client.stop_channels()

    async def _release_when_rendered(self, kernel_id: str) -> None:
        """Hold the refill slot until Voila has run the notebook in the new kernel, or a page took the kernel
        (the page's request then finishes the rendering)."""
        started = time.monotonic()
        try:
            while time.monotonic() - started < RENDER_WAIT_SECONDS and kernel_id in self._kernels:
                content = next((c for c in self._pool_contents() if c["kernel_id"] == kernel_id), None)
                if content is None and time.monotonic() - started > POOL_ENTRY_SECONDS:
                    return  # not in a pool: taken by a page
                if content is not None and content["task"].done():
                    return
                await asyncio.sleep(0.2)
        finally:
            self._pool_starts -= 1

    # --- stopping ---------------------------------------------------------------------------------------
    async def shutdown_all(self, now: bool = False) -> None:  # type: ignore[override]
        """Stop for good (Voila calls this on SIGTERM and Ctrl+C): no kernel starts any more, every kernel is
        shut down, and a kernel process that outlived that (it was starting meanwhile) is killed."""
        self._stopping = True
        if self._watcher is not None:
            self._watcher.stop()
        try:
            await super().shutdown_all(now=now)
        except Exception:  # a kernel that was starting: the sweep below ends it
            self.log.exception("Shutting the kernels down failed; killing what is left")
        self._kill_leftover_kernels()

    def _kill_leftover_kernels(self) -> None:
        """Kill the kernel processes this server started that are still running (kernels run in their own
        session, so nothing else would end them when the server stops)."""
        try:
            children = psutil.Process().children(recursive=True)
        except psutil.Error:
            return
        for child in children:
            with contextlib.suppress(psutil.Error):
                self.log.warning("Kernel process %s outlived the shutdown; killing it", child.pid)
                child.kill()
        psutil.wait_procs(children, timeout=5)

    # --- culling ----------------------------------------------------------------------------------------
    async def cull_kernel_if_idle(self, kernel_id: str) -> None:
        """Cull only kernels that have served a page; and skip kernels still starting: they have no
        `last_activity` yet, and jupyter_server's culler would log a TraitError/KeyError for each of them on
        every pass (jupyter/notebook#5345, still so in jupyter_server 2.x)."""
        kernel = self._kernels.get(kernel_id)
        if kernel is None or not kernel.trait_has_value("last_activity"):
            return
        if not self._may_cull(kernel_id):
            return
        await super().cull_kernel_if_idle(kernel_id)  # type: ignore[no-untyped-call]

    def _may_cull(self, kernel_id: str) -> bool:
        """Whether idleness may end this kernel: not while it waits in a pool or for its page to connect."""
        if self._kernel_connections.get(kernel_id, 0):
            self._served.add(kernel_id)
        if kernel_id in self._served:
            return True
        if kernel_id in self.pooled():
            return False
        waiting = time.monotonic() - self._waiting_since.get(kernel_id, time.monotonic())
        return waiting > self.connect_grace

    # --- watching ---------------------------------------------------------------------------------------
    def _start_watching(self) -> None:
        if self._watcher is None:
            self._watcher = PeriodicCallback(self._watch, self.watch_interval * 1000)
            self._watcher.start()

    def _watch(self) -> None:
        """Restart the idle clock of kernels that a page just took or just let go; write the pool status."""
        pooled = self.pooled()
        connected = {kid for kid in self._kernels if self._kernel_connections.get(kid, 0)}
        now = utcnow()
        self._served |= connected
        for kernel_id in self._pooled_before - pooled:
            self._waiting_since[kernel_id] = time.monotonic()  # taken by a page: its websocket may take a while
        for kernel_id in (self._pooled_before - pooled) | (self._connected_before - connected):
            kernel = self._kernels.get(kernel_id)
            if kernel is not None and kernel.trait_has_value("last_activity"):
                kernel.last_activity = now
        for gone in set(self._waiting_since) - set(self._kernels):
            self._waiting_since.pop(gone, None)
            self._served.discard(gone)
        self._pooled_before = pooled
        self._connected_before = connected
        self._top_up()
        self._write_status(connected)

    def _top_up(self) -> None:
        """Refill pools that culling or a finished session left below their target (Voila refills only on use)."""
        fill = getattr(self, "fill_if_needed", None)
        if fill is None:
            return
        sizes = getattr(self, "kernel_pools_config", {})
        for notebook, pool in list(getattr(self, "_pools", {}).items()):
            target = int(sizes.get(notebook, sizes.get("default", {})).get("pool_size", 0))
            if len(pool) < target:
                fill(delay=0, notebook_name=notebook)

    def pool_status(self, connected: set[str] | None = None) -> dict[str, Any]:
        """Per pre-heated notebook: kernels wanted, ready (rendered, waiting) and in use; kernels in all."""
        configured: dict[str, dict[str, Any]] = dict(getattr(self, "kernel_pools_config", {}))
        default = configured.get("default", {})
        notebooks = {}
        for notebook in getattr(self, "_pools", {}):
            target = int(configured.get(notebook, default).get("pool_size", 0))
            if target <= 0:
                continue
            ready = sum(1 for content in self._pool_contents(notebook) if content["task"].done())
            in_use = len(self.in_use(notebook))
            keep = keep_ready(target, in_use, self.spare_kernels)
            notebooks[notebook] = {"target": target, "keep": keep, "ready": ready, "in_use": in_use}
        if connected is None:
            connected = {kid for kid in self._kernels if self._kernel_connections.get(kid, 0)}
        return {"notebooks": notebooks, "kernels": len(self._kernels), "connected": len(connected)}

    def _write_status(self, connected: set[str]) -> None:
        if not self.status_file:
            return
        status = self.pool_status(connected)
        if status == self._last_status:
            return
        path = Path(self.status_file)
        temporary = path.with_name(path.name + ".tmp")
        try:
            temporary.write_text(json.dumps(status, sort_keys=True), encoding="utf-8")
            os.replace(temporary, path)
        except OSError:
            self.log.exception("Could not write the pool status to %s", path)
            return
        self._last_status = status
