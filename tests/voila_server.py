"""Start a real Voila server on a free localhost port for the serving and browser tests (and the bench)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from kit.serving.options import CONNECT_GRACE_SECONDS, NOTEBOOKS, ServeOptions
from kit.serving.status import ENV_VAR as STATUS_ENV_VAR
from kit.serving.status import read_status
from kit.serving.voila_config import prepare

CHROMIUM = Path("/usr/bin/chromium")  # Debian's; Playwright cannot download a browser here
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class VoilaServer:
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    store_url: str
    status_file: Path

    def kernels(self) -> list[psutil.Process]:
        """The kernel processes this server started (children running ipykernel, through kit's kernel spec)."""
        try:
            children = psutil.Process(self.process.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []
        found = []
        for child in children:
            try:
                command = " ".join(child.cmdline())
                if "ipykernel" in command or "kit.serving.participant_kernel" in command:
                    found.append(child)
            except psutil.Error:
                continue
        return found

    def kernel_for(self, kernel_id: str) -> psutil.Process | None:
        for kernel in self.kernels():
            try:
                if kernel_id in " ".join(kernel.cmdline()):
                    return kernel
            except psutil.Error:
                continue
        return None

    def status(self) -> dict[str, Any] | None:
        """The pool status the kernel manager last wrote (what the facilitator's app reads)."""
        return read_status(self.status_file)

    def pool(self, notebook: str) -> dict[str, int]:
        """target/keep/ready/in_use of one notebook's pool, all 0 before the first status is written."""
        pools = (self.status() or {}).get("notebooks", {})
        return dict(pools.get(notebook, {"target": 0, "keep": 0, "ready": 0, "in_use": 0}))

    def memory_mb(self) -> float:
        return float(psutil.Process(self.process.pid).memory_info().rss) / 2**20

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=60) as response:
                return int(response.status), response.read()
        except urllib.error.HTTPError as error:
            return int(error.code), error.read()


@contextmanager
def running_voila(
    workdir: Path,
    notebooks: Path = NOTEBOOKS,
    preheat: bool = False,
    cull_idle: int = 600,
    cull_interval: int = 60,
    pools: dict[str, int] | None = None,
    connect_grace: int = CONNECT_GRACE_SECONDS,
) -> Iterator[VoilaServer]:
    """A Voila server configured as `python -m kit serve` configures it, with its own SQLite store in `workdir`;
    stopped with all its kernels afterwards. `pools` pre-heats those notebooks only (as --deelnemers does)."""
    port = free_port()
    store_url = f"sqlite:///{workdir / 'store.sqlite'}"
    options = ServeOptions(
        port=port,
        pools=dict(pools or {}),
        cull_idle=cull_idle,
        cull_interval=cull_interval,
        database_url=store_url,
        notebooks=notebooks,
        preheat=preheat or bool(pools),
        connect_grace=connect_grace,
    )
    args, added = prepare(options, workdir / "serve")
    env = {**os.environ, **added}
    log = workdir / "voila.log"
    with log.open("wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=workdir)
    server = VoilaServer(f"http://127.0.0.1:{port}", process, log, store_url, Path(added[STATUS_ENV_VAR]))
    try:
        _wait_until_up(server)
        yield server
    finally:
        _stop(process)


def _wait_until_up(server: VoilaServer, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"Voila stopped at start-up:\n{server.log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(server.url + "/voila/tree", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise RuntimeError(f"Voila did not answer within {timeout} s:\n{server.log.read_text(errors='replace')}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    try:
        family = [psutil.Process(process.pid), *psutil.Process(process.pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        family = []
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()  # reaped here, not by the garbage collector during a later test (ResourceWarning)
    for member in family:
        with contextlib.suppress(psutil.Error):
            member.kill()


@dataclass
class KitServe:
    """`python -m kit serve` as a participant runs it (it execs into Voila: `process` is the server)."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def connection_dir(self) -> str | None:
        """Voila's folder of kernel connection files: every kernel of this server names it on its command line."""
        for line in self.log.read_text(errors="replace").splitlines():
            if "Storing connection files in " in line:
                return line.split("Storing connection files in ", 1)[1].rstrip(".")
        return None

    def kernel_processes(self) -> list[psutil.Process]:
        """Every process on the machine that is a kernel of this server, whoever its parent is now."""
        folder = self.connection_dir()
        found = []
        for process in psutil.process_iter(["cmdline"]):
            with contextlib.suppress(psutil.Error):
                if folder and any(folder in part for part in process.info["cmdline"] or ()):
                    found.append(process)
        return found


@contextmanager
def running_kit_serve(workdir: Path, *arguments: str) -> Iterator[KitServe]:
    """`python -m kit serve --port <free> <arguments>` with its own SQLite store; killed with its kernels after."""
    port = free_port()
    log = workdir / "kit-serve.log"
    command = [sys.executable, "-m", "kit", "serve", "--port", str(port)]
    command += ["--database-url", f"sqlite:///{workdir / 'store.sqlite'}", *arguments]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=workdir)
    served = KitServe(f"http://127.0.0.1:{port}", process, log)
    try:
        yield served
    finally:
        leftovers = served.kernel_processes()
        _stop(process)
        for kernel in leftovers:
            with contextlib.suppress(psutil.Error):
                kernel.kill()


@contextmanager
def launched_chromium() -> Iterator[Any]:
    """Debian's Chromium under Playwright (it cannot download a browser here); closed afterwards."""
    import pytest
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run .ci/run or `apt-get install chromium` first")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
