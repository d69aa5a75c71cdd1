"""The export as a facilitator reads it: Dutch column headers, titles and labels instead of ids, the
answers in words instead of JSON, scores as percentages and times on the Amsterdam clock.

`export_frames` stays the analysis form (ids, fractions, UTC); this module only presents it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pandas as pd

from kit.content.library import Library
from kit.reports.answers_view import answer_text

LOCAL_TIME = "Europe/Amsterdam"
TIME_FORMAT = "%Y-%m-%d %H:%M"
ANSWER_HEAD = ("Naam", "Rol", "Oefening", "Stap", "Vraag", "Antwoord", "Versie", "Bijgewerkt")
RESULT_HEAD = ("Naam", "Rol", "Oefening", "Totaalscore (%)", "Ingeleverd")
STEP_HEAD = ("Naam", "Rol", "Oefening", "Stap", "Score (%)")


def readable_frames(frames: Mapping[str, pd.DataFrame], library: Library) -> dict[str, pd.DataFrame]:
    """The three sheets of `export_frames`, for people: same rows, Dutch columns and words."""
    names = _Names(library)
    answers = frames["antwoorden"]
    answer_rows = [
        (
            row.participant,
            names.role(row.exercise_id, row.role),
            names.exercise(row.exercise_id),
            names.step(row.exercise_id, row.step_id),
            names.question(row.exercise_id, row.step_id, row.question_id),
            names.answer(row.exercise_id, row.step_id, row.question_id, row.value),
            int(str(row.version)),
            local_time(row.updated_at),
        )
        for row in answers.itertuples(index=False)
    ]
    results = frames["resultaten"]
    result_rows = [
        (
            row.participant,
            names.role(row.exercise_id, row.role),
            names.exercise(row.exercise_id),
            percent_number(row.total),
            local_time(row.submitted_at),
        )
        for row in results.itertuples(index=False)
    ]
    steps = frames["stappen"]
    step_rows = [
        (
            row.participant,
            names.role(row.exercise_id, row.role),
            names.exercise(row.exercise_id),
            row.step_title,
            percent_number(row.score),
        )
        for row in steps.itertuples(index=False)
    ]
    return {
        "antwoorden": pd.DataFrame(answer_rows, columns=list(ANSWER_HEAD)),
        "resultaten": pd.DataFrame(result_rows, columns=list(RESULT_HEAD)),
        "stappen": pd.DataFrame(step_rows, columns=list(STEP_HEAD)),
    }


def percent_number(score: Any) -> int | None:
    """0.625 -> 63 (whole percent, as the app shows it); None stays empty."""
    if score is None or pd.isna(score):
        return None
    return round(float(score) * 100)


def local_time(stamp: Any) -> str:
    """A UTC time as Amsterdam local time text ('2026-03-29 14:05'); empty when there is none."""
    if stamp is None or pd.isna(stamp):
        return ""
    value = pd.Timestamp(stamp)
    if value.tzinfo is None:
        value = value.tz_localize("UTC")
    return str(value.tz_convert(LOCAL_TIME).strftime(TIME_FORMAT))


class _Names:
    """Ids to the words the app shows; an id the content no longer knows is kept as it is."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def _exercise(self, exercise_id: Any) -> Any:
        return self.library.exercises.get(str(exercise_id))

    def exercise(self, exercise_id: Any) -> str:
        found = self._exercise(exercise_id)
        return str(found.title) if found else str(exercise_id)

    def step(self, exercise_id: Any, step_id: Any) -> str:
        found = self._exercise(exercise_id)
        titles = {s.id: s.titel for s in found.steps} if found else {}
        return str(titles.get(step_id, step_id))

    def question(self, exercise_id: Any, step_id: Any, question_id: Any) -> str:
        found = self._exercise(exercise_id)
        questions = {(s.id, q.id): q.vraag for s in found.steps for q in s.vragen} if found else {}
        return str(questions.get((step_id, question_id), question_id))

    def role(self, exercise_id: Any, role_id: Any) -> str:
        if role_id is None or (isinstance(role_id, float) and pd.isna(role_id)):
            return ""
        found = self._exercise(exercise_id)
        roles = {r.id: r.naam for r in found.roles} if found else {}
        return str(roles.get(str(role_id), role_id))

    def answer(self, exercise_id: Any, step_id: Any, question_id: Any, value: Any) -> str:
        found = self._exercise(exercise_id)
        try:
            decoded = json.loads(value) if isinstance(value, str) else value
        except json.JSONDecodeError:
            decoded = value
        return answer_text(found, step_id, question_id, decoded) if found else str(value)
