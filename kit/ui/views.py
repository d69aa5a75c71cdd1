"""HTML pieces of the exercise screen: the scenario, a step's header and the injects a role can see."""

from __future__ import annotations

import base64
import html
from functools import lru_cache

import mistune

from kit.content.exercise import Exercise
from kit.content.models import Inject, Question, ScenarioFile, Source, Step
from kit.scoring.result import cite
from kit.ui.texts import UI

INJECT_TYPES = {
    "waarneming": "Waarneming",
    "gerucht": "Gerucht",
    "incident": "Incident",
    "mediabericht": "Mediabericht",
    "verzoek": "Verzoek",
}


@lru_cache(maxsize=1)
def _markdown() -> mistune.Markdown:
    return mistune.create_markdown(escape=True)


def markdown_html(text: str) -> str:
    """Markdown to HTML with any raw HTML in the text escaped, never executed."""
    return str(_markdown()(text))


def source_line(source: Source | None) -> str:
    cited = cite(source)
    return f'<div class="ok-source">{html.escape(UI["source"])}: {html.escape(cited)}</div>' if cited else ""


def scenario_html(exercise: Exercise, summary: bool = True) -> str:
    """The story; `summary=False` when the casus summary is shown outside it (the runner keeps it visible)."""
    scenario = exercise.scenario
    parts = [f"<h2>{html.escape(exercise.title)}</h2>"] if summary else []
    if summary:
        parts.append(f"<p><em>{html.escape(scenario.samenvatting)}</em></p>")
    if exercise.variant.uitleg and len(exercise.template.varianten) > 1:
        parts.append(f'<p class="ok-hint">{html.escape(exercise.variant.uitleg)}</p>')
    parts.append(markdown_html(scenario.verhaal))
    if exercise.variant.gegeven_beeld and scenario.situatiebeeld:
        parts.append(f"<h3>{html.escape(UI['given_picture'])}</h3>{markdown_html(scenario.situatiebeeld)}")
    parts += [source_line(s) for s in scenario.bron]
    return "\n".join(parts)


def step_header_html(step: Step, scenario: ScenarioFile | None = None, focus: str = "") -> str:
    """Title, instruction and source; at a beleidsdiagnose step also the scenario's 'wat loopt er al' sheet.

    `focus`: attributes that make the page script move focus (and the scroll position) to the title.
    """
    header = (
        f'<h2 class="ok-step-title"{focus}>{html.escape(step.titel)}</h2><p>{html.escape(step.instructie)}</p>'
        f"{source_line(step.bron)}"
    )
    if step.beleid and scenario is not None and scenario.beleid:
        header += f'<div class="ok-policy"><h3>{html.escape(UI["policy"])}</h3>{markdown_html(scenario.beleid)}</div>'
    return header


def injects_html(injects: tuple[Inject, ...], shared: bool, role_chosen: bool) -> str:
    note = UI["injects_shared"] if shared else (UI["injects_own"] if role_chosen else "")
    parts = [f"<h3>{html.escape(UI['injects'])}</h3>"]
    if note:
        parts.append(f'<p class="ok-hint">{html.escape(note)}</p>')
    if not injects:
        parts.append(f'<p class="ok-hint">{html.escape(UI["injects_none"])}</p>')
    for inject in injects:
        kind = INJECT_TYPES.get(inject.type.value, inject.type.value)
        parts.append(
            f'<div class="ok-inject"><div class="ok-inject-meta">{html.escape(inject.tijd)} · '
            f"{html.escape(inject.bron)} · {html.escape(kind)}</div>{html.escape(inject.tekst)}</div>"
        )
    return "\n".join(parts)


def download_link(name: str, data: bytes, mime: str) -> str:
    """A link that saves the file from the page itself: works offline, nothing is served from disk."""
    encoded = base64.b64encode(data).decode("ascii")
    label = html.escape(UI["download"].format(name=name))
    return f'<a class="ok-download" download="{html.escape(name)}" href="data:{mime};base64,{encoded}">{label}</a>'


def question_heading_html(question: Question, name_id: str) -> str:
    """The question as a heading whose id names its answer widget (see oefenkit.js), with its hint."""
    hint = f'<div class="ok-hint">{markdown_html(question.uitleg)}</div>' if question.uitleg else ""
    return f'<h3 id="{html.escape(name_id)}" class="ok-question">{html.escape(question.vraag)}</h3>{hint}'
