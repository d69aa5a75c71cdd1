"""The scoring-and-store service beside JupyterHub, and the client participants' kernels use to call it.

Under JupyterHub a participant's kernel holds neither the reference solutions nor the database URL:
`client.ServiceStore` and `client.ServiceGrader` send every store call and every scoring request to
the service (`service.py`), which knows the caller by their Hub token and checks that a participant
id is theirs. Without `KIT_SERVICE_URL` nothing here is used: the kit opens its own store.
"""

from __future__ import annotations

import os

SERVICE_URL_VAR = "KIT_SERVICE_URL"
TOKEN_VAR = "JUPYTERHUB_API_TOKEN"


def service_url() -> str | None:
    """The service's base URL when this kernel runs under the Hub with the service, else None."""
    return os.environ.get(SERVICE_URL_VAR, "").strip() or None
