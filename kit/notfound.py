"""The Dutch 404 page for every path Voila does not serve (tornado's default says "404: Not Found")."""

from __future__ import annotations

from typing import Any

from tornado import web


class NotFoundHandler(web.RequestHandler):
    """Tornado's default handler: a 404 with the oefenkit template's page and a link to the start page."""

    def prepare(self) -> None:
        raise web.HTTPError(404)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        env = self.settings.get("voila_jinja2_env") or self.settings.get("jinja2_env")
        if env is None:  # not inside Voila: tornado's plain page
            super().write_error(status_code, **kwargs)
            return
        base_url = str(self.settings.get("base_url", "/"))
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.finish(env.get_template("404.html").render(base_url=base_url, status_code=status_code))
