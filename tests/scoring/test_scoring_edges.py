"""Edges of the free-text and records scorers: where a span starts and ends, which row stops counting and why.

Each case sits on a boundary the scorer draws (a span touching an advised-against span, a row exactly half
copied, a field missing from the row altogether) so that `make mutate` can tell a shifted boundary from the
right one. The expected numbers follow from the formulas in docs/scoring.md.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from kit.content.library import Library
from kit.content.models import (
    AdvisedAgainst,
    Concept,
    FieldMeaning,
    Kind,
    OptionSource,
    Question,
    RecordField,
    Source,
    TextReference,
)
from kit.content.options import Option
from kit.scoring.context import ScoreContext
from kit.scoring.copied import material_texts, shingles
from kit.scoring.engine import score_exercise
from kit.scoring.freetext import Found, concept_feedback, find, merge_found, score_free_text
from kit.scoring.records import score_records
from kit.scoring.result import Feedback, Verdict, cite
from kit.scoring.stance import stance_cost, stance_hits
from kit.scoring.stems import meaningful_words, stems

GUIDE = Source(sectie="Handelingsprincipes", regels="001:3672-3680")


def slug(label: str) -> str:
    return "-".join(label.lower().replace("'", "").split())


def concept(label: str, *synonyms: str, weight: float = 1.0) -> Concept:
    return Concept(id=slug(label), label=label, synoniemen=list(synonyms or (label,)), toelichting="t", gewicht=weight)


def advised(label: str, *synonyms: str) -> AdvisedAgainst:
    return AdvisedAgainst(id=slug(label), label=label, synoniemen=list(synonyms or (label,)), toelichting="t",
                          bron=GUIDE)  # fmt: skip


def named(text: str, concepts: list[Concept], against: list[AdvisedAgainst], **extra: Any) -> list[bool]:
    found, _ = find(text, concepts, against, **extra)
    return [f.named for f in found]


# ------------------------------------------------------------------------------------- free text: spans


def test_a_word_of_any_advised_against_phrase_names_no_concept() -> None:
    """Every advised-against hit takes its words, not only the last one's."""
    against = [advised("skatebaan sluiten"), advised("ME inzetten")]
    concepts = [concept("skatebaan"), concept("wijkagent")]
    assert named("De skatebaan sluiten en de ME inzetten; de wijkagent praat mee.", concepts, against) == [False, True]
    # the other way round: the first advised-against phrase is absent, the second takes its words
    assert named("ME inzetten bij de skatebaan.", concepts, [*against[::-1], advised("camera's")]) == [True, False]


def test_a_concept_touching_an_advised_against_span_at_either_end_is_taken_by_it() -> None:
    against = [advised("skatebaan sluiten")]
    first_word, last_word = concept("skatebaan"), concept("sluiten")
    text = "Wij willen de skatebaan sluiten."
    assert named(text, [first_word], against) == [False]  # the concept's span ends where the advised one starts
    assert named(text, [last_word], against) == [False]  # ... and starts where it ends
    assert named("De skatebaan blijft open; het hek sluiten we niet.", [first_word], against) == [True]


def test_a_concept_next_to_copied_words_counts_and_one_inside_them_does_not() -> None:
    material = shingles(["Bewoners melden overlast jongeren skatebaan avonden laat"])
    concepts = [concept("wijkagent"), concept("buurtgesprek over overlast")]
    own = "De wijkagent bewoners melden overlast jongeren skatebaan avonden."  # right before the copied run
    assert named(own, concepts, [], material=material) == [True, False]
    after = "Bewoners melden overlast jongeren skatebaan avonden wijkagent."  # right after it
    assert named(after, concepts, [], material=material) == [True, False]
    # a phrase whose last word opens the copied run is copied too
    edge = [concept("buurt bewoners")]
    assert named("Buurt bewoners melden overlast jongeren skatebaan avonden.", edge, [], material=material) == [False]
    assert named("Buurt bewoners spreken elkaar.", edge, [], material=material) == [True]
    # ... and so is one whose first word closes it
    closing = [concept("avonden optreden")]
    assert named("Bewoners melden overlast jongeren skatebaan avonden optreden.", closing, [], material=material) == [
        False
    ]
    assert named("Op late avonden optreden.", closing, [], material=material) == [True]


