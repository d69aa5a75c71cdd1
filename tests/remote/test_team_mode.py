"""Team play (issue 23, item 2) through the service: seats, the table's record, hand-in, submission, script,
observers and lessons, each checked per Hub account with the same rules as the local store.

The calls are made as the kernels make them (`ServiceStore`, `ServiceTable`, the team runner itself)
and as a crafted client would (the operation and a JSON body as some account), refused cases included.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from tests_support import casus_library

from kit.content.library import PACKAGE_DIR, Library, build_library, content_root
from kit.errors import KitError
from kit.facilitation.script import utcnow
from kit.remote.client import ServiceClient, ServiceError, ServiceStore
from kit.remote.operations import OPERATIONS, Backend, NotYours
from kit.remote.team_client import ServiceTable
from kit.remote.team_ops import TEAM_OPERATIONS
from kit.store import Store
from kit.store.team_records import OBSERVER
from kit.ui.app import SignIn
from kit.ui.team_runner import TeamRunner

EXERCISE = "steekpartij/oefenvorm-2"
SHARED = ("inschatting", "aard")  # a free text of a shared step
PERSONAL = ("vooraf", "eigen-signalen")  # each member's own picture


@pytest.fixture(scope="module")
def team_references() -> Library:
    return casus_library("steekpartij")


@pytest.fixture(scope="module")
def team_participant_library() -> Library:
    """What a participant's kernel loads under the Hub: the scenario without its reference."""
    paths = sorted((PACKAGE_DIR / "methods").glob("*.yaml")) + sorted((PACKAGE_DIR / "templates").glob("*.yaml"))
    library = build_library([*paths, content_root() / "scenarios" / "steekpartij.yaml"], need_references=False)
    assert library.problems == []
    return library


@pytest.fixture
def tb(tmp_path: Path, team_references: Library) -> Iterator[Backend]:
    made = Backend(store=Store(f"sqlite:///{tmp_path / 'team.sqlite'}"), library=team_references)
    yield made
    made.store.close()


class Loopback(ServiceClient):
    """The client's encoding and errors, the service's operations called in-process as `user` (as conftest's)."""

    def __init__(self, backend: Backend, user: str) -> None:
        super().__init__("http://unused/", token="unused")
        self.backend, self.user = backend, user

    def call(self, operation: str, **body: Any) -> Any:
        try:
            return json.loads(json.dumps(call(self.backend, self.user, operation, **body)))
        except KitError as exc:
            raise ServiceError(str(exc)) from None


def call(backend: Backend, user: str, operation: str, **body: Any) -> Any:
    handler = backend.operation(operation)
    assert handler is not None, operation
    return json.loads(json.dumps(handler(user, json.loads(json.dumps(body)))))


def workshop_with_tables(backend: Backend, tables: int = 2) -> str:
    """The facilitator's part, made on the store here (their calls through the service are hubfac's)."""
    code = backend.store.create_workshop("Oefenavond kernteam", [EXERCISE], mode="groep").code
    for n in range(tables):
        backend.store.create_team(code, f"Tafel {n + 1}")
    return code


def seated(backend: Backend, user: str, name: str, code: str, role: str | None = None) -> dict[str, Any]:
    """Sign in as the kernel does, then sit down: returns the participant (with role) and team as JSON."""
    pid = call(backend, user, "sign_in", name=name, workshop_code=code)["participant"]["id"]
    found: dict[str, Any] = call(backend, user, "take_seat", participant_id=pid, exercise_id=EXERCISE, role=role)
    return found


def member_runner(
    backend: Backend, user: str, name: str, code: str, library: Library, role: str | None = None
) -> TeamRunner:
    """What a participant's browser gets under the Hub: the sign-in form on the service, then the team runner."""
    form = SignIn([library.exercise(EXERCISE)], ServiceStore(Loopback(backend, user)))
    form.name.value, form.code.value = name, code
    if role is not None:
        form.role.value = role
    runner = form.start()
    assert isinstance(runner, TeamRunner), form.message.value
    if runner._live is not None:  # the test refreshes by hand (pull), not on a timer
        runner._live.stop()
        runner._live.join(5)
    return runner


def step_index(runner: TeamRunner, step_id: str) -> int:
    return [s.id for s in runner.exercise.steps].index(step_id)


