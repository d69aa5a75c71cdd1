"""The after-action report for a group, in the form facilitators know from exercise practice.

Objectives, participation, strengths, areas for improvement (including the core points most often
missed) and an improvement plan with action, owner and date that the facilitator fills in.
"""

from __future__ import annotations

import html
import json
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from kit.content.exercise import Exercise
from kit.reports.page import page
from kit.reports.texts import PLAN_HEAD, RT

TOP = 3
MISSED = 5


@dataclass(frozen=True)
class MissedItem:
    text: str
    reason: str | None
    count: int


@dataclass(frozen=True)
class AfterActionNumbers:
    submitted: int
    mean_total: float | None
    lowest_total: float | None
    highest_total: float | None
    step_means: dict[str, float] = field(default_factory=dict)  # step title -> mean score
    strengths: tuple[tuple[str, float], ...] = ()
    improvements: tuple[tuple[str, float], ...] = ()
    most_missed: tuple[MissedItem, ...] = ()


def after_action_numbers(exercises: list[Exercise], results: pd.DataFrame) -> AfterActionNumbers:
    """Figures from the latest result per participant and exercise (results_frame(latest_only=True))."""
    wanted = {e.id for e in exercises}
    rows = results[results["exercise_id"].isin(wanted)] if len(results) else results
    totals = [float(t) for t in rows["total"]] if len(rows) else []
    per_step: dict[str, list[float]] = {}
    missed: Counter[tuple[str, str | None]] = Counter()
    for raw in rows["result"] if len(rows) else []:
        result: dict[str, Any] = json.loads(raw) if isinstance(raw, str) else dict(raw)
        for step in result.get("steps", []):
            per_step.setdefault(step["title"], []).append(float(step["score"]))
            for question in step["questions"]:
                for item in question["feedback"]:
                    if item["verdict"] == "gemist" and item.get("toelichting"):
                        missed[(item["tekst"], item.get("toelichting"))] += 1
    means = {title: statistics.fmean(scores) for title, scores in per_step.items()}
    ranked = sorted(means.items(), key=lambda pair: (-pair[1], pair[0]))
    return AfterActionNumbers(
        submitted=len(totals),
        mean_total=statistics.fmean(totals) if totals else None,
        lowest_total=min(totals) if totals else None,
        highest_total=max(totals) if totals else None,
        step_means=means,
        strengths=tuple(ranked[:TOP]),
        improvements=tuple(sorted(means.items(), key=lambda pair: (pair[1], pair[0]))[:TOP]),
        most_missed=tuple(
            MissedItem(text, reason, count)
            for (text, reason), count in sorted(missed.items(), key=lambda kv: (-kv[1], kv[0][0]))[:MISSED]
        ),
    )


def after_action_html(
    workshop_title: str,
    exercises: list[Exercise],
    results: pd.DataFrame,
    plan: list[dict[str, str]],
    strengths_note: str = "",
    improvements_note: str = "",
) -> str:
    e = html.escape
    numbers = after_action_numbers(exercises, results)
    parts = [
        f"<h1>{e(RT['aar_title'])}: {e(workshop_title)}</h1>",
        f'<p class="meta">{e(RT["date"])}: {date.today().isoformat()}</p>',
        f"<h2>{e(RT['objectives'])}</h2>",
    ]
    for exercise in exercises:
        steps = ", ".join(s.titel for s in exercise.steps)
        parts.append(
            f"<h3>{e(exercise.title)}</h3><p>{e(exercise.variant.uitleg)}</p>"
            f'<p class="hint">{e(RT["steps_practised"])}: {e(steps)}</p>'
        )
    parts.append(f"<h2>{e(RT['participation'])}</h2>")
    if numbers.submitted:
        text = RT["participation_text"].format(
            count=numbers.submitted,
            mean=_pct(numbers.mean_total),
            low=_pct(numbers.lowest_total),
            high=_pct(numbers.highest_total),
        )
    else:
        text = RT["participation_none"]
    parts.append(f"<p>{e(text)}</p>")
    parts += _ranked(RT["strengths"], numbers.strengths, strengths_note)
    parts += _ranked(RT["improvements"], numbers.improvements, improvements_note)
    if numbers.most_missed:
        items = "".join(
            f"<li>{e(m.text)} <em>({e(RT['missed_times'].format(count=m.count))})</em>"
            f"{'<br>' + e(m.reason) if m.reason else ''}</li>"
            for m in numbers.most_missed
        )
        parts.append(f"<h3>{e(RT['missed'])}</h3><ol>{items}</ol>")
    parts.append(f"<h2>{e(RT['plan'])}</h2>{_plan_table(plan)}")
    return page(f"{RT['aar_title']} {workshop_title}", "\n".join(parts))


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def _ranked(title: str, steps: tuple[tuple[str, float], ...], note: str) -> list[str]:
    e = html.escape
    items = "".join(f"<li>{e(name)}: {e(RT['mean_score'].format(score=_pct(score)))}</li>" for name, score in steps)
    parts = [f"<h2>{e(title)}</h2>", f"<ul>{items}</ul>" if items else ""]
    if note.strip():
        parts.append(f"<p><strong>{e(RT['note'])}:</strong> {e(note)}</p>")
    return parts


def _plan_table(plan: list[dict[str, str]]) -> str:
    e = html.escape
    head = "".join(f"<th>{e(h)}</th>" for h in PLAN_HEAD)
    rows = [r for r in plan if any(str(v).strip() for v in r.values())]
    if not rows:
        empty_row = "<tr><td></td><td></td><td></td></tr>"
        return f'<table><tr>{head}</tr>{empty_row}</table><p class="hint">{e(RT["plan_empty"])}</p>'
    body = "".join(
        "<tr>" + "".join(f"<td>{e(str(r.get(key, '')))}</td>" for key in ("actie", "eigenaar", "datum")) + "</tr>"
        for r in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"
