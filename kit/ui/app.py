"""Entry points the notebooks call: the start page and the exercise app with its sign-in form."""

from __future__ import annotations

import html
import logging
from functools import lru_cache
from typing import TYPE_CHECKING

import ipywidgets as w

from kit.content.drafts import playable
from kit.content.exercise import Exercise
from kit.content.library import Library, cached_library
from kit.errors import KitError
from kit.ui.focus import focus_attrs, new_token
from kit.ui.style import CSS
from kit.ui.texts import UI

if TYPE_CHECKING:  # the store and the runner load when someone signs in, so the form appears sooner
    from kit.store import ParticipantInfo
    from kit.store.protocol import ParticipantStore
    from kit.ui.runner import ExerciseRunner
    from kit.ui.workshop_link import WorkshopLink

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def default_store() -> ParticipantStore:
    """One store per kernel: the Hub's service (KIT_SERVICE_URL), else KIT_DATABASE_URL or the SQLite file."""
    from kit.remote import service_url

    url = service_url()
    if url is not None:
        from kit.remote.client import ServiceClient, ServiceStore

        return ServiceStore(ServiceClient(url))
    from kit.store import Store, default_database_url

    return Store(default_database_url())


def page(*children: w.Widget, home: bool = True) -> w.VBox:
    """A page of the kit: its style, a link back to the start page (except on it), then the content."""
    nav = f'<nav class="ok-nav" aria-label="{UI["nav"]}"><a href="start.ipynb">{UI["home"]}</a></nav>' if home else ""
    box = w.VBox([w.HTML(CSS + nav), *children], layout=w.Layout(width="100%"))
    box.add_class("ok-app")
    return box


def error_page(message: str) -> w.VBox:
    return page(w.HTML(f'<div class="ok-error">{html.escape(message)}</div>'))


def start_page(library: Library | None = None) -> w.VBox:
    """The landing page: what the kit is, and links to every exercise notebook."""
    try:
        library = library or cached_library()
    except KitError as exc:
        return error_page(UI["error"].format(error=exc))
    except Exception:  # the browser gets a Dutch sentence; the traceback goes to the server log only
        log.exception("Start page failed")
        return error_page(UI["unexpected"])
    ready = playable(library.exercises.values())
    casussen = sorted((e for e in ready if e.scenario.type == "casus"), key=lambda e: e.id)
    variants = {e.variant.id: e.variant for e in ready if e.scenario.type == "samos"}
    e = html.escape
    casus_items = "".join(
        f'<li><a href="{e(e_.id)}.ipynb">{e(e_.title)}</a><br><span class="ok-hint">{e(e_.scenario.samenvatting)}'
        "</span></li>"
        for e_ in casussen
    )
    samos_items = "".join(
        f'<li><a href="samos-{e(v.id)}.ipynb">{e(v.titel)}</a><br><span class="ok-hint">{e(v.uitleg)}</span></li>'
        for v in sorted(variants.values(), key=lambda v: v.id)
    )
    body = (
        f"<h1>{e(UI['start_title'])}</h1><p>{e(UI['start_intro'])}</p>"
        f"<h2>Casussen: stappenplan polarisatie in buurten</h2><ul class='ok-list'>{casus_items}"
        "<li><a href='casussen.ipynb'>Alle casussen, ook eigen casussen: kies in de app</a></li></ul>"
        f"<h2>SAMOS-oefeningen: omgaan met maatschappelijke spanningen</h2><ul class='ok-list'>{samos_items}</ul>"
        "<h2>Voor facilitatoren</h2><ul class='ok-list'><li><a href='facilitator.ipynb'>Workshop leiden</a>"
        "</li></ul>"
    )
    return page(w.HTML(body), home=False)