def test_every_team_call_is_served_and_none_takes_a_team_id(tb: Backend) -> None:
    """The table always follows from the caller's own participant; a team id in the body is ignored."""
    assert TEAM_OPERATIONS <= OPERATIONS
    code = workshop_with_tables(tb)
    anna = seated(tb, "anna", "Anna", code, "wijkagent")
    bram = seated(tb, "bram", "Bram", code, "ggd")
    assert anna["team"]["id"] != bram["team"]["id"]  # the emptiest table first
    saved = call(
        tb,
        "bram",
        "table_save",
        participant_id=bram["participant"]["id"],
        exercise_id=EXERCISE,
        team_id=anna["team"]["id"],
        step_id=SHARED[0],
        question_id=SHARED[1],
        value="Bram schrijft",
        base_version=0,
    )
    assert saved == {"version": 1, "overwrote": None}
    assert tb.store.team_answers(anna["team"]["id"], EXERCISE).values == {}
    assert tb.store.team_answers(bram["team"]["id"], EXERCISE).values == {SHARED[0]: {SHARED[1]: "Bram schrijft"}}


def test_a_workshop_with_tables_seats_its_people_through_the_service(
    tb: Backend, team_participant_library: Library
) -> None:
    code = workshop_with_tables(tb, tables=1)
    anna = member_runner(tb, "anna", "Anna", code, team_participant_library, "jongerenwerker")
    assert isinstance(anna.table, ServiceTable) and not hasattr(anna, "engine")
    pid = tb.store.named_participant("Anna", code)
    assert pid is not None and tb.store.hub_owner(pid) == "anna"
    assert tb.store.team_of(pid) == anna.team and anna.role_id == "jongerenwerker"
    eva = member_runner(tb, "eva", "Eva", code, team_participant_library, OBSERVER)
    assert eva.observer and eva.team == anna.team
    assert set(eva.observer_forms) == {eva.step.id}  # the form of each step is built with it
    assert "Anna" in eva.header.value and "Eva" in eva.header.value
    again = member_runner(tb, "anna", "Anna", code, team_participant_library, "ggd")
    assert again.role_id == "jongerenwerker"  # a seated member keeps seat and role: the form does not move them


def test_members_share_the_record_with_versions_and_the_conflict_notice(
    tb: Backend, team_participant_library: Library
) -> None:
    code = workshop_with_tables(tb, tables=1)
    anna = member_runner(tb, "anna", "Anna", code, team_participant_library, "wijkagent")
    bram = member_runner(tb, "bram", "Bram", code, team_participant_library, "ggd")
    for run in (anna, bram):
        run.show_step(step_index(run, SHARED[0]))
    anna.renderers[SHARED[0]][SHARED[1]].apply("Eerste beeld van Anna")
    anna.flush()
    assert bram.pull() == [SHARED]
    assert bram.renderers[SHARED[0]][SHARED[1]].get() == "Eerste beeld van Anna"
    assert any("Anna" in n for n in bram.notices)
    # both change the same question from version 1: the last write wins and its writer is told
    anna.renderers[SHARED[0]][SHARED[1]].apply("Anna past aan")
    bram.renderers[SHARED[0]][SHARED[1]].apply("Bram past aan")
    anna.flush()
    bram.flush()
    assert any("Anna" in n for n in bram.notices)  # "you replaced Anna's newer answer"
    anna.pull()
    assert anna.renderers[SHARED[0]][SHARED[1]].get() == "Bram past aan"
    assert any("Bram" in n for n in anna.notices)
    record = tb.store.team_answers(anna.team.id, EXERCISE)
    assert record.versions[SHARED] == 3 and record.values[SHARED[0]][SHARED[1]] == "Bram past aan"
    # a personal step stays each member's own: saved as their answers, never in the table's record
    anna.show_step(step_index(anna, PERSONAL[0]))
    anna.renderers[PERSONAL[0]][PERSONAL[1]].apply("Alleen van Anna")
    anna.flush()
    assert PERSONAL[0] not in tb.store.team_answers(anna.team.id, EXERCISE).values
    assert tb.store.load_answers(anna.participant_id, EXERCISE)[PERSONAL[0]][PERSONAL[1]] == "Alleen van Anna"


