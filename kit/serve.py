"""Serve the notebooks as web apps with Voila on localhost, configured for a day of workshops.

Only `notebooks/` is served (scenarios, answers and kit code stay out of reach), tracebacks never
reach the browser, kernels are pre-heated, and idle kernels are culled: Voila 0.5 cannot shut a
kernel down when a page closes (voila-dashboards/voila#1458), so without culling every reload
would leave a kernel of ~55 MB behind.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
CULL_IDLE_SECONDS = 600
CULL_INTERVAL_SECONDS = 60


def voila_arguments(
    port: int,
    notebooks: Path = NOTEBOOKS,
    preheat: bool = True,
    cull_idle: int = CULL_IDLE_SECONDS,
    cull_interval: int = CULL_INTERVAL_SECONDS,
) -> list[str]:
    """The command line for Voila; tests and the benchmark start the same server this way."""
    args = [
        sys.executable,
        "-m",
        "voila",
        str(notebooks),
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--no-browser",
        "--show_tracebacks=False",
        "--VoilaConfiguration.file_allowlist=.*\\.(png|svg)",
        "--VoilaConfiguration.file_denylist=.*\\.(ipynb|py|yaml|yml|json|sqlite)",
        f"--MappingKernelManager.cull_idle_timeout={cull_idle}",
        f"--MappingKernelManager.cull_interval={cull_interval}",
        "--MappingKernelManager.cull_connected=False",
        "--MappingKernelManager.cull_busy=False",
    ]
    if preheat:
        args += ["--preheat_kernel=True", "--pool_size=1"]
    return args


def voila_environment(workshop_only: bool, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The server's environment, which its kernels inherit: `workshop_only` turns self-study off."""
    env = dict(os.environ if base is None else base)
    env.pop("KIT_WORKSHOP_ONLY", None)
    if workshop_only:
        env["KIT_WORKSHOP_ONLY"] = "1"
    return env


def serve(port: int = 8866, workshop_only: bool = False) -> NoReturn:
    """Replace this process by Voila, so Ctrl+C and signals reach the server directly."""
    args = voila_arguments(port)
    print(f"Oefenkit draait op http://127.0.0.1:{port}/voila/render/start.ipynb (stoppen: Ctrl+C)", flush=True)
    if workshop_only:
        print("Alleen workshops: zelfstudie staat uit op deze server.", flush=True)
    os.execve(sys.executable, args, voila_environment(workshop_only))
