"""What a facilitator does besides watching: reveal references, run SAMOS group play, export and report.

Each panel is a small class around one job; all read and write through the store, so participants'
apps pick the changes up on their next live refresh.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable
from datetime import date
from typing import Any

import ipywidgets as w

from kit.content.models import Kind, Question, RecordField
from kit.store import Store, WorkshopInfo
from kit.ui.choices import refill
from kit.ui.dashboard_view import DashboardView
from kit.ui.facilitator_texts import FT, MODES
from kit.ui.live_region import live_region
from kit.ui.renderers import Records
from kit.ui.views import download_link
from kit.ui.workshop_link import PAUSED

PLAN_QUESTION = Question(
    id="verbeterplan",
    soort=Kind.records,
    vraag=FT["plan_label"],
    velden=[
        RecordField(id="actie", label="Actie"),
        RecordField(id="eigenaar", label="Eigenaar"),
        RecordField(id="datum", label="Datum"),
    ],
)


class RevealPanel:
    """Reveal the reference, and close the chosen exercise for self-study so it cannot be read around."""

    def __init__(self, store: Store, view: DashboardView) -> None:
        self.store, self.view = store, view
        step_button = w.Button(description=FT["reveal_step"], layout=w.Layout(width="auto"))
        all_button = w.Button(description=FT["reveal_all"], layout=w.Layout(width="auto"))
        step_button.on_click(lambda _: self.reveal_step())
        all_button.on_click(lambda _: self.reveal("*"))
        self.message = live_region(w.HTML())

        self.self_study_off = w.Checkbox(description=FT["self_study_off"], indent=False, layout=w.Layout(width="auto"))
        self._sync_self_study()
        view.exercise_choice.observe(lambda _: self._sync_self_study(), "value")
        self.self_study_off.observe(lambda change: self.set_self_study(not change["new"]), "value")
        self.widget = w.VBox([w.HBox([step_button, all_button]), self.message, self.self_study_off])

    def reveal_step(self) -> None:
        """Reveal the step chosen under 'Per stap'; without one, say where to choose it."""
        if self.view.step_choice.value is None:
            self.message.value = f'<div class="ok-warning">{html.escape(FT["reveal_no_step"])}</div>'
            return
        self.reveal(str(self.view.step_choice.value))

    def reveal(self, step_id: str) -> None:
        self.message.value = ""
        self.store.reveal(self.view.workshop.code, self.view.exercise.id, step_id)
        self.view.refresh()

    def set_self_study(self, allowed: bool) -> None:
        if self.view.exercise_choice.value is not None:
            self.store.set_self_study(self.view.workshop.code, self.view.exercise.id, allowed)

    def _sync_self_study(self) -> None:
        if self.view.exercise_choice.value is None:
            return
        closed = self.view.exercise.id in self.store.self_study_closed(self.view.workshop.code)
        if self.self_study_off.value != closed:
            self.self_study_off.value = closed


class RejoinPanel:
    """Sign-ins under a taken name without the resume code: the facilitator lets the real owner back in."""

    def __init__(self, store: Store, view: DashboardView) -> None:
        self.store, self.view = store, view
        self.requests = w.Dropdown(description=FT["rejoin"], layout=w.Layout(width="46em"))
        self.requests.style.description_width = "9em"
        approve = w.Button(description=FT["rejoin_approve"], layout=w.Layout(width="auto"), icon="check")
        approve.on_click(lambda _: self.approve())
        self.note = live_region(w.HTML())
        hint = w.HTML(f"<p class='ok-hint'>{html.escape(FT['rejoin_hint'])}</p>")
        self.widget = w.VBox([hint, w.HBox([self.requests, approve]), self.note])
        self.fill()
        view.on_refresh.append(self.fill)

    def fill(self) -> None:
        options = [(p.name, p.id) for p in self.store.rejoin_requests(self.view.workshop.code)]
        if list(self.requests.options) != options:
            self.requests.options = options
            self.requests.index = 0 if options else None

    def approve(self) -> None:
        if self.requests.value is None:
            self.note.value = f'<div class="ok-warning">{html.escape(FT["no_rejoin"])}</div>'
            return
        self.store.approve_rejoin(self.view.workshop.code, int(self.requests.value))
        self.note.value = html.escape(FT["rejoin_done"].format(name=self.requests.label or ""))
        self.fill()


class GroupPlayPanel:
    """Roles and injects for SAMOS group play: assign roles, release (the next) inject, pause, timeline."""

    def __init__(self, store: Store, view: DashboardView) -> None:
        self.store, self.view = store, view
        self.participant = w.Dropdown(description=FT["participant"])
        self.role = w.Dropdown(description=FT["role"])
        assign = w.Button(description=FT["assign"], layout=w.Layout(width="auto"))
        self.inject = w.Dropdown(description=FT["inject"], layout=w.Layout(width="46em"))
        self.to_roles = w.SelectMultiple(description=FT["to_roles"], rows=5)
        release = w.Button(description=FT["release"], layout=w.Layout(width="auto"))
        release_next = w.Button(description=FT["release_next"], layout=w.Layout(width="auto"), button_style="primary")
        self.pause = w.ToggleButton(description=FT["pause"])
        self.timeline = w.HTML()
        self.message = live_region(w.HTML())
        assign.on_click(lambda _: self.assign())
        release.on_click(lambda _: self.release_chosen())
        release_next.on_click(lambda _: self.release_next())
        self.pause.observe(lambda change: self.set_paused(bool(change["new"])), "value")
        view.exercise_choice.observe(lambda _: self.fill(), "value")
        view.on_refresh.append(self.fill_people)
        self.widget = w.VBox(
            [
                w.HTML(f"<h2>{html.escape(FT['roles'])}</h2>"),
                w.HBox([self.participant, self.role, assign]),
                w.HBox([release_next, self.pause]),
                self.inject,
                w.HBox([self.to_roles, release]),
                self.message,
                self.timeline,
            ]
        )
        self.fill()

    def fill(self) -> None:
        exercise = self.view.exercise
        self.widget.layout.display = "" if exercise.injects else "none"
        self.fill_people()
        refill(self.role, [(f"{r.naam} ({r.organisatie})", r.id) for r in exercise.roles])  # preselected: one click
        self.to_roles.options = [(r.naam, r.id) for r in exercise.roles]
        self.inject.options = [
            (f"{i.tijd} · {i.bron}: {textwrap.shorten(i.tekst, 70, placeholder='…')}", i.id) for i in exercise.injects
        ]
        self.show_timeline()

    def fill_people(self) -> None:
        """Everyone who joined so far; runs with every dashboard refresh, so latecomers appear too."""
        refill(self.participant, [(p.name, p.id) for p in self.store.participants(self.view.workshop.code)])

    def assign(self) -> None:
        if self.participant.value is None or self.role.value is None:
            self.message.value = pick_first(bool(self.participant.options))
            return
        self.store.set_role(int(self.participant.value), str(self.role.value))
        self.message.value = html.escape(FT["assigned"].format(name=self.participant.label, role=self.role.label))
        self.view.refresh()

    def release_chosen(self) -> None:
        if self.inject.value is None:
            self.message.value = f'<div class="ok-warning">{html.escape(FT["pick_inject"])}</div>'
            return
        self.release(str(self.inject.value), list(self.to_roles.value))

    def release(self, inject_id: str, roles: list[str]) -> None:
        self.store.release_inject(self.view.workshop.code, self.view.exercise.id, inject_id, roles or None)
        self.show_timeline()

    def release_next(self) -> None:
        released = {r["inject_id"] for r in self.store.released_injects(self.view.workshop.code, self.view.exercise.id)}
        pending = [i for i in self.view.exercise.injects if i.id not in released]
        if not pending:
            self.message.value = html.escape(FT["all_released"])
            return
        self.release(pending[0].id, [])

    def set_paused(self, paused: bool) -> None:
        workshop = self.store.workshop(self.view.workshop.code)
        settings = dict(workshop.settings if workshop else {})
        settings[PAUSED] = paused
        self.store.set_settings(self.view.workshop.code, settings)
        self.pause.description = FT["resume"] if paused else FT["pause"]

    def show_timeline(self) -> None:
        exercise = self.view.exercise
        by_id = {i.id: i for i in exercise.injects}
        names = {r.id: r.naam for r in exercise.roles}
        items = []
        for item in self.store.released_injects(self.view.workshop.code, exercise.id):
            inject = by_id.get(item["inject_id"])
            if inject is None:
                continue
            audience = ", ".join(names.get(r, r) for r in item["roles"]) if item.get("roles") else FT["to_all"]
            items.append(
                f"<li>{html.escape(inject.tijd)} · {html.escape(inject.tekst)} <em>→ {html.escape(audience)}</em></li>"
            )
        body = f"<ol>{''.join(items)}</ol>" if items else f'<p class="ok-hint">{html.escape(FT["no_releases"])}</p>'
        self.timeline.value = f"<h3>{html.escape(FT['timeline'])}</h3>{body}"


class AfterSessionPanel:
    """Exports, personal reports, the after-action report, and deleting the workshop's personal data."""

    def __init__(self, store: Store, view: DashboardView, on_deleted: Callable[[str], None]) -> None:
        self.store, self.view, self.on_deleted = store, view, on_deleted
        self.output = live_region(w.HTML())
        csv_button = w.Button(description=FT["export_csv"], layout=w.Layout(width="auto"))
        excel_button = w.Button(description=FT["export_excel"], layout=w.Layout(width="auto"))
        self.person = w.Dropdown(description=FT["participant"])
        person_button = w.Button(description=FT["personal"], layout=w.Layout(width="auto"))
        self.strengths = w.Textarea(description=FT["strengths_note"], layout=w.Layout(width="46em"))
        self.improvements = w.Textarea(description=FT["improvements_note"], layout=w.Layout(width="46em"))
        for note in (self.strengths, self.improvements):
            note.style.description_width = "14em"
        self.plan = Records(PLAN_QUESTION)
        workshop = store.workshop(view.workshop.code)
        self.plan.set((workshop.settings if workshop else {}).get("verbeterplan", []))
        self.plan.observe(self._save_plan)
        aar_button = w.Button(description=FT["aar_make"], layout=w.Layout(width="auto"))
        self.confirm = w.Text(description=FT["delete_confirm"], layout=w.Layout(width="46em"))
        self.confirm.style.description_width = "22em"
        delete_button = w.Button(description=FT["delete"], layout=w.Layout(width="auto"), button_style="danger")
        csv_button.on_click(lambda _: self.export(csv=True))
        excel_button.on_click(lambda _: self.export(csv=False))
        person_button.on_click(lambda _: self.personal_report())
        aar_button.on_click(lambda _: self.after_action())
        delete_button.on_click(lambda _: self.delete())
        self.widget = w.VBox(
            [
                w.HTML(f"<h2>{html.escape(FT['after'])}</h2>"),
                w.HBox([csv_button, excel_button]),
                w.HBox([self.person, person_button]),
                w.HTML(f"<h3>{html.escape(FT['aar'])}</h3>"),
                self.strengths,
                self.improvements,
                w.HTML(f"<h4>{html.escape(FT['plan_label'])}</h4>"),
                self.plan.widget,
                aar_button,
                self.output,
                w.HTML("<hr>"),
                self.confirm,
                delete_button,
            ]
        )
        self.fill()
        view.on_refresh.append(self.fill)

    def fill(self) -> None:
        """Everyone who joined so far; runs with every dashboard refresh and keeps the chosen person."""
        refill(self.person, [(p.name, p.id) for p in self.store.participants(self.view.workshop.code)])

    def _save_plan(self) -> None:
        workshop = self.store.workshop(self.view.workshop.code)
        settings: dict[str, Any] = dict(workshop.settings if workshop else {})
        settings["verbeterplan"] = self.plan.get()
        self.store.set_settings(self.view.workshop.code, settings)

    def export(self, csv: bool) -> None:
        from kit.reports import export_frames, to_csv_bytes, to_excel_bytes
        from kit.reports.export_view import readable_frames

        frames = readable_frames(export_frames(self.store, self.view.workshop.code), self.view.library)
        stamp = f"{self.view.workshop.code}-{date.today().isoformat()}"
        if csv:
            self.output.value = download_link(f"oefenkit-{stamp}.zip", to_csv_bytes(frames), "application/zip")
        else:
            mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            self.output.value = download_link(f"oefenkit-{stamp}.xlsx", to_excel_bytes(frames), mime)

    def personal_report(self) -> None:
        from kit.reports import personal_report_html

        if self.person.value is None:
            self.output.value = pick_first(bool(self.person.options))
            return
        from kit.reports.team_personal import table_report_html, table_work

        exercise = self.view.exercise
        participant_id = int(self.person.value)
        work = table_work(self.store, self.view.workshop.code, exercise, participant_id)
        if work is not None:  # played at a table: the table's work, the role and their own answers
            page = table_report_html(exercise, str(self.person.label), work, self.view.workshop.title)
            self.output.value = download_link(f"verslag-{self.person.label}.html", page.encode("utf-8"), "text/html")
            return
        answers = self.store.load_answers(participant_id, exercise.id)
        latest = self.store.latest_result(participant_id, exercise.id)
        participant = self.store.participant(participant_id)
        role = participant.role if participant is not None and exercise.roles else None  # as their own feedback
        page = personal_report_html(
            exercise,
            str(self.person.label),
            answers,
            latest["result"] if latest else None,
            self.view.workshop.title,
            role=role,
        )
        self.output.value = download_link(f"verslag-{self.person.label}.html", page.encode("utf-8"), "text/html")

    def after_action(self) -> None:
        from kit.reports import after_action_html
        from kit.reports.team_report import team_evaluation

        results = self.store.results_frame(self.view.workshop.code, latest_only=True)
        page = after_action_html(
            self.view.workshop.title,
            self.view.exercises,
            results,
            self.plan.get(),
            self.strengths.value,
            self.improvements.value,
            teams=team_evaluation(self.store, self.view.workshop.code, self.view.exercises),
        )
        self.output.value = download_link("evaluatierapport.html", page.encode("utf-8"), "text/html")

    def delete(self) -> None:
        code = self.view.workshop.code
        if self.confirm.value.strip().upper() != code:
            self.output.value = f'<div class="ok-error">{html.escape(FT["delete_mismatch"])}</div>'
            return
        self.view.ticker.stop()
        self.store.delete_workshop(code)
        self.on_deleted(FT["deleted"].format(code=code))


def pick_first(people_listed: bool) -> str:
    """Why an action did nothing: no one to choose yet, or nobody chosen."""
    text = FT["pick_participant"] if people_listed else FT["no_participants"]
    return f'<div class="ok-warning">{html.escape(text)}</div>'


def header(workshop: WorkshopInfo) -> str:
    mode = dict((value, label) for label, value in MODES).get(workshop.mode, workshop.mode)
    text = FT["header"].format(title=workshop.title, code=workshop.code, mode=mode)
    return f"<h1>{html.escape(text)}</h1>"
