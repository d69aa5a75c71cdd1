"""Issue 18 item 4: the order of the options gives nothing away.

Scenario lists put the kern options first: ticking the first five signals scored 100% on casus 2. The
property over every choice and ranking question of every exercise: what a participant gets by taking
the first k options they see scores, on average over participants, no better than k taken at random.
"""

from __future__ import annotations

import random
from statistics import mean

import pytest
from tests_support import casus_library

from kit.content.exercise import Exercise
from kit.content.library import Library, content_root
from kit.content.models import ChoiceReference, Kind, Question, RankingReference, Status
from kit.content.options import NONE_ID, Option
from kit.scoring.engine import score_step
from kit.store import Store
from kit.ui.option_order import participant_order
from kit.ui.renderers import ChooseMany
from kit.ui.runner import ExerciseRunner

PARTICIPANTS = 300
MARGIN = 0.08


@pytest.fixture(scope="module")
def everything() -> Library:
    return casus_library(*sorted(p.stem for p in (content_root() / "scenarios").glob("*.yaml")))


def question_score(exercise: Exercise, step_id: str, question: Question, value: object) -> float:
    result = score_step(exercise, step_id, {question.id: value})
    return next(q.score for q in result.questions if q.question == question.id)


def chosen(kind: Kind, ids: list[str]) -> object:
    return ids[0] if kind is Kind.choose_one else ids


def cases(library: Library) -> list[tuple[Exercise, str, Question, int]]:
    """(exercise, step, question, k): k is how many options the reference counts as kern (or ranks)."""
    found = []
    for exercise in sorted(library.exercises.values(), key=lambda e: e.id):
        for step, question in exercise.questions():
            reference = exercise.step_reference(step.id)
            ref = None if reference is None else reference.vragen.get(question.id)
            if question.soort in (Kind.choose_one, Kind.choose_many) and isinstance(ref, ChoiceReference):
                k = sum(1 for o in ref.opties if o.status is Status.kern)
                k = min(k, question.max_keuzes or k)  # a capped question may list more kern than fit (round 3)
            elif question.soort is Kind.ranking and isinstance(ref, RankingReference) and question.uit is None:
                k = question.max_keuzes or len(ref.volgorde)
            else:
                continue
            options = exercise.options.get((step.id, question.id), ())
            if 1 <= k < len(options):
                found.append((exercise, step.id, question, 1 if question.soort is Kind.choose_one else k))
    return found


@pytest.mark.slow
def test_the_first_options_score_no_better_than_random_ones(everything: Library) -> None:
    """Random k are drawn from what can come first: not 'geen' or 'anders, namelijk', which stay last."""
    checked = 0
    worse: list[str] = []
    for exercise, step_id, question, k in cases(everything):
        options = exercise.options[(step_id, question.id)]
        rng = random.Random(f"{exercise.id}{step_id}{question.id}")
        pool = [o.id for o in options if o.id != NONE_ID and not o.open]
        if len(pool) <= k:
            continue
        scores: dict[tuple[str, ...], float] = {}

        def score(
            ids: list[str],
            exercise: Exercise = exercise,
            step_id: str = step_id,
            question: Question = question,
            scores: dict[tuple[str, ...], float] = scores,
        ) -> float:
            key = tuple(sorted(ids)) if question.soort is Kind.choose_many else tuple(ids)
            if key not in scores:
                scores[key] = question_score(exercise, step_id, question, chosen(question.soort, ids))
            return scores[key]

        one = question.soort is Kind.choose_one  # cheap (one score per option): more people, exact baseline
        first = mean(
            score([o.id for o in _order(options, question, str(p), exercise, step_id)][:k])
            for p in range(PARTICIPANTS * 4 if one else PARTICIPANTS)
        )
        if one:
            randomly = mean(score([option_id]) for option_id in pool)
        else:
            randomly = mean(score(rng.sample(pool, k)) for _ in range(PARTICIPANTS))
        checked += 1
        if first > randomly + MARGIN:
            worse.append(f"{exercise.id} {step_id}/{question.id}: first {k} {first:.2f}, random {randomly:.2f}")
    assert checked > 50
    assert not worse, "\n".join(worse)


