"""The facilitator's tables: make and fill them, move people, run the inject script, compare tables.

Every control writes to the store; members' apps pick the change up on their next refresh. The
panel refreshes with the dashboard and ticks the script for all tables, so injects also arrive at
tables whose members' screens happen to be closed.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import PurePath
from typing import Any

import ipywidgets as w

from kit.errors import KitError
from kit.facilitation.msel import read_sheet, to_csv, to_excel
from kit.facilitation.script import RELEASED, ScriptEngine, utcnow
from kit.facilitation.table_steps import personal_steps
from kit.facilitation.team_compare import TeamColumn, compare_teams
from kit.facilitation.teams import auto_fill
from kit.plural import REGEL, TAFEL, count
from kit.reports import answer_text
from kit.store import Store
from kit.ui.choices import refill
from kit.ui.dashboard_view import DashboardView
from kit.ui.layouts import auto_width
from kit.ui.live_region import live_region
from kit.ui.team_runner import clock_text
from kit.ui.team_texts import FTT
from kit.ui.views import download_link

log = logging.getLogger(__name__)
ALL = -1
e = html.escape


class TeamPanel:
    def __init__(self, store: Store, view: DashboardView, now: Callable[[], datetime] = utcnow) -> None:
        self.store, self.view, self.now = store, view, now
        self.table_count = w.BoundedIntText(value=3, min=1, max=40, description=FTT["tables"])
        fill = w.Button(description=FTT["fill"], layout=auto_width(), icon="users", button_style="primary")
        self.person = w.Dropdown(description=FTT["participant"])
        self.move_to = w.Dropdown(description=FTT["table"])
        move = w.Button(description=FTT["move"], layout=auto_width())
        self.target = w.Dropdown(description=FTT["table"])
        start = w.Button(description=FTT["start"], layout=auto_width(), icon="play", button_style="success")
        pause = w.Button(description=FTT["pause"], layout=auto_width(), icon="pause")
        skip = w.Button(description=FTT["skip"], layout=auto_width(), icon="forward")
        self.line = w.Dropdown(description=FTT["line"], layout=w.Layout(width="46em"))
        release = w.Button(description=FTT["release_now"], layout=auto_width(), icon="paper-plane")
        self.upload = w.FileUpload(accept=".csv,.xlsx", multiple=False, description=FTT["import"], layout=auto_width())
        self.upload.add_class("ok-upload")
        self.downloads = w.HTML()
        self.message = live_region(w.HTML())
        self.compare = w.HTML()
        self.timeline = w.HTML()
        fill.on_click(lambda _: self._run(self.fill_tables))
        move.on_click(lambda _: self._run(self.move))
        start.on_click(lambda _: self._run(lambda: self.engine().start(self._team())))
        pause.on_click(lambda _: self._run(lambda: self.engine().pause(self._team())))
        skip.on_click(lambda _: self._run(lambda: self.engine().skip(self._team())))
        release.on_click(lambda _: self._run(self.release_now))
        self.upload.observe(lambda _: self._run(self.import_uploaded), "value")
        view.exercise_choice.observe(lambda _: self.fill(), "value")
        self.widget = w.VBox(
            [
                w.HTML(f"<h2>{e(FTT['title'])}</h2><p class='ok-hint'>{e(FTT['intro'])}</p>"),
                w.HBox([self.table_count, fill]),
                w.HBox([self.person, self.move_to, move]),
                w.HTML(f"<h3>{e(FTT['script'])}</h3>"),
                w.HBox([self.target, start, pause, skip]),
                w.HBox([self.line, release]),
                w.HTML(upload_label_css(FTT["import"])),
                w.HBox([self.upload, self.downloads]),
                self.message,
                w.HTML(f"<h3>{e(FTT['compare'])}</h3>"),
                self.compare,
                self.timeline,
            ]
        )
        view.on_refresh.append(self._follow)
        self.fill()

    # ---------------------------------------------------------------- controls

    def _follow(self) -> None:
        self.fill_people()
        self.refresh()

    def engine(self) -> ScriptEngine:
        return ScriptEngine(self.store, self.view.workshop.code, self.view.exercise, now=self.now)

    def fill(self) -> None:
        """Options of the dropdowns from the store: people, tables, script lines; and the script downloads."""
        self.fill_people()
        entries = self.engine().entries
        self.line.options = [(f"{x.nr} · {x.tijd} · {x.inject}", x.nr) for x in entries]
        if entries:
            name = self.view.exercise.id.replace("/", "-")
            sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            self.downloads.value = (
                download_link(f"draaiboek-{name}.csv", to_csv(entries, self.view.exercise), "text/csv")
                + " "
                + (download_link(f"draaiboek-{name}.xlsx", to_excel(entries, self.view.exercise), sheet))
            )
        else:
            self.downloads.value = f'<span class="ok-hint">{e(FTT["no_script"])}</span>'

    def fill_people(self) -> None:
        """People and tables as they are now (latecomers, new tables); what the facilitator chose stays chosen."""
        code = self.view.workshop.code
        teams = self.store.teams(code)
        refill(self.person, [(m.name, m.participant_id) for m in self.store.team_members(code)])
        refill(self.move_to, [(t.name, t.id) for t in teams])
        refill(self.target, [(FTT["all_tables"], ALL), *((t.name, t.id) for t in teams)])

    def fill_tables(self) -> None:
        roles = [r.id for r in self.view.exercise.roles]
        auto_fill(self.store, self.view.workshop.code, roles, tables=int(self.table_count.value))
        self._say(FTT["filled"].format(tables=count(len(self.store.teams(self.view.workshop.code)), TAFEL)))
        self.fill()

    def move(self) -> None:
        if self.person.value is None:
            self._warn(FTT["pick_participant"] if self.person.options else FTT["no_participants"])
            return
        if self.move_to.value is None:
            self._warn(FTT["no_tables"])
            return
        self.store.set_team(int(self.person.value), int(self.move_to.value))
        self._say(FTT["moved"].format(name=self.person.label, table=self.move_to.label))

    def release_now(self) -> None:
        if self.line.value is None:
            self._warn(FTT["pick_line"] if self.line.options else FTT["no_script"])
            return
        done = self.engine().release_early(int(self.line.value), self._team())
        self._say(FTT["released_now"].format(nr=self.line.value, count=count(len(done), TAFEL)))

    def import_uploaded(self) -> None:
        """Load the uploaded sheet as this exercise's script for the workshop; every fault is listed."""
        uploads: Any = self.upload.value
        if not uploads:
            return
        item = uploads[0]
        name = PurePath(str(item["name"])).name
        entries = read_sheet(bytes(item["content"]), name, self.view.exercise)
        self.store.set_workshop_script(
            self.view.workshop.code, self.view.exercise.id, [x.model_dump(mode="json") for x in entries], name
        )
        self._say(FTT["imported"].format(name=name, count=count(len(entries), REGEL)))
        self.fill()

    def _team(self) -> int | None:
        value = self.target.value
        return None if value in (None, ALL) else int(value)

    def _run(self, action: Any) -> None:
        try:
            action()
        except KitError as error:
            self.message.value = "".join(f'<div class="ok-error">{e(line)}</div>' for line in str(error).splitlines())
            return
        except Exception:
            log.exception("Team panel action failed")
            self.message.value = '<div class="ok-error">Er ging iets onverwachts mis; zie het serverlog.</div>'
            return
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.value = f'<div class="ok-welcome">{e(text)}</div>'

    def _warn(self, text: str) -> None:
        self.message.value = f'<div class="ok-warning">{e(text)}</div>'

    # ---------------------------------------------------------------- the live view

    def refresh(self) -> list[TeamColumn]:
        """Tick the script for every table, then draw the tables side by side and the chosen table's script."""
        engine = self.engine()
        if engine.entries:
            engine.tick()
        columns = compare_teams(self.store, self.view.workshop.code, self.view.exercise, self.now())
        fresh = compare_html(self.view, columns, len(engine.entries))
        if self.compare.value != fresh:
            self.compare.value = fresh
        team = self._team()
        timeline = timeline_html(engine, team, str(self.target.label)) if team is not None and engine.entries else ""
        if self.timeline.value != timeline:
            self.timeline.value = timeline
        return columns


