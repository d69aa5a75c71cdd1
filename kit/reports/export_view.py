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
from kit.facilitation.evaluation_guide import CRITERIA, LESSONS, RATINGS
from kit.reports.answers_view import answer_text
from kit.store.team_records import OBSERVER

LOCAL_TIME = "Europe/Amsterdam"
TIME_FORMAT = "%Y-%m-%d %H:%M"
ANSWER_HEAD = ("Naam", "Rol", "Oefening", "Stap", "Vraag", "Antwoord", "Versie", "Bijgewerkt")
RESULT_HEAD = ("Naam", "Rol", "Oefening", "Totaalscore (%)", "Ingeleverd")
STEP_HEAD = ("Naam", "Rol", "Oefening", "Stap", "Score (%)")
MEMBER_HEAD = ("Tafel", "Naam", "Rol")
TEAM_ANSWER_HEAD = ("Tafel", "Oefening", "Stap", "Vraag", "Antwoord", "Versie", "Laatst bewerkt door", "Bijgewerkt")
TEAM_RESULT_HEAD = ("Tafel", "Oefening", "Totaalscore (%)", "Ingeleverd door", "Ingeleverd")
TEAM_STEP_HEAD = ("Tafel", "Oefening", "Stap", "Score (%)")
OBSERVATION_HEAD = ("Tafel", "Waarnemer", "Oefening", "Stap", "Onderdeel", "Oordeel", "Waarneming", "Bijgewerkt")
LESSON_HEAD = ("Oefening", "Vraag", "Antwoord")
OBSERVER_NAME = "Waarnemer"


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
    readable = {
        "antwoorden": pd.DataFrame(answer_rows, columns=list(ANSWER_HEAD)),
        "resultaten": pd.DataFrame(result_rows, columns=list(RESULT_HEAD)),
        "stappen": pd.DataFrame(step_rows, columns=list(STEP_HEAD)),
    }
    if "tafels" in frames:
        readable.update(_group_sheets(frames, names))
    return readable


def _group_sheets(frames: Mapping[str, pd.DataFrame], names: _Names) -> dict[str, pd.DataFrame]:
    """The tables' sheets of a group workshop (`export.group_frames`), in the same readable form."""
    exercises = sorted({str(x) for frame in frames.values() if "exercise_id" in frame for x in frame["exercise_id"]})
    members = [
        (row.team, row.participant, names.any_role(exercises, row.role))
        for row in frames["tafels"].itertuples(index=False)
    ]
    answers = [
        (
            row.team,
            names.exercise(row.exercise_id),
            names.step(row.exercise_id, row.step_id),
            names.question(row.exercise_id, row.step_id, row.question_id),
            names.answer(row.exercise_id, row.step_id, row.question_id, row.value),
            int(str(row.version)),
            _text(row.updated_by),
            local_time(row.updated_at),
        )
        for row in frames["tafelantwoorden"].itertuples(index=False)
    ]
    results = [
        (
            row.team,
            names.exercise(row.exercise_id),
            percent_number(row.total),
            _text(row.submitted_by),
            local_time(row.submitted_at),
        )
        for row in frames["tafelresultaten"].itertuples(index=False)
    ]
    steps = [
        (row.team, names.exercise(row.exercise_id), row.step_title, percent_number(row.score))
        for row in frames["tafelstappen"].itertuples(index=False)
    ]
    observations = [
        (
            row.team,
            row.observer,
            names.exercise(row.exercise_id),
            names.step(row.exercise_id, row.step_id),
            CRITERIA.get(str(row.criterion), (str(row.criterion), ""))[0],
            f"{row.rating} · {RATINGS[str(row.rating)]}" if str(row.rating) in RATINGS else "",
            _text(row.note),
            local_time(row.updated_at),
        )
        for row in frames["waarnemingen"].itertuples(index=False)
    ]
    lessons = [
        (names.exercise(row.exercise_id), LESSONS.get(str(row.question_id), str(row.question_id)), row.answer)
        for row in frames["lessen"].itertuples(index=False)
    ]
    return {
        "tafels": pd.DataFrame(members, columns=list(MEMBER_HEAD)),
        "tafelantwoorden": pd.DataFrame(answers, columns=list(TEAM_ANSWER_HEAD)),
        "tafelresultaten": pd.DataFrame(results, columns=list(TEAM_RESULT_HEAD)),
        "tafelstappen": pd.DataFrame(steps, columns=list(TEAM_STEP_HEAD)),
        "waarnemingen": pd.DataFrame(observations, columns=list(OBSERVATION_HEAD)),
        "lessen": pd.DataFrame(lessons, columns=list(LESSON_HEAD)),
    }


def _text(value: Any) -> str:
    """A possibly missing text (a deleted editor, an empty note) as text."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


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

    def any_role(self, exercise_ids: list[str], role_id: Any) -> str:
        """A role's name from the workshop's exercises (these first), else from any exercise; an
        observer is 'Waarnemer'."""
        if role_id is None or (isinstance(role_id, float) and pd.isna(role_id)):
            return ""
        if str(role_id) == OBSERVER:
            return OBSERVER_NAME
        ordered = [*exercise_ids, *self.library.exercises]
        for exercise_id in ordered:
            found = self._exercise(exercise_id)
            for role in found.roles if found else ():
                if role.id == str(role_id):
                    return str(role.naam)
        return str(role_id)

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
