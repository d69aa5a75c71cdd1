"""`python -m kit serve` for the journeys, on SQLite or PostgreSQL.

Each server is the real command a facilitator types (`--database-url` included), started in its own
process group so that it and every kernel it started go when the journey ends.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import expect
from voila_server import free_port

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "journeys-screens"
TIMEOUT_MS = 120_000
# Every widget action is a round trip to a kernel; with a dozen kernels on 2 cores that can take long.
expect.set_options(timeout=TIMEOUT_MS)


@dataclass
class KitServer:
    url: str
    database_url: str
    engine: str
    log: Path
    process: subprocess.Popen[bytes]

    def organiser_key(self) -> str:
        """The organiser key `kit serve` printed in its terminal on first run, read as the organiser does."""
        found = re.search(r"Organisatorsleutel \(alleen wie hem heeft, maakt workshops\): (\S+)", self.log.read_text())
        assert found, f"kit serve printed no organiser key:\n{self.log.read_text()[-2000:]}"
        return found.group(1)


def start_kit_serve(workdir: Path, database_url: str, engine: str) -> KitServer:
    port = free_port()
    log = workdir / "kit-serve.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kit",
                "serve",
                "--port",
                str(port),
                "--database-url",
                database_url,
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=workdir,
            env=env,
            start_new_session=True,  # its own process group: the kernels go with it
        )
    server = KitServer(f"http://127.0.0.1:{port}", database_url, engine, log, process)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"kit serve stopped at start-up:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(server.url + "/voila/tree", timeout=3):
                return server
        except urllib.error.HTTPError:
            return server  # it answers
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    stop_kit_serve(server)
    raise RuntimeError(f"kit serve did not answer within 180 s:\n{log.read_text(errors='replace')}")


def stop_kit_serve(server: KitServer) -> None:
    try:
        os.killpg(server.process.pid, signal.SIGTERM)
        server.process.wait(timeout=15)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.process.pid, signal.SIGKILL)
