"""`python -m kit serve` stopped with SIGTERM or Ctrl+C (SIGINT) leaves nothing running: no kernel outlives it."""

from __future__ import annotations

import signal
import time
import urllib.request
from pathlib import Path

import pytest
from voila_server import KitServe, running_kit_serve

pytestmark = pytest.mark.slow


def _wait_for_log(served: KitServe, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while text not in served.log.read_text(errors="replace"):
        assert served.process.poll() is None, served.log.read_text(errors="replace")
        assert time.monotonic() < deadline, f"no {text!r} within {timeout} s:\n{served.log.read_text()}"
        time.sleep(0.5)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl+C"])
def test_stopping_kit_serve_leaves_no_kernel_running(tmp_path: Path, stop: signal.Signals) -> None:
    with running_kit_serve(tmp_path, "--deelnemers", "1", "--oefening", "casus-1") as served:
        _wait_for_log(served, "Kernel pool of casus-1.ipynb is filled", 240)
        with urllib.request.urlopen(served.url + "/voila/render/casus-1.ipynb", timeout=120) as page:
            assert page.status == 200  # the page takes the warm kernel; a refill starts now
        kernels = served.kernel_processes()
        assert kernels, "no kernels found to begin with"
        served.process.send_signal(stop)  # while the refill's kernel is starting
        assert served.process.wait(timeout=90) == 0 or stop == signal.SIGINT
        survivors = [k.pid for k in served.kernel_processes() if k.is_running() and k.status() != "zombie"]
        assert survivors == [], f"kernels outlived the server: {survivors}\n{served.log.read_text()}"
