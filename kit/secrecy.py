"""Which steps' references a participant may see now: secrecy belongs to a step of a scenario, not to an exercise.

The oefenvormen of one SAMOS scenario share steps (and with them the questions and the reference), so a
workshop that keeps `azc/oefenvorm-2` secret must keep those steps secret in `azc/oefenvorm-1` too. A
workshop holds the references of the exercises it closed for self-study (the default when it is made):
every (scenario, step) of those exercises it has not revealed yet. While any workshop holds one, no route
shows it: not self-study of any exercise on that scenario, and not another workshop that revealed it.
The participant's own workshop adds only its own reveals. The local app and the Hub's service both ask
`visible_steps`, so the same rule holds wherever the references live.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kit.content.exercise import Exercise

if TYPE_CHECKING:
    from kit.content.library import Library
    from kit.store.protocol import ParticipantStore

ALL = "*"
Held = Iterable[tuple[str, str, frozenset[str]]]
"""(workshop code, exercise id, revealed step ids): `Store.held_secrets()`."""


def hidden_references(
    held: Held, steps_of: Callable[[str], tuple[str, tuple[str, ...]] | None], skip: str | None
) -> set[tuple[str, str]]:
    """(scenario id, step id) that a workshop other than `skip` still keeps secret."""
    hidden: set[tuple[str, str]] = set()
    for code, exercise_id, revealed in held:
        if code == skip or ALL in revealed:
            continue
        found = steps_of(exercise_id)
        if found is None:
            continue
        scenario, steps = found
        hidden.update((scenario, step) for step in steps if step not in revealed)
    return hidden


def visible_steps(
    exercise: Exercise,
    held: Held,
    library: Library | Callable[[], Library],
    workshop_code: str | None,
    own_revealed: set[str] | None,
) -> set[str]:
    """The step ids of `exercise` whose reference may be shown ('*': all of them).

    Self-study (`workshop_code` None) starts from everything, a workshop from `own_revealed`; either way
    a step another workshop holds is taken out.
    """
    held = list(held)
    base = {ALL} if workshop_code is None else set(own_revealed or ())
    if not held:
        return base
    loaded: list[Library] = []

    def steps_of(exercise_id: str) -> tuple[str, tuple[str, ...]] | None:
        if exercise_id == exercise.id:
            return exercise.scenario.id, tuple(s.id for s in exercise.steps)
        if not loaded:
            loaded.append(library() if callable(library) else library)
        other = loaded[0].exercises.get(exercise_id)
        return None if other is None else (other.scenario.id, tuple(s.id for s in other.steps))

    hidden = hidden_references(
        (h for h in held if h[0] != workshop_code and _same_scenario(h[1], exercise)), steps_of, workshop_code
    )
    mine = {s.id for s in exercise.steps if (exercise.scenario.id, s.id) in hidden}
    if not mine:
        return base
    return {s.id for s in exercise.steps if (ALL in base or s.id in base) and s.id not in mine}


def _same_scenario(exercise_id: str, exercise: Exercise) -> bool:
    """Cheap filter before the library is read: exercise ids start with their scenario's id."""
    return exercise_id == exercise.scenario.id or exercise_id.startswith(exercise.scenario.id + "/")


def visibility(
    store: ParticipantStore, exercise: Exercise, participant_id: int, workshop_code: str | None
) -> Callable[[], set[str]] | None:
    """What the runner asks before it shows a reference: the service's answer under the Hub, else the store's."""
    from kit.remote.client import ServiceStore
    from kit.store import Store

    if isinstance(store, ServiceStore):
        service = store
        return lambda: service.visible_steps(participant_id, exercise.id)
    if isinstance(store, Store):
        local = store

        def local_visible() -> set[str]:
            from kit.content.library import cached_library

            own = local.revealed(workshop_code, exercise.id) if workshop_code else None
            return visible_steps(exercise, local.held_secrets(), cached_library, workshop_code, own)

        return local_visible
    return None
