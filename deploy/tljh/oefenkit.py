# The Littlest JupyterHub: copy to /opt/tljh/config/jupyterhub_config.d/oefenkit.py, then `sudo tljh-config reload`.
# The same `configure()` as tests/hub runs; only the paths and the spawner (TLJH's own, which already runs
# every user as the system account jupyter-<name>) differ. See deploy/README.md for the folders.
import sys
from pathlib import Path

sys.path.insert(0, "/opt/oefenkit")  # kit.hub.config needs nothing but the standard library
from kit.hub.config import HubSettings, configure  # noqa: E402

c = get_config()  # type: ignore[name-defined]  # noqa: F821
configure(
    c,
    HubSettings(
        notebooks="/opt/oefenkit-deelnemers/notebooks",
        python="/opt/tljh/user/bin/python",
        service_env={
            "KIT_DATABASE_URL": Path("/opt/oefenkit-geheim/database-url").read_text().strip(),
            "KIT_CONTENT_ROOT": "/opt/oefenkit",
        },
        participant_env={"KIT_CONTENT_ROOT": "/opt/oefenkit-deelnemers"},
        spawner_class="",  # keep TLJH's spawner: one system account per user
        facilitator_groups=("facilitatoren",),  # they (and Hub admins) open facilitator.ipynb
        facilitators=(),  # e.g. ("fenna",); or add them on the Hub's admin page
    ),
)
