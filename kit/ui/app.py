"""Entry points the notebooks call: the exercise app with its sign-in form (and the start page, from its module)."""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import ipywidgets as w

from kit.content.cards import ExerciseCard, PageExercises, cached_page
from kit.errors import KitError
from kit.ui.browser_memory import BrowserMemory
from kit.ui.focus import focus_attrs, new_token
from kit.ui.key_budget import KeyBudget
from kit.ui.page_frame import error_page as error_page
from kit.ui.page_frame import page as page
from kit.ui.start_page import start_page as start_page
from kit.ui.store_choice import default_store as default_store
from kit.ui.store_choice import workshop_only as workshop_only
from kit.ui.team_texts import TT
from kit.ui.texts import UI
from kit.ui.warm import preheated, warm_up

OBSERVER = "waarnemer"  # kit.store.team_records.OBSERVER; not imported, so the form needs no store

if TYPE_CHECKING:  # the store, the runner and the content models load when someone signs in (or ahead, in a
    # pre-heated kernel), so a page whose kernel starts for its visitor shows the form sooner (kit.content.cards)
    from kit.content.exercise import Exercise
    from kit.content.library import Library
    from kit.store import ParticipantInfo
    from kit.store.identity import SignedIn
    from kit.store.protocol import ParticipantStore
    from kit.ui.runner import ExerciseRunner
    from kit.ui.runner_frame import RunnerFrame
    from kit.ui.workshop_link import WorkshopLink

log = logging.getLogger(__name__)


