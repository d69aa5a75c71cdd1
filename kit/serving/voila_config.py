"""The Voila configuration of `serve`, written as `voila.json` in a run folder Voila is pointed at.

Per-notebook pool sizes cannot go on Voila's command line (`--pool_size` is one number for every
notebook, and given twice Voila stops), so everything lives in the config file and the command line only
names the folder, the notebooks and the port.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from kit.serving.options import ServeOptions
from kit.serving.status import ENV_VAR as STATUS_ENV_VAR

KERNEL_MANAGER = "kit.serving.kernels.OefenkitKernelManager"
CONFIG_FILE = "voila.json"
STATUS_FILE = "pool-status.json"
WORKSHOP_ONLY_ENV = "KIT_WORKSHOP_ONLY"  # read by kit.ui.store_choice: exercises open only with a workshop code
SHARE = Path(__file__).resolve().parent.parent / "share"
"""Oefenkit's Voila template (Dutch, offline, accessible), found through JUPYTER_PATH, and its config."""
TEMPLATE = "oefenkit"
HANDLERS_CONFIG = SHARE / "config" / "voila.py"  # the Dutch 404 handler: a class, so not expressible in JSON
IOPUB_TIMEOUT = 60
"""Seconds Voila waits for a cell's output after the kernel replied. nbclient's default (4 s) drops the
output of a cell whose messages are late, and a page without its widget output is an empty page. When a
room opens its pages at once and the pools refill beside them, 4 s is not enough on two cores (CI saw an
empty page after "Timeout waiting for IOPub output"). The wait ends as soon as the output is in."""


def voila_config(options: ServeOptions, status_file: Path) -> dict[str, Any]:
    pools: dict[str, dict[str, Any]] = {"default": {"pool_size": 0 if options.pools else 1}}
    pools.update({notebook: {"pool_size": size} for notebook, size in sorted(options.pools.items())})
    return {
        "VoilaConfiguration": {
            "template": TEMPLATE,
            "show_tracebacks": False,
            "file_allowlist": [r".*\.(png|svg)"],
            "file_denylist": [r".*\.(ipynb|py|yaml|yml|json|sqlite)"],
            "preheat_kernel": options.preheat,
            "multi_kernel_manager_class": KERNEL_MANAGER,
        },
        "VoilaExecutor": {"iopub_timeout": IOPUB_TIMEOUT},
        "VoilaKernelManager": {"kernel_pools_config": pools, "fill_delay": 0.5},
        "MappingKernelManager": {
            "cull_idle_timeout": options.cull_idle,
            "cull_interval": options.cull_interval,
            "cull_connected": False,
            "cull_busy": False,
        },
        "OefenkitKernelManager": {"status_file": str(status_file), "connect_grace": options.connect_grace},
    }


def prepare(options: ServeOptions, folder: Path) -> tuple[list[str], dict[str, str]]:
    """Write the config into `folder`; return Voila's command line and the environment it adds."""
    folder.mkdir(parents=True, exist_ok=True)
    status_file = folder / STATUS_FILE
    config = voila_config(options, status_file)
    (folder / CONFIG_FILE).write_text(json.dumps(config, indent=2), encoding="utf-8")
    # Voila reads voila.py beside voila.json from the same folder.
    shutil.copyfile(HANDLERS_CONFIG, folder / HANDLERS_CONFIG.name)
    args = [
        sys.executable,
        "-m",
        "voila",
        str(options.notebooks),
        f"--port={options.port}",
        "--Voila.ip=127.0.0.1",
        "--no-browser",
        f"--Voila.config_file_paths={folder}",
    ]
    env = {
        STATUS_ENV_VAR: str(status_file),
        "JUPYTER_PATH": os.pathsep.join(p for p in (str(SHARE), os.environ.get("JUPYTER_PATH", "")) if p),
    }
    if options.workshop_only:
        env[WORKSHOP_ONLY_ENV] = "1"
    if options.database_url:
        env["KIT_DATABASE_URL"] = options.database_url
    return args, env
