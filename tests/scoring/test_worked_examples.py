"""The worked examples of docs/scoring.md, with their exact scores: every kind, in-between scores included.

Each example is also looked up in the document (its score in bold, in its kind's section), so the
document and the scorer cannot drift apart.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kit.content.models import (
    AdvisedAgainst,
    ChoiceReference,
    ClassifyReference,
    ClassVerdict,
    Concept,
    FieldMeaning,
    Kind,
    OptionSource,
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
from kit.content.options import Option
from kit.scoring.choice import score_choose_many, score_choose_one
from kit.scoring.classify import score_classify
from kit.scoring.context import ScoreContext
from kit.scoring.freetext import score_free_text
from kit.scoring.ranking import score_ranking
from kit.scoring.records import score_records
from kit.scoring.result import Feedback, Verdict
from kit.scoring.scale import score_scale

DOC = (Path(__file__).resolve().parents[2] / "docs" / "scoring.md").read_text(encoding="utf-8")
GUIDE = Source(sectie="Handelingsprincipes", regels="001:3672-3680")


def section(kind: str) -> str:
    """The part of docs/scoring.md under the heading that names the kind in back quotes."""
    match = re.search(rf"^## [^\n]*`{kind}`[^\n]*\n(.*?)(?=^## |\Z)", DOC, re.MULTILINE | re.DOTALL)
    assert match, f"docs/scoring.md has no section for {kind}"
    return match.group(1)


def options(*ids: str) -> dict[str, Option]:
    return {i: Option(i, f"Optie {i.upper()}") for i in ids}


def ctx(kind: Kind, reference: Any, answer: Any, opts: dict[str, Option], **extra: Any) -> ScoreContext:
    question = Question(id="q", soort=kind, vraag="Vraag?", velden=extra.pop("velden", []))
    return ScoreContext(question=question, options=opts, categories=extra.pop("categories", {}), reference=reference,
                        answer=answer, **extra)  # fmt: skip


def verdict(option_id: str, status: Status, **extra: Any) -> OptionVerdict:
    if status is Status.afgeraden:
        extra.setdefault("bron", GUIDE)
    return OptionVerdict(id=option_id, status=status, toelichting=f"Reden bij {option_id}.", **extra)


# ---------------------------------------------------------------------------------------------- choices

MANY = ChoiceReference(
    soort="keuze",
    opties=[
        verdict("a", Status.kern),
        verdict("b", Status.kern),
        verdict("c", Status.kern),
        verdict("d", Status.passend),
        verdict("e", Status.niet_van_toepassing),
        verdict("f", Status.afgeraden),
    ],  # g is an option the reference does not list
    modelantwoord="A, B en C.",
)
MANY_OPTIONS = options("a", "b", "c", "d", "e", "f", "g")

CHOOSE_MANY = [
    (["a", "b", "c"], 1.0),
    (["a", "b", "d"], 0.6232),  # 2/3 - 0.25/5.75
    (["a", "b", "e"], 0.4058),  # 2/3 - 1.5/5.75
    (["a", "b", "c", "g"], 0.8261),  # 1 - 1/5.75
    (["a", "b", "c", "f"], 0.4783),  # 1 - 3/5.75
    (["a", "b", "c", "d", "e", "f", "g"], 0.0),  # 1 - 5.75/5.75
    (["d"], 0.0),  # passend alone: nothing found, a little cost, clamped at 0
    (["c", "b", "a", "d"], 0.9565),  # order does not matter: 1 - 0.25/5.75
]


@pytest.mark.parametrize(("answer", "expected"), CHOOSE_MANY)
def test_choose_many_worked_examples(answer: list[str], expected: float) -> None:
    score, _ = score_choose_many(ctx(Kind.choose_many, MANY, answer, MANY_OPTIONS))
    assert round(score, 4) == expected
    assert f"**{expected:.4f}**" in section("choose_many")


def test_choose_many_with_few_wrong_options_divides_by_the_core() -> None:
    reference = ChoiceReference(
        soort="keuze",
        opties=[*(verdict(i, Status.kern) for i in "abcd"), verdict("e", Status.passend)],
        modelantwoord="A tot en met D.",
    )
    score, _ = score_choose_many(ctx(Kind.choose_many, reference, list("abcde"), options(*"abcde")))
    assert round(score, 4) == 0.9375  # 1 - 0.25 / max(4, 0.25)
    assert "**0.9375**" in section("choose_many")


def test_choose_many_feedback_names_each_choice_with_its_reason_and_source() -> None:
    _, feedback = score_choose_many(ctx(Kind.choose_many, MANY, ["a", "d", "e", "f", "g"], MANY_OPTIONS))
    by_text = {f.tekst: f for f in feedback}
    assert by_text["Goed gezien: Optie A."].verdict is Verdict.goed
    fitting = next(f for f in feedback if f.tekst.startswith("Passend, maar niet de kern: Optie D"))
    assert fitting.verdict is Verdict.deels and fitting.toelichting == "Reden bij d."
    not_applicable = next(f for f in feedback if "Optie E" in f.tekst)
    assert not_applicable.verdict is Verdict.past_niet and "Afgeraden" not in not_applicable.tekst
    advised = next(f for f in feedback if "Optie F" in f.tekst)
    assert advised.verdict is Verdict.afgeraden and advised.toelichting == "Reden bij f."
    assert advised.bron == "Handreiking maatschappelijke spanningen, Handelingsprincipes"
    unlisted = next(f for f in feedback if "Optie G" in f.tekst)
    assert unlisted.verdict is Verdict.past_niet and "geen grond" in unlisted.tekst
    missed = [f.tekst for f in feedback if f.verdict is Verdict.gemist]
    assert missed == ["Gemist: Optie B.", "Gemist: Optie C."]


def test_nothing_chosen_scores_zero_and_says_so() -> None:
    score, feedback = score_choose_many(ctx(Kind.choose_many, MANY, [], MANY_OPTIONS))
    assert score == 0.0 and feedback[0] == Feedback(Verdict.gemist, "Je hebt hier nog niets gekozen.")


@pytest.mark.parametrize(
    ("answer", "expected"), [("a", 1.0), ("d", 0.5), ("e", 0.0), ("f", 0.0), ("g", 0.0), (None, 0.0)]
)
def test_choose_one_worked_examples(answer: str | None, expected: float) -> None:
    score, feedback = score_choose_one(ctx(Kind.choose_one, MANY, answer, MANY_OPTIONS))
    assert score == expected
    assert f"**{expected:.4f}**" in section("choose_one")
    if expected < 1:
        assert "Gemist: Optie A." in [f.tekst for f in feedback]


OPEN = ChoiceReference(
    soort="keuze",
    opties=[
        verdict("a", Status.kern),
        verdict(
            "anders",
            Status.kern,
            begrippen=[
                Concept(id="bouw", label="gehorige bouw", synoniemen=["gehorig"], toelichting="t"),
                Concept(id="speel", label="speelplekken", synoniemen=["speelplek"], toelichting="t"),
            ],
        ),
    ],
    modelantwoord="A en de bouw.",
)
OPEN_OPTIONS = {"a": Option("a", "Optie A"), "anders": Option("anders", "Anders, namelijk ...", open=True)}


@pytest.mark.parametrize(
    ("texts", "expected"),
    [({"anders": "De woningen zijn gehorig en er zijn te weinig speelplekken."}, 1.0),
     ({"anders": "De woningen zijn gehorig."}, 0.75),
     ({}, 0.5)],
)  # fmt: skip
def test_anders_namelijk_counts_for_what_the_text_names(texts: dict[str, str], expected: float) -> None:
    context = ctx(Kind.choose_many, OPEN, ["a", "anders"], OPEN_OPTIONS, open_texts=texts)
    score, feedback = score_choose_many(context)
    assert score == expected
    assert f"**{expected:.4f}**" in section("choose_many")
    if texts:
        assert any("en noemt: 'De woningen zijn gehorig" in f.tekst for f in feedback)
    else:
        assert any("zonder tekst telt die keuze niet" in f.tekst for f in feedback)


# ---------------------------------------------------------------------------------------------- scales

SCALE = RangeReference(soort="bereik", accepteer=["s2", "s3"], beste="s2", toelichting="t", modelantwoord="s2")


@pytest.mark.parametrize(("answer", "expected"), [("s2", 1.0), ("s3", 1.0), ("s1", 0.5), ("s4", 0.5), ("s0", 0.0)])
def test_scale_worked_examples(answer: str, expected: float) -> None:
    score, feedback = score_scale(ctx(Kind.ordinal, SCALE, answer, options("s0", "s1", "s2", "s3", "s4")))
    assert score == expected
    assert f"**{expected:.4f}**" in section("ordinal")
    assert feedback[0].verdict is {1.0: Verdict.goed, 0.5: Verdict.deels, 0.0: Verdict.past_niet}[expected]


# ---------------------------------------------------------------------------------------------- rankings

RANKING = RankingReference(
    soort="volgorde",
    volgorde=["a", "b", "c"],
    toelichting="Eerst a.",
    afgeraden=[RankedAdvice(id="e", toelichting="Grootschalig en repressief komt als laatste.", bron=GUIDE)],
    modelantwoord="a, b, c",
)

RANKINGS = [
    (["a", "b", "c"], 1.0),
    (["a", "c", "b"], 0.6667),  # displacement 2 of 6
    (["b", "a"], 0.5),  # 1 + 1 + c missing (1)
    (["a", "b", "d"], 0.6667),  # d outside at place 3 (1) + c missing (1)
    (["a", "b", "e"], 0.5),  # e advised against at place 3 (1, twice) + c missing (1)
    (["d", "a", "b"], 0.0),  # d at the top (3) + 1 + 1 + c missing (1)
    ([], 0.0),
]


@pytest.mark.parametrize(("answer", "expected"), RANKINGS)
def test_ranking_worked_examples(answer: list[str], expected: float) -> None:
    score, _ = score_ranking(ctx(Kind.ranking, RANKING, answer, options(*"abcde")))
    assert round(score, 4) == expected
    assert f"**{expected:.4f}**" in section("ranking")


def test_an_advised_against_option_in_a_ranking_is_named_with_the_guides_reason() -> None:
    _, feedback = score_ranking(ctx(Kind.ranking, RANKING, ["e", "a", "b"], options(*"abcde")))
    advised = [f for f in feedback if f.verdict is Verdict.afgeraden]
    assert len(advised) == 1
    assert advised[0].tekst.startswith("'Optie E' staat bij jou op plaats 1")
    assert advised[0].toelichting == "Grootschalig en repressief komt als laatste."
    assert advised[0].bron == "Handreiking maatschappelijke spanningen, Handelingsprincipes"


# ---------------------------------------------------------------------------------------------- free text

CONCEPTS = TextReference(
    soort="begrippen",
    begrippen=[
        Concept(id="angst", label="angst bij bewoners", synoniemen=["angst", "bang"], toelichting="t"),
        Concept(id="overlast", label="overlast", synoniemen=["hinder"], toelichting="t"),
        Concept(id="contact", label="weinig contact", synoniemen=["langs elkaar heen"], gewicht=2, toelichting="t"),
    ],
    afgeraden=[AdvisedAgainst(id="verbod", label="verbieden", synoniemen=["verbod"], toelichting="t", bron=GUIDE)],
    modelantwoord="Angst, overlast en weinig contact.",
)

FREE_TEXTS = [
    ("Bewoners zijn bang en leven langs elkaar heen.", 0.75),  # (1 + 2) / 4
    ("Bewoners zijn bang, maar er is geen overlast en geen sprake van weinig contact.", 0.25),
    ("Er is overlast, bewoners zijn bang en leven langs elkaar heen; we verbieden de bijeenkomst.", 0.75),
    ("Er is geen angst, geen overlast en niemand leeft langs elkaar heen.", 0.0),
]


@pytest.mark.parametrize(("text", "expected"), FREE_TEXTS)
def test_free_text_worked_examples(text: str, expected: float) -> None:
    score, _ = score_free_text(ctx(Kind.free_text, CONCEPTS, text, {}))
    assert round(score, 4) == expected
    assert f"**{expected:.4f}**" in section("free_text")


def test_free_text_feedback_says_what_was_denied_and_what_the_guide_advises_against() -> None:
    text = "Er is geen overlast; we verbieden de bijeenkomst."
    _, feedback = score_free_text(ctx(Kind.free_text, CONCEPTS, text, {}))
    texts = [f.tekst for f in feedback]
    assert "Je noemt overlast als afwezig; volgens de referentie speelt het juist wel." in texts
    advised = next(f for f in feedback if f.verdict is Verdict.afgeraden)
    assert advised.tekst == "Afgeraden door de handreiking: verbieden; dat kost punten."
    assert advised.bron == "Handreiking maatschappelijke spanningen, Handelingsprincipes"


def test_an_empty_text_scores_zero_and_names_every_concept() -> None:
    score, feedback = score_free_text(ctx(Kind.free_text, CONCEPTS, "  ", {}))
    assert score == 0.0
    assert [f.tekst for f in feedback] == [
        "Je hebt hier nog geen tekst geschreven.",
        "Niet genoemd: angst bij bewoners.",
        "Niet genoemd: overlast.",
        "Niet genoemd: weinig contact.",
    ]


# ---------------------------------------------------------------------------------------------- records

ACTIONS = TextReference(
    soort="begrippen",
    begrippen=[
        Concept(id="politie", label="zichtbare politie", synoniemen=["wijkagent"], toelichting="t"),
        Concept(id="jongerenwerk", label="jongerenwerk", synoniemen=["jongerenwerker"], toelichting="t"),
    ],
    afgeraden=[AdvisedAgainst(id="me", label="ME inzetten", synoniemen=["ME"], toelichting="t", bron=GUIDE)],
    min_rijen=2,
    modelantwoord="Wijkagent en jongerenwerk.",
)
FIELDS = [
    RecordField(id="actie", label="Actie"),
    RecordField(id="resultaat", label="Resultaat", betekenis=FieldMeaning.resultaat),
    RecordField(id="eigenaar", label="Eigenaar", opties=OptionSource(items=[]), betekenis=FieldMeaning.eigenaar),
    RecordField(id="wanneer", label="Wanneer", betekenis=FieldMeaning.tijd),
]
ROLES = {"eigenaar": options("wijkagent", "jongerenwerker")}
GOOD_ROW = {"actie": "De wijkagent loopt rondes", "resultaat": "5 gesprekken gevoerd", "eigenaar": "wijkagent",
            "wanneer": "binnen twee dagen"}  # fmt: skip
SECOND_ROW = {"actie": "Jongerenwerk op straat", "resultaat": "alle jongeren gesproken", "eigenaar": "jongerenwerker",
              "wanneer": "vrijdag"}  # fmt: skip

RECORDS = [
    ([GOOD_ROW, SECOND_ROW], 1.0),
    ([GOOD_ROW], 0.5),  # 0.5 * 1/2 rows + 0.5 * 1/2 concepts
    ([GOOD_ROW, {**SECOND_ROW, "wanneer": "later eens"}], 0.75),  # no time: the row does not count
    ([GOOD_ROW, {**SECOND_ROW, "eigenaar": ""}], 0.75),  # a required field is empty
    ([GOOD_ROW, {**SECOND_ROW, "actie": "Overleg plannen"}], 0.5),  # nothing the reference recognises
    ([GOOD_ROW, SECOND_ROW, {**GOOD_ROW, "actie": "ME inzetten op het plein"}], 0.5),  # advised against: -1/2
]


@pytest.mark.parametrize(("rows", "expected"), RECORDS)
def test_records_worked_examples(rows: list[dict[str, str]], expected: float) -> None:
    score, _ = score_records(ctx(Kind.records, ACTIONS, rows, {}, velden=FIELDS, field_options=ROLES))
    assert round(score, 4) == expected
    assert f"**{expected:.4f}**" in section("records")


def test_records_feedback_says_why_a_row_does_not_count() -> None:
    rows = [GOOD_ROW, {**SECOND_ROW, "wanneer": "later eens"}, {**GOOD_ROW, "actie": "ME inzetten"}]
    _, feedback = score_records(ctx(Kind.records, ACTIONS, rows, {}, velden=FIELDS, field_options=ROLES))
    texts = [f.tekst for f in feedback]
    assert texts[0] == "1 van de 2 verwachte regels telt mee."
    assert "Regel 2 telt niet mee: er staat niet bij wanneer het klaar is." in texts
    assert "Regel 3 telt niet mee: de handreiking raadt dit af (ME inzetten)." in texts


def test_an_als_dan_row_written_as_a_decision_does_not_count() -> None:
    fields = [
        RecordField(id="als", label="Als", betekenis=FieldMeaning.voorwaarde),
        RecordField(id="dan", label="dan", betekenis=FieldMeaning.gevolg),
    ]
    reference = TextReference(
        soort="begrippen",
        begrippen=[Concept(id="wraak", label="wraak", synoniemen=["vergelding"], toelichting="t")],
        min_rijen=1,
        modelantwoord="Wraak.",
    )
    event = [{"als": "de groep wraak neemt op het plein", "dan": "volgt een nieuwe vechtpartij"}]
    decision = [{"als": "we wraak voorkomen met de politie", "dan": "blijft het rustig op straat"}]
    assert score_records(ctx(Kind.records, reference, event, {}, velden=fields))[0] == 1.0
    score, feedback = score_records(ctx(Kind.records, reference, decision, {}, velden=fields))
    assert score == 0.5
    assert any("is een besluit, geen situatie" in f.tekst for f in feedback)


# ---------------------------------------------------------------------------------------------- classify

CLASSIFY = ClassifyReference(
    soort="indeling",
    indeling=[
        ClassVerdict(item=f"u{i}", categorie="waarneming" if i < 5 else "oordeel", toelichting="t") for i in range(10)
    ],
    modelantwoord="De eerste vijf zijn waarnemingen.",
)  # fmt: skip
CATEGORIES = {"waarneming": Option("waarneming", "Waarneming"), "oordeel": Option("oordeel", "Oordeel")}


@pytest.mark.parametrize(("right", "expected"), [(10, 1.0), (8, 0.6), (5, 0.0), (2, 0.0)])
def test_classify_worked_examples(right: int, expected: float) -> None:
    answer = {v.item: v.categorie if i < right else ("oordeel" if v.categorie == "waarneming" else "waarneming")
              for i, v in enumerate(CLASSIFY.indeling)}  # fmt: skip
    context = ctx(Kind.classify, CLASSIFY, answer, options(*(v.item for v in CLASSIFY.indeling)), categories=CATEGORIES)
    score, feedback = score_classify(context)
    assert round(score, 4) == expected
    assert f"**{expected:.4f}**" in section("classify")
    assert sum(f.verdict is Verdict.past_niet for f in feedback) == 10 - right


def test_the_dutch_page_example_is_what_the_scorer_computes() -> None:
    from kit.ui.scoring_texts import SCORING_PAGE

    reference = ChoiceReference(
        soort="keuze",
        opties=[*(verdict(i, Status.kern) for i in "abc"), verdict("d", Status.passend),
                verdict("e", Status.niet_van_toepassing), verdict("f", Status.niet_van_toepassing)],
        modelantwoord="A, B en C.",
    )  # fmt: skip
    wrong, _ = score_choose_many(ctx(Kind.choose_many, reference, ["a", "b", "e"], options(*"abcdef")))
    fitting, _ = score_choose_many(ctx(Kind.choose_many, reference, ["a", "b", "d"], options(*"abcdef")))
    assert (round(wrong, 4), round(fitting, 4)) == (0.2051, 0.5897)
    assert "**21%**" in SCORING_PAGE and "**59%**" in SCORING_PAGE
