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
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

from kit.serving.options import NOTEBOOKS, ServeOptions
from kit.serving.texts import STATUS
from kit.serving.voila_config import WORKSHOP_ONLY_ENV, prepare

__all__ = ["NOTEBOOKS", "ServeOptions", "serve", "voila_environment"]


def voila_environment(workshop_only: bool, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The server's environment, which its kernels inherit: `workshop_only` turns self-study off."""
    env = dict(os.environ if base is None else base)
    env.pop(WORKSHOP_ONLY_ENV, None)
    if workshop_only:
        env[WORKSHOP_ONLY_ENV] = "1"
    return env


def announce_organiser_key(database_url: str | None) -> None:
    """On the first run make the organiser key (needed to create a workshop) and print it, once."""
    from kit.store import Store, default_database_url

    store = Store(database_url or default_database_url())
    try:
        key = store.ensure_organiser_key()
    finally:
        store.close()
    if key is not None:
        print(STATUS["organiser_new"].format(key=key), flush=True)
    else:
        print(STATUS["organiser_known"], flush=True)


def serve(options: ServeOptions) -> NoReturn:
    """Replace this process by Voila, so Ctrl+C and signals reach the server directly."""
    from kit.content.library import cached_library

    announce_organiser_key(options.database_url)
    cached_library()  # checks the content once and writes the cache every kernel then reads (kit.content.cache)
    folder = Path(tempfile.mkdtemp(prefix="oefenkit-serve-"))
    args, added = prepare(options, folder)
    env = {**voila_environment(options.workshop_only), **added}
    url = f"http://127.0.0.1:{options.port}/voila/render/start.ipynb"
    print(f"Oefenkit draait op {url} (stoppen: Ctrl+C)", flush=True)
    if options.workshop_only:
        print("Alleen workshops: zelfstudie staat uit op deze server.", flush=True)
    if options.participants:
        names = ", ".join(sorted(n.removesuffix(".ipynb") for n in options.pools if n != "facilitator.ipynb"))
        print(STATUS["warming"].format(ready=0, target=options.participants, notebooks=names), flush=True)
    os.execve(sys.executable, args, env)
