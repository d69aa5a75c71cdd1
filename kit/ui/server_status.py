"""One line in the facilitator's app saying whether the server has kernels ready for the expected participants.

`python -m kit serve --deelnemers N` writes the pool status to a file named in `KIT_POOL_STATUS`; this
line reads it every few seconds. Served any other way (JupyterLab, JupyterHub) the line stays empty.
"""

from __future__ import annotations

import html
import os

import ipywidgets as w

from kit.serving.status import ENV_VAR, read_status, status_line
from kit.ui.live import LiveRefresh

REFRESH_SECONDS = 2.0


class ServerStatus:
    def __init__(self, interval: float = REFRESH_SECONDS, start: bool = True) -> None:
        self.widget = w.HTML()
        self.widget.add_class("ok-server-status")
        self.refresh()
        self._live: LiveRefresh | None = None
        if start and os.environ.get(ENV_VAR):
            self._live = LiveRefresh(self.refresh, interval)
            self._live.start()

    def refresh(self) -> None:
        line = status_line(read_status())
        value = f'<p class="ok-hint">{html.escape(line)}</p>' if line else ""
        if self.widget.value != value:
            self.widget.value = value

    def stop(self) -> None:
        if self._live is not None:
            self._live.stop()
