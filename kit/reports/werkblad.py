"""A casus as a werkblad for a session on paper: the story, every step's questions and empty space.

Only what a learner sees before submitting is printed (the options, never the reference), so a
facilitator can hand it out before the discussion.
"""

from __future__ import annotations

import html

from kit.content.exercise import Exercise
from kit.content.models import Kind, Question, Step
from kit.reports.page import page
from kit.reports.texts import RT
from kit.ui.option_order import participant_order
from kit.ui.views import markdown_html

e = html.escape
WRITING_LINES = 6
RECORD_ROWS = 4


def werkblad_html(exercise: Exercise) -> str:
    """One printable page (A4) per exercise: title, story, then each step with room to answer."""
    scenario = exercise.scenario
    parts = [
        f"<h1>{e(RT['werkblad_title'])}: {e(exercise.title)}</h1>",
        '<p class="meta">' + e(RT["werkblad_name"]) + ": ______________________________</p>",
        f"<p><em>{e(scenario.samenvatting)}</em></p>",
        f'<h2>{e(RT["werkblad_story"])}</h2><div class="story">{markdown_html(scenario.verhaal)}</div>',
    ]
    if exercise.variant.gegeven_beeld and scenario.situatiebeeld:
        parts.append(f"<h3>{e(RT['werkblad_picture'])}</h3>{markdown_html(scenario.situatiebeeld)}")
    for step in exercise.steps:
        parts.append(_step(exercise, step))
    return page(f"{RT['werkblad_title']} · {exercise.title}", "\n".join(parts))


def _step(exercise: Exercise, step: Step) -> str:
    parts = [f'<section class="step"><h2>{e(step.titel)}</h2><p>{e(step.instructie)}</p>']
    for question in step.vragen:
        parts.append(f"<h3>{e(question.vraag)}</h3>")
        if question.uitleg:
            parts.append(f'<div class="hint">{markdown_html(question.uitleg)}</div>')
        parts.append(_space(exercise, step, question))
    parts.append("</section>")
    return "\n".join(parts)


def _space(exercise: Exercise, step: Step, question: Question) -> str:
    """Room to answer, shaped like the question: tick boxes, places, a table, or ruled lines."""
    key = (step.id, question.id)
    kind = question.soort
    # One order for the whole group (a sheet is printed once), but not the written one: that puts kern first.
    options = participant_order(exercise.options.get(key, ()), kind, "werkblad", exercise.scenario.id, *key)
    if kind is Kind.classify:
        bins = exercise.categories.get(key, ())
        head = "".join(f"<th>{e(b.label)}</th>" for b in bins)
        rows = "".join(
            f"<tr><td>{e(o.label)}</td>{''.join('<td class=box>☐</td>' for _ in bins)}</tr>" for o in options
        )
        return f"<table><tr><th>{e(RT['werkblad_statement'])}</th>{head}</tr>{rows}</table>"
    if kind is Kind.records:
        head = "".join(f"<th>{e(f.label)}</th>" for f in question.velden)
        blank = "".join('<td class="blank"></td>' for _ in question.velden)
        return f"<table><tr>{head}</tr>{''.join(f'<tr>{blank}</tr>' for _ in range(RECORD_ROWS))}</table>"
    if kind is Kind.ranking:
        places = question.max_keuzes or len(options)
        lines = "".join(f"<li>{'_' * 60}</li>" for _ in range(places))
        return _choices(options) + f'<p class="hint">{e(RT["werkblad_rank"])}</p><ol>{lines}</ol>'
    if kind is Kind.free_text:
        return '<div class="lines">' + '<div class="line"></div>' * WRITING_LINES + "</div>"
    note = RT["werkblad_one"] if kind in (Kind.choose_one, Kind.ordinal, Kind.timeline) else RT["werkblad_many"]
    limit = f" {RT['werkblad_max'].format(max=question.max_keuzes)}" if question.max_keuzes else ""
    return f'<p class="hint">{e(note + limit)}</p>' + _choices(options)


def _choices(options: tuple[object, ...]) -> str:
    items = "".join(f'<li><span class="box">☐</span> {e(getattr(o, "label", str(o)))}</li>' for o in options)
    return f'<ul class="choices">{items}</ul>'
