"""Scorer for rankings: every placed option counts by its position (a Spearman footrule with costs).

With the reference order r_1..r_m (best first) and the participant's list, the displacement is

- for a reference option placed at position p: |p - its reference position|;
- for a reference option left out: the distance from its position to just below the list (m - r);
- for an option outside the reference placed at position p: the distance from p to just below the list
  (m - p), so an unsupported option at the top costs most;
- for an option the guide puts last (`afgeraden` in the reference) placed at p: that distance once more,
  and the feedback names the guide's reason.

    score = clamp(1 - displacement / (m (m + 1) / 2))

so an empty ranking scores 0 and the reference order scores 1.
"""

from __future__ import annotations

from kit.content.models import RankingReference
from kit.scoring.context import ScoreContext
from kit.scoring.result import Feedback, Verdict, cite, clamp
from kit.scoring.texts import TEXTS

ADVISED_EXTRA = 1.0  # an advised-against option costs its distance from the bottom this many times more


def score_ranking(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    reference: RankingReference = ctx.reference
    expected = list(reference.volgorde)
    size = len(expected)
    given = list(dict.fromkeys(ctx.answer or []))
    advice = {a.id: a for a in reference.afgeraden}
    worst = size * (size + 1) / 2
    displacement = 0.0
    feedback: list[Feedback] = []
    for place, item in enumerate(given):
        label = ctx.label(item)
        if item in expected:
            rank = expected.index(item)
            displacement += abs(place - rank)
            if place != rank:
                feedback.append(
                    Feedback(Verdict.deels, TEXTS["ranking_place"].format(label=label, yours=place + 1, ref=rank + 1))
                )
            continue
        displacement += max(0, size - place)
        if item in advice:
            displacement += ADVISED_EXTRA * max(0, size - place)
            feedback.append(
                Feedback(
                    Verdict.afgeraden,
                    TEXTS["ranking_advised"].format(label=label, yours=place + 1),
                    advice[item].toelichting,
                    cite(advice[item].bron),
                )
            )
        else:
            feedback.append(Feedback(Verdict.past_niet, TEXTS["ranking_outside"].format(label=label, yours=place + 1)))
    for rank, item in enumerate(expected):
        if item not in given:
            displacement += size - rank
            feedback.append(
                Feedback(Verdict.gemist, TEXTS["ranking_missing"].format(label=ctx.label(item), ref=rank + 1))
            )
    score = clamp(1.0 - displacement / worst)
    if not feedback:
        feedback.append(Feedback(Verdict.goed, TEXTS["ranking_good"]))
    feedback.append(Feedback(Verdict.info, reference.toelichting, None, cite(reference.bron)))
    return score, feedback
