"""Dutch error pages for every page of the server, each with a link back to the start page.

Tornado's own pages say "403: Forbidden" or "404: Not Found" in English. Voila's notebook handlers
already render the template's error pages (jupyter_server's `write_error`), but its file and static
handlers and unknown paths use tornado's. `install` gives tornado's default `write_error` the oefenkit
template's page instead, so every handler that does not bring its own (API handlers answer in JSON)
shows Dutch; the status code stays what the handler set.
"""

from __future__ import annotations

from typing import Any

from tornado import web

_tornado_write_error = web.RequestHandler.write_error


def error_template(status_code: int) -> str:
    """The template of a status: its own page when the template has one (404, 403), else the general one."""
    return f"{status_code}.html" if status_code in (403, 404) else "error.html"


def write_dutch_error(handler: web.RequestHandler, status_code: int, **kwargs: Any) -> None:
    """Finish the response with the oefenkit template's page for `status_code` (tornado's page outside Voila)."""
    env = handler.settings.get("voila_jinja2_env") or handler.settings.get("jinja2_env")
    if env is None:
        _tornado_write_error(handler, status_code, **kwargs)
        return
    base_url = str(handler.settings.get("base_url", "/"))
    page = env.get_template(error_template(status_code)).render(base_url=base_url, status_code=status_code)
    handler.set_header("Content-Type", "text/html; charset=UTF-8")
    handler.finish(page)


def install() -> None:
    """Make every handler without a `write_error` of its own render the Dutch page (idempotent)."""
    web.RequestHandler.write_error = write_dutch_error  # type: ignore[method-assign, assignment]


class NotFoundHandler(web.RequestHandler):
    """Tornado's default handler: a 404 with the oefenkit template's page and a link to the start page."""

    def prepare(self) -> None:
        raise web.HTTPError(404)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        write_dutch_error(self, status_code, **kwargs)
