"""Scorer for rankings: how far each reference item stands from its place (Spearman footrule)."""

from __future__ import annotations

from kit.content.models import RankingReference
from kit.scoring.context import ScoreContext
from kit.scoring.result import Feedback, Verdict, cite, clamp
from kit.scoring.texts import TEXTS


def score_ranking(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    """1 minus the displacement of the reference items, normalised so that an empty ranking scores 0.

    An item the participant left out counts as standing just below the reference list.
    """
    reference: RankingReference = ctx.reference
    expected = list(reference.volgorde)
    size = len(expected)
    given = [item for item in dict.fromkeys(ctx.answer or []) if item in expected]
    worst = size * (size + 1) / 2
    displacement = 0.0
    feedback: list[Feedback] = []
    source = cite(reference.bron)
    for rank, item in enumerate(expected):
        label = ctx.label(item)
        if item in given:
            place = given.index(item)
            displacement += abs(place - rank)
            if place != rank:
                feedback.append(
                    Feedback(Verdict.deels, TEXTS["ranking_place"].format(label=label, yours=place + 1, ref=rank + 1))
                )
        else:
            displacement += size - rank
            feedback.append(Feedback(Verdict.gemist, TEXTS["ranking_missing"].format(label=label, ref=rank + 1)))
    score = clamp(1.0 - displacement / worst)
    if not feedback:
        feedback.append(Feedback(Verdict.goed, TEXTS["ranking_good"]))
    feedback.append(Feedback(Verdict.info, reference.toelichting, None, source))
    return score, feedback
