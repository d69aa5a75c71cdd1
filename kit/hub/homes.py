"""Participants' home folders are private (0700): no one else can list them or read their dotfiles.

`useradd` makes homes 0755 on many systems (TLJH's accounts included), so one participant's kernel
could list another's home and read what lies there. Two places close it, so every spawner is covered:
- the Hub's pre-spawn hook (`configure` installs it) sets 0700 on the account's home before the
  server starts, when the Hub runs as root with system accounts (the test Hub, TLJH after the first start);
- the participant's own server sets 0700 on its $HOME as it starts (kit.hub.singleuser), which also
  covers TLJH's first start, where the account is made inside the spawner, after the hook.
Under KubeSpawner there is no system account in the hub pod; the pod is the boundary and the hook does nothing.
"""

from __future__ import annotations

import os
import pwd
import stat
from pathlib import Path
from typing import Any

PRIVATE = 0o700
DEFAULT_PREFIX = "jupyter-"
"""TLJH's (and kit.hub.spawner's) system account of Hub user `anna`: `jupyter-anna`."""


def make_private(home: Path, owner_uid: int) -> bool:
    """Set `home` to 0700 if it is a real folder of `owner_uid` (never follows a link); whether it changed."""
    try:
        info = home.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != owner_uid or stat.S_IMODE(info.st_mode) == PRIVATE:
        return False
    home.chmod(PRIVATE)  # checked above to be a folder, not a link
    return True


def account_of(spawner: Any) -> str:
    """The system account a spawner runs the user as: its own `account()`, else TLJH's naming."""
    account = getattr(spawner, "account", None)
    if callable(account):
        return str(account())
    return f"{DEFAULT_PREFIX}{spawner.user.name}"


def private_home_hook(spawner: Any) -> None:
    """JupyterHub `Spawner.pre_spawn_hook`: the user's home 0700, if the account exists on this machine."""
    try:
        entry = pwd.getpwnam(account_of(spawner))
    except KeyError:
        return
    make_private(Path(entry.pw_dir), entry.pw_uid)


def own_home_private() -> None:
    """At a participant's server start: its own $HOME 0700 (the participant owns it, so may set it)."""
    home = os.environ.get("HOME")
    if home:
        make_private(Path(home), os.getuid())
