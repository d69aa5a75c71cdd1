"""Bring an own case written for the first release (schema 1) to the current templates, editing text in place.

Schema 1 asked one `diagnose` text in step 4.1, had no `wanneer` in step 3.1 and no `beleid` sheet. The
author's text is never removed: the old diagnose block becomes the starting point of each new 4.1 question,
a question the old case never answered is listed under `invullen` (left out of play until it is filled in)
with its skeleton and options as comments, and a missing `beleid` sheet is added as comments to fill in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from kit.authoring import TODO, _question_block
from kit.content.exercise import Exercise
from kit.content.library import PACKAGE_DIR, build_library

# Schema 1 -> current: a question that was split into several, per step.
SPLIT: dict[tuple[str, str], tuple[str, ...]] = {("stap-4-1", "diagnose"): ("gedekt", "ingezet", "nieuw", "sectoren")}


@dataclass(frozen=True)
class CaseChanges:
    text: str
    split: int = 0  # old questions split into new ones
    opened: int = 0  # new questions listed under `invullen`


def _block(lines: list[str], start: int, indent: int) -> int:
    """The index after the YAML block that starts at `start` (lines deeper than `indent`, or blank)."""
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def _step_line(lines: list[str], step_id: str) -> int | None:
    pattern = re.compile(rf"^  {re.escape(step_id)}:\s*(#.*)?$")
    return next((i for i, line in enumerate(lines) if pattern.match(line)), None)


def _exercises(scenario: Path) -> list[Exercise]:
    """The current exercises on the case's scenario, to know which questions each step asks now."""
    package = [p for folder in ("methods", "templates") for p in sorted((PACKAGE_DIR / folder).rglob("*.y*ml"))]
    library = build_library([*package, scenario], need_references=False)
    return [e for e in library.exercises.values() if e.scenario.id == _scenario_id(scenario)]


def _scenario_id(scenario: Path) -> str:
    data = yaml.safe_load(scenario.read_text(encoding="utf-8"))
    return str(data.get("id", "")) if isinstance(data, dict) else ""


def split_questions(text: str, questions: dict[str, str]) -> CaseChanges:
    """Each schema-1 question that was split: its block copied under every new id, the old text kept."""
    lines = text.split("\n")
    split = 0
    for (step_id, old_id), new_ids in SPLIT.items():
        step = _step_line(lines, step_id)
        if step is None:
            continue
        step_end = _block(lines, step, 2)
        pattern = re.compile(rf"^      {re.escape(old_id)}:")
        start = next((i for i in range(step, step_end) if pattern.match(lines[i])), None)
        if start is None:
            continue
        end = _block(lines, start, 6)
        body = lines[start + 1 : end]
        old_comment = lines[start].partition("#")[2].strip()
        was = f" ({old_comment})" if old_comment else ""
        new: list[str] = []
        for new_id in new_ids:
            new.append(f"      {new_id}:  # {questions.get(new_id, '')}".rstrip())
            new.append(f"        # {TODO}: overgenomen uit de oude vraag '{old_id}'{was}; pas aan op deze vraag")
            new += body
        lines[start:end] = new
        split += 1
    return CaseChanges("\n".join(lines), split=split)


def open_questions(text: str, exercises: list[Exercise]) -> CaseChanges:
    """Every question the reference does not answer: listed under `invullen`, its skeleton as comments."""
    data = yaml.safe_load(text)
    steps = data.get("stappen", {}) if isinstance(data, dict) else {}
    lines = text.split("\n")
    opened = 0
    seen: set[str] = set()
    for exercise in exercises:
        for step in exercise.steps:
            step_ref = steps.get(step.id)
            if step.id in seen or not isinstance(step_ref, dict):
                continue
            seen.add(step.id)
            answered = set(step_ref.get("vragen") or {}) | set(step_ref.get("invullen") or [])
            missing = [q for q in step.vragen if q.id not in answered]
            at = _step_line(lines, step.id)
            if not missing or at is None:
                continue
            ids = ", ".join(q.id for q in missing)
            block = [f"    invullen: [{ids}]  # {TODO}: nieuwe vragen; vul ze in onder 'vragen' en haal ze hier weg"]
            for question in missing:
                skeleton = _question_block(exercise, step.id, question)
                block += ["    # " + line[4:] if line.startswith("    ") else "    # " + line for line in skeleton]
            lines[at + 1 : at + 1] = block
            opened += len(missing)
    return CaseChanges("\n".join(lines), opened=opened)


def policy_sheet(text: str, exercises: list[Exercise]) -> tuple[str, bool]:
    """A scenario whose exercises show 'wat loopt er al' but that has no `beleid`: an empty sheet as comments."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or data.get("beleid") or not any(s.beleid for e in exercises for s in e.steps):
        return text, False
    sheet = [
        f"# {TODO}: 'wat loopt er al' in deze buurt, getoond bij de beleidsdiagnose (stap 4.1). Haal de #-tekens",
        "# weg en vul het overzicht in; tot dan speelt stap 4.1 zonder dit overzicht.",
        "# beleid: |",
        "#   - **Veiligheid.** ...",
        "#   - **Welzijn en jongerenwerk.** ...",
        "#   - **Wonen en beheer.** ...",
    ]
    return text.rstrip("\n") + "\n" + "\n".join(sheet) + "\n", True


def scenario_for(reference: Path) -> Path | None:
    """scenarios/<id>.yaml next to the answers/ folder of this reference."""
    data = yaml.safe_load(reference.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("soort") != "referentie":
        return None
    path = reference.parent.parent / "scenarios" / f"{data.get('scenario')}.yaml"
    return path if path.exists() else None
