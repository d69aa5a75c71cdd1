"""`python -m kit.hub.singleuser`: JupyterHub's single-user server with the Voila-only configuration.

The Hub's `Spawner.cmd`. It finds `singleuser_config.py` next to itself in the participant's own
environment, so the Hub needs no path into the image or into the participants' Python.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kit.hub.homes import own_home_private

CONFIG = Path(__file__).resolve().with_name("singleuser_config.py")
SHARE = Path(__file__).resolve().parent.parent / "share"  # the oefenkit Voila template (Dutch, offline)


def main() -> None:
    from jupyterhub.singleuser import main as singleuser_main

    own_home_private()  # 0700 before anything is written there (kit.hub.homes)
    # Voila looks up templates on JUPYTER_PATH when it renders, so the participant's pages get the same
    # Dutch, offline, accessible template as `python -m kit serve` serves.
    os.environ["JUPYTER_PATH"] = os.pathsep.join(p for p in (str(SHARE), os.environ.get("JUPYTER_PATH", "")) if p)
    sys.argv[1:1] = [f"--config={CONFIG}"]
    singleuser_main()


if __name__ == "__main__":
    main()
