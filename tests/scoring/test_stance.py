"""The method's advised-against patterns (issue 19 item 2; issue 20 items 19 and 27): read in every written
answer by lemma and pattern, not denied, not copied; a hit costs and the feedback cites the guide."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.content.library import Library, build_library, load_library
from kit.content.models import Source, StancePattern
from kit.scoring.copied import shingles
from kit.scoring.engine import score_step
from kit.scoring.model_answers import model_answers
from kit.scoring.stance import applies, expand, stance_cost, stance_feedback, stance_hits

LIBRARY: Library = load_library()
SAMOS = LIBRARY.exercise("steekpartij/oefenvorm-1")
CASUS = LIBRARY.exercise("casus-1")


def hit_ids(text: str, step: str = "beeldvorming") -> list[str]:
    patterns = [p for p in SAMOS.stance if applies(p, step)]
    return [p.id for p in stance_hits(text, patterns, SAMOS.word_classes)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Namen, adressen en antecedenten van alle jongens opvragen bij de politie", ["namenlijsten"]),
        ("Een lijst van Marokkaanse leerlingen aan de school vragen", ["groep-naar-herkomst", "namenlijsten"]),
        ("Wij willen een lijst met namen van de hangjongeren", ["namenlijsten"]),
        ("De Marokkaanse en Antilliaanse jongeren zoeken wraak", ["groep-naar-herkomst"]),
        ("Het hele dorp is racistisch", ["hele-groep-schuld"]),
        ("Eerst handhaving, dan zien we verder", ["repressie-eerst"]),
        ("We moeten de herdenking verbieden", ["repressie-eerst"]),
        ("De burgemeester zegt niets tegen de pers", ["niet-communiceren"]),
        ("Het is duidelijk: dit is een afrekening", ["mening-als-feit"]),
    ],
)
def test_what_the_guide_advises_against_is_found_in_many_wordings(text: str, expected: list[str]) -> None:
    assert hit_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We moeten niet de Marokkaanse jongeren als groep aanspreken, maar wie er vocht.",
        "Geen lijsten maken van jongeren; we spreken mensen aan op gedrag.",
        "Rolmodellen uit de Marokkaanse en Turkse gemeenschappen kunnen ouders en jongeren aanspreken.",
        "Bijsturen: dat aanbod direct oppakken en de herdenking laten doorgaan.",
        "Het is geen optie om niet te communiceren: we informeren de buurt vandaag.",
        "We verbieden niets; de herdenking gaat door met een andere route.",
        "De casus zegt niets over wat gemeente en corporatie doen, dus dat moet ik nagaan.",
        "Over wat zij nu al doen zegt de casus niets; dat moet je uitvragen.",
    ],
)
def test_a_good_answer_that_denies_or_merely_resembles_a_pattern_is_not_hit(text: str) -> None:
    assert hit_ids(text) == []


def test_opinions_as_facts_count_only_in_the_steps_of_the_picture() -> None:
    assert hit_ids("Het is duidelijk dat we moeten optreden.", "besluit") == []
    assert hit_ids("Het is duidelijk dat we moeten optreden.", "vooraf") == ["mening-als-feit"]


def test_copied_words_are_not_the_participants_stance() -> None:
    copied = "de Marokkaanse jongeren van het plein maken de buurt onveilig"
    material = shingles([f"De buren zeggen: {copied}, volgens de wijkagent."])
    text = f"Een bewoner schrijft: {copied}."
    assert stance_hits(text, SAMOS.stance, SAMOS.word_classes) != []
    assert stance_hits(text, SAMOS.stance, SAMOS.word_classes, material) == []


def test_expand_replaces_every_word_class_slot_by_each_of_its_words() -> None:
    classes = {"a": ["x", "y"], "b": ["z"]}
    assert expand("lijst {a} {b}", classes) == ("lijst x z", "lijst y z")
    assert expand("zonder klasse", classes) == ("zonder klasse",)
    assert expand("a} {b", classes) == ("a} {b",)  # only a whole '{klasse}' is a slot


PATTERN = StancePattern(
    id="p", label="P", patronen=["verbieden"], toelichting="t", gewicht=2.0, stappen=["besluit"],
    bron=Source(sectie="Handelingsprincipes", regels="001:3672-3680"),
)  # fmt: skip


def test_a_pattern_applies_in_its_steps_or_everywhere_without_steps() -> None:
    assert applies(PATTERN, "besluit")
    assert not applies(PATTERN, "vooraf")
    assert applies(PATTERN.model_copy(update={"stappen": []}), "vooraf")


def test_the_cost_is_the_weight_as_a_share_of_the_concepts_and_the_feedback_cites_the_guide() -> None:
    assert stance_cost([PATTERN], 4.0) == 0.5
    assert stance_cost([PATTERN, PATTERN], 8.0) == 0.5
    assert stance_cost([PATTERN], 0.0) == 0.0
    [line] = stance_feedback([PATTERN])
    assert line.tekst == "Afgeraden door de handreiking: P; dat kost punten."
    assert line.toelichting == "t"
    assert line.bron == "Handreiking maatschappelijke spanningen, Handelingsprincipes"


def question_result(exercise_id: str, step: str, question: str, value: object) -> tuple[float, list[str], list[str]]:
    exercise = LIBRARY.exercise(exercise_id)
    values = {**model_answers(exercise)[step], question: value}
    result = next(q for q in score_step(exercise, step, values).questions if q.question == question)
    return result.score, [f.tekst for f in result.feedback], [f.bron or "" for f in result.feedback]


def test_ethnic_labelling_in_motivering_and_aard_costs_and_cites_the_guide() -> None:
    for step, question in (("beeldvorming", "motivering"), ("inschatting", "aard")):
        model = model_answers(SAMOS)[step][question]
        clean, _, _ = question_result(SAMOS.id, step, question, model)
        labelled, texts, sources = question_result(
            SAMOS.id, step, question, model + " De Marokkaanse jongens van het plein zijn de daders."
        )
        assert labelled < clean, (step, question)
        assert any("een groep naar herkomst of geloof" in t.lower() for t in texts)
        assert any("vermijd groepsetikettering" in s for s in sources)


def test_a_records_cell_with_a_name_list_is_not_a_row() -> None:
    row = {"informatie": "Namen, adressen en antecedenten van alle jongens", "bij-wie": "politie",
           "wie-haalt": "politie"}  # fmt: skip
    _, texts, _ = question_result(SAMOS.id, "beeldvorming", "ontbrekend", [row])
    [line] = [t for t in texts if t.startswith("Regel 1 telt niet mee: de handreiking raadt dit af")]
    assert "Lijsten van namen of adressen van een groep aanleggen" in line


def test_calling_residents_the_racist_core_in_an_actor_map_costs() -> None:
    rows = model_answers(CASUS)["stap-2-3"]["actoren"]
    clean, _, _ = question_result(CASUS.id, "stap-2-3", "actoren", rows)
    racist = [*rows[:-1], {**rows[-1], "waarom": "De racistische kern van de buurt stookt de boel op"}]
    score, texts, _ = question_result(CASUS.id, "stap-2-3", "actoren", racist)
    assert score < clean
    assert any("hele groep de schuld" in t for t in texts)


def test_validate_refuses_an_unknown_word_class_and_a_pattern_without_the_guides_lines(tmp_path: Path) -> None:
    good = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "good"
    paths = []
    for path in sorted(good.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if path.name == "methode.yaml":
            text += (
                "woordklassen:\n  mensen: [jongeren]\n"
                "afgeraden:\n"
                "  - {id: a, label: A, patronen: ['lijst {groep}'], toelichting: t,\n"
                "     bron: {sectie: S, regels: '001:1'}}\n"
                "  - {id: b, label: B, patronen: ['{mensen} weg'], toelichting: t, bron: {sectie: S}}\n"
            )
        paths.append(tmp_path / path.name)
        paths[-1].write_text(text, encoding="utf-8")
    problems = [p for p in build_library(paths).problems if p.file.endswith("methode.yaml")]
    assert [p.path for p in problems] == ["afgeraden/0/patronen/0", "afgeraden/1/bron"]
    assert "'{groep}' is geen woordklasse" in problems[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De burgemeester verbood de herdenking", ["repressie-eerst"]),  # another form of the verb
        ("We zeiden niets tegen de pers", ["niet-communiceren"]),
        ("Het bericht zegt eerst: handhaving.", []),  # reports what the material says, across the colon
        ("Volgens het bericht is het duidelijk dat het een afrekening is", []),
        ("Eerst: handhaving, en dat wil het bericht ook", ["repressie-eerst"]),  # the material in another clause
    ],
)
def test_a_pattern_in_another_verb_form_counts_a_report_of_the_material_does_not(
    text: str, expected: list[str]
) -> None:
    assert hit_ids(text) == expected


INJECT = "Jongens van het plein zijn in het buurthuis opgewonden en zeggen dat dit niet blijft liggen."
DEMAND = "Boze bewoners van het Polderplein vragen de burgemeester om eerst de orde te herstellen."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Wij gaan dit verbieden. {INJECT}", ["repressie-eerst"]),  # a paste right after one's own words
        (f"{INJECT} Wij gaan dit verbieden.", ["repressie-eerst"]),  # ... or right before them
        ("Boze bewoners van het Polderplein vragen de burgemeester om eerst handhaving.", []),  # begins copied
        (DEMAND, []),
    ],
)
def test_only_a_pattern_that_touches_copied_words_is_the_materials(text: str, expected: list[str]) -> None:
    material = shingles([DEMAND, INJECT])
    assert [p.id for p in stance_hits(text, SAMOS.stance, SAMOS.word_classes, material)] == expected


def test_the_engine_applies_a_pattern_bound_to_steps_in_those_steps_only() -> None:
    """An opinion told as fact costs in the picture (beeldvorming), where the guide puts observation first."""
    text = "Het is duidelijk dat de jongeren uit de wijk de steekpartij hebben gepleegd, dat weet iedereen."
    result = score_step(SAMOS, "beeldvorming", {"motivering": text})
    told = [f.tekst for q in result.questions if q.question == "motivering" for f in q.feedback]
    assert any(t.startswith("Afgeraden door de handreiking: Een oordeel als feit") for t in told)
    assert not applies(next(p for p in SAMOS.stance if p.id == "mening-als-feit"), "besluit")


def test_feedback_names_the_situation_as_the_template_does() -> None:
    """'Deze casus' for the stappenplan, the template's own words elsewhere (`situatie`)."""
    from dataclasses import replace

    from kit.content.library import cached_library

    casus = cached_library().exercise("casus-1")
    unlisted = "stappenplan.verschijningsvormen.voelen.vervreemd"  # offered, not in the reference's list
    renamed = replace(casus, template=casus.template.model_copy(update={"situatie": "dit oefenverhaal"}))
    for exercise, named in ((casus, "deze casus"), (renamed, "dit oefenverhaal")):
        result = score_step(exercise, "stap-2-1", {"vormen": [unlisted]})
        told = " ".join(f.tekst for q in result.questions if q.question == "vormen" for f in q.feedback)
        assert f"de referentie ziet daar in {named} geen grond voor" in told
