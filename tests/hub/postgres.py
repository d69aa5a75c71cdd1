"""A throw-away PostgreSQL cluster (Debian's `postgresql` package) in a temp folder, on a free port.

Used when KIT_TEST_POSTGRES_URL is not set. The cluster needs a password (scram), so the test can
check that the password reaches no participant.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from voila_server import free_port


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError("Debian's postgresql is missing: run .ci/run or `apt-get install postgresql`")
    return found[-1]


@contextmanager
def throwaway_cluster(folder: Path) -> Iterator[str]:
    """Yield a SQLAlchemy URL of a fresh cluster owned by the `postgres` system account; stop it after."""
    folder.mkdir(parents=True, exist_ok=True)
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir(exist_ok=True)
    password = secrets.token_urlsafe(16)
    pwfile = folder / "pw"
    pwfile.write_text(password)
    for path in (folder, sockets, pwfile):
        shutil.chown(path, "postgres", "postgres")
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run(
        [*run_as, _bin("initdb"), "-D", str(data), "-U", "kit", f"--pwfile={pwfile}", "--auth=scram-sha-256"],
        check=True,
        capture_output=True,
    )
    port = free_port()
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c max_connections=200"
    subprocess.run(
        [*run_as, _bin("pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://kit:{password}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*run_as, _bin("pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], capture_output=True)
