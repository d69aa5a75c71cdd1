"""The facilitator's app: create or open a workshop (the key is required), then the dashboard and actions."""

from __future__ import annotations

import html
import logging
import re
from typing import Literal, cast

import ipywidgets as w

from kit.content.drafts import playable
from kit.content.library import Library, cached_library
from kit.errors import KitError
from kit.store import Store, WorkshopInfo
from kit.ui.app import error_page, page
from kit.ui.dashboard_view import DashboardView
from kit.ui.exercise_picker import ExercisePicker
from kit.ui.facilitator_actions import AfterSessionPanel, GroupPlayPanel, RejoinPanel, RevealPanel, header
from kit.ui.facilitator_texts import FT, MODES
from kit.ui.key_budget import KeyBudget
from kit.ui.live_region import live_region
from kit.ui.server_status import ServerStatus
from kit.ui.team_panel import TeamPanel
from kit.ui.texts import UI
from kit.ui.views import download_link

log = logging.getLogger(__name__)


class FacilitatorApp:
    """Access first: nothing about a workshop is shown before its code and key match."""

    def __init__(self, library: Library, store: Store) -> None:
        self.library = library
        self.store = store
        self.view: DashboardView | None = None
        self.title = w.Text(description=FT["workshop_title"], layout=w.Layout(width="46em"))
        self.exercises = ExercisePicker(library)
        self.mode = w.ToggleButtons(options=MODES, description=FT["mode"], style={"button_width": "auto"})
        self.mode.observe(lambda change: self.exercises.only_with_roles(change["new"] == "groep"), "value")
        self.close_self_study = w.Checkbox(value=True, description=FT["self_study_new"], indent=False)
        self.organiser = w.Password(description=FT["organiser_key"])
        create = w.Button(description=FT["create"], layout=w.Layout(width="auto"), button_style="primary")
        self.code = w.Text(description=FT["code"])
        self.key = w.Password(description=FT["key"])
        self.key_budget = KeyBudget()
        open_button = w.Button(description=FT["open_button"], layout=w.Layout(width="auto"), button_style="primary")
        self.message = live_region(w.HTML())  # "Geen toegang", the new code and key: read out
        self.sheet_choice = w.Dropdown(
            options=[(x.title, x.id) for x in playable(sorted(library.exercises.values(), key=lambda x: x.id))],
            description=FT["werkblad_exercise"],
            layout=w.Layout(width="46em"),
        )
        sheet_button = w.Button(description=FT["werkblad_make"], layout=w.Layout(width="auto"))
        sheet_button.on_click(lambda _: self.werkblad())
        self.sheet_link = w.HTML()
        for field in (self.title, self.mode, self.organiser, self.code, self.key, self.sheet_choice):
            field.style.description_width = "10em"  # room for 'Organisatorsleutel', one long word
        create.on_click(lambda _: self.create())
        open_button.on_click(lambda _: self.open())
        self.server_status = ServerStatus()  # "klaar voor 40 deelnemers" when served with --deelnemers
        self.access = w.VBox(
            [
                w.HTML(f"<h1>{html.escape(FT['title'])}</h1><p>{html.escape(FT['intro'])}</p>"),
                self.server_status.widget,
                w.HTML(f"<h2>{html.escape(FT['new'])}</h2>"),
                self.title,
                self.mode,
                self.exercises.widget,
                self.close_self_study,
                w.HTML(f'<p class="ok-hint">{html.escape(FT["organiser_hint"])}</p>'),
                self.organiser,
                create,
                w.HTML(f"<h2>{html.escape(FT['open'])}</h2>"),
                self.code,
                self.key,
                open_button,
                self.message,
                w.HTML(f"<h2>{html.escape(FT['werkblad'])}</h2><p>{html.escape(FT['werkblad_intro'])}</p>"),
                self.sheet_choice,
                sheet_button,
                self.sheet_link,
            ]
        )
        self.widget = page(self.access)

    def create(self) -> WorkshopInfo | None:
        """A new workshop, only for the holder of the organiser key (checked here, in the server's kernel).

        Whoever creates a workshop may reveal its references and close self-study; without this check
        any participant could open this page and read every reference through a workshop of their own.
        """
        if not self.title.value.strip() or not self.exercises.value:
            self._say(FT["need_title"], error=True)
            return None
        if not self.store.check_organiser_key(typed_key(self.organiser.value)):
            self._say(FT["organiser_refused"], error=True)
            return None
        mode: Literal["individueel", "groep"] = "groep" if self.mode.value == "groep" else "individueel"
        created = self.store.create_workshop(self.title.value.strip(), list(self.exercises.value), mode)
        if self.close_self_study.value:
            for exercise_id in created.exercise_ids:
                self.store.set_self_study(created.code, exercise_id, allowed=False)
        self.code.value = created.code
        self.key.value = created.key or ""
        self.message.value = key_box_html(created.code, created.key or "")
        return created

    def werkblad(self) -> str:
        """A printable werkblad of the chosen exercise (story, questions, room to answer; no reference)."""
        from kit.reports import werkblad_html

        exercise = self.library.exercise(str(self.sheet_choice.value))
        name = f"werkblad-{exercise.id.replace('/', '-')}.html"
        link = download_link(name, werkblad_html(exercise).encode("utf-8"), "text/html")
        self.sheet_link.value = link
        return link

    def open(self) -> DashboardView | None:
        code = self.code.value.strip().upper()
        waiting = self.key_budget.wait()  # this page guessed: it waits; the key holder's page does not
        if waiting:
            self._say(FT["locked"].format(seconds=max(1, round(waiting))), error=True)
            return None
        if not code or not self.store.check_key(code, typed_key(self.key.value)):
            wait = self.key_budget.failed()
            text = FT["locked"].format(seconds=max(1, round(wait))) if wait else FT["refused"]
            self._say(text, error=True)
            return None
        self.key_budget.succeeded()
        workshop = self.store.workshop(code)
        assert workshop is not None
        with_references = getattr(self.store, "with_references", None)  # under the Hub: from the service
        library = self.library if with_references is None else with_references(self.library, workshop.code)
        self.view = DashboardView(library, self.store, workshop)
        panels = [
            w.HTML(header(workshop)),
            self.view.widget,
            RevealPanel(self.store, self.view).widget,
            RejoinPanel(self.store, self.view).widget,
            GroupPlayPanel(self.store, self.view).widget,
            *([TeamPanel(self.store, self.view).widget] if workshop.mode == "groep" else []),
            AfterSessionPanel(self.store, self.view, self._deleted).widget,
        ]
        self.widget.children = [self.widget.children[0], *panels]
        self.view.start()
        return self.view

    def _deleted(self, message: str) -> None:
        self.widget.children = [self.widget.children[0], self.access]
        self.code.value = ""
        self.key.value = ""
        self._say(message)

    def _say(self, text: str, error: bool = False) -> None:
        css = "ok-error" if error else "ok-welcome"
        self.message.value = f'<div class="{css}">{html.escape(text)}</div>'


