"""The Hub configuration deploy/ loads: secrets go to the service only, participants get Voila only."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from traitlets.config import Config

from kit.hub import homes
from kit.hub.config import HubSettings, configure
from kit.hub.singleuser import CONFIG
from kit.serving.voila_config import IOPUB_TIMEOUT

SECRET = "postgresql+psycopg://kit:geheim@db/oefenkit"


def test_the_database_url_reaches_the_service_and_no_participant() -> None:
    c = Config()
    configure(
        c,
        HubSettings(
            notebooks="/srv/n",
            service_env={"KIT_DATABASE_URL": SECRET},
            service_host="hub",
            service_listen="0.0.0.0",
            spawner_class="",
        ),
    )
    (service,) = c.JupyterHub.services
    assert service["environment"] == {
        "KIT_DATABASE_URL": SECRET,
        "KIT_SERVICE_LISTEN": "0.0.0.0",
        "KIT_FACILITATOR_GROUPS": "facilitatoren",
    }
    assert service["url"] == "http://hub:10101"
    spawner = json.dumps({k: str(v) for k, v in c.Spawner.items()})
    assert "geheim" not in spawner
    assert c.Spawner.environment == {"KIT_SERVICE_URL": "http://hub:10101/services/oefenkit/"}
    assert c.Spawner.env_keep == ["PATH", "LANG", "LC_ALL"]
    assert c.Spawner.disable_user_config is True
    assert c.Spawner.cmd[1:] == ["-m", "kit.hub.singleuser"]
    assert "spawner_class" not in c.JupyterHub  # TLJH and KubeSpawner keep their own
    assert "access:services!service=oefenkit" in c.Spawner.server_token_scopes


def test_the_single_user_configuration_switches_everything_but_voila_off() -> None:
    code = (
        "from traitlets.config.loader import PyFileConfigLoader\n"
        f"c = PyFileConfigLoader({CONFIG.name!r}, path={str(CONFIG.parent)!r}).load_config()\n"
        "import json; print(json.dumps({'ext': c.ServerApp.jpserver_extensions, 'term': c.ServerApp.terminals_enabled,"
        " 'auth': c.ServerApp.authorizer_class, 'iopub': c.VoilaExecutor.iopub_timeout}))"
    )
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert loaded["ext"]["voila"] is True
    assert [name for name, on in loaded["ext"].items() if on] == ["voila"]
    assert loaded["term"] is False
    assert loaded["auth"] == "kit.hub.authorizer.VoilaOnlyAuthorizer"
    assert loaded["iopub"] == IOPUB_TIMEOUT  # late cell output must not leave a participant an empty page


def test_the_hub_makes_every_participants_home_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18.13: homes were 0755, so one participant could list another's home and read their dotfiles."""
    c = Config()
    configure(c, HubSettings(notebooks="/srv/n", service_env={}))
    hook = c.Spawner.pre_spawn_hook
    home = tmp_path / "jupyter-anna"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    accounts = {"jupyter-anna": SimpleNamespace(pw_dir=str(home), pw_uid=os.getuid())}

    def getpwnam(name: str) -> object:
        if name not in accounts:
            raise KeyError(name)
        return accounts[name]

    monkeypatch.setattr(homes.pwd, "getpwnam", getpwnam)
    hook(SimpleNamespace(user=SimpleNamespace(name="anna")))  # TLJH's spawner: no account() of its own
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    hook(SimpleNamespace(user=SimpleNamespace(name="zonder-account")))  # KubeSpawner: nothing to do, no error
    link = tmp_path / "jupyter-bram"
    link.symlink_to(tmp_path)  # a link is never followed
    tmp_path.chmod(0o755)
    accounts["jupyter-bram"] = SimpleNamespace(pw_dir=str(link), pw_uid=os.getuid())
    hook(SimpleNamespace(user=SimpleNamespace(name="bram")))
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_a_participants_server_makes_its_own_home_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """TLJH makes the account inside its spawner, after the hook: the server closes its home itself."""
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o755)
    monkeypatch.setenv("HOME", str(home))
    homes.own_home_private()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700


def test_facilitators_are_a_hub_group_the_service_may_read() -> None:
    c = Config()
    configure(c, HubSettings(notebooks="/srv/n", service_env={}, facilitators=("fenna",)))
    assert c.JupyterHub.load_groups == {"facilitatoren": {"users": ["fenna"]}}
    (service,) = c.JupyterHub.services
    assert service["environment"]["KIT_FACILITATOR_GROUPS"] == "facilitatoren"
    roles = {role["name"]: role for role in c.JupyterHub.load_roles}
    assert roles["oefenkit-service"]["services"] == ["oefenkit"]
    assert set(roles["oefenkit-service"]["scopes"]) == {"read:users", "read:groups"}
    assert not any(scope.startswith("read:users") for scope in c.Spawner.server_token_scopes)
