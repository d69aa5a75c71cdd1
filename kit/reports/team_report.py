"""The team parts of the after-action report: scores per table, observers' forms, lessons learned.

Lessons learned are reported without names and in an order unrelated to who wrote them; an
observation is reported with its table, step and criterion, not with the observer's name.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from kit.content.exercise import Exercise
from kit.facilitation.evaluation_guide import CRITERIA, RATINGS
from kit.reports.team_texts import TRT
from kit.scoring.result import percent
from kit.store import Store

e = html.escape
GOOD_RATINGS = ("P",)
WEAK_RATINGS = ("M", "U")


@dataclass(frozen=True)
class TeamScore:
    exercise_id: str
    team: str
    total: float
    steps: dict[str, float]
    result: dict[str, Any] = field(default_factory=dict)
    """The scored result, so the report's strengths, improvements and missed points count the tables too."""


@dataclass
class TeamEvaluation:
    """Everything team play adds to the report; empty lists leave the report as it was."""

    scores: list[TeamScore] = field(default_factory=list)
    observations: list[dict[str, Any]] = field(default_factory=list)
    lessons: list[dict[str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.scores or self.observations or self.lessons)


def team_evaluation(store: Store, code: str, exercises: Sequence[Exercise]) -> TeamEvaluation:
    """Read the tables' submissions, the observations and the lessons learned of a workshop."""
    teams = {t.id: t.name for t in store.teams(code)}
    scores = []
    for exercise in exercises:
        for team_id, found in sorted(store.team_results(code, exercise.id).items()):
            steps = {s["step"]: float(s["score"]) for s in found["result"].get("steps", [])}
            name = teams.get(team_id, "?")
            scores.append(TeamScore(exercise.id, name, float(found["total"]), steps, dict(found["result"])))
    return TeamEvaluation(scores, store.observations(code), store.workshop_lessons(code))


def team_results(evaluation: TeamEvaluation) -> pd.DataFrame:
    """The tables' results in the form of `Store.results_frame` (a table's name as participant)."""
    rows = [(f"{TRT['table']} {s.team}", s.exercise_id, s.total, s.result) for s in evaluation.scores]
    return pd.DataFrame(rows, columns=["participant", "exercise_id", "total", "result"])


def scores_html(evaluation: TeamEvaluation, exercises: Sequence[Exercise]) -> str:
    """One table per exercise: a row per table, a column per step, and the total."""
    parts = []
    for exercise in exercises:
        rows = [s for s in evaluation.scores if s.exercise_id == exercise.id]
        if not rows:
            continue
        head = "".join(f"<th>{e(step.titel)}</th>" for step in exercise.steps)
        body = "".join(
            f"<tr><td>{e(r.team)}</td>"
            + "".join(f"<td>{e(percent(r.steps.get(step.id, 0.0)))}</td>" for step in exercise.steps)
            + f"<td><strong>{e(percent(r.total))}</strong></td></tr>"
            for r in rows
        )
        parts.append(
            f"<h3>{e(TRT['scores'].format(title=exercise.title))}</h3><table><thead><tr><th>{e(TRT['table'])}</th>"
            f"{head}<th>{e(TRT['total'])}</th></tr></thead><tbody>{body}</tbody></table>"
        )
    return "\n".join(parts)


def observed_html(evaluation: TeamEvaluation, ratings: Sequence[str], title: str, steps: Mapping[str, str]) -> str:
    """Observations with the given ratings, as a list under strengths or improvements."""
    items = [o for o in evaluation.observations if o["rating"] in ratings]
    if not items:
        return ""
    lines = "".join(f"<li>{_observation_line(o, steps)}</li>" for o in items)
    return f"<h3>{e(title)}</h3><ul>{lines}</ul>"


def lessons_html(evaluation: TeamEvaluation, key: str, title: str) -> str:
    """The participants' answers to one lessons-learned question, without names."""
    answers = sorted({a.get(key, "").strip() for a in evaluation.lessons} - {""})
    if not answers:
        return ""
    items = "".join(f"<li>{e(text)}</li>" for text in answers)
    return f'<h3>{e(title)}</h3><p class="hint">{e(TRT["anonymous"])}</p><ul>{items}</ul>'


def appendix_html(evaluation: TeamEvaluation, steps: Mapping[str, str]) -> str:
    """Every observation per table and step: criterion, rating and note (the exercise evaluation guide)."""
    if not evaluation.observations:
        return ""
    head = "".join(f"<th>{e(h)}</th>" for h in TRT["appendix_head"].split("|"))
    body = "".join(
        "<tr>"
        f"<td>{e(o['team'])}</td><td>{e(steps.get(o['step_id'], o['step_id']))}</td>"
        f"<td>{e(CRITERIA.get(o['criterion'], (o['criterion'], ''))[0])}</td>"
        f"<td>{e(_rating(o['rating']))}</td><td>{e(o['note'])}</td>"
        "</tr>"
        for o in evaluation.observations
    )
    return (
        f'<section><h2>{e(TRT["appendix"])}</h2><p class="hint">{e(TRT["appendix_intro"])}</p>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></section>"
    )


def _rating(rating: str | None) -> str:
    return f"{rating} · {RATINGS[rating]}" if rating in RATINGS else TRT["no_rating"]


def _observation_line(observation: Mapping[str, Any], steps: Mapping[str, str]) -> str:
    criterion = CRITERIA.get(observation["criterion"], (observation["criterion"], ""))[0]
    where = f"{observation['team']}, {steps.get(observation['step_id'], observation['step_id'])}, {criterion}"
    note = f": {observation['note']}" if observation["note"] else ""
    return f"<strong>{e(where)}</strong> ({e(_rating(observation['rating']))}){e(note)}"
