"""The after-action report for a group, in the form facilitators know from exercise practice.

1 objectives, 2 participation, 3 strengths, 4 areas for improvement (with the core points most
often missed), 5 the debrief questions per step and the improvement plan with action, owner and date as
the facilitator filled it in. The guides advise discussing the choices, not only the scores.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date

import pandas as pd

from kit.content.exercise import Exercise
from kit.plural import DEELNEMER, LEVERDE, TAFEL, count, form
from kit.reports.figures import AfterActionNumbers, MissedItem, after_action_numbers
from kit.reports.page import page, today_text
from kit.reports.team_report import (
    GOOD_RATINGS,
    WEAK_RATINGS,
    TeamEvaluation,
    appendix_html,
    lessons_html,
    observed_html,
    scores_html,
    team_results,
)
from kit.reports.team_texts import TRT
from kit.reports.texts import PLAN_BLANK_ROWS, PLAN_HEAD, PLAN_KEYS, RT
from kit.scoring.result import percent

__all__ = ["AfterActionNumbers", "MissedItem", "after_action_html", "after_action_numbers"]

e = html.escape


def after_action_html(
    workshop_title: str,
    exercises: list[Exercise],
    results: pd.DataFrame,
    plan: Sequence[Mapping[str, str]],
    strengths_note: str = "",
    improvements_note: str = "",
    *,
    on: date | None = None,
    teams: TeamEvaluation | None = None,
) -> str:
    """A printable after-action report; `results` is `Store.results_frame(code, latest_only=True)`.

    `plan` holds rows with the keys actie, eigenaar and datum; rows left wholly blank are skipped.
    The notes are the facilitator's own words, shown under strengths and improvements. `teams`
    (from `team_evaluation`) adds scores per table, observations and the lessons learned.
    """
    t = teams or TeamEvaluation()
    people = after_action_numbers(exercises, results)
    tables = after_action_numbers(exercises, team_results(t))
    # strengths, improvements and missed points count every scored piece of work: a person's or a table's
    numbers = after_action_numbers(exercises, _joined(results, team_results(t))) if t.scores else people
    steps = {s.id: s.titel for x in exercises for s in x.steps}
    parts = [
        f"<h1>{e(RT['aar_title'])}</h1>",
        f'<p class="meta">{e(RT["workshop"])}: {e(workshop_title)}<br>{e(RT["date"])}: {e(today_text(on))}</p>',
        _section(RT["objectives"], _objectives(exercises)),
        _section(RT["participation"], _participation(people, tables), scores_html(t, exercises)),
        _section(
            RT["strengths"],
            _ranked(
                RT["strengths_intro"],
                numbers.strengths,
                strengths_note,
                f'<p class="hint">{e(RT["strengths_none"])}</p>' if numbers.results else "",
            ),
            observed_html(t, GOOD_RATINGS, TRT["observed_good"], steps),
            lessons_html(t, "goed", TRT["lessons_good"]),
        ),
        _section(
            RT["improvements"],
            _ranked(RT["improvements_intro"], numbers.improvements, improvements_note),
            _missed(numbers.most_missed, numbers.results),
            observed_html(t, WEAK_RATINGS, TRT["observed_weak"], steps),
            lessons_html(t, "beter", TRT["lessons_better"]),
        ),
        _section(RT["plan"], _debrief(exercises), _plan(plan), lessons_html(t, "anders", TRT["lessons_different"])),
        appendix_html(t, steps),
    ]
    return page(f"{RT['aar_title']} · {workshop_title}", "\n".join(parts))


def _section(title: str, *parts: str) -> str:
    """A numbered part of the report; `parts` are escaped HTML."""
    return "\n".join([f"<section><h2>{e(title)}</h2>", *(p for p in parts if p), "</section>"])


def _objectives(exercises: list[Exercise]) -> str:
    parts = [f'<p class="hint">{e(RT["objectives_intro"])}</p>']
    for exercise in exercises:
        steps = "".join(f"<li>{e(step.titel)}</li>" for step in exercise.steps)
        parts.append(
            f"<h3>{e(exercise.title)}</h3><p>{e(exercise.template.uitleg)}</p><p>{e(exercise.variant.uitleg)}</p>"
            f"<p>{e(RT['steps_practised'])}:</p><ul>{steps}</ul>"
        )
    return "\n".join(parts)


def _joined(results: pd.DataFrame, tables: pd.DataFrame) -> pd.DataFrame:
    columns = ["participant", "exercise_id", "total", "result"]
    frames = [f[columns] for f in (results, tables) if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else results


def _participation(numbers: AfterActionNumbers, tables: AfterActionNumbers) -> str:
    """Who handed in: people on their own and tables; 'nothing handed in' only when neither did."""
    if not numbers.results and not tables.results:
        return f"<p>{e(RT['participation_none'])}</p>"
    parts = []
    if tables.results:
        text = RT["participation_tables"].format(
            tables=count(tables.submitted, TAFEL),
            mean=percent(tables.mean_total),
            low=percent(tables.lowest_total),
            high=percent(tables.highest_total),
        )
        parts.append(f"<p>{e(text)}</p>")
    if numbers.results:
        parts.append(_people(numbers))
    return "\n".join(parts)


def _people(numbers: AfterActionNumbers) -> str:
    text = RT["participation_text"].format(
        count=count(numbers.submitted, DEELNEMER),
        handed=form(numbers.submitted, LEVERDE),
        mean=percent(numbers.mean_total),
        low=percent(numbers.lowest_total),
        high=percent(numbers.highest_total),
        sd=round((numbers.stdev_total or 0.0) * 100),
    )
    parts = [f"<p>{e(text)}</p>"]
    if len(numbers.per_exercise) > 1:
        items = "".join(
            f"<li>{e(RT['per_exercise'].format(title=x.title, count=x.submitted, mean=percent(x.mean_total)))}</li>"
            for x in numbers.per_exercise
        )
        parts.append(f"<ul>{items}</ul>")
    return "\n".join(parts)


def _ranked(intro: str, steps: tuple[tuple[str, float], ...], note: str, empty: str = "") -> str:
    items = "".join(f"<li>{e(name)}: {e(RT['mean_score'].format(score=percent(score)))}</li>" for name, score in steps)
    parts = [f'<p class="hint">{e(intro)}</p><ul>{items}</ul>' if items else empty]
    if note.strip():
        parts.append(f'<h3>{e(RT["note"])}</h3><div class="note">{e(note.strip())}</div>')
    return "\n".join(parts)


def _missed(items: tuple[MissedItem, ...], results: int) -> str:
    if not results:
        return ""
    parts = [f"<h3>{e(RT['missed'])}</h3>"]
    if not items:
        parts.append(f'<p class="hint">{e(RT["missed_none"])}</p>')
        return "\n".join(parts)
    parts.append(f'<p class="hint">{e(RT["missed_intro"])}</p><ol>')
    for item in items:
        times = RT["missed_times"].format(count=item.count, total=item.out_of)
        reason = f'<span class="reason">{e(item.reason)}</span>' if item.reason else ""
        source = f'<span class="reason source">{e(RT["source"])}: {e(item.source)}</span>' if item.source else ""
        parts.append(
            f"<li><strong>{e(item.text)}</strong> <em>({e(times)})</em>"
            f'<span class="reason source">{e(item.step)}</span>{reason}{source}</li>'
        )
    parts.append("</ol>")
    return "\n".join(parts)


def _debrief(exercises: list[Exercise]) -> str:
    """The template's nabespreking questions per practised step, so the discussion can follow the report."""
    parts: list[str] = []
    for exercise in exercises:
        steps = [step for step in exercise.steps if step.nabespreking]
        if not steps:
            continue
        items = "".join(
            f"<li>{e(step.titel)}<ul>{''.join(f'<li>{e(q)}</li>' for q in step.nabespreking)}</ul></li>"
            for step in steps
        )
        parts.append(f"<h4>{e(exercise.title)}</h4><ul>{items}</ul>")
    if not parts:
        return ""
    return f'<h3>{e(RT["debrief"])}</h3><p class="hint">{e(RT["debrief_intro"])}</p>' + "\n".join(parts)


def _plan(plan: Sequence[Mapping[str, str]]) -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in PLAN_HEAD)
    rows = [r for r in plan if any(str(r.get(key) or "").strip() for key in PLAN_KEYS)]
    body = "".join(
        "<tr>" + "".join(f"<td>{e(str(r.get(key) or '').strip())}</td>" for key in PLAN_KEYS) + "</tr>" for r in rows
    )
    hint = ""
    if not rows:
        body = ("<tr>" + '<td class="blank"></td>' * len(PLAN_KEYS) + "</tr>") * PLAN_BLANK_ROWS
        hint = f'<p class="hint">{e(RT["plan_empty"])}</p>'
    return (
        f'<p class="hint">{e(RT["plan_intro"])}</p>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{hint}"
    )
