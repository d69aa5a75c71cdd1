"""A SMART action's time is a deadline the participant set (issue 19, item 4)."""

from __future__ import annotations

import pytest

from kit.content.library import Library, load_library
from kit.content.models import FieldMeaning, RecordField
from kit.scoring.engine import score_step
from kit.scoring.forms import form_problems, moments
from kit.scoring.model_answers import model_answers
from kit.scoring.texts import FORM

LIBRARY: Library = load_library()
M = FieldMeaning
FIELDS = [RecordField(id=m.value, label=m.value, betekenis=m) for m in (M.resultaat, M.eigenaar, M.tijd)]
SHOWN = frozenset({("maandag", "10:40"), ("", "23:10")})


def problems(time: str) -> list[str]:
    row = {"resultaat": "5 gesprekken gevoerd", "eigenaar": "wijkagent", "tijd": time}
    return form_problems(FIELDS, row, {"wijkagent"}, SHOWN)


@pytest.mark.parametrize(
    "time",
    ["uiterlijk vrijdag", "binnen twee dagen", "woensdagavond", "Dinsdag 12:00", "14 oktober", "vanavond",
     "maandag 12:00", "dinsdag 10:40"],
)
def test_a_time_the_participant_set_is_a_deadline(time: str) -> None:
    assert problems(time) == []


@pytest.mark.parametrize("time", ["voor de bewoners", "na overleg", "binnen het team", "uiterlijk", "zsm", ""])
def test_a_bare_preposition_is_no_deadline(time: str) -> None:
    assert problems(time) == [FORM["no_time"]]


@pytest.mark.parametrize("time", ["maandag 10:40", "Maandag 10.40 uur", "10:40", "vrijdag 23:10", "om 23:10"])
def test_the_time_of_a_message_is_not_a_deadline(time: str) -> None:
    assert problems(time) == [FORM["copied_time"]]


def test_moments_pair_every_clock_time_with_every_weekday() -> None:
    assert moments("vrijdag 3 okt, 08:05") == {("vrijdag", "08:05")}
    assert moments("Maandag 9.30 of dinsdag 9:30") == {("maandag", "09:30"), ("dinsdag", "09:30")}
    assert moments("om 7:05") == {("", "07:05")}
    assert moments("vrijdag") == frozenset()


def test_an_action_due_at_an_inject_time_does_not_count_in_the_exercise() -> None:
    exercise = LIBRARY.exercise("internationaal-conflict/oefenvorm-1")
    values = model_answers(exercise)["besluit"]
    own = score_step(exercise, "besluit", values)
    rows = [{**row, "wanneer": "maandag 10:40"} for row in values["acties"]]
    copied = score_step(exercise, "besluit", {**values, "acties": rows})
    texts = [f.tekst for q in copied.questions for f in q.feedback]
    assert f"Regel 1 telt niet mee: {FORM['copied_time']}." in texts
    assert copied.score < own.score
