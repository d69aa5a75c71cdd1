"""The Hub configuration deploy/ loads: secrets go to the service only, participants get Voila only."""

from __future__ import annotations

import json
import subprocess
import sys

from traitlets.config import Config

from kit.hub.config import HubSettings, configure
from kit.hub.singleuser import CONFIG

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
    assert service["environment"] == {"KIT_DATABASE_URL": SECRET, "KIT_SERVICE_LISTEN": "0.0.0.0"}
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
        " 'auth': c.ServerApp.authorizer_class}))"
    )
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert loaded["ext"]["voila"] is True
    assert [name for name, on in loaded["ext"].items() if on] == ["voila"]
    assert loaded["term"] is False
    assert loaded["auth"] == "kit.hub.authorizer.VoilaOnlyAuthorizer"
