"""Scorers for choose_one and choose_many: what was found against what was chosen without grounds.

choose_many is scored as a weighted informedness (recall minus a weighted false-alarm rate):

    score = clamp(found / core  -  cost of the chosen / max(core, cost of all options))

`found` and `core` are the weights of the chosen and of all `kern` options. Every other chosen option has a
cost: `passend` a little (defensible, but not what the question asks), an option the reference does not
list more, `niet-van-toepassing` (the facts do not support it) more again and `afgeraden` (the guide
advises against it) most. Dividing by the cost of all options makes ticking everything score 0 whenever
the non-core options weigh at least as much as the core ones; dividing by at least `core` keeps one slip
from wiping out a good answer to a question with few wrong options. `passend` never adds credit, so it
never makes up for a missed `kern`; adding a `kern` never lowers the score; order does not matter.
When a question caps the choices (`max_keuzes`) and the reference has more `kern` than that, the heaviest
`max_keuzes` of them make a full answer: any two of three equally fitting sectors score alike. Under a
cap every choice takes a slot, so a `passend` choice costs nothing and stands in for a missed `kern` at
half its weight: a defensible extra never scores below leaving it out, and choosing one defensible
principle instead of another loses a little, not a whole core share.
"""

from __future__ import annotations

from kit.content.models import ChoiceReference, Kind, OptionVerdict, Status
from kit.content.options import NONE_ID
from kit.scoring.context import ScoreContext
from kit.scoring.freetext import concept_feedback
from kit.scoring.result import Feedback, Verdict, cite, clamp
from kit.scoring.texts import TEXTS

COST = {Status.kern: 0.0, Status.passend: 0.25, Status.niet_van_toepassing: 1.5, Status.afgeraden: 3.0}
UNLISTED_COST = 1.0  # an option the reference does not mention: chosen without grounds
STAND_IN = 0.5  # under a cap, a `passend` choice fills a missed `kern` slot at this share of its weight
SINGLE_CREDIT = {Status.kern: 1.0, Status.passend: 0.5, Status.niet_van_toepassing: 0.0, Status.afgeraden: 0.0}


