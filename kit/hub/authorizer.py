"""The single-user server's authorizer: a participant may use Voila's kernels and nothing else.

JupyterLab and the terminals are switched off in `singleuser_config.py`, but jupyter_server always
mounts its REST API (contents, files, sessions, kernelspecs, nbconvert, ...). Every one of those
handlers asks the authorizer with a resource name; this one answers yes only for what a Voila page
uses: reading its kernel and talking to it over the websocket. `/api/contents`, `/files/...`,
`/api/sessions` and starting new kernels through the API all get 403.
"""

from __future__ import annotations

from typing import Any

from jupyterhub.singleuser.extension import JupyterHubAuthorizer

ALLOWED: frozenset[tuple[str, str]] = frozenset({("kernels", "read"), ("kernels", "execute")})


class VoilaOnlyAuthorizer(JupyterHubAuthorizer):  # type: ignore[misc]
    """JupyterHub's own check (the user may access this server), then the Voila-only allow list."""

    def is_authorized(self, handler: Any, user: Any, action: str, resource: str) -> bool:
        if (resource, action) not in ALLOWED:
            self.log.info("Refused %s on %s for %s (Voila-only server)", action, resource, user.username)
            return False
        return bool(super().is_authorized(handler, user, action, resource))
