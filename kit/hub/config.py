"""The Hub's side of an Oefenkit deployment, as one function the Hub's configuration file calls.

`configure(c, settings)` is what the test in tests/hub runs and what deploy/ (TLJH and Zero to
JupyterHub) load, so the documented deployment is the tested one. It sets up:

- the scoring-and-store service `oefenkit` beside the Hub (a managed JupyterHub service). Only its
  environment holds the database URL and the folder with the reference solutions;
- participants' servers: Voila only (`singleuser_config.py`), started as their own system account
  (`spawner.py`), with an environment that names the service and nothing secret. Their
  `$JUPYTERHUB_API_TOKEN` may call the service, which knows the participant by that token.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kit.hub.homes import private_home_hook
from kit.remote.hub_groups import GROUPS_VAR

SERVICE_NAME = "oefenkit"
SERVICE_URL_VAR = "KIT_SERVICE_URL"
LISTEN_VAR = "KIT_SERVICE_LISTEN"
ENV_KEEP = ["PATH", "LANG", "LC_ALL"]
"""The only variables a participant's server inherits from the Hub (JupyterHub's default also passes PYTHONPATH,
VIRTUAL_ENV and CONDA_*); everything else it gets is listed in `HubSettings.participant_env`."""


@dataclass(frozen=True)
class HubSettings:
    """What differs between deployments; the secrets are only in `service_env`."""

    notebooks: str
    """Folder of the participants' notebooks (the Voila root), readable by their accounts."""
    service_env: Mapping[str, str]
    """KIT_DATABASE_URL and KIT_CONTENT_ROOT (a folder with scenarios/ and answers/) for the service."""
    service_port: int = 10101
    service_host: str = "127.0.0.1"
    """Where participants' kernels reach the service: the Hub's machine, or `hub` (its Kubernetes service)."""
    service_listen: str = ""
    """The address the service binds to when it differs from `service_host` (e.g. 0.0.0.0 in the hub pod)."""
    python: str = sys.executable
    """The interpreter with the kit installed, for the service."""
    participant_python: str = ""
    """The same for the single-user servers and their kernels (default: `python`); participants' accounts
    must be able to run it."""
    participant_env: Mapping[str, str] = field(default_factory=dict)
    spawner_class: str = "kit.hub.spawner.SystemAccountSpawner"
    """Each participant as their own system account; empty keeps the deployment's spawner (TLJH's, KubeSpawner)."""
    start_timeout: int = 120
    facilitator_groups: tuple[str, ...] = ("facilitatoren",)
    """Hub groups whose members (and every Hub admin) may open the facilitator's app and lead workshops."""
    facilitators: tuple[str, ...] = ()
    """Hub users put in the first facilitators group at start-up (more can be added with the Hub's admin page)."""


def service_url(settings: HubSettings) -> str:
    """Where participants' kernels reach the service: directly, not through the proxy."""
    return f"http://{settings.service_host}:{settings.service_port}/services/{SERVICE_NAME}/"


def configure(c: Any, settings: HubSettings) -> None:
    """Set the Hub configuration `c` (a traitlets Config) for Oefenkit."""
    service_env = dict(settings.service_env)
    if settings.service_listen:
        service_env[LISTEN_VAR] = settings.service_listen
    service_env[GROUPS_VAR] = ",".join(settings.facilitator_groups)
    c.JupyterHub.services = [
        {
            "name": SERVICE_NAME,
            "url": f"http://{settings.service_host}:{settings.service_port}",
            "command": [settings.python, "-m", "kit.remote.service"],
            "environment": service_env,
            "display": False,
        }
    ]
    # Users may call the service, and their servers' tokens carry that permission for their kernels.
    access = f"access:services!service={SERVICE_NAME}"
    c.JupyterHub.load_roles = [
        {"name": "user", "scopes": ["self", access]},
        # the service asks the Hub whether a caller is a facilitator (their groups, admin flag)
        {"name": "oefenkit-service", "scopes": ["read:users", "read:groups"], "services": [SERVICE_NAME]},
    ]
    if settings.facilitator_groups:
        c.JupyterHub.load_groups = {
            group: {"users": list(settings.facilitators if i == 0 else ())}
            for i, group in enumerate(settings.facilitator_groups)
        }
    c.Spawner.server_token_scopes = ["users:activity!user", "access:servers!server", access]
    if settings.spawner_class:
        c.JupyterHub.spawner_class = settings.spawner_class
    c.Spawner.cmd = [settings.participant_python or settings.python, "-m", "kit.hub.singleuser"]
    c.Spawner.default_url = "/voila/render/start.ipynb"
    c.Spawner.notebook_dir = settings.notebooks
    c.Spawner.disable_user_config = True  # a participant's own ~/.jupyter cannot switch JupyterLab back on
    c.Spawner.env_keep = list(ENV_KEEP)
    c.Spawner.environment = {SERVICE_URL_VAR: service_url(settings), **settings.participant_env}
    c.Spawner.start_timeout = settings.start_timeout
    c.Spawner.pre_spawn_hook = private_home_hook  # homes 0700: no participant lists another's (kit.hub.homes)
    c.Spawner.http_timeout = settings.start_timeout