def test_copied_text_says_so_and_own_text_does_not() -> None:
    material = shingles(["Bewoners melden overlast jongeren skatebaan avonden laat"])
    concepts = [concept("wijkagent")]
    _, copied = concept_feedback("Bewoners melden overlast jongeren skatebaan avonden.", concepts, (), material)
    _, own = concept_feedback("De wijkagent gaat erheen.", concepts, (), material)
    assert copied[-1].verdict is Verdict.info
    assert all(f.verdict is not Verdict.info for f in own)


def test_an_advised_against_concept_costs_its_weight_of_the_named_share() -> None:
    concepts = [concept("wijkagent"), concept("jongerenwerker")]
    against = [advised("skatebaan sluiten")]
    both = "De wijkagent en de jongerenwerker gaan naar de jongeren."
    assert concept_feedback(both, concepts, against)[0] == 1.0
    one = "De wijkagent wil de skatebaan sluiten."
    score, feedback = concept_feedback(one, concepts, against)
    assert score == 0.0  # half named, half the weight lost: nothing left
    assert [f.verdict for f in feedback] == [Verdict.goed, Verdict.gemist, Verdict.afgeraden]
    heavy = [concept("wijkagent", weight=3.0), concept("jongerenwerker")]
    assert concept_feedback(one, heavy, against)[0] == 0.5  # three quarters named, a quarter lost


# ---------------------------------------------------------------------------------------------- records

REFERENCE = TextReference(
    soort="begrippen",
    begrippen=[concept("wijkagent"), concept("jongerenwerk", "jongerenwerker")],
    afgeraden=[advised("ME inzetten", "ME")],
    min_rijen=2,
    modelantwoord="m",
)
FIELDS = [
    RecordField(id="actie", label="Actie"),
    RecordField(id="wie", label="Wie", opties=OptionSource(items=[]), betekenis=FieldMeaning.eigenaar),
    RecordField(id="noot", label="Noot", verplicht=False),
]
ROLES = {"wie": {"w": Option("w", "Wijkagent"), "j": Option("j", "Jongerenwerker")}}
MATERIAL = shingles(["Bewoners melden overlast jongeren skatebaan avonden laat"])


def records(rows: list[dict[str, Any]], reference: TextReference = REFERENCE) -> tuple[float, list[Feedback]]:
    question = Question(id="q", soort=Kind.records, vraag="Vraag?", velden=FIELDS)
    context = ScoreContext(question=question, options={}, categories={}, reference=reference, answer=rows,
                           field_options=ROLES, material=MATERIAL)  # fmt: skip
    return score_records(context)


GOOD = {"actie": "De wijkagent loopt rondes", "wie": "w", "noot": ""}
OTHER = {"actie": "Jongerenwerk op straat bij het plein", "wie": "j", "noot": ""}


def test_a_row_that_does_not_count_does_not_stop_the_rows_after_it() -> None:
    rows = [
        {"actie": "", "wie": "w", "noot": "nog invullen"},  # incomplete
        {"actie": "Bewoners melden overlast jongeren skatebaan avonden", "wie": "w", "noot": ""},  # copied
        {"actie": "ME inzetten op het plein", "wie": "w", "noot": ""},  # advised against
        {"actie": "Overleg plannen", "wie": "w", "noot": ""},  # nothing recognised
        {"actie": "De jongerenwerker belt de ouders", "wie": "buurman", "noot": ""},  # no owner among the roles
        GOOD,
        {**GOOD, "wie": "j"},  # the same words again
        OTHER,
    ]
    score, feedback = records(rows)
    texts = [f.tekst for f in feedback]
    assert texts[5] == "Regel 5 telt niet mee: er is geen eigenaar uit de rollen gekozen."
    del texts[5]
    assert texts[:7] == [
        "2 van de 2 verwachte regels tellen mee.",
        "Regel 1 telt niet mee, want hij mist: Actie.",
        "Regel 2 telt niet mee: de tekst is overgenomen uit de casus of de berichten.",
        "Regel 3 telt niet mee: de handreiking raadt dit af (ME inzetten).",
        "Regel 4 telt niet mee: de referentie herkent er niets in wat voor deze situatie telt.",
        "Regel 7 telt niet mee: hij herhaalt regel 6.",
        "Je noemt: wijkagent.",
    ]
    assert feedback[0].verdict is Verdict.goed
    assert score == 0.5 * 1 + 0.5 * 1 - 1 / 2  # every row counted, both concepts, one advised-against cost


