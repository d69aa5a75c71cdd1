"""One ipywidgets renderer per answer kind; each turns a question into widgets and back into a value.

Every renderer offers the same small surface: `widget`, `get()`, `set(value)` and `observe(callback)`.
The value has the shape documented in docs/answers-format.md, so the store and the scorer never see widgets.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any, ClassVar

import ipywidgets as w

from kit.answers_io import MAX_ROWS, MAX_TEXT, open_key
from kit.content.models import Question
from kit.content.options import NONE_ID, Option
from kit.plural import KEUZE, count
from kit.ui.focus import new_token
from kit.ui.layouts import full_width
from kit.ui.live_region import live_region
from kit.ui.naming import named_by, part_of
from kit.ui.texts import UI

Callback = Callable[[], None]


class Renderer:
    """Base: keeps the change callbacks; subclasses build widgets and convert values."""

    def __init__(
        self,
        question: Question,
        options: tuple[Option, ...] = (),
        categories: tuple[Option, ...] = (),
        field_options: dict[str, tuple[Option, ...]] | None = None,
    ) -> None:
        self.question = question
        self.options = options
        self.categories = categories
        self.field_options = field_options or {}
        self._callbacks: list[Callback] = []
        self._quiet = False
        self.widget: w.Widget = self.build()

    GROUPED: ClassVar[bool] = True
    """Several controls answer the question: they form a group named by it (WCAG 1.3.1)."""

    def build(self) -> w.Widget:
        raise NotImplementedError

    def name_by(self, heading_id: str) -> None:
        """Tie the widget to its question's heading (id `heading_id`): the page script names the answer
        field, radio group or group of controls by it (oefenkit.js, classes ok-name-* / ok-group-named)."""
        named_by(self.widget, heading_id, group=self.GROUPED)

    def get(self) -> Any:
        raise NotImplementedError

    def set(self, value: Any) -> None:
        """Show a stored value without reporting it back as a change."""
        self._quiet = True
        try:
            self.apply(value)
        finally:
            self._quiet = False

    def apply(self, value: Any) -> None:
        raise NotImplementedError

    def observe(self, callback: Callback) -> None:
        self._callbacks.append(callback)

    def extra(self) -> dict[str, Any]:
        """Answers stored beside the question's own value (the 'anders, namelijk ...' texts)."""
        return {}

    def set_extra(self, values: dict[str, Any]) -> None:
        """Show stored extra answers (see `extra`) without reporting a change."""

    def changed(self, *_: Any) -> None:
        if not self._quiet:
            for callback in self._callbacks:
                callback()


def _label(option: Option) -> str:
    return option.label


def _hint(text: str | None) -> w.HTML:
    return w.HTML(f'<div class="ok-hint">{html.escape(text)}</div>' if text else "")


class ChooseOne(Renderer):
    GROUPED = False  # the radio buttons are a radiogroup of their own, named by the question

    def build(self) -> w.Widget:
        self.radio = w.RadioButtons(options=[(_label(o), o.id) for o in self.options], value=None, layout=full_width())
        self.radio.add_class("ok-choices")
        self.radio.observe(self.changed, "value")
        return self.radio

    def get(self) -> Any:
        return self.radio.value

    def apply(self, value: Any) -> None:
        self.radio.value = value if value in {o.id for o in self.options} else None


class Ordinal(ChooseOne):
    """A scale is a single choice shown in its order (rust ... escalatie)."""


class Timeline(ChooseOne):
    """A moment on the scenario's chronology; the options are the injects in time order."""


