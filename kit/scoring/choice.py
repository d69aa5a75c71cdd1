"""Scorers for choose_one and choose_many: credit for core choices, half for fitting, minus for wrong."""

from __future__ import annotations

from kit.content.models import ChoiceReference, OptionVerdict, Status
from kit.scoring.context import ScoreContext
from kit.scoring.result import Feedback, Verdict, cite, clamp
from kit.scoring.texts import TEXTS

FITTING_CREDIT = 0.5


def score_choose_one(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    """The chosen option's status gives the score; a missed core option is explained."""
    reference: ChoiceReference = ctx.reference
    chosen: str | None = ctx.answer
    verdicts = {v.id: v for v in reference.opties}
    feedback: list[Feedback] = []
    score = 0.0
    if chosen is None:
        feedback.append(Feedback(Verdict.gemist, TEXTS["nothing_chosen"]))
    else:
        verdict = verdicts.get(chosen)
        score = {Status.kern: 1.0, Status.passend: FITTING_CREDIT}.get(verdict.status, 0.0) if verdict else 0.0
        feedback.append(_chosen(ctx, chosen, verdict))
    if score < 1.0:
        feedback += [_missed(ctx, v) for v in reference.opties if v.status is Status.kern and v.id != chosen]
    return score, feedback


def score_choose_many(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    """(core chosen + half of fitting chosen - wrong chosen) / all core, clamped to 0..1.

    Monotone by construction: adding a core choice never lowers the score, adding a wrong one
    never raises it, and the order of the choices does not matter.
    """
    reference: ChoiceReference = ctx.reference
    chosen = sorted(set(ctx.answer or []))
    verdicts = {v.id: v for v in reference.opties}
    core_total = sum(v.gewicht for v in reference.opties if v.status is Status.kern)
    fitting_total = sum(v.gewicht for v in reference.opties if v.status is Status.passend)
    possible = core_total or FITTING_CREDIT * fitting_total or 1.0
    earned = 0.0
    feedback: list[Feedback] = []
    for option_id in chosen:
        verdict = verdicts.get(option_id)
        if verdict is not None:
            earned += {
                Status.kern: 1.0,
                Status.passend: FITTING_CREDIT,
                Status.niet_van_toepassing: -1.0,
                Status.afgeraden: -1.0,
            }[
                verdict.status
            ] * verdict.gewicht
        feedback.append(_chosen(ctx, option_id, verdict))
    feedback += [_missed(ctx, v) for v in reference.opties if v.status is Status.kern and v.id not in chosen]
    if not chosen:
        feedback.insert(0, Feedback(Verdict.gemist, TEXTS["nothing_chosen"]))
        return 0.0, feedback
    return clamp(earned / possible), feedback


def _chosen(ctx: ScoreContext, option_id: str, verdict: OptionVerdict | None) -> Feedback:
    label = ctx.label(option_id)
    if verdict is None:
        return Feedback(Verdict.info, TEXTS["chosen_unlisted"].format(label=label))
    kind, text = {
        Status.kern: (Verdict.goed, "chosen_core"),
        Status.passend: (Verdict.deels, "chosen_fitting"),
        Status.niet_van_toepassing: (Verdict.past_niet, "chosen_not_applicable"),
        Status.afgeraden: (Verdict.afgeraden, "chosen_wrong"),
    }[verdict.status]
    return Feedback(kind, TEXTS[text].format(label=label), verdict.toelichting, cite(verdict.bron))


def _missed(ctx: ScoreContext, verdict: OptionVerdict) -> Feedback:
    return Feedback(
        Verdict.gemist,
        TEXTS["missed_core"].format(label=ctx.label(verdict.id)),
        verdict.toelichting,
        cite(verdict.bron),
    )
