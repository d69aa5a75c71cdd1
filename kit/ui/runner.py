"""The exercise runner: scenario, one step at a time, autosave on every change, submit and feedback.

Widgets of a step are built when the step is first shown, so the app appears quickly even for the
twelve-step stappenplan. Every change marks its step dirty and triggers a debounced save; moving to
another step or submitting flushes at once, so a reload or a killed kernel loses at most the last
half second of typing.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from kit.answers_io import is_answered, relocate
from kit.content.exercise import Exercise
from kit.content.models import Kind, Step
from kit.content.options import Option
from kit.errors import KitError
from kit.plural import IS, STAP, VRAAG, count, form
from kit.secrecy import visibility
from kit.store import Debouncer
from kit.store.protocol import ParticipantStore
from kit.ui.feedback import ALL, completeness_html, feedback_html
from kit.ui.focus import focus_attrs, new_token
from kit.ui.grading import Grader, grader_for
from kit.ui.live import LiveRefresh
from kit.ui.option_order import participant_order
from kit.ui.renderers import Renderer
from kit.ui.runner_frame import RunnerFrame, build_step
from kit.ui.step_list import StepListJump
from kit.ui.texts import UI
from kit.ui.views import download_link, injects_html, step_header_html
from kit.ui.workshop_link import WorkshopLink

log = logging.getLogger(__name__)
SAVE_DELAY = 0.5
RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
"""Seconds before each retry of a failed save; the last repeats until a save succeeds."""
LIVE_INTERVAL = 2.0


class ExerciseRunner:
    """One participant working on one exercise; `widget` is what the notebook displays."""

    def __init__(
        self,
        exercise: Exercise,
        store: ParticipantStore,
        participant_id: int,
        role_id: str | None = None,
        link: WorkshopLink | None = None,
        save_delay: float = SAVE_DELAY,
        grader: Grader | None = None,
        frame: RunnerFrame | None = None,
    ) -> None:
        """`frame`: widgets built before anyone signed in (kit.ui.runner_frame); taken only if it is of this
        exercise, and then this runner's alone."""
        self.exercise = exercise
        self.store = store
        self.grader = grader or grader_for(store)
        self.participant_id = participant_id
        self.role_id = role_id
        self.link = link
        # Which references may show: the workshop's reveals (or all in self-study), minus what another
        # workshop keeps secret on this scenario (kit.secrecy); a store of another kind keeps the plain rule.
        visible = visibility(store, exercise, participant_id, link.code if link else None)
        self.revealed: Callable[[], set[str]] = visible or (link.revealed if link else (lambda: {ALL}))
        self.debrief = {step.id: tuple(step.nabespreking) for step in exercise.steps}
        self.inject_views: dict[str, w.HTML] = {}
        self.last_result: dict[str, Any] | None = None
        self._revealed_shown: set[str] | None = None
        self._live: LiveRefresh | None = None
        loaded = self._load_answers()
        # An answer saved where its question used to be is shown where it is now, and saved there at once,
        # so a later save of the old step cannot drop it (the content-format's `vroeger_in`).
        self.answers: dict[str, dict[str, Any]] = relocate(exercise, loaded)
        self.renderers: dict[str, dict[str, Renderer]] = {}
        self.step_boxes: dict[str, w.Widget] = {}
        self.dirty: set[str] = {s for s, v in self.answers.items() if v != loaded.get(s)}
        self.retry_delays: tuple[float, ...] = RETRY_DELAYS
        self._failures = 0
        self._retry: threading.Timer | None = None
        self._save_lock = threading.RLock()
        self.debouncer = Debouncer(self.save_now, save_delay, on_error=self._save_failed)
        saved_step = store.position(participant_id, exercise.id)
        step_ids = [s.id for s in exercise.steps]
        self.index = step_ids.index(saved_step) if saved_step in step_ids else 0
        self.resumed = bool(self.answers)
        # Steps the learner has left before: only there "not yet answered" helps instead of nagging.
        self.visited: set[str] = set(self.answers)
        self.question_names = {(s.id, q.id): q.vraag for s in exercise.steps for q in s.vragen}
        self._confirm_submit = False
        self._feedback_token: str | None = None
        self._build(frame if frame is not None and frame.exercise is exercise else None)
        self.show_step(self.index, focus=False)
        self._show_previous_result()

    def _load_answers(self) -> dict[str, dict[str, Any]]:
        """What this participant saved before; team play reads the team's record instead."""
        return self.store.load_answers(self.participant_id, self.exercise.id)

    # ---------------------------------------------------------------- layout

    def _build(self, frame: RunnerFrame | None = None) -> None:
        """Take the widgets of `frame` (built before the sign-in) or build them; then wire this runner to them."""
        self.frame = frame = frame or RunnerFrame(self.exercise, first_step=False)
        self.status, self.progress, self.progress_text = frame.status, frame.progress, frame.progress_text
        self.step_area, self.warning, self.message = frame.step_area, frame.warning, frame.message
        self.prev_button, self.next_button, self.jump = frame.prev_button, frame.next_button, frame.jump
        self.jump_button = frame.jump_button
        self.check_button, self.submit_button = frame.check_button, frame.submit_button
        self.feedback, self.paused_banner, self.summary = frame.feedback, frame.paused_banner, frame.summary
        self.scenario, self.step_heading = frame.scenario, frame.step_heading
        self.work_area, self.widget = frame.work_area, frame.widget
        self.scenario.selected_index = 0 if self.index == 0 else None
        self.prev_button.on_click(self._guard(lambda _: self.show_step(self.index - 1)))
        self.next_button.on_click(self._guard(lambda _: self.go_to(self.index + 1)))
        self.step_list_jump = StepListJump(self.jump, self.jump_button, self.go_to, lambda: self.index, self._guard)
        self.check_button.on_click(self._guard(lambda _: self.check_current_step()))
        self.submit_button.on_click(self._guard(lambda _: self._submit_clicked()))

    def _guard(self, handler: Callable[[Any], None]) -> Callable[[Any], None]:
        """Run a UI handler; show a Dutch message instead of a traceback when something fails."""

        def run(arg: Any) -> None:
            try:
                handler(arg)
            except KitError as exc:
                self.message.value = f'<div class="ok-error">{html.escape(UI["error"].format(error=exc))}</div>'
            except Exception:
                log.exception("UI handler failed")
                self.message.value = f'<div class="ok-error">{html.escape(UI["unexpected"])}</div>'

        return run

    # ---------------------------------------------------------------- steps

    @property
    def step(self) -> Step:
        return self.exercise.steps[self.index]

    def paused(self) -> bool:
        """Whether the facilitator has paused the workshop: asked of the store at every action, not of a button."""
        return self.link is not None and self.link.paused()

    def refuse(self, text: str) -> None:
        """Say why an action is not allowed now; the handler then does nothing."""
        self.message.value = f'<div class="ok-warning">{html.escape(text)}</div>'

    def go_to(self, index: int) -> None:
        """A participant's move (next button, step list): forward moves wait while the facilitator pauses.

        Checked here, not only by the disabled button: a crafted client can click a disabled button.
        """
        if index > self.index and self.paused():
            if self.jump.value != self.index:
                self.jump.value = self.index
            self.refuse(UI["paused"])
            return
        self.show_step(index)

    def show_step(self, index: int, focus: bool = True) -> None:
        """Show a step; the previous step's feedback goes, and focus moves to the new step's heading."""
        index = max(0, min(index, len(self.exercise.steps) - 1))
        self.flush()
        moved = index != self.index
        if moved:
            self.visited.add(self.step.id)
        self.index = index
        step = self.step
        if moved:
            self.feedback.value = ""
            self.last_result = None
            if index > 0:
                self.scenario.selected_index = None
        token = focus_attrs(new_token()) if focus else ""
        self.step_heading.value = step_header_html(step, self.exercise.scenario, token)
        if step.id not in self.step_boxes:
            self.step_boxes[step.id] = self._build_step(step)
        self.step_area.children = [self.step_boxes[step.id]]
        self.store.set_position(self.participant_id, self.exercise.id, step.id)
        self.prev_button.disabled = index == 0
        self.next_button.disabled = index == len(self.exercise.steps) - 1
        if self.jump.value != index:
            self.jump.value = index
        self.message.value = ""
        self._refresh_progress()

    def _option_order(self, step: Step, question_id: str, kind: Kind) -> tuple[Option, ...]:
        """This participant's own order of the options (kit.ui.option_order): the written order gives answers."""
        options = self.exercise.options.get((step.id, question_id), ())
        return participant_order(
            options, kind, str(self.participant_id), self.exercise.scenario.id, step.id, question_id
        )

    def _build_step(self, step: Step) -> w.Widget:
        """The step's widgets, from the frame when it has them (options then put in this participant's order),
        filled with what this participant saved and wired to this runner."""
        orders = {q.id: self._option_order(step, q.id, q.soort) for q in step.vragen}
        built = self.frame.take_step(step.id)
        if built is None or not built.reorder(orders):
            built = build_step(self.exercise, step, lambda s, q: orders[q.id])
        if built.inject_view is not None:
            built.inject_view.value = self._injects_html(step)
            self.inject_views[step.id] = built.inject_view
        stored = self.answers.get(step.id, {})
        for question in step.vragen:
            renderer = built.renderers[question.id]
            if question.id in stored:
                renderer.set(stored[question.id])
            renderer.set_extra(stored)
            renderer.observe(self._change_handler(step.id))
        self.renderers[step.id] = built.renderers
        return built.box

    def _injects_html(self, step: Step) -> str:
        released = self.link.visible_injects(self.exercise, step, self.role_id) if self.link else None
        visible = (
            released if released is not None else self.exercise.injects_for(self.role_id, step.ronde, step.gedeeld)
        )
        return injects_html(visible, step.gedeeld, self.role_id is not None)

    # ---------------------------------------------------------------- live workshop updates

    def start_live_updates(self, interval: float = LIVE_INTERVAL) -> None:
        """In a workshop: poll for released injects, reveals and pauses so no reload is needed."""
        if self.link is not None and self._live is None:
            self._live = LiveRefresh(self.refresh_live, interval)
            self._live.start()

    def refresh_live(self) -> None:
        """Bring injects, the pause banner and revealed feedback up to date (cheap when nothing changed)."""
        if self.link is None:
            return
        if self.link.group:  # the facilitator may (re)assign roles during group play
            participant = self.store.participant(self.participant_id)
            if participant is not None and participant.role and participant.role != self.role_id:
                self.role_id = participant.role
        view = self.inject_views.get(self.step.id)
        if view is not None:
            fresh = self._injects_html(self.step)
            if view.value != fresh:
                view.value = fresh
        paused = self.link.paused()
        self.paused_banner.value = f'<div class="ok-warning">{html.escape(UI["paused"])}</div>' if paused else ""
        self.next_button.disabled = paused or self.index == len(self.exercise.steps) - 1
        self.submit_button.disabled = paused
        if self.last_result is not None:
            revealed = self.revealed()  # read before the result is asked again, so a reveal in between is not lost
            if revealed != self._revealed_shown:  # a new reveal: the grader may now return more of the result
                self.last_result = self._result_after_reveal() or self.last_result
                self._revealed_shown = revealed
                self._offer_report(revealed)
            fresh_feedback = feedback_html(
                self.last_result, revealed, self.debrief, self.question_names, self._feedback_token, self.role_id
            )
            if self.feedback.value != fresh_feedback:
                self.feedback.value = fresh_feedback

    # ---------------------------------------------------------------- saving

    def _change_handler(self, step_id: str) -> Callable[[], None]:
        return lambda: self._changed(step_id)

    def _changed(self, step_id: str) -> None:
        values: dict[str, Any] = {}
        for question_id, renderer in self.renderers[step_id].items():
            values[question_id] = renderer.get()
            values.update(renderer.extra())
        self.answers[step_id] = values
        self.dirty.add(step_id)
        self.status.value = UI["saving"]
        self._confirm_submit = False
        self.debouncer.trigger()
        self._refresh_progress()

    def save_now(self) -> None:
        """Write every dirty step to the store; raises if a save fails, and the step stays dirty.

        A step changed again while it was being written stays dirty too, so the newer text follows.
        """
        with self._save_lock:
            for step_id in sorted(self.dirty):
                value = self.answers[step_id]
                self.store.save_answer(self.participant_id, self.exercise.id, step_id, value)
                if self.answers.get(step_id) is value:
                    self.dirty.discard(step_id)
            self._failures = 0
            self.cancel_retry()
            self.status.value = UI["saved"]

    def flush(self) -> None:
        """Save what is pending, or left over from a failed save, now; a failure is reported, never raised."""
        self.debouncer.flush()
        if self.dirty:
            try:
                self.save_now()
            except Exception as error:
                self._save_failed(error)

    def cancel_retry(self) -> None:
        """Drop a scheduled retry (a save that succeeds does this itself)."""
        with self._save_lock:
            if self._retry is not None:
                self._retry.cancel()
            self._retry = None

    def _save_failed(self, error: Exception) -> None:
        """Keep the answers dirty, say so in Dutch, log the detail for the server only, and retry later."""
        with self._save_lock:
            delay = self.retry_delays[min(self._failures, len(self.retry_delays) - 1)]
            self._failures += 1
            log.error("Saving answers failed (attempt %d); retrying in %.1f s", self._failures, delay, exc_info=error)
            self.status.value = f'<span class="ok-error">{html.escape(UI["save_retrying"])}</span>'
            if self._retry is not None:
                self._retry.cancel()
            self._retry = threading.Timer(delay, self.flush)
            self._retry.daemon = True
            self._retry.start()

    # ---------------------------------------------------------------- progress

    def unanswered(self, step: Step) -> list[str]:
        values = self.answers.get(step.id, {})
        return [q.vraag for q in step.vragen if not is_answered(q, values.get(q.id))]

    def open_questions(self, steps: list[Step] | None = None) -> list[tuple[Step, str]]:
        """Every question still open, with its step, in the order of the exercise."""
        return [(step, question) for step in steps or self.exercise.steps for question in self.unanswered(step)]

    def _refresh_progress(self) -> None:
        questions = [(s, q) for s in self.exercise.steps for q in s.vragen]
        answered = sum(1 for s, q in questions if is_answered(q, self.answers.get(s.id, {}).get(q.id)))
        done_steps = sum(1 for s in self.exercise.steps if not self.unanswered(s))
        self.progress.value = done_steps
        self.progress_text.value = html.escape(
            UI["progress"].format(  # no "Stap 5 van 12": the steps are numbered by their titles (Stap 2.4)
                answered=answered,
                questions=count(len(questions), VRAAG),
                done=done_steps,
                steps=count(len(self.exercise.steps), STAP),
            )
        )
        missing = self.unanswered(self.step) if self.step.id in self.visited else []
        if missing:
            text = UI["incomplete"].format(
                count=count(len(missing), VRAAG), is_=form(len(missing), IS), names="; ".join(missing)
            )
            self.warning.value = f'<div class="ok-warning">{html.escape(text)}</div>'
        else:
            self.warning.value = ""

    # ---------------------------------------------------------------- feedback

    def check_current_step(self) -> None:
        """Score only this step and show its feedback; before the reveal only whether it is complete."""
        self.flush()
        revealed = self.revealed()
        if ALL not in revealed and self.step.id not in revealed:
            self.feedback.value = completeness_html(self.step.titel, self.unanswered(self.step))
            return
        result = self.grader.check_step(
            self.participant_id, self.exercise, self.step.id, self.answers.get(self.step.id, {})
        )
        self._feedback_token = new_token()
        self.feedback.value = feedback_html(
            result, revealed, self.debrief, self.question_names, self._feedback_token, self.role_id
        )

    def _submit_clicked(self) -> None:
        self.submit()

    def submit(self) -> dict[str, Any]:
        """Save, score and store the result; show the feedback view. Asks once when steps are open.

        Refused while the facilitator pauses the workshop, whatever state the button is in.
        """
        self.flush()
        if self.paused():
            self.refuse(UI["paused"])
            return {}
        missing = self.open_questions()
        if missing and not self._confirm_submit:
            self._confirm_submit = True
            self.message.value = open_questions_html(missing, UI["submit_confirm"], UI["submit_again"])
            return {}
        self._confirm_submit = False
        revealed = self.revealed()  # before scoring: a result asked before a reveal must not count as shown after it
        result = self.grader.submit(self.participant_id, self.exercise, self.answers)
        self.last_result = result
        self._revealed_shown = revealed
        self._feedback_token = new_token()
        self.feedback.value = feedback_html(
            result, self._revealed_shown, self.debrief, self.question_names, self._feedback_token, self.role_id
        )
        self.message.value = self._report_link(result, revealed)
        return result

    def _show_previous_result(self) -> None:
        """After a reload, a learner who submitted before sees that feedback again, without submitting twice."""
        revealed = self.revealed()
        previous = self.grader.latest(self.participant_id, self.exercise)
        if not previous:
            return
        self.last_result = previous
        self._revealed_shown = revealed
        self._feedback_token = None  # shown on arrival: focus goes to the welcome, not to this feedback
        self.feedback.value = feedback_html(
            self.last_result, revealed, self.debrief, self.question_names, role=self.role_id
        )
        self.message.value = self._report_link(self.last_result, revealed)

    def _result_after_reveal(self) -> dict[str, Any] | None:
        """The stored result asked again after a reveal: a remote grader leaves out what was not yet revealed."""
        return self.grader.latest(self.participant_id, self.exercise)

    def _offer_report(self, revealed: set[str]) -> None:
        """After the full reveal a submitted learner gets the report link without submitting again."""
        link = self._report_link(self.last_result or {}, revealed)
        if link:
            self.message.value = link

    def _report_link(self, result: dict[str, Any], revealed: set[str]) -> str:
        """Self-study learners keep a report of what they did; in a workshop the facilitator hands it out.

        A result the service redacted (asked before the reveal) has no total yet: no report from it.
        """
        if ALL not in revealed or result.get("total") is None:
            return ""
        from kit.reports import personal_report_html

        participant = self.store.participant(self.participant_id)
        name = participant.name if participant else ""
        report = personal_report_html(self.exercise, name, self.answers, result, role=self.role_id)
        return download_link(f"verslag-{self.exercise.id.replace('/', '-')}.html", report.encode("utf-8"), "text/html")


MAX_NAMED = 12
"""Open questions named in the hand-in warning; more are counted, so the warning stays readable."""


def open_questions_html(missing: list[tuple[Step, str]], intro: str, ask: str) -> str:
    """The hand-in warning: how many questions are open and which (step and question), then what to do."""
    items = "".join(
        f"<li><b>{html.escape(step.titel)}</b>: {html.escape(question)}</li>" for step, question in missing[:MAX_NAMED]
    )
    rest = len(missing) - MAX_NAMED
    more = f"<li>{html.escape(UI['submit_more'].format(count=count(rest, VRAAG)))}</li>" if rest > 0 else ""
    head = intro.format(missing=count(len(missing), VRAAG), is_=form(len(missing), IS))
    return f'<div class="ok-warning"><p>{html.escape(head)}</p><ul>{items}{more}</ul><p>{html.escape(ask)}</p></div>'