def typed_key(typed: str) -> str:
    """The key as meant: a new-style key (K7QM-2XRA-...) typed in lower case or with spaces is normalised;
    anything else (an older key) is taken as typed. One try only: wrong keys count towards the lock."""
    raw = typed.strip()
    if re.fullmatch(r"[A-Za-z0-9]{4}([-\s][A-Za-z0-9]{4}){3}", raw) or re.fullmatch(r"[A-Z0-9]{16}", raw):
        letters = re.sub(r"[\s-]", "", raw).upper()
        return "-".join(letters[i : i + 4] for i in range(0, 16, 4))
    return raw


def key_box_html(code: str, key: str) -> str:
    """Code and key in a box, in a monospaced font, each with a copy button (oefenkit.js copies).

    After copying, the button shows "Gekopieerd" and its name changes with it (WCAG 2.5.3: the name holds
    the visible text), so both texts and names come from here."""
    e = html.escape
    rows = "".join(
        f'<div class="ok-keyrow"><span class="ok-keylabel">{e(label)}</span> <code class="ok-key">{e(value)}</code> '
        f'<button type="button" class="ok-copy" data-copy="{e(value)}" '
        f'aria-label="{e(FT["copy_named"].format(name=label))}" data-copied="{e(FT["copied"])}" '
        f'data-copied-label="{e(FT["copied_named"].format(name=label))}">{e(FT["copy"])}</button></div>'
        for label, value in ((FT["code"], code), (FT["key"], key))
    )
    return f'<div class="ok-keybox"><p>{e(FT["created_intro"])}</p>{rows}<p>{e(FT["key_once"])}</p></div>'


def facilitator_store() -> Store:
    """The facilitator's store: their own locally; under the Hub the service's, for a facilitator only.

    Under the Hub the kernel holds no database URL: `FacilitatorServiceStore` sends each call to the
    service, which checks the Hub account's group and the workshop's key (kit.remote.facilitator_ops).
    """
    from kit.remote import service_url
    from kit.store import default_database_url

    url = service_url()
    if url is not None:
        from kit.remote.client import ServiceClient
        from kit.remote.facilitator_client import FacilitatorServiceStore

        remote = FacilitatorServiceStore(ServiceClient(url))
        if not remote.may_facilitate():
            raise KitError(FT["no_store_under_hub"])
        return cast(Store, remote)  # the Store methods the app uses, answered by the service
    return Store(default_database_url())


def facilitator_app(library: Library | None = None, store: Store | None = None) -> w.VBox:
    try:
        return FacilitatorApp(library or cached_library(), store or facilitator_store()).widget
    except KitError as exc:
        return error_page(str(exc))
    except Exception:  # the browser gets a Dutch sentence; the traceback goes to the server log only
        log.exception("Facilitator app failed")
        return error_page(UI["unexpected"])
