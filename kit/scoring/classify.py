"""Scorer for classify (e.g. waarneming or oordeel): the share put right, corrected for guessing.

With k categories a guess is right one time in k, so

    score = clamp((right / items - 1 / k) / (1 - 1 / k))

guessing earns nothing on average, all right scores 1, and 8 of 10 right in two categories scores 0.6.
"""

from __future__ import annotations

from kit.content.models import ClassifyReference
from kit.scoring.context import ScoreContext
from kit.scoring.result import Feedback, Verdict, clamp
from kit.scoring.texts import TEXTS, inner_quotes


def score_classify(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    reference: ClassifyReference = ctx.reference
    given: dict[str, str] = dict(ctx.answer or {})
    right = 0
    feedback: list[Feedback] = []
    for verdict in reference.indeling:
        item = inner_quotes(ctx.label(verdict.item))
        category = ctx.label(verdict.categorie).lower()
        chosen = given.get(verdict.item)
        if chosen == verdict.categorie:
            right += 1
            feedback.append(
                Feedback(Verdict.goed, TEXTS["class_right"].format(category=category, item=item), verdict.toelichting)
            )
        elif chosen is None:
            feedback.append(
                Feedback(
                    Verdict.gemist, TEXTS["class_missing"].format(item=item, category=category), verdict.toelichting
                )
            )
        else:
            feedback.append(
                Feedback(
                    Verdict.past_niet,
                    TEXTS["class_wrong"].format(item=item, category=category, chosen=ctx.label(chosen).lower()),
                    verdict.toelichting,
                )
            )
    chance = 1 / max(2, len(ctx.categories))
    return clamp((right / len(reference.indeling) - chance) / (1 - chance)), feedback
