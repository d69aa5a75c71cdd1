"""The live group dashboard as numbers: who is where, how choices spread against the reference, scores."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kit.answers_io import is_answered
from kit.content.exercise import Exercise
from kit.content.models import ChoiceReference, Kind, RangeReference
from kit.store import TableState, WorkshopExerciseState

CHOICE_KINDS = {Kind.choose_one, Kind.choose_many, Kind.ordinal, Kind.timeline, Kind.ranking}
TEXT_KINDS = {Kind.free_text, Kind.records}


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    name: str
    role: str | None
    step_title: str
    answered: int
    questions: int
    total: float | None


@dataclass(frozen=True)
class TableRow:
    """A table's progress: steps handed in, questions answered and its score (None before it submits).

    Once the table submitted, `answered` counts the submitted analysis, the work `total` scores.
    """

    id: int
    name: str
    members: tuple[str, ...]
    steps_done: int
    steps: int
    answered: int
    questions: int
    total: float | None


@dataclass(frozen=True)
class ChoiceBar:
    option_id: str
    label: str
    count: int
    status: str  # kern, passend, niet-van-toepassing, afgeraden or neutraal (the reference does not mention it)


@dataclass(frozen=True)
class Dashboard:
    exercise_id: str
    participants: tuple[ParticipantRow, ...]
    totals: tuple[float, ...]
    choices: dict[tuple[str, str], tuple[ChoiceBar, ...]] = field(default_factory=dict)
    texts: dict[tuple[str, str], tuple[tuple[str, str], ...]] = field(default_factory=dict)
    at_step: dict[str, int] = field(default_factory=dict)
    tables: tuple[TableRow, ...] = ()
    table_of: dict[int, str] = field(default_factory=dict)
    """Participant id -> the name of the table they sit at (group play)."""

    @property
    def submitted(self) -> int:
        return len(self.totals)

    @property
    def table_totals(self) -> tuple[float, ...]:
        return tuple(t.total for t in self.tables if t.total is not None)

    @property
    def tables_submitted(self) -> int:
        return len(self.table_totals)

    @property
    def mean_table_total(self) -> float | None:
        return statistics.fmean(self.table_totals) if self.table_totals else None

    @property
    def mean_total(self) -> float | None:
        return statistics.fmean(self.totals) if self.totals else None


def natural_key(name: str) -> list[object]:
    """'Deelnemer 2' before 'Deelnemer 10', case ignored."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name.lower())]


def answered_count(exercise: Exercise, answers: dict[str, dict[str, Any]]) -> int:
    """How many of the exercise's questions `answers` (step id -> question id -> value) answers."""
    return sum(1 for s, q in exercise.questions() if is_answered(q, answers.get(s.id, {}).get(q.id)))


def build_dashboard(
    exercise: Exercise, state: WorkshopExerciseState, tables: list[TableState] | None = None
) -> Dashboard:
    """The numbers of one refresh; `tables` (group play) adds a row per table with its progress and score."""
    titles = {s.id: s.titel for s in exercise.steps}
    questions = exercise.questions()
    rows = []
    for pid in sorted(state.names, key=lambda p: natural_key(state.names[p])):
        # a submitted score describes the submitted answers: count those, not what was typed since
        answers = state.submitted.get(pid) if pid in state.totals else None
        answered = answered_count(exercise, answers if answers is not None else state.answers.get(pid, {}))
        current = state.positions.get(pid) or ""
        rows.append(
            ParticipantRow(
                pid,
                state.names[pid],
                state.roles.get(pid),
                titles.get(current, "—"),
                answered,
                len(questions),
                state.totals.get(pid),
            )
        )
    choices: dict[tuple[str, str], tuple[ChoiceBar, ...]] = {}
    texts: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
    for step, question in questions:
        key = (step.id, question.id)
        values = [
            (state.names[pid], state.answers.get(pid, {}).get(step.id, {}).get(question.id)) for pid in state.names
        ]
        values += [(t.name, _table_work(t).get(step.id, {}).get(question.id)) for t in tables or ()]
        if question.soort in CHOICE_KINDS:
            choices[key] = _bars(exercise, step.id, question.id, [v for _, v in values])
        elif question.soort in TEXT_KINDS:
            texts[key] = tuple((name, _as_text(v)) for name, v in values if is_answered(question, v))
    at_step = Counter(state.positions.get(pid) for pid in state.names if state.positions.get(pid))
    table_rows = tuple(_table_row(exercise, state, t) for t in tables or ())
    return Dashboard(
        exercise.id,
        tuple(rows),
        tuple(state.totals[p] for p in sorted(state.totals)),
        choices,
        texts,
        {str(k): v for k, v in at_step.items()},
        table_rows,
        {pid: t.name for t in tables or () for pid in t.members},
    )


def _table_work(table: TableState) -> dict[str, dict[str, Any]]:
    """The table's analysis: the submitted one once it handed in, else what it has so far."""
    return table.submitted if table.submitted is not None else table.answers


def _table_row(exercise: Exercise, state: WorkshopExerciseState, table: TableState) -> TableRow:
    work = _table_work(table)
    steps = {s.id for s in exercise.steps}
    return TableRow(
        table.id,
        table.name,
        tuple(state.names[p] for p in table.members if p in state.names),
        len(table.steps_done & steps),
        len(steps),
        answered_count(exercise, work),
        len(exercise.questions()),
        table.total,
    )


def _bars(exercise: Exercise, step_id: str, question_id: str, values: list[Any]) -> tuple[ChoiceBar, ...]:
    counts: Counter[str] = Counter()
    for value in values:
        if isinstance(value, str):
            counts[value] += 1
        elif isinstance(value, list):
            counts.update(v for v in value if isinstance(v, str))
    statuses = _statuses(exercise, step_id, question_id)
    return tuple(
        ChoiceBar(o.id, o.label, counts.get(o.id, 0), statuses.get(o.id, "neutraal"))
        for o in exercise.options.get((step_id, question_id), ())
    )


def _statuses(exercise: Exercise, step_id: str, question_id: str) -> dict[str, str]:
    reference = exercise.step_reference(step_id)
    block = reference.vragen.get(question_id) if reference else None
    if isinstance(block, ChoiceReference):
        return {v.id: v.status.value for v in block.opties}
    if isinstance(block, RangeReference):
        return {r: ("kern" if r == block.beste else "passend") for r in block.accepteer}
    return {}


def _as_text(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(" · ".join(str(v) for v in row.values() if v) for row in value if isinstance(row, dict))
    return str(value or "")
