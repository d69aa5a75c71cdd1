"""The pool status as the facilitator reads it: the kernel manager writes a JSON file, kernels read it.

The Voila server passes the file's path to every kernel in `KIT_POOL_STATUS`; without it (JupyterLab,
JupyterHub) there is no pool to report and the facilitator's app shows nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from kit.plural import DEELNEMER, KERNEL, count
from kit.serving.texts import STATUS

ENV_VAR = "KIT_POOL_STATUS"
FACILITATOR = "facilitator.ipynb"


def read_status(path: Path | None = None) -> dict[str, Any] | None:
    """The last status the server wrote, or None when there is none (yet)."""
    if path is None:
        given = os.environ.get(ENV_VAR, "").strip()
        if not given:
            return None
        path = Path(given)
    try:
        status = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return status if isinstance(status, dict) else None


def status_line(status: dict[str, Any] | None) -> str | None:
    """One Dutch sentence: warming up, ready for N participants, or how many are ready and in use."""
    if not status:
        return None
    pools = {name: pool for name, pool in status.get("notebooks", {}).items() if name != FACILITATOR}
    if not pools:
        return None
    names = ", ".join(sorted(name.removesuffix(".ipynb") for name in pools))
    target = max(int(pool["target"]) for pool in pools.values())
    ready = sum(int(pool["ready"]) for pool in pools.values())
    wanted = sum(int(pool["target"]) for pool in pools.values())
    in_use = sum(int(pool["in_use"]) for pool in pools.values())
    if in_use == 0 and ready >= wanted:
        return STATUS["ready"].format(target=count(target, DEELNEMER), notebooks=names)
    if in_use == 0:
        return STATUS["warming"].format(ready=ready, target=wanted, notebooks=names)
    return STATUS["running"].format(ready=count(ready, KERNEL), in_use=in_use)
