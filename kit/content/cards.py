"""What a sign-in form shows of its exercises, without the content models: cards of plain strings.

A page whose kernel starts for its visitor (no warm pool) shows the form first. Unpickling the exercises
needs pydantic and the content models (~0.09 CPU-s per kernel, a tenth of a hello-world kernel); the form
needs only ids, titles and roles. So each page kind also has a small cache of cards (kit.content.cache),
and the exercises load when someone signs in, or before anyone arrives in a pre-heated kernel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kit.content.cache import cached
from kit.content.paths import default_paths, references_here

if TYPE_CHECKING:
    from kit.content.exercise import Exercise


@dataclass(frozen=True)
class RoleCard:
    id: str
    naam: str
    organisatie: str


@dataclass(frozen=True)
class ExerciseCard:
    """An exercise as the sign-in form shows it."""

    id: str
    title: str
    scenario_titel: str
    variant_titel: str
    roles: tuple[RoleCard, ...]


def card_of(exercise: Exercise) -> ExerciseCard:
    return ExerciseCard(
        id=exercise.id,
        title=exercise.title,
        scenario_titel=exercise.scenario.titel,
        variant_titel=exercise.variant.titel,
        roles=tuple(RoleCard(r.id, r.naam, r.organisatie) for r in exercise.roles),
    )


class PageExercises:
    """The exercises of one page: their cards at once, the exercises themselves when first asked for."""

    def __init__(self, cards: Sequence[ExerciseCard], load: Callable[[], Sequence[Exercise]]) -> None:
        self.cards = {card.id: card for card in cards}
        self._load = load
        self._exercises: dict[str, Exercise] | None = None

    @classmethod
    def of(cls, exercises: Sequence[Exercise]) -> PageExercises:
        """Exercises already loaded (a notebook given a library, the tests)."""
        return cls([card_of(e) for e in exercises], lambda: exercises)

    def exercises(self) -> dict[str, Exercise]:
        """By id, in the cards' order; loaded on the first call."""
        if self._exercises is None:
            found = {e.id: e for e in self._load()}
            self._exercises = {card_id: found[card_id] for card_id in self.cards if card_id in found}
        return self._exercises


def cached_page(exercise_id: str | None = None, variant: str | None = None) -> PageExercises:
    """One page's cards from their own cache file; its exercises from theirs (kit.content.library) on demand."""

    def load() -> list[Exercise]:
        from kit.content.library import cached_exercises

        return cached_exercises(exercise_id, variant)

    def build() -> list[ExerciseCard]:
        return [card_of(e) for e in load()]

    salt = f"cards references={references_here()} exercise={exercise_id} variant={variant}"
    cards: list[ExerciseCard] = cached(default_paths(), build, list, salt)
    return PageExercises(cards, load)