def test_a_required_field_missing_from_the_row_altogether_is_missing() -> None:
    score, feedback = records([{"wie": "w"}, {"actie": None, "wie": "j"}, GOOD])
    assert [f.tekst for f in feedback[1:3]] == [
        "Regel 1 telt niet mee, want hij mist: Actie.",
        "Regel 2 telt niet mee, want hij mist: Actie.",
    ]
    assert feedback[0] == Feedback(Verdict.deels, "1 van de 2 verwachte regels telt mee.")
    assert score == 0.5 * 0.5 + 0.5 * 0.5


def test_a_row_exactly_half_copied_is_not_a_row() -> None:
    copied = "Bewoners melden overlast jongeren skatebaan avonden"
    own = "wijkagent loopt rondes bij buurtgesprek gisteren"
    half = {"actie": f"{copied} {own}", "wie": "w", "noot": ""}  # 12 words, 6 of them a copied run
    _, feedback = records([half, OTHER])
    assert feedback[1].tekst == "Regel 1 telt niet mee: de tekst is overgenomen uit de casus of de berichten."
    less = {**half, "actie": half["actie"] + " opnieuw"}  # 13 words: under half copied, the row counts
    score, feedback = records([less, OTHER])
    assert feedback[0].tekst == "2 van de 2 verwachte regels tellen mee."
    assert score == 1.0


def test_without_min_rijen_only_the_concepts_and_the_cost_count() -> None:
    reference = REFERENCE.model_copy(update={"min_rijen": 0})
    score, feedback = records([GOOD, {"actie": "ME inzetten", "wie": "j", "noot": ""}], reference)
    assert score == 0.0  # wijkagent (1/2) minus ME (1/2)
    assert not any("verwachte regels" in f.tekst for f in feedback)
    assert records([GOOD], reference)[0] == 0.5


# ------------------------------------------------------------------------------- material and stems


def test_the_material_holds_every_text_a_participant_can_read(library: Library) -> None:
    for exercise_id in ("casus-1", "azc/oefenvorm-1"):
        exercise = library.exercise(exercise_id)
        scenario = exercise.scenario
        texts = material_texts(exercise)
        assert texts[:4] == [exercise.title, scenario.titel, scenario.samenvatting, scenario.verhaal]
        expected = [t for t in (scenario.situatiebeeld, scenario.beleid) if t]
        expected += [s.tekst for s in (*scenario.signalen, *scenario.uitspraken)]
        expected += [i.tekst for i in scenario.injects] + [r.omschrijving for r in scenario.rollen]
        assert texts[4 : 4 + len(expected)] == expected
        step = exercise.steps[0]
        assert step.instructie in texts and step.vragen[0].vraag in texts
        labels = [o.label for options in exercise.field_options.values() for o in options]
        assert labels and set(labels) <= set(texts)


def test_the_material_is_every_run_of_six_content_words_within_one_text() -> None:
    words = "bewoners melden overlast jongeren skatebaan avonden laat"
    runs = shingles([words, "wijkagent loopt rondes", "de en het"])
    stems_ = stems(words)
    assert runs == {stems_[:6], stems_[1:]}  # stop words skipped, no run across two texts
    assert shingles(["bewoners melden de overlast van jongeren bij de skatebaan avonden"]) == {stems_[:6]}
    assert shingles(["een twee drie vier vijf"]) == frozenset()


def test_a_synonym_needs_a_word_of_meaning() -> None:
    assert meaningful_words("vragen de") == ()
    assert meaningful_words("op de hoogte") == ()
    assert meaningful_words("niet doen") == ()
    assert meaningful_words("vraagt de buurt") == ("buurt",)  # a light verb in any form
    assert meaningful_words("houdt toezicht") == ("toezicht",)
    assert meaningful_words("de wijkagent informeren") == ("wijkagent", "informeren")
    assert meaningful_words("geen namen") == ("namen",)


def test_a_second_verb_after_en_or_of_keeps_the_negation_in_its_own_part() -> None:
    overlast = [concept("overlast")]
    for text in (
        "Bewoners ervaren overlast en durven de jongeren niet aan te spreken.",
        "Bewoners ervaren overlast of durven de jongeren niet aan te spreken.",
        "Bewoners ervaren overlast gemeld en durven de jongeren niet aan te spreken.",  # a participle before 'en'
        "Bewoners ervaren overlast en durven zwijgend niet naar buiten.",
    ):
        assert named(text, overlast, []) == [True], text
    # a present participle after 'en' is an adjective, no second verb: the negation reaches the match
    for text in ("Bewoners ervaren overlast en lachend niet naar buiten.", "Ze ervaren overlast en lachende niet."):
        found, _ = find(text, overlast)
        assert found[0].denied, text


