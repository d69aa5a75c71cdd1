"""A table of rows (records): one column per field, rows added and removed by the participant."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from kit.answers_io import MAX_ROWS, MAX_TEXT
from kit.ui.focus import new_token
from kit.ui.layouts import full_width
from kit.ui.live_region import live_region
from kit.ui.naming import part_of
from kit.ui.renderers.base import Renderer
from kit.ui.texts import UI


class Records(Renderer):
    """A small editable table: one row per record, a text box or a dropdown per field; at most MAX_ROWS rows."""

    def build(self) -> w.Widget:
        self.row_widgets: list[dict[str, w.Widget]] = []
        self.table = w.VBox(layout=full_width())
        self.add_button = w.Button(description=UI["add_row"], layout=w.Layout(width="auto", align_self="flex-start"))
        self.add_button.on_click(lambda _: self._add_row(notify=True))
        self.limit_note = live_region(w.HTML())
        self._add_row(notify=False)
        return w.VBox([self.table, self.add_button, self.limit_note], layout=full_width())

    def name_by(self, heading_id: str) -> None:
        """Besides the group: "+ Regel toevoegen" says its question, two tables in a step differ."""
        super().name_by(heading_id)
        part_of(self.add_button, heading_id)

    def _field_widget(self, field_id: str, label: str) -> w.Widget:
        options = self.field_options.get(field_id)
        if options:
            widget: w.Widget = w.Dropdown(
                options=[(UI["choose"], ""), *[(o.label, o.id) for o in options]],
                value="",
                description=label,
                layout=full_width(),
            )
        else:
            widget = w.Text(value="", description=label, continuous_update=True, layout=full_width())
        widget.style.description_width = "12em"
        widget.observe(self.changed, "value")
        return widget

    def _add_row(self, notify: bool) -> None:
        """One more empty row; refused at MAX_ROWS whatever the button shows (a crafted click gets here too)."""
        if len(self.row_widgets) >= MAX_ROWS:
            self._redraw()
            return
        row = {f.id: self._field_widget(f.id, f.label) for f in self.question.velden}
        self.row_widgets.append(row)
        self._redraw()
        if notify:
            self.changed()

    def _remove_row(self, row: dict[str, w.Widget]) -> None:
        self.row_widgets.remove(row)
        if not self.row_widgets:
            self.row_widgets.append({f.id: self._field_widget(f.id, f.label) for f in self.question.velden})
        self._redraw()
        self.changed()

    def _redraw(self) -> None:
        boxes = []
        for number, row in enumerate(self.row_widgets, start=1):
            remove = w.Button(  # as wide as its word, at the left: a column of full-width buttons reads as a bar
                description=UI["remove_row"], layout=w.Layout(width="auto", align_self="flex-start")
            )
            remove.on_click(lambda _, r=row: self._remove_row(r))
            row_id = f"ok-row-{new_token()}"
            header = w.HTML(f'<div class="ok-row-title" id="{row_id}">{html.escape(UI["row"].format(n=number))}</div>')
            box = w.VBox([header, *row.values(), remove], layout=full_width()).add_class("ok-record")
            boxes.append(part_of(box, row_id))  # "Naam Regel 2", "Verwijder Regel 2"
        self.table.children = boxes
        full = len(self.row_widgets) >= MAX_ROWS
        self.add_button.disabled = full
        note = UI["rows_full"].format(max=MAX_ROWS) if full else ""
        self.limit_note.value = f'<div class="ok-hint">{html.escape(note)}</div>' if note else ""

    def get(self) -> Any:
        rows = [
            {field_id: str(widget.value)[:MAX_TEXT] for field_id, widget in row.items()} for row in self.row_widgets
        ]
        return [row for row in rows if any(str(v).strip() for v in row.values())]

    def apply(self, value: Any) -> None:
        rows = list(value or [])[:MAX_ROWS] or [{}]
        self.row_widgets = []
        for stored in rows:
            row = {f.id: self._field_widget(f.id, f.label) for f in self.question.velden}
            for field_id, widget in row.items():
                candidate = str(stored.get(field_id, "") or "")
                if isinstance(widget, w.Dropdown) and candidate not in {v for _, v in widget.options}:
                    candidate = ""
                widget.value = candidate
            self.row_widgets.append(row)
        self._redraw()
