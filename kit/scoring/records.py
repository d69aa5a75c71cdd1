"""Scorer for records (SMART actions, actor maps, communication plans): rows that count, and concepts.

A row counts toward completeness only when every required field is filled, its written fields name
something the reference recognises (one of its concepts, as present) and nothing the guide advises
against, and it has the form its columns ask for (kit.scoring.forms). With `min_rijen` in the reference:

    score = clamp(0.5 * min(1, counted rows / min_rijen) + 0.5 * coverage - advised-against cost)

where coverage and the advised-against cost are those of free text over the written fields of all rows
(a role or an inline item picked from a list is structure, not content, but an option of a method list,
such as the actor of an actor map, names the concepts its label names); without
`min_rijen` only the free-text part counts. A row whose written text is mostly copied from the material
(kit.scoring.copied) is not a row, and a row written again (near-identical written words, whatever was
picked from the lists) counts once: ten pasted rows are one row.
"""

from __future__ import annotations

from typing import Any

from kit.content.models import TextReference
from kit.plural import TELT, form
from kit.scoring.context import ScoreContext
from kit.scoring.copied import COPIED_SHARE, copied_share
from kit.scoring.forms import form_problems
from kit.scoring.freetext import concept_parts, find, merge_found
from kit.scoring.repeats import alike
from kit.scoring.result import Feedback, Verdict, clamp
from kit.scoring.stance import stance_cost, stance_feedback, stance_hits
from kit.scoring.stems import content_stems
from kit.scoring.texts import TEXTS

COMPLETENESS_SHARE = 0.5
MIN_OWN_WORDS = 2  # content words a row needs beside a chosen actor for that actor to count


def score_records(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    reference: TextReference = ctx.reference
    rows: list[dict[str, Any]] = [r for r in (ctx.answer or []) if any(str(v).strip() for v in r.values())]
    required = [f for f in ctx.question.velden if f.verplicht]
    roles = {option.id for option in ctx.options.values()} | _field_option_ids(ctx)
    feedback: list[Feedback] = []
    counted = 0
    seen: list[tuple[int, frozenset[str]]] = []  # the rows counted so far: number and written words
    for number, row in enumerate(rows, start=1):
        missing = [f.label for f in required if not str(row.get(f.id) or "").strip()]
        if missing:
            feedback.append(
                Feedback(Verdict.deels, TEXTS["row_incomplete"].format(row=number, fields=", ".join(missing)))
            )
            continue
        written = _row_text(ctx, _written(ctx, row))
        if copied_share(written, ctx.material) >= COPIED_SHARE:
            feedback.append(Feedback(Verdict.deels, TEXTS["row_copied"].format(row=number)))
            continue
        words = content_stems(written)
        same = next((earlier for earlier, other in seen if alike(words, other)), None)
        if same is not None:
            feedback.append(Feedback(Verdict.deels, TEXTS["row_repeated"].format(row=number, earlier=same)))
            continue
        found, advised = find(written, reference.begrippen, reference.afgeraden, ctx.material)
        chosen = chosen_concept_text(ctx, row)
        if chosen and len(words) >= MIN_OWN_WORDS:  # a chosen actor needs a reason in the row's own words
            found = merge_found(found, find(chosen, reference.begrippen)[0])
        against = [a.label for a, f in zip(reference.afgeraden, advised, strict=True) if f.named]
        against += [p.label for p in stance_hits(written, ctx.stance, ctx.word_classes, ctx.material)]
        if against:
            feedback.append(
                Feedback(Verdict.afgeraden, TEXTS["row_advised"].format(row=number, label="; ".join(against)))
            )
            continue
        if not any(f.named for f in found):
            feedback.append(Feedback(Verdict.deels, TEXTS["row_unrecognised"].format(row=number)))
            continue
        problems = form_problems(list(ctx.question.velden), row, roles, ctx.shown_moments)
        if problems:
            feedback.append(Feedback(Verdict.deels, TEXTS["row_form"].format(row=number, problems="; ".join(problems))))
            continue
        counted += 1
        seen.append((number, words))
    text = " . ".join(_row_text(ctx, _written(ctx, row)) for row in rows)
    chosen_text = " . ".join(filter(None, (chosen_concept_text(ctx, row) for row in rows)))
    named, cost, concept_items = concept_parts(
        text, reference.begrippen, reference.afgeraden, ctx.material, chosen_text
    )
    hits = stance_hits(text, ctx.stance, ctx.word_classes, ctx.material)
    cost += stance_cost(hits, sum(c.gewicht for c in reference.begrippen))
    concept_items += stance_feedback(hits)
    if reference.min_rijen == 0:
        return clamp(named - cost), feedback + concept_items
    completeness = min(1.0, counted / reference.min_rijen)
    verdict = Verdict.goed if completeness == 1.0 else Verdict.deels
    summary = Feedback(
        verdict,
        TEXTS["rows_complete"].format(complete=counted, expected=reference.min_rijen, counts=form(counted, TELT)),
    )
    score = COMPLETENESS_SHARE * completeness + (1 - COMPLETENESS_SHARE) * named
    return clamp(score - cost), [summary, *feedback, *concept_items]


def _written(ctx: ScoreContext, row: dict[str, Any]) -> dict[str, Any]:
    """The fields the participant wrote (not picked from a list): what a row must be recognised by."""
    written = {k: v for k, v in row.items() if not ctx.field_options.get(k)}
    return written or row


def chosen_concept_text(ctx: ScoreContext, row: dict[str, Any]) -> str:
    """The labels of what the row picked from a method list (not roles, not inline items): its concepts."""
    labels = []
    for field in ctx.question.velden:
        option = ctx.field_options.get(field.id, {}).get(str(row.get(field.id) or ""))
        if option is not None and field.opties is not None and field.opties.lijst:
            labels.append(option.label)
    return " . ".join(labels)


def _field_option_ids(ctx: ScoreContext) -> set[str]:
    return {option_id for options in ctx.field_options.values() for option_id in options}


def _row_text(ctx: ScoreContext, row: dict[str, Any]) -> str:
    """A row's values as text; chosen option ids become their labels so concepts can match them."""
    labels = {o_id: o.label for options in ctx.field_options.values() for o_id, o in options.items()}
    parts = []
    for value in row.values():
        if not value:
            continue
        value = str(value)
        parts.append(labels.get(value) or (ctx.label(value) if value in ctx.options else value))
    return " . ".join(parts)
