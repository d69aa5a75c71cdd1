"""The observer's evaluation form per step and the participant's lessons-learned questionnaire.

Both save on every change (debounced), like answers, so closing the laptop loses nothing. They save through
the participant's table (`TableAccess`): the store locally, the service under the Hub.
"""

from __future__ import annotations

import html
import logging
from typing import Any

import ipywidgets as w

from kit.store.debounce import Debouncer
from kit.store.table_protocol import TableAccess
from kit.ui.focus import new_token
from kit.ui.live_region import live_region
from kit.ui.naming import part_of
from kit.ui.team_texts import CRITERIA, LESSONS, RATINGS, TT

log = logging.getLogger(__name__)
SAVE_DELAY = 0.5
NO_RATING = "—"


class ObserverForm:
    """Ratings (P/S/M/U) and notes on each criterion for one step of one team."""

    def __init__(
        self,
        table: TableAccess,
        step_id: str,
        step_title: str,
        stored: dict[str, dict[str, Any]] | None = None,
        save_delay: float = SAVE_DELAY,
    ) -> None:
        self.table, self.step_id = table, step_id
        self.ratings: dict[str, w.Dropdown] = {}
        self.notes: dict[str, w.Textarea] = {}
        self.status = live_region(w.HTML())
        self._dirty: set[str] = set()
        self.debouncer = Debouncer(self.save_now, save_delay, on_error=self._failed)
        options = [(NO_RATING, ""), *((f"{k} · {v}", k) for k, v in RATINGS.items())]
        rows: list[w.Widget] = [
            w.HTML(
                f"<h3>{html.escape(TT['observer_form'].format(step=step_title))}</h3>"
                f'<div class="ok-hint">{html.escape(TT["observer_hint"])}</div>'
            )
        ]
        for criterion, (name, watch) in CRITERIA.items():
            saved = (stored or {}).get(criterion, {})
            rating = w.Dropdown(options=options, value=saved.get("rating") or "", description=TT["rating"])
            note = w.Textarea(value=saved.get("note", ""), placeholder=TT["note"], layout=w.Layout(width="100%"))
            rating.observe(lambda _, c=criterion: self._changed(c), "value")
            note.observe(lambda _, c=criterion: self._changed(c), "value")
            self.ratings[criterion], self.notes[criterion] = rating, note
            # Four "Oordeel" lists and four notes: each is named with its criterion ("Oordeel Besluitvorming").
            name_id = f"ok-crit-{new_token()}"
            heading = f'<b id="{name_id}">{html.escape(name)}</b> <span class="ok-hint">{html.escape(watch)}</span>'
            rows.append(part_of(w.VBox([w.HTML(heading), rating, note], layout=w.Layout(width="100%")), name_id))
        self.widget = w.VBox([*rows, self.status], layout=w.Layout(width="100%"))
        self.widget.add_class("ok-observer-form")

    def _changed(self, criterion: str) -> None:
        self._dirty.add(criterion)
        self.debouncer.trigger()

    def save_now(self) -> None:
        for criterion in sorted(self._dirty):
            rating = str(self.ratings[criterion].value) or None
            self.table.save_observation(self.step_id, criterion, rating, str(self.notes[criterion].value))
            self._dirty.discard(criterion)
        self.status.value = html.escape(TT["observation_saved"])

    def _failed(self, error: Exception) -> None:
        log.error("Saving an observation failed", exc_info=error)
        self.status.value = f'<span class="ok-error">{html.escape(str(error))}</span>'


class LessonsForm:
    """What went well, what to improve, what the team will do differently: saved without a name in reports."""

    def __init__(self, table: TableAccess, save_delay: float = SAVE_DELAY) -> None:
        self.table = table
        saved = table.lessons()
        self.fields = {
            key: w.Textarea(
                value=saved.get(key, ""), description="", placeholder=question, layout=w.Layout(width="100%")
            )
            for key, question in LESSONS.items()
        }
        self.status = w.HTML()
        self.debouncer = Debouncer(self.save_now, save_delay)
        rows: list[w.Widget] = [
            w.HTML(
                f"<h2>{html.escape(TT['lessons_title'])}</h2><p class='ok-hint'>{html.escape(TT['lessons_hint'])}</p>"
            )
        ]
        for key, question in LESSONS.items():
            self.fields[key].observe(lambda _: self.debouncer.trigger(), "value")
            rows += [w.HTML(f"<b>{html.escape(question)}</b>"), self.fields[key]]
        self.widget = w.VBox([*rows, self.status], layout=w.Layout(width="100%"))

    def save_now(self) -> None:
        self.table.save_lessons({k: str(f.value) for k, f in self.fields.items()})
        self.status.value = html.escape(TT["lessons_saved"])
