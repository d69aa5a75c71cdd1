"""The store as pandas frames for the facilitator's dashboard and the exports.

pandas is imported inside the methods, so a participant's kernel never loads it for saving answers.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from kit.store.base import StoreBase
from kit.store.retry import retrying
from kit.store.schema import Answer, Participant, Submission

if TYPE_CHECKING:
    import pandas as pd

ANSWER_COLUMNS = (
    "participant",
    "role",
    "exercise_id",
    "step_id",
    "question_id",
    "value",
    "version",
    "updated_at",
)
RESULT_COLUMNS = ("participant", "exercise_id", "total", "submitted_at", "result")


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _frame(rows: list[tuple[Any, ...]], columns: tuple[str, ...], time_column: str) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns))
    frame[time_column] = pd.to_datetime(frame[time_column], utc=True)
    return frame


class FramesMixin(StoreBase):
    @retrying
    def answers_frame(self, workshop_code: str) -> pd.DataFrame:
        """One row per participant x exercise x step x question; `value` is JSON text."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            found = session.execute(
                select(
                    Participant.name,
                    Participant.role,
                    Answer.exercise_id,
                    Answer.step_id,
                    Answer.value,
                    Answer.version,
                    Answer.updated_at,
                )
                .join(Participant, Participant.id == Answer.participant_id)
                .where(Participant.workshop_id == workshop.id)
                .order_by(Participant.name_key, Answer.exercise_id, Answer.step_id)
            ).all()
        rows = [
            (name, role, exercise, step, question, _json_text(value[question]), version, at)
            for name, role, exercise, step, value, version, at in found
            for question in sorted(value)
        ]
        return _frame(rows, ANSWER_COLUMNS, "updated_at")

    @retrying
    def results_frame(self, workshop_code: str, latest_only: bool = False) -> pd.DataFrame:
        """One row per submission (or only the last per participant x exercise); `result` is JSON text."""
        with self._read() as session:
            workshop = self._workshop_row(session, workshop_code)
            found = session.execute(
                select(
                    Participant.id,
                    Participant.name,
                    Submission.exercise_id,
                    Submission.total,
                    Submission.submitted_at,
                    Submission.result,
                )
                .join(Participant, Participant.id == Submission.participant_id)
                .where(Participant.workshop_id == workshop.id)
                .order_by(Submission.submitted_at, Submission.id)
            ).all()
        if latest_only:
            last = {(row[0], row[2]): row for row in found}  # later rows win
            found = [row for row in found if last[(row[0], row[2])] is row]
        rows = [(name, exercise, total, at, _json_text(result)) for _, name, exercise, total, at, result in found]
        return _frame(rows, RESULT_COLUMNS, "submitted_at")