class ChooseMany(Renderer):
    """Check boxes; an explicit 'geen' option excludes the others, an 'anders, namelijk' one takes text.

    With a limit (`max_keuzes`) the count and any refusal stand above the options, in a bar that stays
    in view while the learner scrolls a long list, so a refused tick is never silent or off screen.
    """

    def build(self) -> w.Widget:
        self.boxes: dict[str, w.Checkbox] = {}
        self.texts: dict[str, w.Text] = {}
        self._sections: list[tuple[w.VBox, list[w.Widget]]] = []
        self.message = live_region(w.HTML())
        self.message.add_class("ok-limit")
        children: list[w.Widget] = []
        group: str | None = None
        section: list[w.Widget] = children  # the options of the current group, or the list itself
        for option in self.options:
            if option.groep and option.groep != group:
                # A group of options is a group for screen readers too, named by its heading: step 3.1
                # offers the same option under four headings, told apart only by them.
                group = option.groep
                group_id = f"ok-grp-{new_token()}"
                heading = f'<div class="ok-group" id="{group_id}">{html.escape(group)}</div>'
                box_of_group = named_by(w.VBox(layout=full_width()), group_id, group=True)
                children += [w.HTML(heading), box_of_group]
                section = []  # its options are put in the group's box below, once built
                self._sections.append((box_of_group, section))
            box = w.Checkbox(value=False, description=_label(option), indent=False, layout=full_width())
            box.tooltip = option.uitleg or ""
            box.observe(self._toggled, "value")
            self.boxes[option.id] = box
            section.append(box)
            if option.open:
                text = w.Text(value="", placeholder=UI["open_placeholder"], continuous_update=True, layout=full_width())
                text.layout.display = "none"
                text.observe(self.changed, "value")
                self.texts[option.id] = text
                section.append(text)
        for box_of_group, members in self._sections:
            box_of_group.children = tuple(members)
        self._show_count()
        return w.VBox([self.message, *children], layout=full_width())

    def _show_count(self, refused: bool = False) -> None:
        """'2 van hooguit 5 gekozen', or the refusal, above the options (and read out: a live region)."""
        limit = self.question.max_keuzes
        if not limit:
            self.message.value = ""
            return
        chosen = UI["chosen_count"].format(count=sum(1 for box in self.boxes.values() if box.value), max=limit)
        if refused:
            text = UI["too_many"].format(max=count(limit, KEUZE)) + " " + chosen
            self.message.value = f'<div class="ok-warning" role="alert">{html.escape(text)}</div>'
        else:
            self.message.value = f'<div class="ok-hint">{html.escape(chosen)}</div>'

    def _toggled(self, change: dict[str, Any]) -> None:
        limit = self.question.max_keuzes
        owner = change["owner"]
        option_id = next(o for o, box in self.boxes.items() if box is owner)
        if option_id in self.texts:
            self.texts[option_id].layout.display = None if change["new"] else "none"
        if self._quiet:
            return
        if change["new"] and limit and len(self.get()) > limit:
            self._quiet = True
            owner.value = False
            self._quiet = False
            self._show_count(refused=True)
            return
        if change["new"] and NONE_ID in self.boxes:
            self._quiet = True
            for other_id, box in self.boxes.items():
                if (other_id == NONE_ID) != (option_id == NONE_ID):
                    box.value = False
            self._quiet = False
        self._show_count()
        self.changed()

    def get(self) -> Any:
        return [option_id for option_id, box in self.boxes.items() if box.value]

    def apply(self, value: Any) -> None:
        chosen = {value} if isinstance(value, str) else set(value or [])
        for option_id, box in self.boxes.items():
            box.value = option_id in chosen
        self._show_count()

    def extra(self) -> dict[str, Any]:
        written = {o: t.value for o, t in self.texts.items() if self.boxes[o].value and t.value.strip()}
        return {open_key(self.question.id): written} if written else {}

    def set_extra(self, values: dict[str, Any]) -> None:
        stored = values.get(open_key(self.question.id)) or {}
        self._quiet = True
        try:
            for option_id, text in self.texts.items():
                text.value = str(stored.get(option_id, "") or "")
        finally:
            self._quiet = False


