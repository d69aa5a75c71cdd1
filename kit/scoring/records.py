"""Scorer for records (SMART actions, actor maps, communication plans): full rows and key concepts."""

from __future__ import annotations

from typing import Any

from kit.content.models import TextReference
from kit.plural import IS, form
from kit.scoring.context import ScoreContext
from kit.scoring.freetext import concept_feedback
from kit.scoring.result import Feedback, Verdict
from kit.scoring.texts import TEXTS

COMPLETENESS_SHARE = 0.5


def score_records(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    """Half for enough complete rows (every required field filled), half for the concepts named.

    Without `min_rijen` in the reference only the concepts count.
    """
    reference: TextReference = ctx.reference
    rows: list[dict[str, Any]] = [r for r in (ctx.answer or []) if any(str(v).strip() for v in r.values())]
    required = [f for f in ctx.question.velden if f.verplicht]
    feedback: list[Feedback] = []
    complete = 0
    for number, row in enumerate(rows, start=1):
        missing = [f.label for f in required if not str(row.get(f.id) or "").strip()]
        if missing:
            feedback.append(
                Feedback(Verdict.deels, TEXTS["row_incomplete"].format(row=number, fields=", ".join(missing)))
            )
        else:
            complete += 1
    text = " ".join(_row_text(ctx, row) for row in rows)
    coverage, concept_items = concept_feedback(text, list(reference.begrippen))
    if reference.min_rijen == 0:
        return coverage, feedback + concept_items
    completeness = min(1.0, complete / reference.min_rijen)
    verdict = Verdict.goed if completeness == 1.0 else Verdict.deels
    summary = Feedback(
        verdict, TEXTS["rows_complete"].format(complete=complete, expected=reference.min_rijen, is_=form(complete, IS))
    )
    score = COMPLETENESS_SHARE * completeness + (1 - COMPLETENESS_SHARE) * coverage
    return score, [summary, *feedback, *concept_items]


def _row_text(ctx: ScoreContext, row: dict[str, Any]) -> str:
    """A row's values as text; chosen option ids become their labels so concepts can match them."""
    return " ".join(ctx.label(str(v)) if str(v) in ctx.options else str(v) for v in row.values() if v)
