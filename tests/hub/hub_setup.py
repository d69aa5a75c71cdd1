"""A real JupyterHub on 127.0.0.1 for tests/hub: layout on disk, system accounts, the Hub process.

The layout mirrors a deployment (deploy/README.md): the participants' copy of the kit, notebooks and
scenarios is world-readable and has no answers/; the service's folder (scenarios + answers) and the
Hub's own folder (configuration with the database URL) are root-only.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import requests
from voila_server import free_port

REPO = Path(__file__).resolve().parents[2]
PROXY = REPO / ".hub" / "node_modules" / ".bin" / "configurable-http-proxy"
USERS = ("anna", "bram", "chris")
"""The participants of the lock-down checks (test_hub.py)."""
TABLE_USERS = ("dora", "eva")
"""Who else plays the tabletop day (with USERS: four at tables and an observer); not in the lock-down's loops."""
DAY_PARTICIPANTS = (*USERS, "dora")
"""The four participants of the individual day (test_hub_day.py)."""
FACILITATOR = "fenna"
"""In the Hub's facilitators group (HubSettings.facilitators): she opens facilitator.ipynb in her own server."""
ACCOUNTS = (*USERS, *TABLE_USERS, FACILITATOR)
ACCOUNT_PREFIX = "oktest-"
PASSWORD = "oefenen-met-de-hub"
IGNORE = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.pyc")


@dataclass
class Layout:
    root: Path
    participant: Path
    service: Path
    hub: Path
    homes: Path


def make_layout() -> Layout:
    root = Path(tempfile.mkdtemp(prefix="oefenkit-hub-"))
    root.chmod(0o755)
    layout = Layout(root, root / "participant", root / "service", root / "hub", root / "homes")
    for name in ("kit", "notebooks", "scenarios"):
        shutil.copytree(REPO / name, layout.participant / name, ignore=IGNORE)
    for name in ("scenarios", "answers"):
        shutil.copytree(REPO / name, layout.service / name, ignore=IGNORE)
    layout.hub.mkdir()
    layout.homes.mkdir()
    for private in (layout.service, layout.hub):
        private.chmod(0o700)
    return layout


def create_accounts(users: tuple[str, ...], homes: Path) -> list[str]:
    """System accounts for the users (as TLJH makes them), with homes under `homes`; remove them after.

    An account of that name left over from an interrupted run is made anew, so its home is this run's.
    """
    accounts = [ACCOUNT_PREFIX + user for user in users]
    for account in accounts:
        with suppress(KeyError):
            pwd.getpwnam(account)
            subprocess.run(["userdel", account], check=True, capture_output=True)
        subprocess.run(
            [
                "useradd",
                "--system",
                "--create-home",
                "--home-dir",
                str(homes / account),
                "--shell",
                "/usr/sbin/nologin",
                account,
            ],
            check=True,
            capture_output=True,
        )
    return accounts


def remove_accounts(accounts: list[str]) -> None:
    for account in accounts:
        subprocess.run(["userdel", account], capture_output=True)


