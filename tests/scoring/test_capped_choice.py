"""Capped choices (issue 19, item 5): a defensible extra never scores below leaving it out, and choosing
one defensible option instead of a core one loses a little. Stated over every capped choose_many question
of every exercise, then on one worked example."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest

from kit.content.exercise import Exercise
from kit.content.library import Library, load_library
from kit.content.models import ChoiceReference, Concept, Kind, OptionVerdict, Question, Source, Status
from kit.content.options import Option
from kit.scoring.choice import STAND_IN, score_choose_many, score_choose_one
from kit.scoring.context import ScoreContext
from kit.scoring.copied import shingles
from kit.scoring.engine import score_step
from kit.scoring.fit import fit_reference
from kit.scoring.result import Feedback, Verdict, cite
from kit.scoring.texts import TEXTS

LIBRARY: Library = load_library()


def capped_questions() -> list[tuple[Exercise, str, Question, ChoiceReference]]:
    found = []
    for exercise_id in sorted(LIBRARY.exercises):
        exercise = LIBRARY.exercise(exercise_id)
        for step, question in exercise.questions():
            if question.soort is Kind.choose_many and question.max_keuzes:
                offered = {o.id for o in exercise.options[(step.id, question.id)]}
                reference = exercise.step_reference(step.id)
                assert reference is not None
                fitted = fit_reference(reference.vragen[question.id], offered)
                found.append((exercise, step.id, question, fitted))
    return found


CAPPED = capped_questions()


def score(exercise: Exercise, step_id: str, question: Question, value: list[str]) -> float:
    result = score_step(exercise, step_id, {question.id: value})
    return next(q.score for q in result.questions if q.question == question.id)


def by_status(reference: ChoiceReference, status: Status) -> list[OptionVerdict]:
    return [v for v in reference.opties if v.status is status]


def test_there_are_capped_questions_with_defensible_options() -> None:
    assert sum(bool(by_status(ref, Status.passend)) for *_, ref in CAPPED) >= 20


@pytest.mark.parametrize("case", CAPPED, ids=lambda c: f"{c[0].id}:{c[1]}.{c[2].id}")
def test_a_defensible_extra_never_scores_below_leaving_it_out(case: Any) -> None:
    exercise, step_id, question, reference = case
    kern = [v.id for v in by_status(reference, Status.kern)]
    for size in range(question.max_keuzes):
        for base in combinations(kern, size):
            without = score(exercise, step_id, question, list(base))
            for extra in by_status(reference, Status.passend):
                assert score(exercise, step_id, question, [*base, extra.id]) >= without, (base, extra.id)


@pytest.mark.parametrize("case", CAPPED, ids=lambda c: f"{c[0].id}:{c[1]}.{c[2].id}")
def test_one_defensible_option_instead_of_a_core_one_loses_a_little(case: Any) -> None:
    exercise, step_id, question, reference = case
    kern = sorted(by_status(reference, Status.kern), key=lambda v: -v.gewicht)[: question.max_keuzes]
    core = sum(v.gewicht for v in kern)
    full = score(exercise, step_id, question, [v.id for v in kern])
    for dropped in kern:
        rest = [v.id for v in kern if v is not dropped]
        left_out = score(exercise, step_id, question, rest)
        for extra in by_status(reference, Status.passend):
            swapped = score(exercise, step_id, question, [*rest, extra.id])
            assert swapped >= left_out
            stand_in = min(STAND_IN * extra.gewicht, dropped.gewicht)
            assert full - swapped == pytest.approx((dropped.gewicht - stand_in) / core, abs=1e-4)


def principles(answer: list[str], cap: int | None = 3) -> tuple[float, list[str]]:
    reference = ChoiceReference(
        soort="keuze",
        opties=[
            *(OptionVerdict(id=i, status=Status.kern, toelichting="t") for i in "abc"),
            *(OptionVerdict(id=i, status=Status.passend, toelichting="t") for i in "de"),
        ],
        modelantwoord="a, b, c",
    )
    question = Question(id="q", soort=Kind.choose_many, vraag="?", max_keuzes=cap)
    options = {i: Option(i, f"Optie {i}") for i in "abcdef"}
    result, feedback = score_choose_many(ScoreContext(question, options, {}, reference, answer))
    return round(result, 4), [f.tekst for f in feedback]


def test_worked_example_of_a_capped_question() -> None:
    assert principles(["a", "b", "c"])[0] == 1.0
    assert principles(["a", "b"])[0] == 0.6667
    assert principles(["a", "b", "d"])[0] == 0.8333  # d stands in for c at half its weight, at no cost
    assert principles(["a", "d", "e"])[0] == 0.6667  # two stand-ins: half of two missed slots
    assert principles(["a", "b", "f"])[0] == 0.3333  # an option without grounds still costs
    assert principles(["a", "b", "d"], cap=None)[0] == 0.5833  # without a cap the extra is an extra: it costs


def test_a_stand_in_is_told_it_counts_for_half() -> None:
    _, feedback = principles(["a", "b", "d"])
    assert TEXTS["chosen_fitting_capped"].format(label="Optie d") in feedback
    assert "Gemist: Optie c." in feedback
    _, uncapped = principles(["a", "b", "d"], cap=None)
    assert TEXTS["chosen_fitting"].format(label="Optie d") in uncapped


def single(answer: str | None) -> tuple[float, list[tuple[str, str]]]:
    """One choice among two core options, one fitting and one that does not apply."""
    reference = ChoiceReference(
        soort="keuze",
        opties=[
            OptionVerdict(id="a", status=Status.kern, toelichting="ta"),
            OptionVerdict(id="b", status=Status.kern, toelichting="tb"),
            OptionVerdict(id="c", status=Status.passend, toelichting="tc"),
            OptionVerdict(id="d", status=Status.niet_van_toepassing, toelichting="td"),
        ],
        modelantwoord="a of b",
    )
    question = Question(id="q", soort=Kind.choose_one, vraag="?")
    options = {i: Option(i, f"Optie {i}") for i in "abcd"}
    result, feedback = score_choose_one(ScoreContext(question, options, {}, reference, answer))
    return round(result, 4), [(f.verdict.value, f.tekst) for f in feedback]


def test_one_of_two_core_options_chosen_misses_nothing() -> None:
    score, feedback = single("a")
    assert score == 1.0
    assert [verdict for verdict, _ in feedback] == ["goed"]


def test_a_fitting_choice_names_the_core_options_it_missed_and_nothing_else() -> None:
    score, feedback = single("c")
    assert score == 0.5
    missed = [text for verdict, text in feedback if verdict == "gemist"]
    assert missed == [TEXTS["missed_core"].format(label="Optie a"), TEXTS["missed_core"].format(label="Optie b")]
    _, nothing = single(None)
    assert [verdict for verdict, _ in nothing] == ["gemist", "gemist", "gemist"]  # nothing chosen, a and b missed


GUIDE_SOURCE = Source(sectie="Handelingsprincipes", regels="001:3672-3680")


def open_choice(
    answer: str, written: str, concepts: list[Concept] | None = None, material: frozenset[Any] = frozenset()
) -> tuple[float, list[Feedback]]:
    """A choose_one whose 'anders, namelijk' option is core; `written` is the participant's own text."""
    reference = ChoiceReference(
        soort="keuze",
        opties=[
            OptionVerdict(id="anders", status=Status.kern, toelichting="Eigen woorden.", bron=GUIDE_SOURCE,
                          begrippen=concepts or []),
        ],
        modelantwoord="Een eigen partner.",
    )  # fmt: skip
    question = Question(id="q", soort=Kind.choose_one, vraag="?")
    options = {"anders": Option("anders", "Anders, namelijk", open=True), "x": Option("x", "Iets anders")}
    context = ScoreContext(
        question, options, {}, reference, answer, {"anders": written}, material=material, situatie="de buurt"
    )
    return score_choose_one(context)


