"""The answer kinds in one place: what reference each needs, its scorer and its renderer.

Adding a kind means adding one scorer, one renderer and one line here; nothing else changes.
Renderers are named by import path so that scoring and validation never import ipywidgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.content.models import Kind


@dataclass(frozen=True)
class KindSpec:
    reference: str  # the `soort` of the reference block this kind is scored against
    needs_options: bool
    scorer: str  # "module:function"
    renderer: str  # "module:class"
    label: str  # Dutch name shown to authors and facilitators


KINDS: dict[Kind, KindSpec] = {
    Kind.choose_one: KindSpec(
        "keuze", True, "kit.scoring.choice:score_choose_one", "kit.ui.renderers:ChooseOne", "één keuze"
    ),
    Kind.choose_many: KindSpec(
        "keuze", True, "kit.scoring.choice:score_choose_many", "kit.ui.renderers:ChooseMany", "meerdere keuzes"
    ),
    Kind.ordinal: KindSpec("bereik", True, "kit.scoring.scale:score_scale", "kit.ui.renderers:Ordinal", "schaal"),
    Kind.timeline: KindSpec(
        "bereik", True, "kit.scoring.scale:score_scale", "kit.ui.renderers:Timeline", "moment op de tijdlijn"
    ),
    Kind.ranking: KindSpec(
        "volgorde", True, "kit.scoring.ranking:score_ranking", "kit.ui.renderers:Ranking", "rangorde"
    ),
    Kind.free_text: KindSpec(
        "begrippen", False, "kit.scoring.freetext:score_free_text", "kit.ui.renderers:FreeText", "vrije tekst"
    ),
    Kind.records: KindSpec(
        "begrippen", False, "kit.scoring.records:score_records", "kit.ui.renderers:Records", "tabel"
    ),
    Kind.classify: KindSpec(
        "indeling", True, "kit.scoring.classify:score_classify", "kit.ui.renderers:Classify", "indelen"
    ),
}