def _order(
    options: tuple[Option, ...], question: Question, who: str, exercise: Exercise, step_id: str
) -> tuple[Option, ...]:
    return participant_order(options, question.soort, who, exercise.scenario.id, step_id, question.id)


def test_the_runner_shows_each_participant_their_own_stable_order(everything: Library, store: Store) -> None:
    exercise = everything.exercise("casus-2")
    step = next(s for s in exercise.steps if any(q.soort is Kind.choose_many for q in s.vragen))
    question = next(q for q in step.vragen if q.soort is Kind.choose_many)
    written = [o.id for o in exercise.options[(step.id, question.id)]]
    seen = []
    for name in ("Anna", "Bram", "Cas"):
        pid = store.join(name).id
        orders = []
        for _ in range(2):  # a reload builds the page again: the same order
            run = ExerciseRunner(exercise, store, pid)
            run.show_step([s.id for s in exercise.steps].index(step.id))
            renderer = run.renderers[step.id][question.id]
            assert isinstance(renderer, ChooseMany)
            orders.append(list(renderer.boxes))
        assert orders[0] == orders[1] and sorted(orders[0]) == sorted(written)
        seen.append(tuple(orders[0]))
    assert len(set(seen)) == 3 and tuple(written) not in seen


def test_scales_timelines_groups_and_last_options_keep_their_place() -> None:
    plain = tuple(Option(f"o{i}", f"O{i}") for i in range(8))
    for kind in (Kind.ordinal, Kind.timeline):
        assert participant_order(plain, kind, "7", "s", "q") == plain
    grouped = tuple(Option(f"{g}{i}", "x", groep=g) for g in "ABC" for i in range(4))
    tail = (Option("anders", "Anders, namelijk", open=True), Option(NONE_ID, "Geen van deze"))
    for who in map(str, range(30)):
        got = participant_order((*grouped, *tail), Kind.choose_many, who, "s", "q")
        assert got[-2:] == tail
        runs = [o.groep for o in got[:-2]]
        assert all(runs[i] == runs[i + 1] for i in range(len(runs) - 1) if i % 4 != 3)  # groups stay whole
    orders = {participant_order(grouped, Kind.choose_many, str(w), "s", "q") for w in range(30)}
    assert len(orders) > 20


def test_choose_one_ranking_and_classify_are_shuffled_too(everything: Library, store: Store) -> None:
    pid = store.join("Dirk").id
    differs = {Kind.choose_one: 0, Kind.ranking: 0, Kind.classify: 0}
    for exercise_id in ("casus-1", "azc/oefenvorm-1"):
        exercise = everything.exercise(exercise_id)
        run = ExerciseRunner(exercise, store, pid)
        for index, step in enumerate(exercise.steps):
            run.show_step(index)
            for question in step.vragen:
                written = exercise.options.get((step.id, question.id), ())
                if question.soort in differs and len(written) >= 4:
                    differs[question.soort] += run.renderers[step.id][question.id].options != written
    assert all(differs.values()), differs


def test_the_werkblad_does_not_print_the_written_order(everything: Library) -> None:
    from kit.reports import werkblad_html

    exercise = everything.exercise("casus-2")
    sheet = werkblad_html(exercise)
    step, question = next((s, q) for s, q in exercise.questions() if q.soort is Kind.choose_many)
    labels = [o.label for o in exercise.options[(step.id, question.id)] if o.id != NONE_ID and not o.open]
    printed = sorted(labels, key=lambda label: sheet.index(label.replace("'", "&#x27;").replace('"', "&quot;")))
    assert sorted(printed) == sorted(labels) and printed != labels
    assert werkblad_html(exercise) == sheet  # the same sheet every time