class Ranking(Renderer):
    """Places 1..n; an option already placed is refused in a second place. With `uit` the ranking offers
    what the participant chose at that question (see `follow`), or says why it offers everything."""

    def build(self) -> w.Widget:
        places = self.question.max_keuzes or len(self.options)
        self.offered: tuple[Option, ...] = self.options
        self.places = [
            w.Dropdown(
                options=self._choices(), value="", description=UI["rank_place"].format(n=n + 1), layout=full_width()
            )
            for n in range(places)
        ]
        for dropdown in self.places:
            dropdown.style.description_width = "6em"
            dropdown.observe(self._placed, "value")
        self.message = live_region(w.HTML())  # "staat al op plaats ..." is read out
        self.note = w.HTML()
        return w.VBox([self.note, *self.places, self.message], layout=full_width())

    def name_by(self, heading_id: str) -> None:
        """Besides the group: each place says its question ("Plaats 1 Welke ..."), two rankings in a step differ."""
        super().name_by(heading_id)
        for dropdown in self.places:
            part_of(dropdown, heading_id)

    def _choices(self) -> list[tuple[str, str]]:
        return [(UI["choose"], ""), *[(_label(o), o.id) for o in self.offered]]

    def _placed(self, change: dict[str, Any]) -> None:
        new = change["new"]
        if not self._quiet and new and sum(1 for d in self.places if d.value == new) > 1:
            self._quiet = True
            change["owner"].value = change["old"] if change["old"] != new else ""
            self._quiet = False
            label = next((o.label for o in self.options if o.id == new), new)
            self.message.value = f'<div class="ok-warning">{html.escape(UI["rank_twice"].format(label=label))}</div>'
            return
        self.message.value = ""
        self.changed()

    def follow(self, source: Renderer) -> None:
        """Offer the options chosen at `source` (another question of the step), kept up to date."""
        self._source = source
        source.observe(self._refresh_offer)
        self._refresh_offer()

    def _refresh_offer(self) -> None:
        """Offer the chosen options; an option already placed stays offered, so nothing placed is lost."""
        chosen = set(self._source.get() or [])
        current = self.get()
        kept = tuple(o for o in self.options if o.id in chosen or o.id in current)
        self.offered = kept if len(chosen) >= 2 else self.options
        note = "rank_from_chosen" if len(chosen) >= 2 else "rank_all"
        self.note.value = f'<div class="ok-hint">{html.escape(UI[note])}</div>'
        self._quiet = True
        try:
            for index, dropdown in enumerate(self.places):
                dropdown.options = self._choices()
                dropdown.value = current[index] if index < len(current) else ""
        finally:
            self._quiet = False

    def get(self) -> Any:
        return list(dict.fromkeys(d.value for d in self.places if d.value))

    def apply(self, value: Any) -> None:
        known = {o.id for o in self.offered}
        items = list(dict.fromkeys(v for v in (value or []) if v in known))
        for index, dropdown in enumerate(self.places):
            dropdown.value = items[index] if index < len(items) else ""


class FreeText(Renderer):
    """A text box with a counter; text beyond `MAX_TEXT` characters is cut off, so a paste cannot bloat the store."""

    GROUPED = False  # one field, named by the question itself

    def build(self) -> w.Widget:
        self.text = w.Textarea(
            value="",
            placeholder="Schrijf je antwoord…",
            continuous_update=True,
            layout=w.Layout(width="100%", height="8em"),
        )
        self.counter = w.HTML()
        self.counter.add_class("ok-counter")
        self.text.observe(self._limit, "value")
        self.text.observe(self.changed, "value")
        self._count()
        return w.VBox([self.text, self.counter], layout=full_width())

    def _limit(self, change: Any = None) -> None:
        if len(self.text.value) > MAX_TEXT:
            self.text.value = self.text.value[:MAX_TEXT]  # observed again: the cut text is what is saved
        self._count()

    def _count(self, note: str = "") -> None:
        length = len(self.text.value)
        text = UI["text_count"].format(count=length, max=MAX_TEXT)
        if length >= MAX_TEXT:
            text += " " + UI["text_full"]
        css = "ok-hint ok-warning" if length >= MAX_TEXT else "ok-hint"
        self.counter.value = f'<span class="{css}">{html.escape(text)}</span>'

    def get(self) -> Any:
        return self.text.value[:MAX_TEXT]

    def apply(self, value: Any) -> None:
        self.text.value = str(value or "")[:MAX_TEXT]


class Classify(Renderer):
    def build(self) -> w.Widget:
        self.rows: dict[str, w.ToggleButtons] = {}
        children: list[w.Widget] = []
        categories = [(c.label, c.id) for c in self.categories]
        for option in self.options:
            toggle = w.ToggleButtons(options=categories, value=None, style={"button_width": "9em"})
            toggle.observe(self.changed, "value")
            self.rows[option.id] = toggle
            statement = f"ok-st-{new_token()}"
            text = f'<div class="ok-statement" id="{statement}">“{html.escape(option.label)}”</div>'
            children.append(w.VBox([w.HTML(text), part_of(toggle, statement)]))
        return w.VBox(children, layout=full_width())

    def get(self) -> Any:
        return {item: toggle.value for item, toggle in self.rows.items() if toggle.value}

    def apply(self, value: Any) -> None:
        given = dict(value or {})
        known = {c.id for c in self.categories}
        for item, toggle in self.rows.items():
            toggle.value = given.get(item) if given.get(item) in known else None


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
