"""The service's team-play calls: one participant's table, derived from their own participant, never the screen's.

Each call names the caller's participant (checked against their Hub account, as every call) and an
exercise of their workshop; the table is the one the store seats that participant at, so no team id
from a kernel is ever used. The rules themselves are `kit.facilitation.table_access.LocalTable`'s, the
same as locally; here come on top: the table's result and submission without the scores of steps not
yet revealed (`kit.secrecy`), the script's injects only for the caller's role (an observer sees all),
and no hand-in while the workshop is paused.
"""

from __future__ import annotations

from typing import Any

from kit.content.library import Library
from kit.errors import KitError
from kit.facilitation.table_access import LocalTable
from kit.facilitation.teams import take_seat
from kit.remote.team_wire import answers_to_dict, clock_to_dict, member_to_dict, saved_to_dict, team_to_dict
from kit.remote.wire import participant_to_dict, plain, redact
from kit.store import Store
from kit.store.team_records import OBSERVER
from kit.ui.team_texts import TT
from kit.ui.texts import UI

Json = dict[str, Any]

PAUSED = "gepauzeerd"  # kit.ui.workshop_link's setting


class TeamOperations:
    """Mixed into `kit.remote.operations.Backend`, which provides the store, the library and the checks."""

    store: Store
    library: Library

    def _own(self, user: str, body: Json) -> int:
        raise NotImplementedError

    def _revealed(self, participant_id: int, exercise_id: str) -> set[str]:
        raise NotImplementedError

    def _workshop_exercise(self, user: str, body: Json) -> tuple[int, str, str]:
        """(participant id, workshop code, exercise id): the caller's participant, in a workshop with that exercise."""
        pid = self._own(user, body)
        info = self.store.participant(pid)
        code = None if info is None else info.workshop_code
        if code is None:
            raise KitError(TT["no_table"])
        exercise_id = str(body["exercise_id"])
        workshop = self.store.workshop(code)
        if workshop is None or exercise_id not in workshop.exercise_ids:
            raise KitError(TT["not_in_workshop"])
        return pid, code, exercise_id

    def _table(self, user: str, body: Json) -> LocalTable:
        """The caller's table for the exercise, with their role as the store has it now."""
        pid, code, exercise_id = self._workshop_exercise(user, body)
        team = self.store.team_of(pid)
        if team is None:
            raise KitError(TT["no_table"])
        info = self.store.participant(pid)
        role = None if info is None else info.role
        return LocalTable(self.store, code, self.library.exercise(exercise_id), pid, team, role)

    def _shown_result(self, table: LocalTable, found: Json | None) -> Json | None:
        """The table's submission as a member's screen may hold it: unrevealed steps without score or reference."""
        if found is None:
            return None
        revealed = self._revealed(table.participant_id, table.exercise.id)
        shown = redact(dict(found["result"]), revealed)
        data: Json = plain({**found, "result": shown, "total": shown.get("total")})
        return data

    def _events(self, table: LocalTable) -> list[Json]:
        """Released lines for this seat: an observer watches the whole table, a member gets their role's."""
        events = table.released_events()
        if table.observer:
            return events
        return [e for e in events if e["roles"] is None or table.role in e["roles"]]

    # ------------------------------------------------------------------ seats

    def take_seat(self, user: str, body: Json) -> Any:
        """Sit down at a table of one's workshop (a newcomer gets a seat and a free role; a seated one keeps theirs)."""
        pid, code, exercise_id = self._workshop_exercise(user, body)
        if not self.store.has_tables(code):
            raise KitError(TT["no_tables"])
        chosen = body.get("role")
        roles = [r.id for r in self.library.exercise(exercise_id).roles]
        if chosen is not None and chosen != OBSERVER and chosen not in roles:
            chosen = None
        team = take_seat(self.store, code, pid, roles, None if chosen is None else str(chosen))
        if team is None:
            raise KitError(TT["no_tables"])
        info = self.store.participant(pid)
        assert info is not None
        return {"participant": participant_to_dict(info), "team": team_to_dict(team)}

    def table_members(self, user: str, body: Json) -> Any:
        return [member_to_dict(m) for m in self._table(user, body).members()]

    # ------------------------------------------------------------------ the shared record

    def table_answers(self, user: str, body: Json) -> Any:
        return plain(answers_to_dict(self._table(user, body).answers()))

    def table_save(self, user: str, body: Json) -> Any:
        base = body.get("base_version")
        saved = self._table(user, body).save(
            str(body["step_id"]), str(body["question_id"]), body["value"], None if base is None else int(base)
        )
        return saved_to_dict(saved)

    def table_hand_in(self, user: str, body: Json) -> Any:
        return self._table(user, body).hand_in(str(body["step_id"]))

    def table_submit(self, user: str, body: Json) -> Any:
        """The table's one submission, scored here from its stored record; the result comes back redacted."""
        table = self._table(user, body)
        workshop = self.store.workshop(table.code)
        if workshop is not None and workshop.settings.get(PAUSED):
            raise KitError(UI["paused"])
        first, found = table.submit()
        return {"first": first, "found": self._shown_result(table, found)}

    def table_result(self, user: str, body: Json) -> Any:
        table = self._table(user, body)
        return self._shown_result(table, table.result())

    # ------------------------------------------------------------------ the draaiboek

    def table_state(self, user: str, body: Json) -> Any:
        """One refresh of a member's screen in one call: tick the table's script, then what the screen shows."""
        table = self._table(user, body)
        table.tick()
        return {
            "script": table.has_script(),
            "clock": clock_to_dict(table.clock()),
            "events": self._events(table),
            "answers": plain(answers_to_dict(table.answers())),
            "result": self._shown_result(table, table.result()),
            "role": table.role,
        }

    def table_events(self, user: str, body: Json) -> Any:
        return self._events(self._table(user, body))

    # ------------------------------------------------------------------ evaluation forms

    def table_observations(self, user: str, body: Json) -> Any:
        return self._table(user, body).observations(str(body["step_id"]))

    def table_save_observation(self, user: str, body: Json) -> Any:
        rating = body.get("rating")
        self._table(user, body).save_observation(
            str(body["step_id"]), str(body["criterion"]), None if not rating else str(rating), str(body.get("note", ""))
        )
        return None

    def table_lessons(self, user: str, body: Json) -> Any:
        return self._table(user, body).lessons()

    def table_save_lessons(self, user: str, body: Json) -> Any:
        self._table(user, body).save_lessons({str(k): str(v) for k, v in dict(body["answers"]).items()})
        return None


TEAM_OPERATIONS = frozenset(
    (
        "take_seat",
        "table_members",
        "table_answers",
        "table_save",
        "table_hand_in",
        "table_submit",
        "table_result",
        "table_state",
        "table_events",
        "table_observations",
        "table_save_observation",
        "table_lessons",
        "table_save_lessons",
    )
)
"""The calls a participant's kernel makes for team play; all go through `TeamOperations._table`."""
