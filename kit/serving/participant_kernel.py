"""The Python kernel of Oefenkit's pages: ipykernel without its debugger (`python -m kit.serving.participant_kernel`).

ipykernel imports debugpy when it starts (for the debugger of JupyterLab): 8 MB and 145 modules in every
kernel, which a Voila page never uses (it runs no code a participant types, and offers no debugger). The
kernel spec kit/share/kernels/python3/kernel.json, found through the JUPYTER_PATH that `kit serve` and the
Hub's single-user server set, starts kernels through this module: debugpy is then as absent as when it
is not installed, which ipykernel handles itself (`ipykernel.debugger._is_debugpy_available`).
"""

from __future__ import annotations

import sys

BLOCKED = ("debugpy",)


def main() -> None:
    for name in BLOCKED:
        sys.modules[name] = None  # type: ignore[assignment]  # an import of it raises ImportError
    from ipykernel.kernelapp import launch_new_instance

    launch_new_instance()


if __name__ == "__main__":
    main()
