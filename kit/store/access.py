"""Who may open what: the facilitator's switch that closes a workshop exercise for self-study.

While a workshop uses an exercise, a participant could open the same exercise without the code,
submit twice and read every verdict and model answer. A closed exercise refuses self-study until
the facilitator opens it again or the workshop is deleted.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from kit.store.base import StoreBase
from kit.store.retry import retrying
from kit.store.schema import Reveal, SelfStudyOff, Workshop


class AccessMixin(StoreBase):
    @retrying
    def set_self_study(self, workshop_code: str, exercise_id: str, allowed: bool) -> None:
        """Open (`allowed`) or close an exercise of the workshop for self-study."""
        with self._write() as session:
            workshop = self._workshop_row(session, workshop_code)
            where = (SelfStudyOff.workshop_id == workshop.id, SelfStudyOff.exercise_id == exercise_id)
            exists = session.scalars(select(SelfStudyOff.id).where(*where)).first() is not None
            if allowed:
                session.execute(delete(SelfStudyOff).where(*where))
            elif not exists:
                session.add(SelfStudyOff(workshop_id=workshop.id, exercise_id=exercise_id))

    @retrying
    def self_study_closed(self, workshop_code: str | None = None) -> set[str]:
        """Exercise ids closed for self-study: by any workshop, or by the one with this code."""
        with self._read() as session:
            query = select(SelfStudyOff.exercise_id)
            if workshop_code is not None:
                query = query.where(SelfStudyOff.workshop_id == self._workshop_row(session, workshop_code).id)
            return set(session.scalars(query))

    @retrying
    def held_secrets(self) -> list[tuple[str, str, frozenset[str]]]:
        """(workshop code, exercise id, step ids it revealed) for every exercise a workshop closed for self-study.

        `kit.secrecy` turns these into the references that no route may show (issue 18).
        """
        with self._read() as session:
            closed = session.execute(
                select(Workshop.id, Workshop.code, SelfStudyOff.exercise_id).join(
                    Workshop, Workshop.id == SelfStudyOff.workshop_id
                )
            ).all()
            shown: dict[tuple[int, str], set[str]] = {}
            for workshop_id, exercise_id, step_id in session.execute(
                select(Reveal.workshop_id, Reveal.exercise_id, Reveal.step_id).where(
                    Reveal.workshop_id.in_(select(SelfStudyOff.workshop_id))
                )
            ):
                shown.setdefault((workshop_id, exercise_id), set()).add(step_id)
        return [(code, eid, frozenset(shown.get((wid, eid), ()))) for wid, code, eid in closed]