def test_a_concept_chosen_or_written_is_named_and_denied_only_when_named_in_neither() -> None:
    """The chosen actor and the written cell are two readings of one row (issue 19 item 7)."""
    no, named_, denied = Found(False, False), Found(True, False), Found(False, True)
    written = [no, named_, denied, denied, no, denied]
    chosen = [no, no, no, named_, denied, denied]
    assert merge_found(written, chosen) == [no, named_, denied, named_, denied, denied]
    assert merge_found(chosen, written) == merge_found(written, chosen)
    with pytest.raises(ValueError, match=r"shorter|longer"):
        merge_found(written, chosen[:-1])


def test_an_empty_answer_misses_every_concept_with_its_explanation_and_source() -> None:
    reference = TextReference(
        soort="begrippen",
        begrippen=[
            Concept(id="wijkagent", label="wijkagent", synoniemen=["wijkagent"], toelichting="Die kent de buurt.",
                    bron=GUIDE),
            Concept(id="ouders", label="ouders", synoniemen=["ouders"], toelichting="Zij spreken hun kinderen aan."),
        ],
        modelantwoord="De wijkagent en de ouders.",
    )  # fmt: skip
    question = Question(id="q", soort=Kind.free_text, vraag="Wie?")

    def feedback(text: str | None) -> list[Feedback]:
        return score_free_text(ScoreContext(question, {}, {}, reference, text))[1]

    empty = feedback("")
    assert empty[0].verdict is Verdict.gemist
    assert feedback(None) == feedback("  ") == empty
    assert empty[1:] == feedback("Iets heel anders over het weer.")  # the same lines as an answer that misses
    assert [(f.toelichting, f.bron) for f in empty[1:]] == [
        ("Die kent de buurt.", cite(GUIDE)),
        ("Zij spreken hun kinderen aan.", None),
    ]


def test_an_exercise_without_steps_scores_nothing(library: Library) -> None:
    stepless = replace(library.exercise("casus-1"), steps=())
    assert score_exercise(stepless, {}).total == 0.0


def test_a_free_text_copied_from_the_material_earns_nothing() -> None:
    reference = TextReference(soort="begrippen", begrippen=[concept("wijkagent")], modelantwoord="De wijkagent.")
    question = Question(id="q", soort=Kind.free_text, vraag="Wie?")
    pasted = "De wijkagent loopt elke avond langs de skatebaan en spreekt de jongeren aan."
    material = shingles([pasted])
    assert score_free_text(ScoreContext(question, {}, {}, reference, pasted))[0] == 1.0
    assert score_free_text(ScoreContext(question, {}, {}, reference, pasted, material=material))[0] == 0.0


def test_each_row_that_does_not_count_says_why_with_its_verdict() -> None:
    _, feedback = records([{"noot": "nog invullen"}, GOOD, {**GOOD, "wie": "j"}, OTHER])
    assert feedback[1] == Feedback(Verdict.deels, "Regel 1 telt niet mee, want hij mist: Actie, Wie.")
    assert feedback[2] == Feedback(Verdict.deels, "Regel 3 telt niet mee: hij herhaalt regel 2.")
    copied = {"actie": "Bewoners melden overlast jongeren skatebaan avonden", "wie": "w", "noot": ""}
    _, feedback = records([copied, GOOD, OTHER])
    assert feedback[1] == Feedback(
        Verdict.deels, "Regel 1 telt niet mee: de tekst is overgenomen uit de casus of de berichten."
    )


def test_a_concept_only_in_the_copied_part_of_a_row_does_not_make_it_a_row() -> None:
    reference = REFERENCE.model_copy(update={"begrippen": [concept("skatebaan"), concept("wijkagent")]})
    row = {"actie": "Bewoners melden overlast jongeren skatebaan avonden; wij plannen daarom een gesprek met de "
                    "buurt, vanavond nog in het buurthuis", "wie": "w", "noot": ""}  # fmt: skip
    _, feedback = records([row, GOOD], reference)
    assert feedback[1].tekst == "Regel 1 telt niet mee: de referentie herkent er niets in wat voor deze situatie telt."
    own = {**row, "actie": row["actie"].replace("skatebaan avonden", "skatebaan 's avonds")}
    _, feedback = records([own, GOOD], reference)
    assert feedback[0].tekst == "2 van de 2 verwachte regels tellen mee."