def test_a_member_writes_only_their_own_tables_record(tb: Backend) -> None:
    code = workshop_with_tables(tb)
    anna = seated(tb, "anna", "Anna", code, "wijkagent")
    pid = anna["participant"]["id"]
    body = {"exercise_id": EXERCISE, "step_id": SHARED[0], "question_id": SHARED[1], "value": "x", "base_version": 0}
    with pytest.raises(NotYours):  # another account naming Anna's participant
        call(tb, "mallory", "table_save", participant_id=pid, **body)
    for operation in ("table_answers", "table_state", "table_result", "table_members", "table_lessons"):
        with pytest.raises(NotYours):
            call(tb, "mallory", operation, participant_id=pid, exercise_id=EXERCISE)
    # a participant of the workshop who sits at no table gets no table
    late = call(tb, "chris", "sign_in", name="Chris", workshop_code=code)["participant"]["id"]
    with pytest.raises(KitError, match="niet aan een tafel"):
        call(tb, "chris", "table_answers", participant_id=late, exercise_id=EXERCISE)
    # self-study has no table, and an exercise outside the workshop is refused
    alone = call(tb, "dirk", "sign_in", name="Dirk")["participant"]["id"]
    with pytest.raises(KitError, match="niet aan een tafel"):
        call(tb, "dirk", "take_seat", participant_id=alone, exercise_id=EXERCISE)
    with pytest.raises(KitError, match="hoort niet bij je workshop"):
        call(tb, "anna", "table_answers", participant_id=pid, exercise_id="steekpartij/oefenvorm-1")
    # only the shared steps' known questions
    with pytest.raises(KitError, match="ieder voor jezelf"):
        call(
            tb, "anna", "table_save", participant_id=pid, **{**body, "step_id": PERSONAL[0], "question_id": PERSONAL[1]}
        )
    with pytest.raises(KitError, match="geen vraag"):
        call(tb, "anna", "table_save", participant_id=pid, **{**body, "question_id": "verzonnen"})
    with pytest.raises(KitError, match="geen vraag"):
        call(tb, "anna", "table_save", participant_id=pid, **{**body, "question_id": "verzonnen.namelijk"})
    namelijk = {**body, "question_id": f"{SHARED[1]}.namelijk", "value": {"anders": "een eigen tekst"}}
    assert call(tb, "anna", "table_save", participant_id=pid, **namelijk)["version"] == 1  # an 'anders' text
    with pytest.raises(KitError, match="geen stap"):
        call(tb, "anna", "table_hand_in", participant_id=pid, exercise_id=EXERCISE, step_id="verzonnen")
    assert call(tb, "anna", "table_save", participant_id=pid, **body) == {"version": 1, "overwrote": None}
    assert set(tb.store.team_answers(anna["team"]["id"], EXERCISE).values[SHARED[0]]) == {
        SHARED[1],
        namelijk["question_id"],
    }


