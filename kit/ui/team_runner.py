"""Team play: one shared analysis per table that every member sees and edits live.

The team's answers are rows in the store, one per question; this runner only shows them. A step
before the kernteam meets (not `gedeeld`) stays each member's own: it is saved as the member's own
answers, never in the table's record (see kit.facilitation.table_steps). Each
member's edits are saved per question (debounced), and every refresh pulls the questions others
changed: edits to different questions never clash, and on the same question the last write wins
and both members are told. The team hands in steps and submits once; the feedback reaches every
member's screen on their next refresh. Observers see the same screen read-only, with their
evaluation form under each step. The refresh also ticks the team's inject script, so scripted
injects arrive even when the facilitator's screen is closed.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import ipywidgets as w

from kit.answers_io import OPEN_SUFFIX, open_key
from kit.content.exercise import Exercise
from kit.content.models import Step
from kit.facilitation.script import utcnow
from kit.facilitation.table_steps import personal_steps, shared_steps
from kit.store.base import canonical
from kit.store.protocol import ParticipantStore
from kit.store.table_protocol import TableAccess
from kit.store.team_records import OBSERVER, TeamInfo
from kit.ui.evaluation_forms import LessonsForm, ObserverForm
from kit.ui.feedback import feedback_html
from kit.ui.live_region import live_region
from kit.ui.runner import SAVE_DELAY, ExerciseRunner, open_questions_html
from kit.ui.runner_frame import RunnerFrame
from kit.ui.team_texts import TT
from kit.ui.texts import UI
from kit.ui.workshop_link import WorkshopLink

TEAM_LIVE_INTERVAL = 1.0
"""Seconds between refreshes: with the half-second save, another member's edit shows within ~2 s."""

Key = tuple[str, str]  # (step id, question id)