def test_a_stance_pattern_in_pasted_material_costs_nothing(library: Library) -> None:
    exercise = library.exercise("steekpartij/oefenvorm-1")
    inject = "Buurtbewoners eisen in de krant dat de gemeente de herdenking bij de moskee op woensdag gaat verbieden."
    reference = TextReference(soort="begrippen", begrippen=[concept("wijkagent")], modelantwoord="De wijkagent.")
    question = Question(id="q", soort=Kind.free_text, vraag="Wat doe je?")
    text = f"De wijkagent gaat met de buurt praten. {inject}"

    def score(material: frozenset[tuple[str, ...]]) -> float:
        context = ScoreContext(question, {}, {}, reference, text, material=material, stance=exercise.stance,
                               word_classes=exercise.word_classes)  # fmt: skip
        return score_free_text(context)[0]

    assert score(frozenset()) < 1.0  # written as one's own, banning first costs
    assert score(shingles([inject])) == 1.0


def test_rows_beyond_the_expected_number_add_nothing_and_a_stance_pattern_costs(library: Library) -> None:
    reference = REFERENCE.model_copy(update={"min_rijen": 1})
    assert records([GOOD, {**GOOD, "actie": "De wijkagent spreekt de ouders aan"}], reference)[0] == 0.75
    exercise = library.exercise("steekpartij/oefenvorm-1")
    question = Question(id="q", soort=Kind.records, vraag="Vraag?", velden=FIELDS)
    banning = {"actie": "De burgemeester gaat de herdenking verbieden", "wie": "w", "noot": ""}
    rows = [GOOD, OTHER, banning]

    def score(stance: tuple[Any, ...]) -> float:
        context = ScoreContext(question, {}, {}, REFERENCE, rows, field_options=ROLES, stance=stance,
                               word_classes=exercise.word_classes)  # fmt: skip
        return score_records(context)[0]

    hits = stance_hits("De burgemeester gaat de herdenking verbieden", exercise.stance, exercise.word_classes)
    assert hits and score(()) == 1.0
    assert score(tuple(exercise.stance)) == pytest.approx(1.0 - stance_cost(hits, 2.0))


# ---------------------------------------------------------------------------- free text: spans, continued


def test_a_concept_that_starts_inside_an_advised_against_span_and_runs_past_it_is_taken_by_it() -> None:
    against = [advised("skatebaan sluiten")]
    assert named("Wij willen de skatebaan sluiten direct.", [concept("sluiten direct")], against) == [False]
    assert named("Wij willen het hek sluiten direct.", [concept("sluiten direct")], against) == [True]


def test_an_advised_against_phrase_inside_copied_material_is_not_the_participants_own() -> None:
    material = shingles(["Bewoners eisen de skatebaan sluiten vanwege overlast jongeren avonden"])
    text = "Bewoners eisen de skatebaan sluiten vanwege overlast jongeren avonden. De wijkagent praat mee."
    found, against = find(text, [concept("wijkagent")], [advised("skatebaan sluiten")], material)
    assert [f.named for f in found] == [True] and [f.named for f in against] == [False]
    _, own = find("Wij willen de skatebaan sluiten.", [], [advised("skatebaan sluiten")], material)
    assert [f.named for f in own] == [True]


def test_a_part_of_a_denied_phrase_is_denied_with_it_where_it_is_not_denied_alone() -> None:
    """The negation reaches the whole phrase but not its part alone: the part is denied with the whole."""
    last_part = concept("overlast jongeren plein", "overlast jongeren plein", "plein")
    first_part = concept("overlast jongeren plein", "overlast jongeren plein", "overlast")
    before = "Er is geen sprake van overlast van jongeren op het plein."  # 'plein' is too far after 'geen'
    after = "Overlast van jongeren op het plein is voor ons niet het grootste probleem van de wijk."
    found, _ = find(before, [last_part])
    assert (found[0].named, found[0].denied) == (False, True)
    found, _ = find(after, [first_part])  # 'overlast' is too far before 'niet'
    assert (found[0].named, found[0].denied) == (False, True)
    assert named("Overlast van jongeren op het plein is een probleem.", [first_part], []) == [True]