def test_an_observer_only_reads_and_fills_forms(tb: Backend) -> None:
    code = workshop_with_tables(tb, tables=1)
    anna = seated(tb, "anna", "Anna", code, "wijkagent")
    eva = seated(tb, "eva", "Eva", code, OBSERVER)
    apid, epid = anna["participant"]["id"], eva["participant"]["id"]
    assert eva["participant"]["role"] == OBSERVER and eva["team"] == anna["team"]
    call(tb, "anna", "table_save", participant_id=apid, exercise_id=EXERCISE, step_id=SHARED[0],
         question_id=SHARED[1], value="De tafel ziet onrust", base_version=0)  # fmt: skip
    seen = call(tb, "eva", "table_answers", participant_id=epid, exercise_id=EXERCISE)
    assert seen["values"] == {SHARED[0]: {SHARED[1]: "De tafel ziet onrust"}}
    refused = [
        ("table_save", {"step_id": SHARED[0], "question_id": SHARED[1], "value": "weg", "base_version": 1}),
        ("table_hand_in", {"step_id": SHARED[0]}),
        ("table_submit", {}),
    ]
    for operation, body in refused:
        with pytest.raises(KitError, match="waarnemer"):
            call(tb, "eva", operation, participant_id=epid, exercise_id=EXERCISE, **body)
    assert tb.store.team_answers(anna["team"]["id"], EXERCISE).values[SHARED[0]][SHARED[1]] == "De tafel ziet onrust"
    assert tb.store.handed_in_steps(anna["team"]["id"], EXERCISE) == set()
    assert tb.store.team_result(anna["team"]["id"], EXERCISE) is None
    form = {"exercise_id": EXERCISE, "step_id": "beeldvorming", "criterion": "informatie", "note": "Goed gedeeld"}
    criterion = next(iter(__import__("kit.facilitation.evaluation_guide", fromlist=["CRITERIA"]).CRITERIA))
    form["criterion"] = criterion
    call(tb, "eva", "table_save_observation", participant_id=epid, rating="S", **form)
    stored = call(tb, "eva", "table_observations", participant_id=epid, exercise_id=EXERCISE, step_id="beeldvorming")
    assert stored == {criterion: {"rating": "S", "note": "Goed gedeeld"}}
    with pytest.raises(KitError, match="voor waarnemers"):  # a member fills no observer's form
        call(tb, "anna", "table_save_observation", participant_id=apid, rating="S", **form)
    with pytest.raises(KitError, match="beoordeling"):
        call(tb, "eva", "table_save_observation", participant_id=epid, rating="Z", **form)
    with pytest.raises(KitError, match="onderdeel"):
        call(tb, "eva", "table_save_observation", participant_id=epid, rating="S", **{**form, "criterion": "x"})
    assert [o["criterion"] for o in tb.store.observations(code, EXERCISE)] == [criterion]


def test_the_tables_result_shows_no_score_of_a_step_before_its_reveal(tb: Backend) -> None:
    code = workshop_with_tables(tb, tables=1)
    anna = seated(tb, "anna", "Anna", code, "wijkagent")
    bram = seated(tb, "bram", "Bram", code, "ggd")
    apid, bpid = anna["participant"]["id"], bram["participant"]["id"]
    exercise = tb.library.exercise(EXERCISE)
    fase = exercise.options[("oordeel", "fase")][0].id
    call(tb, "anna", "table_save", participant_id=apid, exercise_id=EXERCISE, step_id="oordeel",
         question_id="fase", value=fase, base_version=0)  # fmt: skip
    shown = call(tb, "anna", "table_submit", participant_id=apid, exercise_id=EXERCISE)
    assert shown["first"] is True and shown["found"]["submitted_by"] == "Anna"
    result = shown["found"]["result"]
    assert shown["found"]["total"] is None and result["total"] is None
    assert all(s["score"] is None and s["questions"] == [] and s["modelantwoord"] is None for s in result["steps"])
    kept = tb.store.team_result(anna["team"]["id"], EXERCISE)
    assert kept is not None and all(s["score"] is not None for s in kept["result"]["steps"])  # the store's is whole
    texts = [s["modelantwoord"] for s in kept["result"]["steps"] if s.get("modelantwoord")]
    assert texts  # the references the screens must not get yet
    for operation in ("table_result", "table_state", "table_answers"):
        seen = json.dumps(call(tb, "bram", operation, participant_id=bpid, exercise_id=EXERCISE))
        assert all(text not in seen for text in texts) and '"score": 0' not in seen
    second = call(tb, "bram", "table_submit", participant_id=bpid, exercise_id=EXERCISE)
    assert second["first"] is False  # one submission per table
    tb.store.reveal(code, EXERCISE, "oordeel")
    later = call(tb, "bram", "table_result", participant_id=bpid, exercise_id=EXERCISE)
    scored = [s["step"] for s in later["result"]["steps"] if s["score"] is not None]
    assert scored == ["oordeel"] and later["total"] is None
    tb.store.reveal(code, EXERCISE)
    every = call(tb, "bram", "table_result", participant_id=bpid, exercise_id=EXERCISE)
    assert every["total"] == kept["total"]


def test_no_submission_while_the_workshop_is_paused(tb: Backend) -> None:
    code = workshop_with_tables(tb, tables=1)
    pid = seated(tb, "anna", "Anna", code, "wijkagent")["participant"]["id"]
    tb.store.set_settings(code, {"gepauzeerd": True})
    with pytest.raises(KitError, match="gepauzeerd"):
        call(tb, "anna", "table_submit", participant_id=pid, exercise_id=EXERCISE)
    tb.store.set_settings(code, {"gepauzeerd": False})
    assert call(tb, "anna", "table_submit", participant_id=pid, exercise_id=EXERCISE)["first"] is True


