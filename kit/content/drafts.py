"""Drafts: a scenario (or its reference) that still says INVULLEN is being written, not played.

`python -m kit nieuw` writes valid skeletons so an author can try a case at once (by its own
notebook or by id); lists that learners and facilitators choose from leave drafts out until every
INVULLEN place has been filled in.
"""

from __future__ import annotations

from collections.abc import Iterable

from kit.authoring import TODO
from kit.content.exercise import Exercise


def is_draft(exercise: Exercise) -> bool:
    if TODO in exercise.scenario.model_dump_json():
        return True
    return exercise.reference is not None and TODO in exercise.reference.model_dump_json()


def playable(exercises: Iterable[Exercise]) -> list[Exercise]:
    """The exercises ready for a list to choose from, in the given order."""
    return [e for e in exercises if not is_draft(e)]
