"""A throw-away PostgreSQL cluster for tests and CI, from Debian's postgresql binaries (stdlib only).

`start(base_dir)` runs initdb and pg_ctl for a new cluster listening on 127.0.0.1 at a free port, creates
the database `oefenkit` owned by the user `kit` (random password, scram-sha-256) and returns its
SQLAlchemy URL (`postgresql+psycopg://...`); `stop(base_dir)` stops it and removes its files.
What `stop` needs is kept in `base_dir/cluster.json`, so a shell script can start and stop it:

    url=$(python tools/pg_cluster.py start "$dir")   # prints the URL
    python tools/pg_cluster.py stop "$dir"

PostgreSQL refuses to run as root, so as root the cluster runs as the user `postgres` (Debian's
package makes it) in a fresh folder under the temp dir that it owns: pytest's and mktemp's folders are
mode 0700 and root's, which that user could not enter. Durability settings are relaxed (fsync off):
the cluster only has to survive its clients being killed, never the machine crashing.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

STATE_FILE = "cluster.json"
DATABASE = "oefenkit"
USER = "kit"
RUN_AS_WHEN_ROOT = "postgres"
START_ATTEMPTS = 3


class ClusterError(RuntimeError):
    """The cluster could not be started or stopped; the message says why (with the server's log)."""


def bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl: the newest /usr/lib/postgresql/*/bin, or the PATH; None if absent."""
    candidates = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda folder: _version_key(folder.parent.name),
        reverse=True,
    )
    for folder in candidates:
        if (folder / "pg_ctl").exists():
            return folder
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    return None


def available() -> bool:
    """Whether a cluster can be started here (binaries present, and a user to run them as root)."""
    if bin_dir() is None:
        return False
    return os.geteuid() != 0 or _run_as_user() is not None


def start(base_dir: str | os.PathLike[str]) -> str:
    """Start a new cluster whose state is kept in `base_dir`; returns the database URL."""
    base = Path(base_dir)
    base.mkdir(parents=True, exist_ok=True)
    if (base / STATE_FILE).exists():
        raise ClusterError(f"{base / STATE_FILE} exists: a cluster was started there already (stop it first)")
    folder = bin_dir()
    if folder is None:
        raise ClusterError("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    user = _run_as_user() if os.geteuid() == 0 else None
    if os.geteuid() == 0 and user is None:
        raise ClusterError(f"running as root and there is no user {RUN_AS_WHEN_ROOT!r} to run PostgreSQL as")
    home = Path(tempfile.mkdtemp(prefix="oefenkit-pg-")) if user else base / "cluster"
    home.mkdir(exist_ok=True)
    if user:
        shutil.chown(home, user, user)
    password = secrets.token_hex(16)
    state: dict[str, Any] = {"home": str(home), "bin": str(folder), "user": user, "removable_home": bool(user)}
    try:
        _initdb(folder, home, user, password)
        port = _start_server(folder, home, user)
        state["port"] = port
        state["url"] = f"postgresql+psycopg://{USER}:{password}@127.0.0.1:{port}/{DATABASE}"
        (base / STATE_FILE).write_text(json.dumps(state, indent=2), encoding="utf-8")
        _createdb(folder, port, password)
    except BaseException:
        _stop_server(state)
        _remove(state)
        (base / STATE_FILE).unlink(missing_ok=True)
        raise
    return str(state["url"])


def stop(base_dir: str | os.PathLike[str]) -> None:
    """Stop the cluster started in `base_dir` and remove its files; nothing happens if there is none."""
    state_path = Path(base_dir) / STATE_FILE
    if not state_path.exists():
        return
    state = json.loads(state_path.read_text(encoding="utf-8"))
    _stop_server(state)
    _remove(state)
    state_path.unlink()


def url_of(base_dir: str | os.PathLike[str]) -> str | None:
    """The URL of the cluster running from `base_dir`, or None."""
    state_path = Path(base_dir) / STATE_FILE
    if not state_path.exists():
        return None
    return str(json.loads(state_path.read_text(encoding="utf-8"))["url"])


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _run_as_user() -> str | None:
    import pwd

    try:
        pwd.getpwnam(RUN_AS_WHEN_ROOT)
    except KeyError:
        return None
    return RUN_AS_WHEN_ROOT


def _run(args: list[str], user: str | None, env: dict[str, str] | None = None) -> None:
    """Run a PostgreSQL tool (as `user` when given); ClusterError with its output if it fails."""
    done = subprocess.run(
        args,
        user=user,
        group=user,
        extra_groups=[] if user else None,
        env={**os.environ, "LC_ALL": "C.UTF-8", **(env or {})},
        cwd="/",
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if done.returncode != 0:
        raise ClusterError(f"{' '.join(args[:2])} failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def _initdb(folder: Path, home: Path, user: str | None, password: str) -> None:
    pwfile = home / "pwfile"
    pwfile.write_text(password + "\n", encoding="utf-8")
    pwfile.chmod(0o600)
    if user:
        shutil.chown(pwfile, user, user)
    try:
        _run(
            [
                str(folder / "initdb"),
                "-D",
                str(home / "data"),
                "-U",
                USER,
                f"--pwfile={pwfile}",
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                "--no-instructions",
                "--no-sync",
            ],
            user,
        )
    finally:
        pwfile.unlink(missing_ok=True)
    (home / "sock").mkdir(exist_ok=True)
    if user:
        shutil.chown(home / "sock", user, user)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(folder: Path, home: Path, user: str | None) -> int:
    """Start the server on a free port; a port taken between choosing and binding is retried."""
    log = home / "postgres.log"
    last: ClusterError | None = None
    for _ in range(START_ATTEMPTS):
        port = _free_port()
        options = " ".join(
            [
                f"-p {port}",
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={home / 'sock'}",
                "-c max_connections=300",
                "-c fsync=off",
                "-c full_page_writes=off",
                "-c shared_buffers=64MB",
            ]
        )
        try:
            _run(
                [
                    str(folder / "pg_ctl"),
                    "start",
                    "-D",
                    str(home / "data"),
                    "-l",
                    str(log),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    options,
                ],
                user,
            )
            return port
        except ClusterError as error:
            tail = log.read_text(encoding="utf-8", errors="replace")[-2000:] if log.exists() else ""
            last = ClusterError(f"{error}\n--- postgres.log ---\n{tail}")
            time.sleep(0.2)
    assert last is not None
    raise last


def _createdb(folder: Path, port: int, password: str) -> None:
    _run(
        [str(folder / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", USER, "-O", USER, DATABASE],
        None,
        env={"PGPASSWORD": password},
    )


def _stop_server(state: dict[str, Any]) -> None:
    data = Path(state["home"]) / "data"
    if not (data / "postmaster.pid").exists():
        return
    pg_ctl = str(Path(state["bin"]) / "pg_ctl")
    try:
        _run([pg_ctl, "stop", "-D", str(data), "-m", "fast", "-w", "-t", "30"], state["user"])
    except ClusterError:
        _run([pg_ctl, "stop", "-D", str(data), "-m", "immediate", "-w", "-t", "30"], state["user"])


def _remove(state: dict[str, Any]) -> None:
    home = Path(state["home"])
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(home)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop", "url"):
        print("usage: python tools/pg_cluster.py start|stop|url DIR", file=sys.stderr)
        return 2
    command, base = argv
    try:
        if command == "start":
            print(start(base))
        elif command == "stop":
            stop(base)
        else:
            url = url_of(base)
            if url is None:
                print(f"no cluster running from {base}", file=sys.stderr)
                return 1
            print(url)
    except ClusterError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
