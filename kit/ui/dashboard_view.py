"""The facilitator's live dashboard for one workshop: progress, choices against the reference, scores, texts.

It reads one snapshot from the store per refresh (every ~2 s when live) and redraws only what
changed; charts are re-rendered only when their numbers change. Participant text is always escaped.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable
from datetime import datetime
from functools import partial

import ipywidgets as w

from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.content.models import Step
from kit.facilitation.dashboard import Dashboard, build_dashboard
from kit.facilitation.plots import choice_chart, score_histogram
from kit.plural import DEELNEMER, HEEFT, INZENDING, TAFEL, count, form
from kit.scoring.result import percent
from kit.store import Store, WorkshopInfo
from kit.store.team_records import OBSERVER
from kit.ui.facilitator_texts import FT, GROUP_PEOPLE_HEAD, TABLE_HEAD, TEAM_TABLE_HEAD
from kit.ui.live import LiveRefresh

REFRESH_SECONDS = 2.0
CHART_CACHE_SIZE = 200


def debrief_html(step: Step) -> str:
    """The step's nabespreking questions, shown to the facilitator beside the reveal."""
    if not step.nabespreking:
        return ""
    items = "".join(f"<li>{html.escape(q)}</li>" for q in step.nabespreking)
    return f'<div class="ok-debrief"><strong>{html.escape(FT["debrief"])}</strong><ul>{items}</ul></div>'


