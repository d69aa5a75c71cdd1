"""Exact feedback per kind: verdict, sentence, reason (`toelichting`) and source (`bron`), field by field.

The worked examples pin the scores; these pin what the participant reads beside them.
"""

from __future__ import annotations

from typing import Any

import pytest

from kit.content.models import (
    ChoiceReference,
    ClassifyReference,
    ClassVerdict,
    Concept,
    Kind,
    OptionVerdict,
    Question,
    RangeReference,
    RankedAdvice,
    RankingReference,
    RecordField,
    Source,
    Status,
    TextReference,
)
from kit.content.options import NONE_ID, Option
from kit.scoring.choice import score_choose_many, score_choose_one
from kit.scoring.classify import score_classify
from kit.scoring.context import ScoreContext
from kit.scoring.ranking import score_ranking
from kit.scoring.records import _row_text, score_records
from kit.scoring.result import Feedback, Verdict
from kit.scoring.scale import score_scale


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
THREE = {**TWO, "gevoel": Option("gevoel", "Gevoel of emotie")}


def test_classify_feedback_names_item_category_and_the_reason_per_item() -> None:
    answer = {"u0": "waarneming", "u1": "waarneming", "u3": "gevoel"}  # u2 left out
    score, feedback = score_classify(ctx(Kind.classify, SORTS, answer, ITEMS, categories=THREE))
    assert feedback == [
        Feedback(Verdict.goed, "Juist ingedeeld als waarneming: 'Er staan tien jongeren'.", "Dat zie je gebeuren."),
        Feedback(Verdict.past_niet, "'Ze zijn brutaal' is een oordeel, geen waarneming.", "Dat is een mening."),
        Feedback(
            Verdict.gemist, "Niet ingedeeld: 'Drie ruiten zijn stuk' (hoort bij waarneming).", "Dat is te tellen."
        ),
        Feedback(Verdict.goed, "Juist ingedeeld als gevoel of emotie: 'Bewoners zijn bang'.", "Dat is angst."),
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


# ---------------------------------------------------------------------------------------------- scales

GUIDE = Source(sectie="Handelingsprincipes", regels="001:3672-3680")
CITED = "Handreiking maatschappelijke spanningen, Handelingsprincipes"
SCALE = RangeReference(
    soort="bereik", accepteer=["s2", "s3"], beste="s2", toelichting="Reden.", bron=GUIDE, modelantwoord="m"
)
POINTS = {f"s{i}": Option(f"s{i}", f"Optie S{i}") for i in range(6)}
NEAR = "ligt 1 stap naast wat de referentie verdedigbaar vindt (Optie S2, Optie S3); elke stap kost de helft."


@pytest.mark.parametrize(
    ("answer", "score", "verdict", "text"),
    [
        ("s2", 1.0, Verdict.goed, "Je keuze 'Optie S2' valt binnen wat de referentie verdedigbaar vindt."),
        ("s3", 1.0, Verdict.goed, "Je keuze 'Optie S3' valt binnen wat de referentie verdedigbaar vindt."),
        ("s1", 0.5, Verdict.deels, f"Je keuze 'Optie S1' {NEAR}"),
        ("s4", 0.5, Verdict.deels, f"Je keuze 'Optie S4' {NEAR}"),
        ("s5", 0.0, Verdict.past_niet,
         "Je keuze 'Optie S5' ligt ver van wat de referentie verdedigbaar vindt (Optie S2, Optie S3)."),
        (None, 0.0, Verdict.gemist, "Gemist: Optie S2 (je hebt niets gekozen)."),
        ("s9", 0.0, Verdict.gemist, "Gemist: Optie S2 (je hebt niets gekozen)."),
    ],
)  # fmt: skip
def test_scale_feedback_is_one_sentence_with_the_reason_and_the_source(
    answer: str | None, score: float, verdict: Verdict, text: str
) -> None:
    assert score_scale(ctx(Kind.ordinal, SCALE, answer, POINTS)) == (score, [Feedback(verdict, text, "Reden.", CITED)])


def test_a_scale_counts_steps_to_the_nearest_accepted_point_on_the_offered_scale() -> None:
    wide = RangeReference(soort="bereik", accepteer=["s0", "s9", "s4"], beste="s4", toelichting="t", modelantwoord="m")
    assert score_scale(ctx(Kind.ordinal, wide, "s1", POINTS))[0] == 0.5  # s0 is nearest, s9 is not offered
    assert score_scale(ctx(Kind.ordinal, wide, "s3", POINTS))[0] == 0.5  # s4 is nearest
    assert score_scale(ctx(Kind.ordinal, wide, "s2", POINTS))[0] == 0.0  # two steps from either
    elsewhere = RangeReference(soort="bereik", accepteer=["s9"], beste="s9", toelichting="t", modelantwoord="m")
    score, feedback = score_scale(ctx(Kind.ordinal, elsewhere, "s0", {k: POINTS[k] for k in ("s0", "s1")}))
    assert (score, feedback[0].verdict, feedback[0].bron) == (0.0, Verdict.past_niet, None)
    assert feedback[0].tekst == "Je keuze 'Optie S0' ligt ver van wat de referentie verdedigbaar vindt (s9)."


# ---------------------------------------------------------------------------------------------- rankings

ORDER = RankingReference(
    soort="volgorde",
    volgorde=["a", "b", "c"],
    toelichting="Eerst a.",
    bron=GUIDE,
    afgeraden=[RankedAdvice(id="e", toelichting="Grootschalig en repressief komt als laatste.", bron=GUIDE)],
    modelantwoord="m",
)
RANKED = {i: Option(i, f"Optie {i.upper()}") for i in "abcde"}
INFO = Feedback(Verdict.info, "Eerst a.", None, CITED)


def test_ranking_feedback_names_each_displaced_missing_and_outside_option() -> None:
    score, feedback = score_ranking(ctx(Kind.ranking, ORDER, ["b", "a", "d"], RANKED))
    assert score == pytest.approx(1 - 4 / 6)  # b 1, a 1, d outside at place 3: 1, c missing: 1
    outside = "maar hoort volgens de referentie niet bij de hoogste prioriteiten; hoe hoger, hoe meer het kost."
    assert feedback == [
        Feedback(Verdict.deels, "'Optie B' staat bij jou op plaats 1, in de referentie op plaats 2."),
        Feedback(Verdict.deels, "'Optie A' staat bij jou op plaats 2, in de referentie op plaats 1."),
        Feedback(Verdict.past_niet, f"'Optie D' staat bij jou op plaats 3, {outside}"),
        Feedback(Verdict.gemist, "'Optie C' ontbreekt in je rangorde (referentie: plaats 3)."),
        INFO,
    ]


def test_ranking_feedback_for_an_advised_against_option_carries_the_guides_reason() -> None:
    score, feedback = score_ranking(ctx(Kind.ranking, ORDER, ["a", "e", "b"], RANKED))
    assert score == 0.0  # a 0, e advised at place 2: (3 - 1) twice, b 1, c missing 1: 6 of 6
    assert feedback[0] == Feedback(
        Verdict.afgeraden,
        "'Optie E' staat bij jou op plaats 2, terwijl de handreiking dit juist als laatste inzet: dat kost dubbel.",
        "Grootschalig en repressief komt als laatste.",
        CITED,
    )
    assert score_ranking(ctx(Kind.ranking, ORDER, ["a", "b", "e"], RANKED))[0] == pytest.approx(0.5)


def test_a_ranking_in_the_reference_order_says_so_and_options_below_the_top_cost_nothing() -> None:
    right = [Feedback(Verdict.goed, "Je volgorde komt overeen met de referentie."), INFO]
    assert score_ranking(ctx(Kind.ranking, ORDER, ["a", "b", "c"], RANKED)) == (1.0, right)
    score, feedback = score_ranking(ctx(Kind.ranking, ORDER, ["a", "b", "c", "d", "e"], RANKED))
    assert score == 1.0 and [f.verdict for f in feedback] == [Verdict.past_niet, Verdict.afgeraden, Verdict.info]
    assert score_ranking(ctx(Kind.ranking, ORDER, ["a", "a", "b"], RANKED))[0] == pytest.approx(1 - 1 / 6)
    assert score_ranking(ctx(Kind.ranking, ORDER, None, RANKED))[0] == 0.0


# ---------------------------------------------------------------------------------------------- records


def test_a_rows_text_uses_the_labels_of_chosen_options_and_skips_empty_cells() -> None:
    roles = {"wijkagent": Option("wijkagent", "Wijkagent van de buurt.")}
    listed = {"eigenaar": {"jw": Option("jw", "Jongerenwerker")}}
    context = ctx(Kind.records, None, [], roles, field_options=listed)
    row = {"wie": "wijkagent", "leeg": "", "eigenaar": "jw", "wat": "Vrije tekst.", "getal": 3}
    assert _row_text(context, row) == "Wijkagent van de buurt . Jongerenwerker . Vrije tekst. . 3"


# ---------------------------------------------------------------------------------------------- choices


NOT_GROUNDED = "een keuze die de feiten niet steunen kost punten."


def test_a_missed_kern_carries_its_reason_and_source_and_geen_is_named_as_such() -> None:
    reference = ChoiceReference(
        soort="keuze",
        opties=[
            OptionVerdict(id=NONE_ID, status=Status.kern, toelichting="De gids ziet hier geen trigger.", bron=GUIDE),
            OptionVerdict(id="media", status=Status.niet_van_toepassing, toelichting="Media spelen weinig."),
        ],
        modelantwoord="m",
    )
    offered = {NONE_ID: Option(NONE_ID, "Geen duidelijke trigger"), "media": Option("media", "Media")}
    score, feedback = score_choose_many(ctx(Kind.choose_many, reference, ["media"], offered))
    assert score == 0.0
    assert feedback == [
        Feedback(Verdict.past_niet, f"Past niet bij deze casus: Media; {NOT_GROUNDED}", "Media spelen weinig."),
        Feedback(Verdict.gemist, "Gemist: geen van deze (Geen duidelijke trigger).", "De gids ziet hier geen trigger.",
                 CITED),
    ]  # fmt: skip
    one = score_choose_one(ctx(Kind.choose_one, reference, "media", offered))
    assert one == (0.0, feedback)


def test_choose_one_with_an_open_option_earns_the_share_its_text_names() -> None:
    reference = ChoiceReference(
        soort="keuze",
        opties=[
            OptionVerdict(
                id="anders",
                status=Status.kern,
                toelichting="Bouw en speelplekken.",
                begrippen=[
                    Concept(id="bouw", label="gehorige bouw", synoniemen=["gehorig"], toelichting="t"),
                    Concept(id="speel", label="speelplekken", synoniemen=["speelplek"], toelichting="t"),
                ],
            )
        ],
        modelantwoord="m",
    )
    offered = {"anders": Option("anders", "Anders, namelijk ...", open=True)}
    half = ctx(Kind.choose_one, reference, "anders", offered, open_texts={"anders": "De woningen zijn gehorig."})
    assert score_choose_one(half)[0] == 0.5
    empty = ctx(Kind.choose_one, reference, "anders", offered)
    score, feedback = score_choose_one(empty)
    assert score == 0.0
    assert feedback[0] == Feedback(
        Verdict.gemist,
        "Je kiest 'Anders, namelijk ...', maar schrijft niet op wat je bedoelt; zonder tekst telt die keuze niet.",
        "Bouw en speelplekken.",
    )


def test_a_row_missing_a_required_field_is_named_and_does_not_count() -> None:
    reference = TextReference(
        soort="begrippen",
        begrippen=[Concept(id="wijkagent", label="wijkagent", synoniemen=["wijkagent"], toelichting="t")],
        min_rijen=1,
        modelantwoord="m",
    )
    fields = [RecordField(id="wie", label="Wie"), RecordField(id="waarom", label="Waarom"),
              RecordField(id="noot", label="Noot", verplicht=False)]  # fmt: skip
    rows = [{"wie": "de wijkagent", "waarom": " ", "noot": ""}, {"wie": "", "waarom": "", "noot": ""}]
    score, feedback = score_records(ctx(Kind.records, reference, rows, {}, velden=fields))
    assert score == 0.5  # no complete row (0 of 1), the concept named (1 of 1)
    assert feedback[:2] == [
        Feedback(Verdict.deels, "0 van de 1 verwachte regels tellen mee."),
        Feedback(Verdict.deels, "Regel 1 telt niet mee, want hij mist: Waarom."),
    ]
    assert len(feedback) == 3  # the empty second row is no row at all; then the concept line
    complete = [{"wie": "de wijkagent", "waarom": "kent de buurt", "noot": ""}]
    assert score_records(ctx(Kind.records, reference, complete, {}, velden=fields))[0] == 1.0


def test_a_quotation_inside_a_quoted_item_gets_double_quotes_and_apostrophes_stay() -> None:
    from kit.scoring.texts import inner_quotes

    said = "Twee jongens lieten 'maandag zijn de Rivieren aan de beurt' zien"
    assert inner_quotes(said) == 'Twee jongens lieten "maandag zijn de Rivieren aan de beurt" zien'
    assert inner_quotes("auto's, 's avonds en 't huis") == "auto's, 's avonds en 't huis"