def test_the_clock_and_its_injects_reach_each_role_and_the_observer_sees_all(tb: Backend) -> None:
    code = workshop_with_tables(tb, tables=1)
    people = {
        "anna": seated(tb, "anna", "Anna", code, "wijkagent"),
        "gijs": seated(tb, "gijs", "Gijs", code, "ggd"),
        "jan": seated(tb, "jan", "Jan", code, "jongerenwerker"),
        "eva": seated(tb, "eva", "Eva", code, OBSERVER),
    }
    team = people["anna"]["team"]["id"]

    def state(user: str) -> dict[str, Any]:
        found: dict[str, Any] = call(
            tb, user, "table_state", participant_id=people[user]["participant"]["id"], exercise_id=EXERCISE
        )
        return found

    before = state("anna")
    assert before["script"] is True and before["clock"]["started"] is False and before["events"] == []
    tb.store.start_clock(team, EXERCISE, utcnow() - timedelta(minutes=30))  # the facilitator started it at T+0
    seen = {user: {e["inject_id"] for e in state(user)["events"]} for user in people}
    assert state("anna")["clock"]["started"] and state("anna")["clock"]["elapsed"] >= 30 * 60
    assert {"r1-steekincident", "r1-ruit"} <= seen["gijs"]  # lines for everyone
    assert "r2-nepbericht" in seen["anna"] and "r2-nepbericht" not in seen["gijs"]  # only its roles
    assert seen["eva"] >= seen["anna"] | seen["jan"]
    assert "r2-aangehouden" not in seen["eva"]  # waits for its step to be handed in
    entry = next(x for x in tb.library.exercise(EXERCISE).script if x.inject == "r2-aangehouden")
    call(tb, "jan", "table_hand_in", participant_id=people["jan"]["participant"]["id"], exercise_id=EXERCISE,
         step_id=entry.stap)  # fmt: skip
    assert "r2-aangehouden" in {e["inject_id"] for e in state("gijs")["events"]}
    assert len([e for e in tb.store.script_events(team, EXERCISE) if e.inject_id == "r2-aangehouden"]) == 1
    with pytest.raises(NotYours):
        call(tb, "mallory", "table_state", participant_id=people["eva"]["participant"]["id"], exercise_id=EXERCISE)


def test_lessons_learned_are_each_participants_own(tb: Backend) -> None:
    code = workshop_with_tables(tb, tables=1)
    anna = seated(tb, "anna", "Anna", code, "wijkagent")["participant"]["id"]
    eva = seated(tb, "eva", "Eva", code, OBSERVER)["participant"]["id"]
    from kit.facilitation.evaluation_guide import LESSONS

    key = next(iter(LESSONS))
    call(tb, "anna", "table_save_lessons", participant_id=anna, exercise_id=EXERCISE, answers={key: "Eerder bellen"})
    call(tb, "eva", "table_save_lessons", participant_id=eva, exercise_id=EXERCISE, answers={key: "Rustig blijven"})
    assert call(tb, "anna", "table_lessons", participant_id=anna, exercise_id=EXERCISE) == {key: "Eerder bellen"}
    with pytest.raises(NotYours):
        call(tb, "eva", "table_lessons", participant_id=anna, exercise_id=EXERCISE)
    with pytest.raises(KitError, match="geen vraag"):
        call(tb, "anna", "table_save_lessons", participant_id=anna, exercise_id=EXERCISE, answers={"x": "y"})
    assert sorted(a[key] for a in tb.store.workshop_lessons(code)) == ["Eerder bellen", "Rustig blijven"]


def test_the_service_refusal_reaches_the_screen_in_dutch(tb: Backend, team_participant_library: Library) -> None:
    """A refused call through the client is a ServiceError with the service's Dutch sentence."""
    code = workshop_with_tables(tb, tables=1)
    eva = member_runner(tb, "eva", "Eva", code, team_participant_library, OBSERVER)
    with pytest.raises(ServiceError, match="waarnemer"):
        eva.table.hand_in(SHARED[0])