def clock_text(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"T+{minutes // 60}:{minutes % 60:02d}"


def _disable(widget: w.Widget) -> None:
    """Make a renderer's widgets read-only, however deeply they are nested."""
    if hasattr(widget, "disabled"):
        widget.disabled = True
    for child in getattr(widget, "children", ()):
        _disable(child)


class TeamRunner(ExerciseRunner):
    """One member (or observer) of one table working on the table's shared analysis."""

    def __init__(
        self,
        exercise: Exercise,
        store: ParticipantStore,
        participant_id: int,
        role_id: str | None,
        link: WorkshopLink,
        team: TeamInfo,
        save_delay: float = SAVE_DELAY,
        now: Callable[[], datetime] = utcnow,
        table: TableAccess | None = None,
        frame: RunnerFrame | None = None,
    ) -> None:
        """`table` is the table's access (the Hub's service); without it the runner opens it on the SQL `store`."""
        self.team = team
        self.personal = personal_steps(exercise)
        self.observer = role_id == OBSERVER
        self.versions: dict[Key, int] = {}
        self.editors: dict[Key, int | None] = {}
        self.shown: dict[Key, Any] = {}
        self.dirty_questions: set[Key] = set()
        self.notices: list[str] = []
        self.observer_forms: dict[str, ObserverForm] = {}
        self.lessons: LessonsForm | None = None
        self._lock = threading.RLock()
        self._names: dict[int, str] = {}
        self._save_delay = save_delay
        if table is None:
            from kit.facilitation.table_access import LocalTable
            from kit.store import Store

            assert isinstance(store, Store), "team play without the service needs the SQL store"
            local = LocalTable(store, link.code, exercise, participant_id, team, role_id, now)
            self.engine = local.engine  # the facilitator's script controls in tests drive it
            table = local
        self.table: TableAccess = table
        link = replace(link, team_id=team.id, team_events=self._released_events)
        role = None if self.observer else role_id
        super().__init__(exercise, store, participant_id, role, link, save_delay, frame=frame)
        self.dirty = {s for s in self.dirty if s in self.personal}  # shared answers are saved per question
        self.submit_button.description = TT["submit_team"]
        self.submit_button.icon = "lock"
        self.check_button.description = TT["hand_in_step"]
        self.check_button.tooltip = TT["hand_in_step_tip"]
        self.check_button.icon = "flag"
        self.confirm_button = w.Button(
            description=TT["submit_team_confirm"], button_style="danger", icon="check", layout=w.Layout(width="auto")
        )
        self.cancel_button = w.Button(description=TT["submit_team_cancel"], layout=w.Layout(width="auto"))
        self.confirm_button.on_click(self._guard(lambda _: self._submit_clicked()))
        self.cancel_button.on_click(lambda _: self.cancel_submit())
        self.confirm_box = w.HBox([self.confirm_button, self.cancel_button], layout=w.Layout(display="none"))
        self._separate_submit()
        self.header = w.HTML()
        self.clock_view = w.HTML()
        self.notice = live_region(w.HTML())  # the table's notices are read out as they come
        self.notice_read = w.Button(description=TT["notices_read"], layout=w.Layout(width="auto", display="none"))
        self.notice_read.on_click(lambda _: self.clear_notices())
        self.lessons_area = w.VBox()
        self.work_area.children = [
            self.header,
            self.clock_view,
            *self.work_area.children,
            self.notice,
            self.notice_read,
        ]
        self.widget.children = [*self.widget.children, self.lessons_area]
        if self.observer:
            for button in (self.check_button, self.submit_button):
                button.layout.display = "none"
        self._header_role: str | None = None
        self._show_header()
        self.refresh_live()

    def _separate_submit(self) -> None:
        """'Stap klaar melden' stays with the step; the table-wide hand-in gets its own block with a confirm."""
        for box in self.work_area.children:
            if isinstance(box, w.HBox) and self.submit_button in box.children:
                box.children = [self.check_button]
        section = w.VBox(
            [
                w.HTML(
                    f'<h3>{html.escape(TT["submit_title"])}</h3><p class="ok-hint">{html.escape(TT["submit_hint"])}</p>'
                ),
                self.submit_button,
                self.confirm_box,
            ]
        )
        section.add_class("ok-submit-table")
        self.work_area.children = [*self.work_area.children, section]

    # ---------------------------------------------------------------- the shared record

    def _load_answers(self) -> dict[str, dict[str, Any]]:
        """The table's record for the shared steps, this member's own answers for the personal ones."""
        record = self.table.answers()
        shared = {key for key in record.versions if key[0] not in self.personal}
        self.versions = {key: v for key, v in record.versions.items() if key in shared}
        self.editors = {key: v for key, v in record.editors.items() if key in shared}
        values = {step_id: dict(v) for step_id, v in record.values.items() if step_id not in self.personal}
        own = self.store.load_answers(self.participant_id, self.exercise.id)
        values.update({step_id: dict(v) for step_id, v in own.items() if step_id in self.personal})
        return values

    def _build_step(self, step: Step) -> w.Widget:
        box = super()._build_step(step)
        for question_id, renderer in self.renderers[step.id].items():
            self.shown[(step.id, question_id)] = renderer.get()
            self.shown.update({(step.id, key): text for key, text in renderer.extra().items()})
            if self.observer:
                _disable(renderer.widget)
        if not self.observer:
            return box
        if step.id in self.personal:  # each member's own picture: say why the observer sees empty fields
            notice = w.HTML(f'<div class="ok-hint">{html.escape(TT["observer_personal"])}</div>')
            box.children = (notice, *box.children)
        form = ObserverForm(self.table, step.id, step.titel, self.table.observations(step.id), self._save_delay)
        self.observer_forms[step.id] = form
        return w.VBox([box, form.widget], layout=w.Layout(width="100%"))

    def _released_events(self) -> list[dict[str, Any]]:
        return self.table.released_events()

    def _injects_html(self, step: Step) -> str:
        if self.observer:  # an observer watches the whole table: every released inject, whatever the role
            self.role_id = None
        return super()._injects_html(step)

    def _changed(self, step_id: str) -> None:
        if self.observer or self.last_result is not None:
            return
        if step_id in self.personal:  # the member's own picture: saved as their own answers, step by step
            super()._changed(step_id)
            return
        with self._lock:
            values = self._shared_values(step_id)
            for question_id, value in values.items():
                key = (step_id, question_id)
                if canonical(value) != canonical(self.shown.get(key)):
                    self.dirty_questions.add(key)
                    self.shown[key] = value
            self.answers[step_id] = {**self.answers.get(step_id, {}), **values}
        self.status.value = UI["saving"]
        self._confirm_submit = False
        self.debouncer.trigger()
        self._refresh_progress()

    def _shared_values(self, step_id: str) -> dict[str, Any]:
        """The step's answers as the shared record holds them: each question, plus the texts of its chosen
        'anders, namelijk' options under their own key (an emptied text is saved as empty, not left behind)."""
        values: dict[str, Any] = {}
        for question_id, renderer in self.renderers[step_id].items():
            values[question_id] = renderer.get()
            extra_key = open_key(question_id)
            written = renderer.extra().get(extra_key)
            if written is not None or (step_id, extra_key) in self.shown:
                values[extra_key] = written or {}
        return values

    def save_now(self) -> None:
        """Save every question this member changed; say so if it replaced another member's newer answer.

        Raises if a save fails; the question stays dirty and the base runner's retry saves it later.
        """
        with self._save_lock:
            for step_id in sorted(self.dirty):  # personal steps: this member's own answers
                own = self.answers[step_id]
                self.store.save_answer(self.participant_id, self.exercise.id, step_id, own)
                if self.answers.get(step_id) is own:
                    self.dirty.discard(step_id)
            for key in sorted(self.dirty_questions):
                step_id, question_id = key
                value = self.answers[step_id][question_id]
                saved = self.table.save(step_id, question_id, value, self.versions.get(key, 0))
                with self._lock:
                    self.versions[key] = saved.version
                    self.editors[key] = self.participant_id
                    if self.answers[step_id].get(question_id) is value:  # changed again meanwhile: stays dirty
                        self.dirty_questions.discard(key)
                if saved.overwrote:
                    self._tell(TT["you_overwrote"].format(name=saved.overwrote, question=self._question(key)))
            self._failures = 0
            self.cancel_retry()
            self.status.value = UI["saved"]

    def flush(self) -> None:
        """Save pending questions now; a failure is reported and retried, never raised."""
        self.debouncer.flush()
        if self.dirty_questions or self.dirty:
            try:
                self.save_now()
            except Exception as error:
                self._save_failed(error)

    def pull(self) -> list[Key]:
        """Bring in what other members saved; returns the questions that changed on this screen."""
        record = self.table.answers()
        changed = []
        with self._lock:
            for key, version in record.versions.items():
                if key[0] in self.personal or version <= self.versions.get(key, 0) or key in self.dirty_questions:
                    continue
                step_id, question_id = key
                value = record.values[step_id][question_id]
                previous_editor = self.editors.get(key)
                self.versions[key], self.editors[key] = version, record.editors.get(key)
                self.answers.setdefault(step_id, {})[question_id] = value
                renderer = self.renderers.get(step_id, {}).get(question_id)
                owner = self.renderers.get(step_id, {}).get(question_id.removesuffix(OPEN_SUFFIX))
                if renderer is not None:
                    renderer.set(value)
                    self.shown[key] = renderer.get()
                elif owner is not None and question_id.endswith(OPEN_SUFFIX):  # another member's 'namelijk' text
                    owner.set_extra({question_id: value})
                    self.shown[key] = value
                changed.append(key)
                editor = record.editors.get(key)
                if editor is not None and editor != self.participant_id:
                    said = {"name": self._name(editor), "question": self._question(key)}
                    if previous_editor == self.participant_id:  # always worth knowing: your answer was replaced
                        self._tell(TT["overwritten_yours"].format(**said))
                    elif step_id == self.step.id:  # an edit elsewhere needs no notice: the answer simply shows
                        self._tell(TT["edited_by"].format(**said))
        if changed:
            self._refresh_progress()
        return changed

    # ---------------------------------------------------------------- live

    def start_live_updates(self, interval: float = TEAM_LIVE_INTERVAL) -> None:
        super().start_live_updates(interval)

    def refresh_live(self) -> None:
        """Tick the table's script, then pull answers, injects, clock and the team's result."""
        if not hasattr(self, "notice"):
            return  # the base class refreshes once while building, before the team widgets exist
        self.table.tick()
        super().refresh_live()
        if not self.observer and self.role_id != self._header_role:  # the facilitator gave another role
            self._show_header()
        self.pull()
        self._show_clock()
        if self.last_result is None:
            revealed = self.revealed()
            found = self.table.result()
            if found is not None:
                self._show_result(found, TT["team_submitted"].format(name=found["submitted_by"] or ""), revealed)

    # ---------------------------------------------------------------- hand in and submit

    def check_current_step(self) -> None:
        """In team play the step button hands the step in for the whole table (a script may wait for it).

        Observers watch: the button is hidden from them, and a click that reaches it anyway is refused here.
        """
        if self.observer:
            self.refuse(TT["observer_cannot"])
            return
        self.flush()
        self.table.hand_in(self.step.id)
        self.message.value = f'<div class="ok-welcome">{html.escape(TT["step_handed_in"])}</div>'

    def submit(self) -> dict[str, Any]:
        """Score the team's analysis and store it once for the table; every member then sees it.

        Only a member, only while the workshop is not paused: checked here, not by the button's state.
        """
        if self.observer:
            self.refuse(TT["observer_cannot"])
            return {}
        if self.paused():
            self.refuse(UI["paused"])
            return {}
        self.flush()
        self.pull()
        shared = shared_steps(self.exercise)
        if not self._confirm_submit:  # a table-wide hand-in always asks first, naming what is still open
            self._confirm_submit = True
            missing = self.open_questions([self.exercise.step(step_id) for step_id in shared])
            ask = TT["submit_team_ask"]
            if missing:
                self.message.value = open_questions_html(missing, TT["submit_team_open"], ask)
            else:
                self.message.value = f'<div class="ok-warning">{html.escape(ask)}</div>'
            self.confirm_box.layout.display = None
            return {}
        self._confirm_submit = False
        self.confirm_box.layout.display = "none"
        revealed = self.revealed()
        first, found = self.table.submit()  # scored from the table's stored record, where the references are
        key = "team_submitted" if first else "already_submitted"
        self._show_result(found, TT[key].format(name=found["submitted_by"] or ""), revealed)
        return dict(found["result"])

    def cancel_submit(self) -> None:
        self._confirm_submit = False
        self.confirm_box.layout.display = "none"
        self.message.value = ""

    def _offer_report(self, revealed: set[str]) -> None:
        """The table's message names who handed in; reports go through the facilitator."""

    def _result_after_reveal(self) -> dict[str, Any] | None:
        found = self.table.result()  # the service leaves out what is not revealed: after a reveal, ask again
        return dict(found["result"]) if found is not None else None

    def _show_result(self, found: dict[str, Any], text: str, revealed: set[str]) -> None:
        """Show the table's result; `revealed` is what was revealed before it was fetched, never after."""
        self.last_result = dict(found["result"])
        self._revealed_shown = revealed
        self.feedback.value = feedback_html(self.last_result, self._revealed_shown, role=self.role_id)
        self.message.value = f'<div class="ok-welcome">{html.escape(text)}</div>'
        self.submit_button.disabled = True
        self.confirm_box.layout.display = "none"
        for renderers in self.renderers.values():
            for renderer in renderers.values():
                _disable(renderer.widget)
        if self.lessons is None:
            self.lessons = LessonsForm(self.table, self._save_delay)
            self.lessons_area.children = [self.lessons.widget]

    # ---------------------------------------------------------------- header, clock, notices

    def _show_header(self) -> None:
        self._header_role = self.role_id
        names = {r.id: r.naam for r in self.exercise.roles}
        if self.observer:
            text = TT["header_observer"].format(team=self.team.name)
        else:
            text = TT["header"].format(team=self.team.name, role=names.get(self.role_id or "", self.role_id or ""))
        found = self.table.members()
        self._names.update((m.participant_id, m.name) for m in found)
        members = [m.name for m in found]
        self.header.value = (
            f'<div class="ok-team"><b>{html.escape(text)}</b><br>'
            f'<span class="ok-hint">{html.escape(TT["members"].format(names=", ".join(members)))}</span></div>'
        )

    def _show_clock(self) -> None:
        if not self.table.has_script():
            return
        state = self.table.clock()
        if not state.started:
            text = TT["clock_not_started"]
        else:
            text = TT["clock_paused" if state.paused else "clock"].format(time=clock_text(state.elapsed))
        fresh = f'<div class="ok-hint">{html.escape(text)}</div>'
        if self.clock_view.value != fresh:
            self.clock_view.value = fresh

    def _tell(self, text: str) -> None:
        """A notice about the table's shared answers; an observer edits nothing, so is told nothing."""
        if self.observer or text in self.notices:
            return
        self.notices = [*self.notices[-2:], text]
        self.notice.value = "".join(f'<div class="ok-warning">{html.escape(n)}</div>' for n in self.notices)
        self.notice_read.layout.display = None

    def clear_notices(self) -> None:
        """Read: the notices go (the button, or moving to another step)."""
        self.notices = []
        self.notice.value = ""
        self.notice_read.layout.display = "none"

    def show_step(self, index: int, focus: bool = True) -> None:
        moved = index != self.index
        super().show_step(index, focus)
        if moved and hasattr(self, "notice"):
            self.clear_notices()

    def _question(self, key: Key) -> str:
        step_id, question_id = key
        question_id = question_id.removesuffix(OPEN_SUFFIX)  # a 'namelijk' text belongs to its question
        for question in self.exercise.step(step_id).vragen:
            if question.id == question_id:
                return question.vraag
        return question_id

    def _name(self, participant_id: int) -> str:
        if participant_id not in self._names:  # someone who sat down since the header was drawn
            self._names.update((m.participant_id, m.name) for m in self.table.members())
        return self._names.get(participant_id, "?")
