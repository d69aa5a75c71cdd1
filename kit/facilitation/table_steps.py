"""Which steps of a tabletop exercise a table shares, and which each member answers alone.

A SAMOS step marked `gedeeld` is played with the kernteam together: the table shares one answer.
A step before the kernteam meets ("Vooraf · Jouw eigen beeld") is each member's own picture from
their role; sharing it would let members overwrite each other. In an exercise where the team never
meets (no step `gedeeld`), every step is the table's, as there is nothing to keep apart from.
"""

from __future__ import annotations

from kit.content.exercise import Exercise


def personal_steps(exercise: Exercise) -> frozenset[str]:
    """Ids of the steps each member answers alone (stored per participant, not per table)."""
    if not any(step.gedeeld for step in exercise.steps):
        return frozenset()
    return frozenset(step.id for step in exercise.steps if not step.gedeeld)


def shared_steps(exercise: Exercise) -> list[str]:
    """Ids of the steps the table answers together, in order (what the table's score covers)."""
    personal = personal_steps(exercise)
    return [step.id for step in exercise.steps if step.id not in personal]
