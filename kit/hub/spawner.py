"""Spawn each participant's server as their own unprivileged system account (`jupyter-<name>`).

This is what keeps the reference solutions and the store's credentials out of a participant's reach:
a participant's kernel runs Python, so only the operating system can stop it reading a file. The
account name follows The Littlest JupyterHub's convention; the accounts must exist (TLJH creates
them, the test creates them with `useradd`).
"""

from __future__ import annotations

import pwd
from collections.abc import Callable
from typing import Any

from jupyterhub.spawner import LocalProcessSpawner
from traitlets import Unicode


class SystemAccountSpawner(LocalProcessSpawner):  # type: ignore[misc]
    """LocalProcessSpawner that runs hub user `anna` as the system account `jupyter-anna`."""

    account_prefix = Unicode("jupyter-", config=True, help="Prefix of the system account of a hub user.")

    def account(self) -> str:
        return f"{self.account_prefix}{self.user.name}"

    def make_preexec_fn(self, name: str) -> Callable[[], None]:
        fn: Callable[[], None] = super().make_preexec_fn(self.account())
        return fn

    def user_env(self, env: dict[str, Any]) -> dict[str, Any]:
        entry = pwd.getpwnam(self.account())
        env["USER"] = entry.pw_name
        env["HOME"] = entry.pw_dir
        env["SHELL"] = entry.pw_shell or "/bin/sh"
        return env
