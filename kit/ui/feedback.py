"""The feedback view: a scored result as readable, escaped HTML that reads at a glance.

On top a summary (total, score per step, the three most important missed points); below it one
collapsible block per step, and in it one block per question, named by its question, with the reasons,
sources and the model answer inside.
"""

from __future__ import annotations

import html
from collections.abc import Container, Mapping, Sequence
from typing import Any

from kit.scoring.result import percent
from kit.ui.focus import focus_attrs
from kit.ui.texts import UI, VERDICT_ICONS, VERDICT_NAMES

ALL = "*"
TOP_MISSED = 3
QuestionNames = Mapping[tuple[str, str], str]
SCORING_PAGE_LINK = "scoren.ipynb"  # notebooks/scoren.ipynb, served next to the exercise notebooks
HIDDEN_NOTE = UI["hidden_note"]


def bar(score: float) -> str:
    width = max(0, min(100, round(score * 100)))
    return f'<span class="ok-bar" aria-hidden="true"><span style="width:{width}%"></span></span>'


def feedback_html(
    result: dict[str, Any],
    revealed: Container[str] = (ALL,),
    debrief: Mapping[str, Sequence[str]] | None = None,
    names: QuestionNames | None = None,
    focus: str | None = None,
) -> str:
    """The whole result; a step not in `revealed` shows neither its score nor the reference's reasons.

    A score before the reveal is an oracle (trying each option and re-submitting gives the accepted
    answers away), so hidden steps show only that they wait, and the total appears once every step is
    revealed. A revealed step shows its nabespreking questions (`debrief`, per step id). `names` gives
    each question's text by (step id, question id); `focus` is a focus token for the title.
    """
    e = html.escape
    names = names or {}
    steps = result["steps"]
    attrs = focus_attrs(focus) if focus else ""
    title = UI["feedback_step_title"].format(step=steps[0]["title"]) if len(steps) == 1 else UI["feedback_title"]
    parts = [f'<section class="ok-feedback"><h2 class="ok-feedback-title"{attrs}>{e(title)}</h2>']
    parts.append(summary_html(result, revealed))
    for step in steps:
        shown = ALL in revealed or step["step"] in revealed
        questions = (debrief or {}).get(step["step"], ())
        parts.append(step_html(step, shown, names, open_=len(steps) == 1, debrief=questions))
    parts.append("</section>")
    return "\n".join(parts)


def summary_html(result: dict[str, Any], revealed: Container[str]) -> str:
    e = html.escape
    steps = result["steps"]
    every = ALL in revealed or all(step["step"] in revealed for step in steps)
    if every:
        total = f"<strong>{e(UI['total'])}: {percent(result['total'])}</strong> {bar(result['total'])}"
        parts = ['<div class="ok-summary">', f'<p class="ok-total">{total}</p>']
    else:
        parts = ['<div class="ok-summary">', f'<p class="ok-hint">{e(UI["submitted_hidden"])}</p>']
    if len(steps) > 1:
        rows = "".join(
            f'<tr><td>{e(s["title"])}</td><td class="ok-num">{percent(s["score"]) if _shown(s, revealed) else "—"}'
            f"</td><td>{bar(s['score']) if _shown(s, revealed) else ''}</td></tr>"
            for s in steps
        )
        parts.append(
            f'<table class="ok-table ok-step-scores"><caption>{e(UI["step_scores"])}</caption>'
            f'<thead><tr><th scope="col">{e(UI["step"])}</th><th scope="col">{e(UI["score"])}</th>'
            f"<td></td></tr></thead><tbody>{rows}</tbody></table>"
        )
    missed = top_missed(result, revealed)
    if missed:
        items = "".join(f'<li>{e(text)} <span class="ok-hint">({e(where)})</span></li>' for text, where in missed)
        parts.append(f'<h3>{e(UI["top_missed"])}</h3><ol class="ok-missed">{items}</ol>')
    parts.append(
        f'<p class="ok-hint">{e(UI["score_note"])} '
        f'<a href="{SCORING_PAGE_LINK}" target="_blank" rel="noopener">{e(UI["scoring_link"])}</a></p></div>'
    )
    return "".join(parts)