def test_an_open_option_without_concepts_counts_in_full_with_its_reason_and_source() -> None:
    score, feedback = open_choice("anders", "de moskee")
    assert score == 1.0
    named = TEXTS["open_named"].format(label="Anders, namelijk", text="de moskee")
    assert feedback == [Feedback(Verdict.goed, named, "Eigen woorden.", cite(GUIDE_SOURCE))]


def test_an_open_options_text_copied_from_the_material_names_none_of_its_concepts() -> None:
    concepts = [Concept(id="imam", label="de imam", synoniemen=["imam"], toelichting="t")]
    material = shingles(["Bewoners vragen de imam om hulp bij overlast jongeren avonden"])
    own, _ = open_choice("anders", "De imam van de moskee.", concepts, material)
    copied, _ = open_choice("anders", "Bewoners vragen de imam om hulp bij overlast jongeren avonden.", concepts,
                            material)  # fmt: skip
    assert (own, copied) == (1.0, 0.0)


def test_an_option_the_reference_does_not_list_says_so_for_this_situation() -> None:
    score, feedback = open_choice("x", "")
    assert score == 0.0
    assert feedback[0] == Feedback(
        Verdict.past_niet, TEXTS["chosen_unlisted"].format(label="Iets anders", situatie="de buurt")
    )


MANY = [
    OptionVerdict(id="a", status=Status.kern, toelichting="t"),
    OptionVerdict(id="b", status=Status.kern, gewicht=2.0, toelichting="t"),
    OptionVerdict(id="c", status=Status.kern, toelichting="t"),
    OptionVerdict(id="p", status=Status.passend, toelichting="t"),
    OptionVerdict(id="n", status=Status.niet_van_toepassing, gewicht=2.0, toelichting="t"),
    OptionVerdict(id="x", status=Status.afgeraden, toelichting="t", bron=GUIDE_SOURCE),
]


