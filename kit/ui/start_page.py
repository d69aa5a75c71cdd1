"""The landing page: what the kit is, and a link to every exercise notebook."""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

import ipywidgets as w

from kit.errors import KitError
from kit.ui.page_frame import error_page, page
from kit.ui.store_choice import default_store, workshop_only
from kit.ui.texts import UI

if TYPE_CHECKING:
    from kit.content.library import Library
    from kit.store.protocol import ParticipantStore

log = logging.getLogger(__name__)


def _closed_for_self_study(store: ParticipantStore | None) -> set[str]:
    """Exercises a workshop closed for self-study; none when the store cannot be reached (the links still work,
    and the exercise itself refuses)."""
    try:
        return (store or default_store()).self_study_closed()
    except Exception:
        log.exception("Start page: could not ask the store which exercises are closed for self-study")
        return set()


def start_page(library: Library | None = None, store: ParticipantStore | None = None) -> w.VBox:
    """The landing page: what the kit is, and links to every exercise notebook.

    It says when self-study is off (a workshop-only server, or an exercise a workshop closed)
    instead of offering something the exercise would refuse.
    """
    from kit.content.drafts import playable
    from kit.content.library import cached_library

    try:
        library = library or cached_library()
        closed = set() if workshop_only() else _closed_for_self_study(store)
    except KitError as exc:
        return error_page(UI["error"].format(error=exc))
    except Exception:  # the browser gets a Dutch sentence; the traceback goes to the server log only
        log.exception("Start page failed")
        return error_page(UI["unexpected"])
    ready = playable(library.exercises.values())
    casussen = sorted((e for e in ready if e.scenario.type == "casus"), key=lambda e: e.id)
    variants = {e.variant.id: e.variant for e in ready if e.scenario.type == "samos"}
    e = html.escape

    def only_workshop(exercise_ids: set[str]) -> str:
        return f' <span class="ok-warning">{e(UI["only_workshop"])}</span>' if exercise_ids & closed else ""

    casus_items = "".join(
        f'<li><a href="{e(e_.id)}.ipynb">{e(e_.title)}</a>{only_workshop({e_.id})}<br>'
        f'<span class="ok-hint">{e(e_.scenario.samenvatting)}</span></li>'
        for e_ in casussen
    )
    samos_items = "".join(
        f'<li><a href="samos-{e(v.id)}.ipynb">{e(v.titel)}</a>'
        f"{only_workshop({x.id for x in library.exercises.values() if x.variant.id == v.id})}<br>"
        f'<span class="ok-hint">{e(v.uitleg)}</span></li>'
        for v in sorted(variants.values(), key=lambda v: v.id)
    )
    mode_note = f'<p class="ok-warning">{e(UI["workshop_only"])}</p>' if workshop_only() else ""
    body = (
        f"<h1>{e(UI['start_title'])}</h1><p>{e(UI['start_intro'])}</p>{mode_note}"
        f"<h2>Casussen: stappenplan polarisatie in buurten</h2><ul class='ok-list'>{casus_items}"
        "<li><a href='casussen.ipynb'>Alle casussen, ook eigen casussen: kies in de app</a></li></ul>"
        f"<h2>SAMOS-oefeningen: omgaan met maatschappelijke spanningen</h2><ul class='ok-list'>{samos_items}</ul>"
        "<h2>Voor facilitatoren</h2><ul class='ok-list'><li><a href='facilitator.ipynb'>Workshop leiden</a>"
        "</li></ul>"
    )
    return page(w.HTML(body), home=False)
