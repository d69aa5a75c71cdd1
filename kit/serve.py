"""Serve the notebooks as web apps with Voila on localhost, configured for a day of workshops.

Only `notebooks/` is served (scenarios, answers and kit code stay out of reach), tracebacks never
reach the browser, kernels are pre-heated (for a workshop: as many as participants are expected, only
for its notebooks) and a page that is closed or reloaded frees its kernel after a short idle time:
Voila 0.5 cannot shut a kernel down when a page closes (voila-dashboards/voila#1458), so without this
every reload would leave a kernel behind. See kit/serving/ for the parts.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

from kit.serving.options import NOTEBOOKS, ServeOptions
from kit.serving.texts import STATUS
from kit.serving.voila_config import prepare

__all__ = ["NOTEBOOKS", "ServeOptions", "serve"]


def serve(options: ServeOptions) -> NoReturn:
    """Replace this process by Voila, so Ctrl+C and signals reach the server directly."""
    from kit.content.library import cached_library

    cached_library()  # checks the content once and writes the cache every kernel then reads (kit.content.cache)
    folder = Path(tempfile.mkdtemp(prefix="oefenkit-serve-"))
    args, env = prepare(options, folder)
    os.environ.update(env)
    url = f"http://127.0.0.1:{options.port}/voila/render/start.ipynb"
    print(f"Oefenkit draait op {url} (stoppen: Ctrl+C)", flush=True)
    if options.participants:
        names = ", ".join(sorted(n.removesuffix(".ipynb") for n in options.pools if n != "facilitator.ipynb"))
        print(STATUS["warming"].format(ready=0, target=options.participants, notebooks=names), flush=True)
    os.execv(sys.executable, args)