def upload_label_css(label: str) -> str:
    """ipywidgets writes '(0)' after an upload button's text, a count nobody needs: show the label alone.

    The button's own text stays (shrunk to nothing) for screen readers; the label is drawn in its place.
    """
    text = label.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return (
        "<style>.ok-app .ok-upload { font-size: 0; } .ok-app .ok-upload .fa { display: none; } "
        f'.ok-app .ok-upload::before {{ content: "{text}"; font-size: .95rem; }}</style>'
    )


def compare_html(view: DashboardView, columns: list[TeamColumn], script_lines: int) -> str:
    """A table per step: one column per table, the answers in words and the step's score."""
    if not columns:
        return f'<p class="ok-hint">{e(FTT["no_tables"])}</p>'
    exercise = view.exercise
    roles = {r.id: r.naam for r in exercise.roles}
    # The corner cell names the row headers: an empty header cell says nothing to a screen reader.
    head = f'<th scope="col">{e(FTT["aspect"])}</th>'
    head += "".join(f'<th scope="col">{e(c.team.name)}</th>' for c in columns)

    def row(label: str, cells: list[str]) -> str:
        return f'<tr><th scope="row">{e(label)}</th>{"".join(f"<td>{c}</td>" for c in cells)}</tr>'

    def clock(c: TeamColumn) -> str:
        if c.clock is None:
            return e(FTT["not_started"])
        paused = f" ({FTT['paused']})" if c.clock.paused else ""
        return e(clock_text(c.clock.elapsed) + paused)

    rows = [
        row(
            FTT["members"],
            ["<br>".join(e(f"{n} ({roles.get(r or '', r or '')})") for n, r in c.members) for c in columns],
        ),
        row(FTT["observers"], [e(", ".join(c.observers)) for c in columns]),
        row(FTT["clock"], [clock(c) for c in columns]),
        row(
            FTT["script"],
            [e(FTT["script_count"].format(released=c.released, lapsed=c.lapsed, total=script_lines)) for c in columns],
        ),
        row(
            FTT["total"],
            [
                f"<b>{round(100 * c.total)}%</b> ({e(FTT['final'])})" if c.total is not None else e(FTT["live"])
                for c in columns
            ],
        ),
    ]
    parts = [f'<table class="ok-table"><tr>{head}</tr>{"".join(rows)}</table>']
    personal = personal_steps(exercise)  # each member's own: no table answer to compare
    for step in (s for s in exercise.steps if s.id not in personal):
        cells = [f"<b>{round(100 * c.step_scores.get(step.id, 0.0))}%</b>" for c in columns]
        step_rows = [row(FTT["step_score"], cells)]
        for question in step.vragen:
            texts = [
                e(answer_text(exercise, step.id, question.id, c.answers.get(step.id, {}).get(question.id))).replace(
                    "\n", "<br>"
                )
                for c in columns
            ]
            step_rows.append(row(question.vraag, texts))
        parts.append(f'<h4>{e(step.titel)}</h4><table class="ok-table"><tr>{head}</tr>{"".join(step_rows)}</table>')
    return "\n".join(parts)


def timeline_html(engine: ScriptEngine, team_id: int, table: str) -> str:
    """The script of one table: each line with its time, inject and what became of it."""
    items = []
    for entry, status in engine.timeline(team_id):
        shown = status or FTT["status_pending"]
        css = "ok-hint" if status is None else ("" if status == RELEASED else "ok-warning")
        condition = f" · {entry.voorwaarde.value} {entry.stap or ''} {entry.waarde or ''}" if entry.voorwaarde else ""
        items.append(f'<li class="{css}">{e(entry.tijd)} · {e(entry.inject)}{e(condition)}: <b>{e(shown)}</b></li>')
    return f"<h4>{e(FTT['timeline'].format(table=table))}</h4><ol>{''.join(items)}</ol>"
