"""Scorer for ordinal and timeline answers: a point on an ordered scale against an accepted range."""

from __future__ import annotations

from kit.content.models import RangeReference
from kit.plural import STAP, count
from kit.scoring.context import ScoreContext
from kit.scoring.result import Feedback, Verdict, cite
from kit.scoring.texts import TEXTS

CREDIT_PER_STEP_AWAY = 0.5


def score_scale(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    """Full credit inside the range; half a point less for every step outside it."""
    reference: RangeReference = ctx.reference
    scale = list(ctx.options)
    accepted = [scale.index(r) for r in reference.accepteer if r in scale]
    accepted_labels = ", ".join(ctx.label(r) for r in reference.accepteer)
    source = cite(reference.bron)
    chosen: str | None = ctx.answer
    if chosen is None or chosen not in scale:
        missed = TEXTS["scale_missed"].format(label=ctx.label(reference.beste))
        return 0.0, [Feedback(Verdict.gemist, missed, reference.toelichting, source)]
    position = scale.index(chosen)
    distance = min(abs(position - a) for a in accepted) if accepted else len(scale)
    score = max(0.0, 1.0 - CREDIT_PER_STEP_AWAY * distance)
    label = ctx.label(chosen)
    if distance == 0:
        return score, [Feedback(Verdict.goed, TEXTS["in_range"].format(label=label), reference.toelichting, source)]
    text = "near_range" if score > 0 else "out_of_range"
    verdict = Verdict.deels if score > 0 else Verdict.past_niet
    return score, [
        Feedback(
            verdict,
            TEXTS[text].format(label=label, distance=count(distance, STAP), accepted=accepted_labels),
            reference.toelichting,
            source,
        )
    ]