class DashboardView:
    """Widgets of the dashboard; `refresh()` brings them up to date from the store."""

    def __init__(self, library: Library, store: Store, workshop: WorkshopInfo) -> None:
        self.library = library
        self.store = store
        self.workshop = workshop
        self.exercises = [library.exercise(e) for e in workshop.exercise_ids if e in library.exercises]
        self.current: Dashboard | None = None
        self._chart_cache: dict[object, str] = {}
        self.exercise_choice = w.Dropdown(
            options=[(e.title, e.id) for e in self.exercises], description=FT["exercise"], layout=w.Layout(width="46em")
        )
        self.step_choice = w.Dropdown(description=FT["step"], layout=w.Layout(width="46em"))
        self.live = w.Checkbox(value=True, description=FT["live"], indent=False)
        self.refresh_button = w.Button(description=FT["refresh"], layout=w.Layout(width="auto"))
        self.updated = w.HTML()
        self.progress = w.HTML()
        self.scores = w.HTML()
        self.charts = w.HTML()
        self.wall = w.HTML()
        self.spotlight_choice = w.Dropdown(description=FT["spotlight"], layout=w.Layout(width="46em"))
        self.spotlight = w.HTML()
        for control in (self.exercise_choice, self.step_choice, self.spotlight_choice):
            control.style.description_width = "9em"
        self.exercise_choice.observe(lambda _: self._exercise_changed(), "value")
        self.step_choice.observe(lambda _: self._draw_step(), "value")
        self.spotlight_choice.observe(lambda _: self._draw_spotlight(), "value")
        self.refresh_button.on_click(lambda _: self.refresh())
        self._fill_steps()
        self.widget = w.VBox(
            [
                w.HBox([self.exercise_choice]),
                w.HBox([self.live, self.refresh_button, self.updated]),
                w.HTML(f"<h2>{html.escape(FT['who_where'])}</h2>"),
                self.progress,
                w.HTML(f"<h2>{html.escape(FT['scores'])}</h2>"),
                self.scores,
                w.HTML(f"<h2>{html.escape(FT['per_step'])}</h2>"),
                self.step_choice,
                self.charts,
                self.wall,
                self.spotlight_choice,
                self.spotlight,
            ]
        )
        self.ticker = LiveRefresh(self._tick, REFRESH_SECONDS)
        self.on_refresh: list[Callable[[], None]] = []  # panels that follow the live refresh

    @property
    def exercise(self) -> Exercise:
        return self.library.exercise(str(self.exercise_choice.value))

    def start(self) -> None:
        self.refresh()
        self.ticker.start()

    def _tick(self) -> None:
        if self.live.value:
            self.refresh()

    def _exercise_changed(self) -> None:
        self._fill_steps()
        self.refresh()

    def _fill_steps(self) -> None:
        if self.exercise_choice.value is None:
            return
        self.step_choice.options = [(s.titel, s.id) for s in self.exercise.steps]
        self.step_choice.index = 0 if self.step_choice.options else None  # ipywidgets 8 would leave it empty

    def refresh(self) -> Dashboard | None:
        for follow in self.on_refresh:
            follow()
        if self.exercise_choice.value is None:
            self.progress.value = html.escape(FT["no_exercises"])
            return None
        exercise = self.exercise
        state = self.store.workshop_state(self.workshop.code, exercise.id)
        tables = self.store.tables_state(self.workshop.code, exercise.id) if self.workshop.mode == "groep" else []
        self.current = build_dashboard(exercise, state, tables)
        self._draw_progress(self.current)
        self._draw_scores(self.current)
        self._draw_step()
        stamp = FT["updated"].format(time=datetime.now().strftime("%H:%M:%S"))
        self.updated.value = f'<span class="ok-hint">{html.escape(stamp)}</span>'
        return self.current

    def _draw_progress(self, dash: Dashboard) -> None:
        if dash.tables:
            self._draw_tables(dash)
            return
        e = html.escape
        roles = {r.id: r.naam for r in self.exercise.roles}
        rows = "".join(
            f"<tr><td>{e(p.name)}</td><td>{e(roles.get(p.role or '', p.role or ''))}</td><td>{e(p.step_title)}</td>"
            f"<td>{p.answered}/{p.questions}</td><td>{percent(p.total)}</td></tr>"
            for p in dash.participants
        )
        head = "".join(f'<th scope="col">{e(h)}</th>' for h in TABLE_HEAD)
        summary = FT["summary"].format(
            people=count(len(dash.participants), DEELNEMER), submitted=dash.submitted, have=form(dash.submitted, HEEFT)
        )
        self._set(self.progress, f'<p>{e(summary)}</p><table class="ok-table"><tr>{head}</tr>{rows}</table>')

    def _draw_tables(self, dash: Dashboard) -> None:
        """Group play: the scored work is the table's, so progress and score are shown per table."""
        e = html.escape
        rows = "".join(
            f"<tr><td>{e(t.name)}</td><td>{e(', '.join(t.members))}</td><td>{t.steps_done}/{t.steps}</td>"
            f"<td>{t.answered}/{t.questions}</td><td>{percent(t.total)}</td></tr>"
            for t in dash.tables
        )
        head = "".join(f'<th scope="col">{e(h)}</th>' for h in TEAM_TABLE_HEAD)
        summary = FT["table_summary"].format(
            tables=count(len(dash.tables), TAFEL),
            submitted=dash.tables_submitted,
            have=form(dash.tables_submitted, HEEFT),
        )
        roles = {r.id: r.naam for r in self.exercise.roles} | {OBSERVER: FT["observer"]}
        people = "".join(
            f"<tr><td>{e(p.name)}</td><td>{e(roles.get(p.role or '', p.role or ''))}</td>"
            f"<td>{e(dash.table_of.get(p.id, FT['no_table']))}</td><td>{e(p.step_title)}</td></tr>"
            for p in dash.participants
        )
        people_head = "".join(f'<th scope="col">{e(h)}</th>' for h in GROUP_PEOPLE_HEAD)
        self._set(
            self.progress,
            f'<p>{e(summary)}</p><table class="ok-table"><tr>{head}</tr>{rows}</table>'
            f'<table class="ok-table"><tr>{people_head}</tr>{people}</table>',
        )

    def _draw_scores(self, dash: Dashboard) -> None:
        if dash.tables:
            totals = dash.table_totals
            if not totals:
                self._set(self.scores, f'<p class="ok-hint">{html.escape(FT["no_table_scores"])}</p>')
                return
            chart = self._chart(("table-scores", totals), lambda: score_histogram(totals))
            mean = FT["mean"].format(mean=percent(dash.mean_table_total), count=count(len(totals), TAFEL))
            self._set(self.scores, f"<p>{html.escape(mean)}</p>{chart}")
            return
        if not dash.totals:
            self._set(self.scores, f'<p class="ok-hint">{html.escape(FT["no_scores"])}</p>')
            return
        chart = self._chart(("scores", dash.totals), lambda: score_histogram(dash.totals))
        mean = FT["mean"].format(mean=percent(dash.mean_total), count=count(dash.submitted, INZENDING))
        self._set(self.scores, f"<p>{html.escape(mean)}</p>{chart}")

    def _draw_step(self) -> None:
        dash = self.current
        if dash is None or self.step_choice.value is None:
            return
        step = self.exercise.step(str(self.step_choice.value))
        revealed = self.store.revealed(self.workshop.code, self.exercise.id)
        state = FT["revealed"] if ("*" in revealed or step.id in revealed) else FT["hidden"]
        parts = [f'<p class="ok-hint">{html.escape(state)}</p>', debrief_html(step)]
        texts: list[tuple[str, str]] = []
        for question in step.vragen:
            bars = dash.choices.get((step.id, question.id))
            if bars is not None:
                parts.append(self._chart((step.id, question.id, bars), partial(choice_chart, bars, question.vraag)))
            texts += dash.texts.get((step.id, question.id), ())
        self._set(self.charts, "".join(parts))
        self._draw_wall(texts)

    def _draw_wall(self, texts: list[tuple[str, str]]) -> None:
        e = html.escape
        cards = "".join(
            f'<div class="ok-card"><div class="ok-card-name">{e(name)}</div>{e(text)}</div>' for name, text in texts
        )
        title = f"<h3>{e(FT['wall'])}</h3>"
        self._set(self.wall, title + (cards or f'<p class="ok-hint">{e(FT["no_texts"])}</p>'))
        options = [(FT["nobody"], "")] + [
            (f"{name}: {textwrap.shorten(text, 60, placeholder='…')}", f"{i}") for i, (name, text) in enumerate(texts)
        ]
        self._wall_texts = texts
        if [v for _, v in options] != [v for _, v in self.spotlight_choice.options]:
            self.spotlight_choice.options = options
        self._draw_spotlight()

    def _draw_spotlight(self) -> None:
        choice = self.spotlight_choice.value
        texts = getattr(self, "_wall_texts", [])
        if not choice or int(choice) >= len(texts):
            self._set(self.spotlight, "")
            return
        name, text = texts[int(choice)]
        self._set(
            self.spotlight,
            f'<blockquote class="ok-spotlight">{html.escape(text)}<footer>{html.escape(name)}</footer></blockquote>',
        )

    def _chart(self, key: object, render: Callable[[], str]) -> str:
        """Charts cost tens of milliseconds; draw each distinct set of numbers once."""
        if key not in self._chart_cache:
            if len(self._chart_cache) > CHART_CACHE_SIZE:
                self._chart_cache.clear()
            self._chart_cache[key] = render()
        return self._chart_cache[key]

    @staticmethod
    def _set(widget: w.HTML, value: str) -> None:
        if widget.value != value:
            widget.value = value