def many(answer: list[str], cap: int | None, offered: str = "abcpnxu", verdicts: list[OptionVerdict] = MANY) -> float:
    """Weighted choices: the cost of what was chosen is a share of what choosing everything would cost."""
    reference = ChoiceReference(soort="keuze", opties=verdicts, modelantwoord="b en a of c")
    question = Question(id="q", soort=Kind.choose_many, vraag="?", max_keuzes=cap)
    options = {i: Option(i, f"Optie {i}") for i in offered}
    return round(score_choose_many(ScoreContext(question, options, {}, reference, answer))[0], 4)


def test_the_cost_is_a_share_of_what_every_offered_option_would_cost() -> None:
    # capped at 2: the heaviest two core weights (b, and a or c) are the whole; p stands in and costs nothing
    # all offered options would cost n 1.5 x 2 + x 3 + u 1 = 7
    assert many(["b", "n"], cap=2) == round(2 / 3 - 3 / 7, 4)
    # without offered options, what the reference lists: n 3 + x 3 = 6
    assert many(["b", "n"], cap=2, offered="") == round(2 / 3 - 3 / 6, 4)
    # uncapped every core option counts (4) and p costs 0.25 of the 7.25
    assert many(["a", "b", "c", "p"], cap=None) == round(1 - 0.25 / 7.25, 4)


def test_a_stand_in_fills_only_a_slot_that_is_left() -> None:
    assert many(["a", "b", "p", "n"], cap=2) == round(1 - 3 / 7, 4)  # both slots filled: p adds nothing


def test_a_full_capped_answer_misses_nothing_although_a_core_option_is_left() -> None:
    reference = ChoiceReference(soort="keuze", opties=MANY, modelantwoord="b en a of c")
    question = Question(id="q", soort=Kind.choose_many, vraag="?", max_keuzes=2)
    options = {i: Option(i, f"Optie {i}") for i in "abcpnxu"}
    score, feedback = score_choose_many(ScoreContext(question, options, {}, reference, ["b", "c"]))
    assert score == 1.0 and all(f.verdict is not Verdict.gemist for f in feedback)


def test_with_nothing_core_or_fitting_a_choice_only_costs() -> None:
    only_wrong = [OptionVerdict(id="n", status=Status.niet_van_toepassing, toelichting="t")]
    assert many(["u"], cap=None, offered="nu", verdicts=only_wrong) == 0.0


def test_light_core_weights_are_not_rounded_up_to_one() -> None:
    light = [
        OptionVerdict(id="a", status=Status.kern, gewicht=0.5, toelichting="t"),
        OptionVerdict(id="p", status=Status.passend, toelichting="t"),
    ]
    assert many(["a", "p"], cap=None, offered="a", verdicts=light) == 0.5  # 1 - 0.25 / 0.5


def test_an_open_option_naming_part_of_its_concepts_is_partly_right_and_says_which() -> None:
    from kit.scoring.texts import TEXTS as SAID

    concepts = [
        Concept(id="imam", label="de imam", synoniemen=["imam"], toelichting="ti"),
        Concept(id="ouders", label="de ouders", synoniemen=["ouders"], toelichting="to"),
    ]
    half, feedback = open_choice("anders", "De imam.", concepts)
    named = SAID["open_named"].format(label="Anders, namelijk", text="De imam.")
    assert half == 0.5
    assert feedback[0] == Feedback(Verdict.deels, named, "Eigen woorden.", cite(GUIDE_SOURCE))
    assert [f.verdict for f in feedback[1:]] == [Verdict.goed, Verdict.gemist]
    full, feedback = open_choice("anders", "De imam en de ouders.", concepts)
    assert full == 1.0 and feedback[0].verdict is Verdict.goed


def test_an_open_stand_in_counts_at_the_share_of_its_concepts_that_the_text_names() -> None:
    """Under a cap, a fitting 'anders, namelijk' fills a missed core slot at half its weight, times the share
    of its concepts the written text names: one of two named is a quarter slot, nothing written is nothing."""
    reference = ChoiceReference(
        soort="keuze",
        opties=[
            *(OptionVerdict(id=i, status=Status.kern, toelichting="t") for i in "abc"),
            OptionVerdict(id="anders", status=Status.passend, toelichting="t", begrippen=[
                Concept(id="imam", label="De imam", synoniemen=["imam"], toelichting="t"),
                Concept(id="buurtvader", label="Een buurtvader", synoniemen=["buurtvader"], toelichting="t"),
            ]),
        ],
        modelantwoord="a, b, c",
    )  # fmt: skip
    question = Question(id="q", soort=Kind.choose_many, vraag="?", max_keuzes=3)
    options = {**{i: Option(i, f"Optie {i}") for i in "abc"}, "anders": Option("anders", "Anders, namelijk", open=True)}

    def with_text(written: str) -> float:
        context = ScoreContext(question, options, {}, reference, ["a", "b", "anders"], {"anders": written})
        return round(score_choose_many(context)[0], 4)

    assert with_text("de imam en een buurtvader") == 0.8333  # 2 + 0.5 of 3
    assert with_text("de imam van de moskee") == 0.75  # 2 + 0.25 of 3
    assert with_text("") == 0.6667  # as if the slot were left open
