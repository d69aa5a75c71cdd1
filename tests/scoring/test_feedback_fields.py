"""Exact feedback per kind: verdict, sentence, reason (`toelichting`) and source (`bron`), field by field.

The worked examples pin the scores; these pin what the participant reads beside them.
"""

from __future__ import annotations

from typing import Any

import pytest

from kit.content.models import ClassifyReference, ClassVerdict, Kind, Question
from kit.content.options import Option
from kit.scoring.classify import score_classify
from kit.scoring.context import ScoreContext
from kit.scoring.result import Feedback, Verdict


def ctx(kind: Kind, reference: Any, answer: Any, options: dict[str, Option], **extra: Any) -> ScoreContext:
    question = Question(id="q", soort=kind, vraag="Vraag?", velden=extra.pop("velden", []))
    categories = extra.pop("categories", {})
    return ScoreContext(question=question, options=options, categories=categories, reference=reference, answer=answer,
                        **extra)  # fmt: skip


# ---------------------------------------------------------------------------------------------- classify

SORTS = ClassifyReference(
    soort="indeling",
    indeling=[
        ClassVerdict(item="u0", categorie="waarneming", toelichting="Dat zie je gebeuren."),
        ClassVerdict(item="u1", categorie="oordeel", toelichting="Dat is een mening."),
        ClassVerdict(item="u2", categorie="waarneming", toelichting="Dat is te tellen."),
        ClassVerdict(item="u3", categorie="gevoel", toelichting="Dat is angst."),
    ],
    modelantwoord="m",
)
ITEMS = {
    "u0": Option("u0", "Er staan tien jongeren."),
    "u1": Option("u1", "Ze zijn brutaal"),
    "u2": Option("u2", "Drie ruiten zijn stuk."),
    "u3": Option("u3", "Bewoners zijn bang"),
}
TWO = {"waarneming": Option("waarneming", "Waarneming"), "oordeel": Option("oordeel", "Oordeel")}
THREE = {**TWO, "gevoel": Option("gevoel", "Gevoel")}


def test_classify_feedback_names_item_category_and_the_reason_per_item() -> None:
    answer = {"u0": "waarneming", "u1": "waarneming", "u3": "gevoel"}  # u2 left out
    score, feedback = score_classify(ctx(Kind.classify, SORTS, answer, ITEMS, categories=THREE))
    assert feedback == [
        Feedback(Verdict.goed, "Juist ingedeeld als waarneming: ‘Er staan tien jongeren’.", "Dat zie je gebeuren."),
        Feedback(Verdict.past_niet, "‘Ze zijn brutaal’ is een oordeel, geen waarneming.", "Dat is een mening."),
        Feedback(
            Verdict.gemist, "Niet ingedeeld: ‘Drie ruiten zijn stuk’ (hoort bij waarneming).", "Dat is te tellen."
        ),
        Feedback(Verdict.goed, "Juist ingedeeld als gevoel: ‘Bewoners zijn bang’.", "Dat is angst."),
    ]
    assert [f.bron for f in feedback] == [None] * 4
    assert score == pytest.approx((2 / 4 - 1 / 3) / (1 - 1 / 3))  # 0.25


@pytest.mark.parametrize(
    ("categories", "expected"),
    [
        (THREE, (3 / 4 - 1 / 3) / (2 / 3)),  # 0.625: one guess in three is right by chance
        (TWO, (3 / 4 - 1 / 2) / (1 / 2)),  # 0.5
        ({}, (3 / 4 - 1 / 2) / (1 / 2)),  # unknown categories: at least two are assumed
    ],
)
def test_classify_corrects_for_guessing_with_the_number_of_categories(
    categories: dict[str, Option], expected: float
) -> None:
    answer = {"u0": "waarneming", "u1": "oordeel", "u2": "waarneming", "u3": "oordeel"}
    score, _ = score_classify(ctx(Kind.classify, SORTS, answer, ITEMS, categories=categories))
    assert score == pytest.approx(expected)


def test_classify_all_right_scores_one_and_all_wrong_scores_zero() -> None:
    right = {v.item: v.categorie for v in SORTS.indeling}
    wrong = dict.fromkeys(right, "oordeel") | {"u1": "gevoel"}
    assert score_classify(ctx(Kind.classify, SORTS, right, ITEMS, categories=THREE))[0] == 1.0
    assert score_classify(ctx(Kind.classify, SORTS, wrong, ITEMS, categories=THREE))[0] == 0.0
    assert score_classify(ctx(Kind.classify, SORTS, None, ITEMS, categories=THREE))[0] == 0.0
