"""Cross-checks of an inject script (MSEL) against the exercise it plays in.

One function for both sources, so a YAML script and an imported sheet get the same Dutch messages;
each problem names the line (its index) and the field, and the caller turns that into a place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from kit.content.exercise import Exercise
from kit.content.messages import SCRIPT
from kit.content.models import ScriptEntry


class ScriptProblem(NamedTuple):
    line: int
    field: str
    message: str


def script_problems(exercise: Exercise, entries: Sequence[ScriptEntry]) -> list[ScriptProblem]:
    """Every reference in the script that does not exist in `exercise` (inject, role, step, question)."""
    problems: list[ScriptProblem] = []
    injects = {i.id for i in exercise.injects}
    roles = {r.id for r in exercise.roles}
    steps = {s.id: s for s in exercise.steps}
    seen: set[int] = set()
    for index, entry in enumerate(entries):
        if entry.nr in seen:
            problems.append(ScriptProblem(index, "nr", SCRIPT["duplicate_nr"].format(ref=entry.nr)))
        seen.add(entry.nr)
        if entry.inject not in injects:
            problems.append(ScriptProblem(index, "inject", SCRIPT["unknown_inject"].format(ref=entry.inject)))
        for role in entry.ontvangers:
            if role not in roles:
                problems.append(ScriptProblem(index, "ontvangers", SCRIPT["unknown_role"].format(ref=role)))
        if entry.stap is not None:
            step = steps.get(entry.stap)
            if step is None:
                problems.append(ScriptProblem(index, "stap", SCRIPT["unknown_step"].format(ref=entry.stap)))
            elif entry.vraag is not None and entry.vraag not in {q.id for q in step.vragen}:
                message = SCRIPT["unknown_question"].format(ref=entry.vraag, step=entry.stap)
                problems.append(ScriptProblem(index, "vraag", message))
    return problems
