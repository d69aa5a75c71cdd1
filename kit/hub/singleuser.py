"""`python -m kit.hub.singleuser`: JupyterHub's single-user server with the Voila-only configuration.

The Hub's `Spawner.cmd`. It finds `singleuser_config.py` next to itself in the participant's own
environment, so the Hub needs no path into the image or into the participants' Python.
"""

from __future__ import annotations

import sys
from pathlib import Path

CONFIG = Path(__file__).resolve().with_name("singleuser_config.py")


def main() -> None:
    from jupyterhub.singleuser import main as singleuser_main

    sys.argv[1:1] = [f"--config={CONFIG}"]
    singleuser_main()


if __name__ == "__main__":
    main()
