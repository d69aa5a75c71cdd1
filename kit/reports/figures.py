"""The figures of the after-action report, computed from the latest result per participant and exercise."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from kit.content.exercise import Exercise
from kit.scoring.texts import TEXTS

TOP = 3
"""How many steps the report lists as strengths, and as areas for improvement."""
WENT_WELL = 0.7
"""A step counts as a strength only from this mean score on: a weak workshop has no strengths to list."""
MISSED = 5
"""How many of the most often missed core items the report lists."""
GENERIC = frozenset({TEXTS["nothing_chosen"], TEXTS["text_empty"]})
"""'Gemist' items that name no core point of the reference ('you chose nothing'): not counted."""


@dataclass(frozen=True)
class MissedItem:
    """A core point of the reference that `count` of the `out_of` results with its step missed."""

    text: str
    reason: str | None
    source: str | None
    step: str
    count: int
    out_of: int


@dataclass(frozen=True)
class ExerciseFigures:
    exercise_id: str
    title: str
    submitted: int
    mean_total: float | None


@dataclass(frozen=True)
class AfterActionNumbers:
    """Scores are fractions 0..1. Steps are named by their title and pooled over the exercises.

    `submitted` counts participants (distinct names) with at least one result; `results` counts the
    results (one per participant and exercise). Strengths are the TOP steps with the highest mean of
    at least WENT_WELL,
    improvements the TOP lowest of the others that scored below 100%, so no step is both and a perfect
    step is never an area for improvement; ties keep the exercises' step order.
    """

    submitted: int
    results: int
    mean_total: float | None
    stdev_total: float | None
    lowest_total: float | None
    highest_total: float | None
    step_means: dict[str, float] = field(default_factory=dict)
    strengths: tuple[tuple[str, float], ...] = ()
    improvements: tuple[tuple[str, float], ...] = ()
    most_missed: tuple[MissedItem, ...] = ()
    per_exercise: tuple[ExerciseFigures, ...] = ()


def after_action_numbers(exercises: list[Exercise], results: pd.DataFrame) -> AfterActionNumbers:
    """Figures from `Store.results_frame(code, latest_only=True)`, for the given exercises only.

    The frame needs the columns participant, exercise_id, total and result (JSON text or a dict).
    """
    wanted = {x.id for x in exercises}
    rows = [
        (str(name), str(exercise_id), float(total), _parsed(raw))
        for name, exercise_id, total, raw in zip(
            results["participant"], results["exercise_id"], results["total"], results["result"], strict=True
        )
        if exercise_id in wanted
    ]
    totals = [total for _, _, total, _ in rows]
    order = {step.titel: i for i, step in enumerate(s for x in exercises for s in x.steps)}
    per_step: dict[str, list[float]] = {}
    for _, _, _, result in rows:
        for step in result.get("steps", []):
            per_step.setdefault(str(step["title"]), []).append(float(step["score"]))
    means = {title: statistics.fmean(scores) for title, scores in per_step.items()}
    means = dict(sorted(means.items(), key=lambda kv: order.get(kv[0], len(order))))
    best = [kv for kv in sorted(means.items(), key=lambda kv: -kv[1]) if kv[1] >= WENT_WELL][:TOP]
    rest = [kv for kv in means.items() if kv not in best and kv[1] < 1.0]
    return AfterActionNumbers(
        submitted=len({name for name, _, _, _ in rows}),
        results=len(rows),
        mean_total=statistics.fmean(totals) if totals else None,
        stdev_total=statistics.pstdev(totals) if totals else None,
        lowest_total=min(totals, default=None),
        highest_total=max(totals, default=None),
        step_means=means,
        strengths=tuple(best),
        improvements=tuple(sorted(rest, key=lambda kv: kv[1])[:TOP]),
        most_missed=_most_missed([result for _, _, _, result in rows]),
        per_exercise=tuple(_exercise_figures(x, [t for _, x_id, t, _ in rows if x_id == x.id]) for x in exercises),
    )


def _parsed(raw: Any) -> dict[str, Any]:
    if isinstance(raw, Mapping):
        return dict(raw)
    loaded = json.loads(str(raw))
    return loaded if isinstance(loaded, dict) else {}


def _most_missed(results: list[dict[str, Any]]) -> tuple[MissedItem, ...]:
    """Count each missed core item once per result; most often missed first, ties in first-seen order."""
    counts: Counter[tuple[str, str, str | None, str | None]] = Counter()
    with_step: Counter[str] = Counter()
    for result in results:
        steps = result.get("steps", [])
        with_step.update({str(step["title"]) for step in steps})
        seen = [
            (str(step["title"]), str(item["tekst"]), item.get("toelichting"), item.get("bron"))
            for step in steps
            for question in step.get("questions", [])
            for item in question.get("feedback", [])
            if item.get("verdict") == "gemist" and item.get("tekst") not in GENERIC
        ]
        counts.update(list(dict.fromkeys(seen)))  # once per result
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # stable: Counter keeps first-seen order
    return tuple(
        MissedItem(text=text, reason=reason, source=source, step=step, count=count, out_of=with_step[step])
        for (step, text, reason, source), count in ranked[:MISSED]
    )


def _exercise_figures(exercise: Exercise, totals: list[float]) -> ExerciseFigures:
    return ExerciseFigures(
        exercise_id=exercise.id,
        title=exercise.title,
        submitted=len(totals),
        mean_total=statistics.fmean(totals) if totals else None,
    )
