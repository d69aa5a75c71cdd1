"""The feedback view: a scored result as readable, escaped HTML (scores, reasons, sources, model answers)."""

from __future__ import annotations

import html
from collections.abc import Container, Mapping, Sequence
from typing import Any

from kit.scoring.result import percent
from kit.ui.texts import UI, VERDICT_ICONS, VERDICT_NAMES

ALL = "*"
SCORING_PAGE_LINK = "scoren.ipynb"  # notebooks/scoren.ipynb, served next to the exercise notebooks
HIDDEN_NOTE = "De referentie van deze stap wordt nog besproken; de facilitator maakt haar later zichtbaar."


def bar(score: float) -> str:
    width = max(0, min(100, round(score * 100)))
    return f'<span class="ok-bar"><span style="width:{width}%"></span></span>'


def feedback_html(
    result: dict[str, Any], revealed: Container[str] = (ALL,), debrief: Mapping[str, Sequence[str]] | None = None
) -> str:
    """The whole result; a step not in `revealed` shows neither its score nor the reference's reasons.

    A score before the reveal is an oracle: trying each option and re-submitting would give away the
    accepted answers in a few clicks. So hidden steps show only that they are waiting, and the total
    appears once every step is revealed. A revealed step also shows its nabespreking questions
    (`debrief`, per step id): the guide wants the choices discussed, not only the scores.
    """
    e = html.escape
    steps = result["steps"]
    every = ALL in revealed or all(step["step"] in revealed for step in steps)
    parts = [f"<h2>{e(UI['feedback_title'])}</h2>"]
    if every:
        parts += [
            f'<p class="ok-total"><strong>{e(UI["total"])}: {percent(result["total"])}</strong> '
            f"{bar(result['total'])}</p>",
            f'<p class="ok-hint">{e(UI["score_note"])} '
            f'<a href="{SCORING_PAGE_LINK}" target="_blank" rel="noopener">{e(UI["scoring_link"])}</a></p>',
        ]
    else:
        parts.append(f'<p class="ok-hint">{e(UI["submitted_hidden"])}</p>')
    for step in steps:
        if not (ALL in revealed or step["step"] in revealed):
            parts.append(
                f'<section class="ok-step-feedback"><h3>{e(step["title"])}</h3>'
                f'<p class="ok-hint">{e(HIDDEN_NOTE)}</p></section>'
            )
            continue
        parts.append(
            f'<section class="ok-step-feedback"><h3>{e(step["title"])} · {percent(step["score"])} '
            f"{bar(step['score'])}</h3>"
        )
        for question in step["questions"]:
            parts.append(question_html(question))
        if step.get("modelantwoord"):
            parts.append(f"<p><em>{e(UI['model_answer'])}:</em> {e(step['modelantwoord'])}</p>")
        questions = (debrief or {}).get(step["step"], ())
        if questions:
            items = "".join(f"<li>{e(q)}</li>" for q in questions)
            parts.append(f'<div class="ok-debrief"><strong>{e(UI["debrief"])}</strong><ul>{items}</ul></div>')
        parts.append("</section>")
    return "\n".join(parts)


def completeness_html(title: str, missing: list[str]) -> str:
    """Before the reveal, the only check a workshop participant gets: is every question of the step answered."""
    e = html.escape
    text = UI["check_open"].format(names="; ".join(missing)) if missing else UI["check_complete"]
    return (
        f'<h2>{e(UI["feedback_title"])}</h2><section class="ok-step-feedback"><h3>{e(title)}</h3>'
        f'<p>{e(text)}</p><p class="ok-hint">{e(HIDDEN_NOTE)}</p></section>'
    )


def question_html(question: dict[str, Any]) -> str:
    e = html.escape
    items = []
    for item in question["feedback"]:
        verdict = item["verdict"]
        reason = f'<div class="ok-reason">{e(item["toelichting"])}</div>' if item.get("toelichting") else ""
        source = f'<div class="ok-source">{e(UI["source"])}: {e(item["bron"])}</div>' if item.get("bron") else ""
        items.append(
            f'<li class="ok-fb ok-fb-{e(verdict)}"><span class="ok-icon" title="{e(VERDICT_NAMES[verdict])}">'
            f"{VERDICT_ICONS[verdict]}</span> {e(item['tekst'])}{reason}{source}</li>"
        )
    model = ""
    if question.get("modelantwoord"):
        model = f"<details><summary>{e(UI['model_answer'])}</summary><p>{e(question['modelantwoord'])}</p></details>"
    return (
        f'<div class="ok-question-feedback"><div class="ok-qscore">{percent(question["score"])}</div>'
        f"<ul>{''.join(items)}</ul>{model}</div>"
    )
