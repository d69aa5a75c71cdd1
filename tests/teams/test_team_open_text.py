"""An 'anders, namelijk ...' text typed at a table is part of the table's record, like the tick it explains."""

from __future__ import annotations

import pytest
from team_support import FakeClock
from tests_support import casus_library

from kit.answers_io import open_key
from kit.content.exercise import Exercise
from kit.facilitation.teams import auto_fill
from kit.store import Store
from kit.ui.renderers import ChooseMany
from kit.ui.team_runner import TeamRunner
from kit.ui.workshop_link import WorkshopLink

CASUS = "casus-1"


@pytest.fixture(scope="module")
def casus() -> Exercise:
    return casus_library(CASUS).exercise(CASUS)


def _open_question(exercise: Exercise) -> tuple[str, str, str]:
    """The first shared question with an 'anders, namelijk' option: (step, question, option)."""
    for step in exercise.steps:
        for question in step.vragen:
            for option in exercise.options.get((step.id, question.id), ()):
                if option.open:
                    return step.id, question.id, option.id
    raise AssertionError("no open option in the casus")


def _runners(store: Store, exercise: Exercise) -> list[TeamRunner]:
    code = store.create_workshop("Casus aan tafels", [exercise.id], mode="groep").code
    ids = [store.join(name, code).id for name in ("Ilse", "Joost")]
    auto_fill(store, code, [], tables=1)
    runners = []
    for participant_id in ids:
        team = store.team_of(participant_id)
        assert team is not None
        link = WorkshopLink(store, code, exercise.id, True, team.id)
        runners.append(TeamRunner(exercise, store, participant_id, None, link, team, save_delay=0.05, now=FakeClock()))
    return runners


def _runners_again(store: Store, exercise: Exercise, member: TeamRunner) -> TeamRunner:
    assert member.link is not None
    return TeamRunner(exercise, store, member.participant_id, None, member.link, member.team, save_delay=0.05)


def test_open_text_is_saved_for_the_table_and_reaches_the_other_member(store: Store, casus: Exercise) -> None:
    step_id, question_id, option_id = _open_question(casus)
    ilse, joost = _runners(store, casus)
    index = [s.id for s in casus.steps].index(step_id)
    ilse.show_step(index)
    joost.show_step(index)
    renderer = ilse.renderers[step_id][question_id]
    assert isinstance(renderer, ChooseMany)
    renderer.boxes[option_id].value = True
    renderer.texts[option_id].value = "Het schoolplein na schooltijd"
    ilse.flush()

    record = store.team_answers(ilse.team.id, casus.id)
    assert record.values[step_id][open_key(question_id)] == {option_id: "Het schoolplein na schooltijd"}

    joost.pull()
    other = joost.renderers[step_id][question_id]
    assert isinstance(other, ChooseMany)
    assert other.boxes[option_id].value
    assert other.texts[option_id].value == "Het schoolplein na schooltijd"

    later = _runners_again(store, casus, joost)  # a member who (re)opens the page sees the table's text
    later.show_step(index)
    reopened = later.renderers[step_id][question_id]
    assert isinstance(reopened, ChooseMany)
    assert reopened.texts[option_id].value == "Het schoolplein na schooltijd"

    renderer.texts[option_id].value = ""  # emptied: the table's record follows, no stale text stays behind
    ilse.flush()
    record = store.team_answers(ilse.team.id, casus.id)
    assert not record.values[step_id][open_key(question_id)]
