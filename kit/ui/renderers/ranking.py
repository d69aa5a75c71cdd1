"""A ranking: the options in the order the participant puts them."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from kit.content.options import Option
from kit.ui.layouts import full_width
from kit.ui.live_region import live_region
from kit.ui.naming import part_of
from kit.ui.renderers.base import Renderer, option_label
from kit.ui.texts import UI


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
        return [(UI["choose"], ""), *[(option_label(o), o.id) for o in self.offered]]

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