class SignIn:
    """Name, optional workshop code and (for SAMOS) role and scenario; then the runner replaces it."""

    def __init__(self, exercises: list[Exercise], store: ParticipantStore | None = None) -> None:
        self.exercises = {e.id: e for e in exercises}
        self._store = store
        self.runner: ExerciseRunner | None = None
        self.name = w.Text(description=UI["name"], placeholder=UI["name_placeholder"])
        self.code = w.Text(description=UI["code"], placeholder=UI["code_placeholder"])
        self.choice = w.Dropdown(
            options=[(e.scenario.titel, e.id) for e in exercises], description=UI["scenario_choice"]
        )
        self.role = w.Dropdown(description=UI["role"])
        self.begin = w.Button(
            description=UI["begin"], layout=w.Layout(width="12em", margin="0.5em 0 0 9.5em"), button_style="primary"
        )
        self.message = w.HTML()
        for field in (self.name, self.code, self.choice, self.role):
            field.style.description_width = "9em"
            field.layout = w.Layout(width="32em")
        self.choice.observe(lambda _: self._fill_roles(), "value")
        self.begin.on_click(lambda _: self.start())
        self._fill_roles()
        fields: list[w.Widget] = [self.name, self.code]
        if len(exercises) > 1:
            fields.append(self.choice)
        if self.current.roles:
            fields.append(self.role)
        hint = UI["sign_in_hint_roles"] if self.current.roles else UI["sign_in_hint"]
        self.form = w.VBox(
            [
                w.HTML(f"<h1>{html.escape(self.title())}</h1><p>{html.escape(hint)}</p>"),
                *fields,
                self.begin,
                self.message,
            ]
        )
        self.widget = page(self.form)

    @property
    def store(self) -> ParticipantStore:
        if self._store is None:
            self._store = default_store()
        return self._store

    @property
    def current(self) -> Exercise:
        return self.exercises[str(self.choice.value)]

    def title(self) -> str:
        first = next(iter(self.exercises.values()))
        return first.variant.titel if len(self.exercises) > 1 else first.title

    def _fill_roles(self) -> None:
        """The roles of the chosen scenario, with the first one chosen (ipywidgets 8 would leave it empty)."""
        self.role.options = [(f"{r.naam} ({r.organisatie})", r.id) for r in self.current.roles]
        self.role.index = 0 if self.role.options else None

    def start(self) -> ExerciseRunner | None:
        """Sign in (get-or-create) and show the exercise with everything this participant saved before."""
        from kit.ui.runner import ExerciseRunner

        try:
            exercise = self.current
            code = self.code.value.strip() or None
            link = self._workshop_link(code, exercise) if code else None
            chosen = str(self.role.value) if exercise.roles and self.role.value else None
            participant, role = self._join(code, chosen)
            self.runner = ExerciseRunner(exercise, self.store, participant.id, role, link)
        except KitError as exc:
            self.message.value = f'<div class="ok-error">{html.escape(str(exc))}</div>'
            return None
        except Exception:
            log.exception("Sign-in failed")
            self.message.value = f'<div class="ok-error">{html.escape(UI["unexpected"])}</div>'
            return None
        step = self.runner.step.titel
        text = (
            UI["welcome_back"].format(name=participant.name, step=step)
            if self.runner.resumed
            else UI["welcome"].format(name=participant.name)
        )
        if role and exercise.roles:
            names = {r.id: r.naam for r in exercise.roles}
            text += " " + UI["your_role"].format(role=names.get(role, role))
        welcome = w.HTML(
            f"<h1{focus_attrs(new_token())}>{html.escape(exercise.title)}</h1>"
            f'<div class="ok-welcome" role="status">{html.escape(text)}</div>'
        )
        self.widget.children = [self.widget.children[0], welcome, self.runner.widget]
        self.runner.start_live_updates()
        return self.runner

    def _join(self, code: str | None, chosen: str | None) -> tuple[ParticipantInfo, str | None]:
        """Sign in; in a workshop a known participant keeps their role (only the facilitator changes it)."""
        if code is None:
            participant = self.store.join(self.name.value, None, chosen)
            return participant, chosen
        participant = self.store.join(self.name.value, code, None)
        if participant.role is None and chosen is not None:
            participant = self.store.join(self.name.value, code, chosen)
        return participant, participant.role

    def _workshop_link(self, code: str, exercise: Exercise) -> WorkshopLink:
        """Self-study sees the reference after submitting; in a workshop the facilitator decides."""
        from kit.ui.workshop_link import WorkshopLink

        workshop = self.store.workshop(code)
        if workshop is None:
            self.store.join(self.name.value, code)  # raises the store's Dutch message for an unknown code
            raise KitError(code)
        if exercise.id not in workshop.exercise_ids:
            raise KitError(UI["not_in_workshop"].format(exercise=exercise.title, code=workshop.code))
        return WorkshopLink(self.store, workshop.code, exercise.id, workshop.mode == "groep")


def exercise_app(
    exercise_id: str | None = None,
    variant: str | None = None,
    library: Library | None = None,
    store: ParticipantStore | None = None,
) -> w.VBox:
    """The app for one exercise (`casus-1`) or one SAMOS oefenvorm on a scenario of choice (`oefenvorm-2`)."""
    try:
        library = library or cached_library()
        if exercise_id is not None:
            exercises = [library.exercise(exercise_id)]
        else:
            chosen = (e for e in library.exercises.values() if e.variant.id == variant)
            exercises = playable(sorted(chosen, key=lambda e: e.id))
            if not exercises:
                raise KitError(f"Geen oefeningen gevonden voor '{variant}'.")
        return SignIn(exercises, store).widget
    except KitError as exc:
        return error_page(UI["error"].format(error=exc))
    except Exception:  # the browser gets a Dutch sentence; the traceback goes to the server log only
        log.exception("Exercise app failed")
        return error_page(UI["unexpected"])
