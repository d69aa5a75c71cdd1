"""What the facilitator does during a workshop: release injects and reveal the reference analysis."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from kit.store.base import StoreBase, upsert_insert
from kit.store.retry import retrying
from kit.store.schema import ReleasedInject, Reveal, utcnow

ALL_STEPS = "*"


class FacilitationMixin(StoreBase):
    @retrying
    def release_inject(
        self,
        workshop_code: str,
        exercise_id: str,
        inject_id: str,
        roles: Sequence[str] | None = None,
    ) -> None:
        """Release an inject to `roles` (None: every role). Releasing again only changes the roles (upsert)."""
        with self._write() as session:
            workshop = self._workshop_row(session, workshop_code)
            new = upsert_insert(session, ReleasedInject).values(
                workshop_id=workshop.id,
                exercise_id=exercise_id,
                inject_id=inject_id,
                roles=None if roles is None else list(roles),
                released_at=utcnow(),
            )
            session.execute(
                new.on_conflict_do_update(
                    index_elements=["workshop_id", "exercise_id", "inject_id"],
                    set_={"roles": new.excluded.roles},
                )
            )

    @retrying
    def released_injects(self, workshop_code: str, exercise_id: str) -> list[dict[str, Any]]:
        """Released injects in release order: dicts of inject_id, roles (None: all), released_at."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.scalars(
                select(ReleasedInject)
                .where(
                    ReleasedInject.workshop_id == workshop.id,
                    ReleasedInject.exercise_id == exercise_id,
                )
                .order_by(ReleasedInject.id)
            )
            return [{"inject_id": r.inject_id, "roles": r.roles, "released_at": r.released_at} for r in rows]

    @retrying
    def reveal(self, workshop_code: str, exercise_id: str, step_id: str = ALL_STEPS) -> None:
        """Show the reference analysis of one step, or of the whole exercise with '*' (again: no change)."""
        with self._write() as session:
            workshop = self._workshop_row(session, workshop_code)
            new = upsert_insert(session, Reveal).values(
                workshop_id=workshop.id, exercise_id=exercise_id, step_id=step_id, revealed_at=utcnow()
            )
            session.execute(new.on_conflict_do_nothing(index_elements=["workshop_id", "exercise_id", "step_id"]))

    @retrying
    def revealed(self, workshop_code: str, exercise_id: str) -> set[str]:
        """The step ids revealed so far ('*' if the whole exercise is)."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            rows = session.scalars(
                select(Reveal.step_id).where(Reveal.workshop_id == workshop.id, Reveal.exercise_id == exercise_id)
            )
            return set(rows)
