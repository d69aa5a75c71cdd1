"""A group workshop played through the store API: two tables of three and an observer, both handing in.

Shared by the records tests (exports, personal reports, dashboard, after-action report, delete).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kit.content.exercise import Exercise
from kit.content.models import Kind
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers
from kit.store import Store
from kit.store.team_records import OBSERVER

EXERCISE = "steekpartij/oefenvorm-2"
TABLES = {
    "Tafel 1": ["Anouk de Vries", "Bram Jansen", "Chaima El Amrani"],
    "Tafel 2": ["Daan Bakker", "Eva Visser", "Fatih Yilmaz"],
}
OBSERVERS = {"Tafel 1": "Waarnemer Els", "Tafel 2": "Waarnemer Joost"}
OWN_VOORAF = "Ik zag zelf de jongens bij het winkelcentrum"
"""What the first member of each table typed in the personal 'Vooraf' step (with the table name after it)."""
NOTE = "De tafel hield beeld en oordeel uit elkaar."
LESSON = "Eerst alle signalen op tafel leggen werkte."


@dataclass
class GroupDay:
    code: str
    exercise: Exercise
    team_ids: dict[str, int] = field(default_factory=dict)
    members: dict[str, int] = field(default_factory=dict)
    """Name -> participant id, observers included."""
    roles: dict[str, str] = field(default_factory=dict)
    totals: dict[str, float] = field(default_factory=dict)


def play_group_day(store: Store, exercise: Exercise) -> GroupDay:
    """Tafel 1 answers every step from the model analysis, Tafel 2 only the first two; both submit."""
    code = store.create_workshop("Oefenavond kernteam", [exercise.id], mode="groep").code
    day = GroupDay(code, exercise)
    roles = [r.id for r in exercise.roles]
    model = model_answers(exercise)
    step_ids = [s.id for s in exercise.steps]
    for table, names in TABLES.items():
        team = store.create_team(code, table)
        day.team_ids[table] = team.id
        for index, name in enumerate(names):
            person = store.join(name, code, role=roles[index])
            store.set_team(person.id, team.id)
            day.members[name], day.roles[name] = person.id, roles[index]
        observer = store.join(OBSERVERS[table], code, role=OBSERVER)
        store.set_team(observer.id, team.id)
        day.members[OBSERVERS[table]], day.roles[OBSERVERS[table]] = observer.id, OBSERVER
        first = day.members[names[0]]
        vooraf = exercise.steps[0]
        own = {q.id: f"{OWN_VOORAF} ({table})" for q in vooraf.vragen if q.soort == Kind.free_text}
        store.save_answer(first, exercise.id, vooraf.id, own)
        played = step_ids if table == "Tafel 1" else step_ids[:2]
        answers: dict[str, dict[str, object]] = {}
        for index, step_id in enumerate(played):
            writer = day.members[names[index % len(names)]]
            for question_id, value in model[step_id].items():
                store.save_team_answer(team.id, exercise.id, step_id, question_id, value, writer)
            store.hand_in_step(team.id, exercise.id, step_id)
            answers[step_id] = dict(model[step_id])
        result = score_exercise(exercise, answers).to_dict()
        assert store.submit_team(team.id, exercise.id, answers, result, result["total"], first)
        day.totals[table] = float(result["total"])
        store.save_observation(observer.id, team.id, exercise.id, step_ids[0], "bob", "P", f"{NOTE} ({table})")
        store.save_lessons(first, exercise.id, {"goed": f"{LESSON} ({table})", "beter": "", "anders": "Sneller"})
    return day