def score_choose_one(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    """The chosen option's status gives the score (kern 1, passend 0.5, otherwise 0); misses are explained."""
    reference: ChoiceReference = ctx.reference
    chosen: str | None = ctx.answer
    verdicts = {v.id: v for v in reference.opties}
    feedback: list[Feedback] = []
    score = 0.0
    if chosen is None:
        feedback.append(Feedback(Verdict.gemist, TEXTS["nothing_chosen"]))
    else:
        verdict = verdicts.get(chosen)
        credit, item = _chosen(ctx, chosen, verdict)
        score = SINGLE_CREDIT[verdict.status] * credit if verdict else 0.0
        feedback += item
    if score < 1.0:
        feedback += [_missed(ctx, v) for v in reference.opties if v.status is Status.kern and v.id != chosen]
    return score, feedback


def score_choose_many(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    """Weighted informedness: recall on `kern` minus the weighted cost of what was chosen without grounds."""
    reference: ChoiceReference = ctx.reference
    chosen = sorted(set(ctx.answer or []))
    verdicts = {v.id: v for v in reference.opties}
    core_total = _attainable(reference, ctx.question.max_keuzes)
    if core_total == 0:  # nothing is core: the fitting options are what the question looks for
        core_total = sum(v.gewicht for v in reference.opties if v.status is Status.passend)
    core_status = Status.kern if any(v.status is Status.kern for v in reference.opties) else Status.passend
    capped = ctx.question.max_keuzes is not None
    all_cost = sum(_cost(verdicts.get(o), core_status, capped) for o in ctx.options) or sum(
        _cost(v, core_status, capped) for v in reference.opties
    )
    found = 0.0
    stand_in = 0.0
    cost = 0.0
    feedback: list[Feedback] = []
    for option_id in chosen:
        verdict = verdicts.get(option_id)
        credit, items = _chosen(ctx, option_id, verdict)
        feedback += items
        if verdict is not None and verdict.status is core_status:
            found += verdict.gewicht * credit
        elif capped and verdict is not None and _stands_in(verdict, core_status):
            stand_in += STAND_IN * verdict.gewicht * credit
        cost += _cost(verdict, core_status, capped)
    found += min(stand_in, max(0.0, core_total - found))
    if found < core_total:  # with capped choices a full answer leaves some interchangeable `kern` unchosen
        feedback += [_missed(ctx, v) for v in reference.opties if v.status is core_status and v.id not in chosen]
    if not chosen:
        feedback.insert(0, Feedback(Verdict.gemist, TEXTS["nothing_chosen"]))
        return 0.0, feedback
    recall = found / core_total if core_total else 0.0
    return clamp(recall - cost / max(core_total, all_cost, 1e-9)), feedback


def _attainable(reference: ChoiceReference, limit: int | None) -> float:
    """The weight a full answer can find: every `kern`, or the heaviest `limit` of them when the question caps
    the choices (the guide's kernteam: burgemeester and politie plus any two of three sectors)."""
    weights = sorted((v.gewicht for v in reference.opties if v.status is Status.kern), reverse=True)
    return sum(weights[:limit] if limit else weights)


def _stands_in(verdict: OptionVerdict | None, core_status: Status) -> bool:
    """A `passend` choice where `kern` is what the question looks for."""
    return verdict is not None and verdict.status is Status.passend and core_status is Status.kern


def _cost(verdict: OptionVerdict | None, core_status: Status, capped: bool) -> float:
    """What a chosen option costs; under a cap a `passend` choice costs nothing (it takes a slot instead)."""
    if verdict is None:
        return UNLISTED_COST
    if verdict.status is core_status or (capped and _stands_in(verdict, core_status)):
        return 0.0
    return COST[verdict.status] * verdict.gewicht


def _chosen(ctx: ScoreContext, option_id: str, verdict: OptionVerdict | None) -> tuple[float, list[Feedback]]:
    """The credit share of a chosen option (below 1 for a vague 'anders, namelijk') and its feedback."""
    label = ctx.label(option_id)
    if option_id == NONE_ID:
        label = TEXTS["none_label"].format(label=label)
    if verdict is None:
        return 1.0, [Feedback(Verdict.past_niet, TEXTS["chosen_unlisted"].format(label=label, situatie=ctx.situatie))]
    kind, text = {
        Status.kern: (Verdict.goed, "chosen_core"),
        Status.passend: (Verdict.deels, "chosen_fitting"),
        Status.niet_van_toepassing: (Verdict.past_niet, "chosen_not_applicable"),
        Status.afgeraden: (Verdict.afgeraden, "chosen_wrong"),
    }[verdict.status]
    if text == "chosen_fitting" and ctx.question.max_keuzes and ctx.question.soort is Kind.choose_many:
        text = "chosen_fitting_capped"
    option = ctx.options.get(option_id)
    if option is None or not option.open:
        said = TEXTS[text].format(label=label, situatie=ctx.situatie)
        return 1.0, [Feedback(kind, said, verdict.toelichting, cite(verdict.bron))]
    written = ctx.open_texts.get(option_id, "").strip()
    if not written:
        return 0.0, [Feedback(Verdict.gemist, TEXTS["open_empty"].format(label=label), verdict.toelichting)]
    named = TEXTS["open_named"].format(label=label, text=written)
    if not verdict.begrippen:
        return 1.0, [Feedback(kind, named, verdict.toelichting, cite(verdict.bron))]
    share, items = concept_feedback(written, verdict.begrippen, material=ctx.material)
    verdict_kind = kind if share == 1.0 else Verdict.deels
    return share, [Feedback(verdict_kind, named, verdict.toelichting, cite(verdict.bron)), *items]


def _missed(ctx: ScoreContext, verdict: OptionVerdict) -> Feedback:
    label = ctx.label(verdict.id)
    if verdict.id == NONE_ID:
        label = TEXTS["none_label"].format(label=label)
    return Feedback(Verdict.gemist, TEXTS["missed_core"].format(label=label), verdict.toelichting, cite(verdict.bron))