class SignIn:
    """Name, optional workshop code and (for SAMOS) role and scenario; then the runner replaces it."""

    def __init__(
        self,
        exercises: Sequence[Exercise] | PageExercises,
        store: ParticipantStore | None = None,
        prepare: bool | None = None,
    ) -> None:
        """`exercises`: loaded, or a page's cards that load them at the sign-in. `prepare`: do the sign-in's work
        that is the same for everyone now (kit.ui.warm); by default only in a kernel of Voila's pool, where nobody
        waits for it."""
        self.page = exercises if isinstance(exercises, PageExercises) else PageExercises.of(exercises)
        self.cards = self.page.cards
        self._store = store
        self.runner: ExerciseRunner | None = None
        self.frames: dict[str, RunnerFrame] = {}  # per exercise of the page: a workshop code may pick any of them
        # Layout and style given at construction: no default ones are made and replaced. The fields share one layout.
        field = {"layout": w.Layout(width="32em"), "style": {"description_width": "9em"}}
        self.name = w.Text(description=UI["name"], placeholder=UI["name_placeholder"], **field)
        self.code = w.Text(description=UI["code"], placeholder=UI["code_placeholder"], **field)
        self.choice = w.Dropdown(
            options=[(c.scenario_titel, c.id) for c in self.cards.values()], description=UI["scenario_choice"], **field
        )
        self.role = w.Dropdown(description=UI["role"], **field)
        self.resume_code = w.Text(description=UI["resume_code"], placeholder=UI["resume_placeholder"], **field)
        self.memory = BrowserMemory()
        self.resume_budget = KeyBudget()  # wrong resume codes from this page: after a few, it waits
        self.memory.observe(lambda _: self.resume_from_browser(), "value")
        self.begin = w.Button(
            description=UI["begin"], layout=w.Layout(width="12em", margin="0.5em 0 0 9.5em"), button_style="primary"
        )
        self.message = w.HTML()
        self.choice.observe(lambda _: self._fill_roles(), "value")
        self.code.continuous_update = False  # looked up when typed in full (Enter or leaving the field)
        self.code.observe(lambda _: self._follow_code(), "value")
        self.begin.on_click(lambda _: self.start())
        self._fill_roles()
        fields: list[w.Widget] = [self.name, self.code]
        if len(self.cards) > 1:
            fields.append(self.choice)
        if self.current_card.roles:
            fields.append(self.role)
        fields.append(self.resume_code)
        hint = UI["sign_in_hint_roles"] if self.current_card.roles else UI["sign_in_hint"]
        self.form = w.VBox(
            [
                w.HTML(f"<h1>{html.escape(self.title())}</h1><p>{html.escape(hint)}</p>"),
                *fields,
                self.begin,
                self.message,
            ]
        )
        self.widget = page(self.form, self.memory)
        if preheated() if prepare is None else prepare:
            self.prepare()

    def prepare(self) -> None:
        """Before anyone arrives: imports, the store's connection, the runner's widgets for every exercise of the
        page (a SAMOS page offers three scenarios; the workshop code picks one only at the sign-in)."""
        try:
            store = self.store
        except Exception:
            log.exception("Warming up: the store could not be opened; the sign-in will say so")
            return
        self.frames = warm_up(list(self.exercises.values()), store)

    @property
    def frame(self) -> RunnerFrame | None:
        """The prebuilt widgets of the exercise the form shows now."""
        return self.frames.get(str(self.choice.value))

    def _take_frame(self, exercise: Exercise) -> RunnerFrame | None:
        """The prebuilt widgets, for one runner only, and only of the exercise they were built for."""
        frame = self.frames.get(exercise.id)
        self.frames = {}
        return frame if frame is not None and frame.exercise is exercise else None

    @property
    def store(self) -> ParticipantStore:
        if self._store is None:
            self._store = default_store()
        return self._store

    @property
    def exercises(self) -> dict[str, Exercise]:
        """The page's exercises by id, loaded on first use."""
        return self.page.exercises()

    @property
    def current_card(self) -> ExerciseCard:
        return self.cards[str(self.choice.value)]

    @property
    def current(self) -> Exercise:
        return self.exercises[str(self.choice.value)]

    def title(self) -> str:
        first = next(iter(self.cards.values()))
        return first.variant_titel if len(self.cards) > 1 else first.title

    def _fill_roles(self) -> None:
        """The roles of the chosen scenario, with the first one chosen (ipywidgets 8 would leave it empty).

        SAMOS exercises also offer the observer, who watches a table in a workshop with tables.
        """
        chosen = self.role.value
        roles = [(f"{r.naam} ({r.organisatie})", r.id) for r in self.current_card.roles]
        self.role.options = [*roles, (TT["observer_role"], OBSERVER)] if roles else []
        if chosen in {value for _, value in self.role.options}:  # another scenario, the same kernteam role
            self.role.value = chosen
        else:
            self.role.index = 0 if self.role.options else None

    def _workshop_exercise(self, code: str) -> ExerciseCard | None:
        """The exercise of this page that the workshop plays: the code decides the scenario, not the chooser."""
        try:
            workshop = self.store.workshop(code.strip().upper()) if code.strip() else None
        except Exception:  # an unknown or unreadable code is reported when "Beginnen" is clicked
            log.debug("Workshop lookup for the scenario chooser failed", exc_info=True)
            return None
        if workshop is None or self.current_card.id in workshop.exercise_ids:
            return None
        return next((self.cards[e] for e in workshop.exercise_ids if e in self.cards), None)

    def _follow_code(self) -> None:
        """A workshop code names its scenario: the chooser follows it, and the roles with it."""
        found = self._workshop_exercise(self.code.value)
        if found is not None:
            self.choice.value = found.id

    def resume_from_browser(self) -> ExerciseRunner | None:
        """The browser remembered a resume code: fill in who it belongs to and continue, with nothing to type."""
        if self.runner is not None:
            return self.runner
        code = self.memory.code_for(self.memory.last_scope())  # sent by the browser: a crafted page can send any
        if not code or self.resume_budget.wait():
            return None
        participant = self.store.resume(code)
        if participant is None:
            self.resume_budget.failed()
            return None
        self.name.value = participant.name
        self.code.value = participant.workshop_code or ""
        if participant.role and participant.role in {str(value) for _, value in self.role.options}:
            self.role.value = participant.role
        return self.start()

    def start(self) -> ExerciseRunner | None:
        """Sign in and show the exercise with everything this participant saved before.

        A new name gets a resume code, shown once and kept in this browser; a taken name needs
        that code (typed, or remembered by the browser) or the facilitator's approval.
        Once signed in, a second start (a click on "Beginnen" that crossed the browser's own resume)
        keeps the exercise that is already shown instead of replacing it with a fresh one at step 1.
        While it works the button is off and the form says so: a page whose kernel started for its visitor
        loads the exercise only now, and on a busy server a click without an answer gets clicked again.
        """
        if self.runner is not None:
            return self.runner
        busy = f'<div class="ok-hint" role="status">{html.escape(UI["signing_in"])}</div>'
        self.begin.disabled = True
        self.message.value = busy
        try:
            return self._start()
        finally:
            if self.runner is None:
                self.begin.disabled = False
                if self.message.value == busy:
                    self.message.value = ""

    def _start(self) -> ExerciseRunner | None:
        from kit.ui.runner import ExerciseRunner

        try:
            code = self.code.value.strip() or None
            scope = (code or "").upper()
            typed = self.resume_code.value.strip() or self.memory.code_for(scope)
            if code:
                tables = self._has_tables(code)
                # Sign in first: under the Hub only a member may read the workshop (issue 18); the code
                # then picks the scenario. A known participant keeps their role: only the facilitator changes it.
                signed = self._sign_in(code, None, typed)
                self._follow_code()
                exercise = self.current
                role = str(self.role.value) if exercise.roles and self.role.value else None
            else:
                tables = False
                exercise = self.current
                self._check_self_study(exercise)
                role = str(self.role.value) if exercise.roles and self.role.value else None
                signed = self._sign_in(None, role, typed)
            link = self._workshop_link(code, exercise) if code else None
            if link is not None and link.group and tables:
                # team play: the stored role (the facilitator's or the seat's) wins over the form's
                participant, self.runner = self._join_table(exercise, link, role, signed.participant)
                role = participant.role  # the table's seat or the facilitator decides, not the form
            else:
                if role == OBSERVER:
                    raise KitError(TT["observer_only_team"])
                participant = signed.participant
                if code and participant.role is None and role is not None:
                    participant = self.store.join(self.name.value, code, role)
                role = participant.role if code else role
                frame = self._take_frame(exercise)
                self.runner = ExerciseRunner(exercise, self.store, participant.id, role, link, frame=frame)
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
        shown = html.escape(text)
        if signed.resume_code:  # the code in one piece, in a font that tells 0 from O: never broken at its hyphen
            code_html = f'<code class="ok-resume-code">{html.escape(signed.resume_code)}</code>'
            before, _, after = UI["resume_issued"].partition("{code}")
            shown += " " + html.escape(before) + code_html + html.escape(after)
        self.memory.keep(scope, signed.resume_code or typed)
        if role and exercise.roles:
            names = {r.id: r.naam for r in exercise.roles}
            shown += " " + html.escape(UI["your_role"].format(role=names.get(role, role)))
        welcome = w.HTML(
            f"<h1{focus_attrs(new_token())}>{html.escape(exercise.title)}</h1>"
            f'<div class="ok-welcome" role="status">{shown}</div>'
        )
        self.widget.children = [self.widget.children[0], welcome, self.runner.widget, self.memory]
        self.runner.start_live_updates()
        return self.runner

    def _sign_in(self, code: str | None, role: str | None, typed: str) -> SignedIn:
        """The store's sign-in, with this page's budget of resume codes: wrong ones make the page wait."""
        from kit.store import StoreError

        if typed and (wait := self.resume_budget.wait()):
            raise KitError(UI["resume_wait"].format(seconds=max(1, round(wait))))
        try:
            return self.store.sign_in(self.name.value, code, role, resume_code=typed or None)
        except StoreError as error:
            if error.key == "name_taken" and typed:
                self.resume_budget.failed()
            raise

    def _has_tables(self, code: str) -> bool:
        """Asked of every store, the Hub's service too: a workshop with tables seats its people at them."""
        return self.store.has_tables(code)

    def _join_table(
        self, exercise: Exercise, link: WorkshopLink, chosen: str | None, participant: ParticipantInfo
    ) -> tuple[ParticipantInfo, ExerciseRunner]:
        """Team play: land at one's table with one's role; newcomers get a seat and a free role there.

        A role the facilitator assigned wins over the one chosen in the form, so a reload or a second
        device lands in the same seat. Under the Hub the service seats them and serves the table.
        """
        from dataclasses import replace

        from kit.remote.client import ServiceStore
        from kit.ui.team_runner import TeamRunner

        store = self.store
        if isinstance(store, ServiceStore):
            from kit.remote.team_client import ServiceTable, take_seat_remote

            participant, team = take_seat_remote(store.client, participant.id, exercise.id, chosen)
            table = ServiceTable(store.client, participant.id, exercise.id, team)
            team_link = replace(link, team_id=team.id)
            runner = TeamRunner(exercise, store, participant.id, participant.role, team_link, team, table=table)
            return participant, runner
        from kit.facilitation.teams import take_seat
        from kit.store import Store

        assert isinstance(store, Store)
        found = take_seat(store, link.code, participant.id, [r.id for r in exercise.roles], chosen)
        if found is None:
            raise KitError(TT["no_tables"])
        participant = store.participant(participant.id) or participant
        team_link = replace(link, team_id=found.id)
        frame = self._take_frame(exercise)
        return participant, TeamRunner(exercise, store, participant.id, participant.role, team_link, found, frame=frame)

    def _check_self_study(self, exercise: Exercise) -> None:
        """Refuse self-study on a workshop-only server, or for an exercise a workshop closed for it."""
        if workshop_only():
            raise KitError(UI["need_code_server"])
        if exercise.id in self.store.self_study_closed():
            raise KitError(UI["need_code_exercise"].format(exercise=exercise.title))

    def _workshop_link(self, code: str, exercise: Exercise) -> WorkshopLink:
        """Self-study sees the reference after submitting; in a workshop the facilitator decides."""
        from kit.ui.workshop_link import WorkshopLink

        workshop = self.store.workshop(code)
        if workshop is None:
            from kit.store import StoreError

            raise StoreError("unknown_code", code=code)
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
        if library is None:  # a kernel: this page's cards, its exercises when needed (kit.content.cards)
            exercises: PageExercises = cached_page(exercise_id, variant)
        else:
            from kit.content.library import page_exercises

            exercises = PageExercises.of(page_exercises(library, exercise_id, variant))
        if not exercises.cards:
            raise KitError(f"Geen oefeningen gevonden voor '{variant}'.")
        return SignIn(exercises, store).widget
    except KitError as exc:
        return error_page(UI["error"].format(error=exc))
    except Exception:  # the browser gets a Dutch sentence; the traceback goes to the server log only
        log.exception("Exercise app failed")
        return error_page(UI["unexpected"])
