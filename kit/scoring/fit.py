"""Fit a scenario-wide reference to one exercise: drop what this exercise does not offer.

A SAMOS reference covers every oefenvorm of a scenario, but oefenvorm 4 shows fewer external roles
(and injects) than oefenvorm 5; a verdict on an option the participant never saw must not cost points.
"""

from __future__ import annotations

from typing import Any

from kit.content.models import ChoiceReference, ClassifyReference, RangeReference, RankingReference, TextReference


def fit_reference(reference: Any, options: set[str], roles: set[str] | None = None) -> Any:
    if isinstance(reference, TextReference) and roles is not None:
        # a concept tied to roles (an agreement with one external party) is not asked where none of them plays
        asked = [c for c in reference.begrippen if not c.alleen_met or roles & set(c.alleen_met)]
        return reference.model_copy(update={"begrippen": asked or reference.begrippen})
    if not options:
        return reference
    if isinstance(reference, ChoiceReference):
        kept = [v for v in reference.opties if v.id in options]
        return reference.model_copy(update={"opties": kept or reference.opties})
    if isinstance(reference, RangeReference):
        accepted = [r for r in reference.accepteer if r in options]
        if not accepted:
            return reference
        best = reference.beste if reference.beste in accepted else accepted[0]
        return reference.model_copy(update={"accepteer": accepted, "beste": best})
    if isinstance(reference, RankingReference):
        order = [r for r in reference.volgorde if r in options]
        return reference.model_copy(update={"volgorde": order}) if len(order) >= 2 else reference
    if isinstance(reference, ClassifyReference):
        kept_items = [v for v in reference.indeling if v.item in options]
        return reference.model_copy(update={"indeling": kept_items or reference.indeling})
    return reference
