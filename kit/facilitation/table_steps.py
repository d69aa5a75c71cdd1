"""Which steps of a tabletop exercise a table shares, and which each member answers alone.

A SAMOS step marked `gedeeld` is played with the kernteam together: the table shares one answer.
A step before the kernteam meets ("Vooraf · Jouw eigen beeld") is each member's own picture from
their role; sharing it would let members overwrite each other. In an exercise where the team never
meets (no step `gedeeld`), every step is the table's, as there is nothing to keep apart from.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kit.content.exercise import Exercise
from kit.scoring.engine import score_exercise


def personal_steps(exercise: Exercise) -> frozenset[str]:
    """Ids of the steps each member answers alone (stored per participant, not per table)."""
    if not any(step.gedeeld for step in exercise.steps):
        return frozenset()
    return frozenset(step.id for step in exercise.steps if not step.gedeeld)


def shared_steps(exercise: Exercise) -> list[str]:
    """Ids of the steps the table answers together, in order (what the table's score covers)."""
    personal = personal_steps(exercise)
    return [step.id for step in exercise.steps if step.id not in personal]


def table_result(exercise: Exercise, answers: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The table's score over the steps it shares; a member's own steps are theirs, not the table's."""
    shared = shared_steps(exercise)
    scored = score_exercise(exercise, answers)
    steps = tuple(step for step in scored.steps if step.step in shared)
    total = round(sum(step.score for step in steps) / len(steps), 4) if steps else 0.0
    return replace(scored, steps=steps, total=total).to_dict()
