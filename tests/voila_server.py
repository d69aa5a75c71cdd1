"""Start a real Voila server on a free localhost port for the serving and browser tests (and the bench)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil

from kit.serve import NOTEBOOKS, voila_arguments, voila_environment

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

    def kernels(self) -> list[psutil.Process]:
        """The kernel processes this server started (children running ipykernel)."""
        try:
            children = psutil.Process(self.process.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []
        found = []
        for child in children:
            try:
                if "ipykernel" in " ".join(child.cmdline()):
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
    workdir: Path, notebooks: Path = NOTEBOOKS, preheat: bool = False, cull_idle: int = 600, cull_interval: int = 60
) -> Iterator[VoilaServer]:
    """A Voila server with its own SQLite store in `workdir`; stopped with all its kernels afterwards."""
    port = free_port()
    store_url = f"sqlite:///{workdir / 'store.sqlite'}"
    env = voila_environment(False, {**os.environ, "KIT_DATABASE_URL": store_url})
    log = workdir / "voila.log"
    args = voila_arguments(port, notebooks, preheat=preheat, cull_idle=cull_idle, cull_interval=cull_interval)
    with log.open("wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=workdir)
    server = VoilaServer(f"http://127.0.0.1:{port}", process, log, store_url)
    try:
        _wait_until_up(server)
        yield server
    finally:
        _stop(process)


def _wait_until_up(server: VoilaServer, timeout: float = 60.0) -> None:
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
    for member in family:
        with contextlib.suppress(psutil.Error):
            member.kill()