def test_a_concept_lists_phrases_are_compiled_once_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from kit.scoring import freetext

    compiled: list[str] = []
    real = freetext.compile_phrase

    def counting(phrase: str) -> Any:
        compiled.append(phrase)
        return real(phrase)

    monkeypatch.setattr(freetext, "compile_phrase", counting)
    concepts = [concept("wijkagent", "wijkagent", "politie"), concept("jongerenwerker")]
    first = freetext._phrases(concepts)
    assert set(compiled) == {"jongerenwerker", "politie", "wijkagent"}
    count = len(compiled)
    assert freetext._phrases(concepts) is first and len(compiled) == count  # kept: not compiled again
    other = [concept("buurtbewoners")]
    assert freetext._phrases(other) != first and compiled[-1] == "buurtbewoners"
    assert freetext._COMPILED[id(concepts)][0] is concepts


def test_a_stance_pattern_pasted_into_a_row_costs_nothing_and_written_as_ones_own_it_does(library: Library) -> None:
    exercise = library.exercise("steekpartij/oefenvorm-1")
    inject = "Buurtbewoners eisen in de krant dat de gemeente de herdenking bij de moskee op woensdag gaat verbieden."
    question = Question(id="q", soort=Kind.records, vraag="Vraag?", velden=FIELDS)
    own = "De wijkagent en de jongerenwerker gaan met de imam, de ouders, de school en de buurtbewoners praten"
    rows = [GOOD, OTHER, {"actie": f"{own} over wat er in de krant stond: {inject}", "wie": "j", "noot": ""}]

    def scored(material: frozenset[tuple[str, ...]]) -> tuple[float, list[str]]:
        context = ScoreContext(question, {}, {}, REFERENCE, rows, field_options=ROLES, material=material,
                               stance=tuple(exercise.stance), word_classes=exercise.word_classes)  # fmt: skip
        score, feedback = score_records(context)
        return score, [f.tekst for f in feedback]

    pasted, said = scored(shingles([inject]))
    assert pasted == 1.0 and not any("raadt dit af" in t for t in said)
    written, said = scored(frozenset())
    assert written < 1.0 and "Regel 3 telt niet mee: de handreiking raadt dit af" in " ".join(said)


def test_a_row_with_two_problems_of_form_names_both() -> None:
    from kit.scoring.texts import FORM

    fields = [*FIELDS, RecordField(id="als", label="Als", betekenis=FieldMeaning.voorwaarde),
              RecordField(id="dan", label="Dan", betekenis=FieldMeaning.gevolg)]  # fmt: skip
    question = Question(id="q", soort=Kind.records, vraag="Vraag?", velden=fields)
    rows = [{**GOOD, "als": "x", "dan": "y"}]
    context = ScoreContext(question, {}, {}, REFERENCE, rows, field_options=ROLES)
    _, feedback = score_records(context)
    problems = f"{FORM['no_condition']}; {FORM['no_consequence']}"
    assert Feedback(Verdict.deels, f"Regel 1 telt niet mee: {problems}.") in feedback


def test_a_row_naming_two_advised_against_things_names_both() -> None:
    reference = REFERENCE.model_copy(update={"afgeraden": [advised("ME inzetten", "ME"), advised("camera's")]})
    _, feedback = records([{"actie": "ME en camera's op het plein", "wie": "w", "noot": ""}, GOOD, OTHER], reference)
    assert feedback[1] == Feedback(
        Verdict.afgeraden, "Regel 1 telt niet mee: de handreiking raadt dit af (ME inzetten; camera's)."
    )


def test_no_concepts_give_no_share_and_no_cost() -> None:
    from kit.scoring.freetext import concept_parts

    assert concept_parts("De wijkagent gaat praten.", []) == (0.0, 0.0, [])


def test_an_advised_against_concept_is_named_with_the_guides_reason_and_source() -> None:
    from kit.scoring.texts import TEXTS

    _, feedback = concept_feedback("De wijkagent wil de skatebaan sluiten.", [concept("wijkagent")],
                                   [advised("skatebaan sluiten")])  # fmt: skip
    assert feedback[-1] == Feedback(
        Verdict.afgeraden, TEXTS["concept_advised"].format(label="skatebaan sluiten"), "t", cite(GUIDE)
    )