def _shown(step: dict[str, Any], revealed: Container[str]) -> bool:
    return ALL in revealed or step["step"] in revealed


def top_missed(result: dict[str, Any], revealed: Container[str], limit: int = TOP_MISSED) -> list[tuple[str, str]]:
    """The missed core points that weigh most: heavier questions first, then the weaker answers."""
    found: list[tuple[float, float, int, str, str]] = []
    for step in result["steps"]:
        if not (ALL in revealed or step["step"] in revealed):
            continue
        for question in step["questions"]:
            for item in question["feedback"]:
                if item["verdict"] == "gemist" and item.get("toelichting"):
                    found.append((-question["weight"], question["score"], len(found), item["tekst"], step["title"]))
    return [(text, where) for *_, text, where in sorted(found)[:limit]]


def step_html(step: dict[str, Any], shown: bool, names: QuestionNames, open_: bool, debrief: Sequence[str] = ()) -> str:
    e = html.escape
    score = f'<span class="ok-num">{percent(step["score"])}</span> {bar(step["score"])}' if shown else ""
    head = f"<summary><h3>{e(step['title'])} {score}</h3></summary>"
    opened = " open" if open_ else ""
    if not shown:
        return (
            f'<details class="ok-step-feedback"{opened}>{head}<p class="ok-hint">{e(UI["hidden_note"])}</p></details>'
        )
    body = [question_html(q, names.get((step["step"], q["question"]), "")) for q in step["questions"]]
    if step.get("modelantwoord"):
        body.append(f'<div class="ok-model"><h4>{e(UI["model_answer"])}</h4><p>{e(step["modelantwoord"])}</p></div>')
    if debrief:
        items = "".join(f"<li>{e(q)}</li>" for q in debrief)
        body.append(f'<div class="ok-debrief"><strong>{e(UI["debrief"])}</strong><ul>{items}</ul></div>')
    return f'<details class="ok-step-feedback"{opened}>{head}{"".join(body)}</details>'


def completeness_html(title: str, missing: list[str]) -> str:
    """Before the reveal, the only check a workshop participant gets: is every question of the step answered."""
    e = html.escape
    text = UI["check_open"].format(names="; ".join(missing)) if missing else UI["check_complete"]
    return (
        f'<h2>{e(UI["feedback_title"])}</h2><section class="ok-step-feedback"><h3>{e(title)}</h3>'
        f'<p>{e(text)}</p><p class="ok-hint">{e(HIDDEN_NOTE)}</p></section>'
    )


def spoken_verdict(verdict: str, text: str) -> str:
    """The verdict for screen readers (the icon is hidden), unless the sentence says it already:
    "Gemist: Gemist: ..." was heard 42 times in one feedback view."""
    name = VERDICT_NAMES[verdict]
    if text.casefold().startswith(name.casefold()):
        return ""
    return f'<span class="ok-sr">{html.escape(name)}: </span>'


def question_html(question: dict[str, Any], name: str = "") -> str:
    e = html.escape
    items = []
    for item in question["feedback"]:
        verdict = item["verdict"]
        reason = f'<div class="ok-reason">{e(item["toelichting"])}</div>' if item.get("toelichting") else ""
        source = f'<div class="ok-source">{e(UI["source"])}: {e(item["bron"])}</div>' if item.get("bron") else ""
        items.append(
            f'<li class="ok-fb ok-fb-{e(verdict)}"><span class="ok-icon" aria-hidden="true">{VERDICT_ICONS[verdict]}'
            f"</span> {spoken_verdict(verdict, item['tekst'])}{e(item['tekst'])}{reason}{source}</li>"
        )
    model = ""
    if question.get("modelantwoord"):
        model = (
            f'<details class="ok-model"><summary>{e(UI["model_answer"])}</summary>'
            f"<p>{e(question['modelantwoord'])}</p></details>"
        )
    heading = f'<h4>{e(name or UI["question"])} <span class="ok-num">{percent(question["score"])}</span></h4>'
    return f'<section class="ok-question-feedback">{heading}<ul>{"".join(items)}</ul>{model}</section>'