def participant_python(root: Path) -> str:
    """An interpreter the participants' accounts can run, with this venv's packages.

    Usually the venv's own. Where that one is out of their reach (a pyenv Python under /root, as on
    the CI image), a venv of the system's Python of the same version that adds this venv's
    site-packages; the wheels are the same CPython ABI.
    """
    probe = subprocess.run(["runuser", "-u", "nobody", "--", sys.executable, "-c", "pass"], capture_output=True)
    if probe.returncode == 0:
        return sys.executable
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    system = shutil.which(f"python{version}", path="/usr/bin:/usr/local/bin")
    if system is None:
        raise RuntimeError(f"participants cannot run {sys.executable} and there is no system python{version}")
    venv = root / "participant-venv"
    subprocess.run([system, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
    shared = sysconfig.get_paths()["purelib"]
    site_packages = venv / "lib" / f"python{version}" / "site-packages"
    (site_packages / "oefenkit-shared.pth").write_text(f"import site; site.addsitedir({shared!r})\n")
    return str(venv / "bin" / "python")


CONFIG = """\
from kit.hub.config import HubSettings, configure

c = get_config()  # noqa: F821
configure(c, HubSettings(
    notebooks={notebooks!r},
    service_env={{"KIT_DATABASE_URL": {database_url!r}, "KIT_CONTENT_ROOT": {service!r}, "PYTHONPATH": {repo!r}}},
    service_port={service_port},
    python={python!r},
    participant_python={participant_python!r},
    participant_env={{
        "PYTHONPATH": {participant!r}, "KIT_CONTENT_ROOT": {participant!r}, "JUPYTER_PATH": {jupyter_path!r},
    }},
    facilitators=({facilitator!r},),
))
c.SystemAccountSpawner.account_prefix = {prefix!r}
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = {password!r}
c.Authenticator.allow_all = True
c.JupyterHub.db_url = "sqlite:///{hub}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{hub}/cookie_secret"
c.JupyterHub.pid_file = "{hub}/jupyterhub.pid"
c.JupyterHub.cleanup_servers = True
"""


@dataclass
class RunningHub:
    url: str
    layout: Layout
    process: subprocess.Popen[bytes]
    log: Path
    service_url: str = ""
    """The service as kernels reach it (directly, not through the proxy)."""

    def login(self, user: str) -> requests.Session:
        """A logged-in session, as a browser would be after the Hub's login form."""
        session = requests.Session()
        session.get(f"{self.url}/hub/login", timeout=30).raise_for_status()
        response = session.post(
            f"{self.url}/hub/login",
            data={"username": user, "password": PASSWORD, "_xsrf": session.cookies.get("_xsrf", "")},
            timeout=30,
        )
        response.raise_for_status()
        return session

    def token(self, session: requests.Session, user: str) -> str:
        """An API token of the logged-in user (their own rights: they may call the service as themselves)."""
        headers = {"X-XSRFToken": session.cookies.get("_xsrf", "")}
        response = session.post(f"{self.url}/hub/api/users/{user}/tokens", json={}, headers=headers, timeout=30)
        response.raise_for_status()
        return str(response.json()["token"])

    def start_server(self, session: requests.Session, user: str, timeout: float = 120) -> None:
        """Start the user's server through the Hub's REST API and wait until the Hub calls it ready."""
        headers = {"X-XSRFToken": session.cookies.get("_xsrf", "")}
        response = session.post(f"{self.url}/hub/api/users/{user}/server", headers=headers, timeout=60)
        assert response.status_code in (201, 202, 400), response.text  # 400: already running
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            model = session.get(f"{self.url}/hub/api/users/{user}", headers=headers, timeout=30).json()
            server = model.get("servers", {}).get("", {})
            if server.get("ready"):
                return
            time.sleep(0.5)
        raise AssertionError(f"{user}'s server did not start in {timeout} s; hub log:\n{self.log_tail()}")

    def log_tail(self, lines: int = 60) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@contextmanager
def running_hub(layout: Layout, database_url: str) -> Iterator[RunningHub]:
    if not PROXY.exists():
        raise RuntimeError(f"{PROXY} is missing: run `make hub-proxy` (npm) first")
    port = free_port()
    service_port = free_port()
    config = layout.hub / "jupyterhub_config.py"
    config.write_text(
        CONFIG.format(
            notebooks=str(layout.participant / "notebooks"),
            database_url=database_url,
            service=str(layout.service),
            repo=str(REPO),
            service_port=service_port,
            facilitator=FACILITATOR,
            python=sys.executable,
            participant_python=participant_python(layout.root),
            participant=str(layout.participant),
            jupyter_path=str(Path(sys.prefix) / "share" / "jupyter"),  # Voila's templates, for participant_python
            prefix=ACCOUNT_PREFIX,
            port=port,
            hub_port=free_port(),
            proxy=str(PROXY),
            proxy_api_port=free_port(),
            password=PASSWORD,
            hub=str(layout.hub),
        )
    )
    log = layout.hub / "hub.log"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("KIT_DATABASE_URL", None)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(config)],
            cwd=layout.hub,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    service_url = f"http://127.0.0.1:{service_port}/services/oefenkit/"
    hub = RunningHub(f"http://127.0.0.1:{port}", layout, process, log, service_url)
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"JupyterHub exited with {process.returncode}:\n{hub.log_tail()}")
            with suppress(requests.RequestException):
                if requests.get(f"{hub.url}/hub/health", timeout=5).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"JupyterHub did not answer in 90 s:\n{hub.log_tail()}")
            time.sleep(0.5)
        yield hub
    finally:
        process.terminate()  # the Hub stops the servers it spawned (cleanup_servers), the service and the proxy
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait(timeout=10)
