"""A records field chosen from a method list (the actor of an actor map) counts as that concept (issue 19, item 7)."""

from __future__ import annotations

from kit.content.library import Library, load_library
from kit.content.models import Concept, Kind, OptionSource, Question, RecordField, TextReference
from kit.content.options import Option
from kit.scoring.context import ScoreContext
from kit.scoring.engine import score_step
from kit.scoring.records import chosen_concept_text, score_records
from kit.scoring.result import Verdict

LIBRARY: Library = load_library()

ROW = {
    "actor": "stappenplan.actoren.wijkprofessionals",
    "invloed": "verminderen",
    "waarom": "Politie en gemeente hebben de jongerenoverlast al teruggedrongen",
}


def actor_map(rows: list[dict[str, str]]) -> tuple[float, list[str]]:
    exercise = LIBRARY.exercise("casus-1")
    result = score_step(exercise, "stap-2-3", {"actoren": rows})
    question = next(q for q in result.questions if q.question == "actoren")
    return question.score, [f.tekst for f in question.feedback]


def test_the_chosen_actor_names_its_concept() -> None:
    score, feedback = actor_map([ROW])
    assert "Niet genoemd: wijkprofessionals (jongerenwerk, wijkagent)." not in feedback
    assert "Je noemt: wijkprofessionals (jongerenwerk, wijkagent)." in feedback
    assert not any(text.startswith("Regel 1 telt niet mee") for text in feedback)
    assert score > 0.0


def test_a_chosen_actor_with_no_reason_written_is_not_a_row() -> None:
    _, feedback = actor_map([{**ROW, "waarom": "ja"}])
    assert any(text.startswith("Regel 1 telt niet mee") for text in feedback)


FIELDS = [
    RecordField(id="actor", label="Actor", opties=OptionSource(lijst="m.actoren")),
    RecordField(id="invloed", label="Invloed", opties=OptionSource(items=[])),
    RecordField(id="waarom", label="Waarom"),
]
OPTIONS = {
    "actor": {"scholen": Option("scholen", "Scholen in de buurt"), "pers": Option("pers", "Lokale pers")},
    "invloed": {"verminderen": Option("verminderen", "kan verminderen met scholen")},
}
REFERENCE = TextReference(
    soort="begrippen",
    begrippen=[Concept(id="scholen", label="scholen", synoniemen=["school"], toelichting="t")],
    modelantwoord="Scholen.",
)


def context(row: dict[str, str]) -> ScoreContext:
    question = Question(id="q", soort=Kind.records, vraag="Actoren?", velden=FIELDS)
    return ScoreContext(question, {}, {}, REFERENCE, [row], field_options=OPTIONS)


def test_only_a_field_from_a_method_list_carries_a_concept() -> None:
    # the inline 'invloed' item is structure: its label names no concept, even when its words would
    row = {"actor": "pers", "invloed": "verminderen"}
    assert chosen_concept_text(context(row), row) == "Lokale pers"
    assert score_records(context({"actor": "pers", "invloed": "verminderen", "waarom": "zij schrijven"}))[0] == 0.0
    school = {"actor": "scholen", "invloed": "verminderen", "waarom": "zij bereiken de ouders"}
    assert score_records(context(school))[0] == 1.0


def test_an_unknown_chosen_value_names_nothing() -> None:
    assert chosen_concept_text(context({}), {"actor": "onbekend"}) == ""


def test_labels_chosen_in_two_list_fields_stay_apart() -> None:
    """Each chosen label is its own sentence: the words of two labels never make one phrase."""
    fields = [*FIELDS, RecordField(id="partner", label="Partner", opties=OptionSource(lijst="m.actoren"))]
    question = Question(id="q", soort=Kind.records, vraag="Actoren?", velden=fields)
    options = {**OPTIONS, "partner": OPTIONS["actor"]}
    row = {"actor": "scholen", "invloed": "verminderen", "partner": "pers"}
    ctx = ScoreContext(question, {}, {}, REFERENCE, [row], field_options=options)
    assert chosen_concept_text(ctx, row) == "Scholen in de buurt . Lokale pers"


def test_two_own_words_are_reason_enough_for_the_chosen_actor() -> None:
    reference = REFERENCE.model_copy(update={"min_rijen": 1})
    question = Question(id="q", soort=Kind.records, vraag="Actoren?", velden=FIELDS)

    def row_counts(reason: str) -> bool:
        row = {"actor": "scholen", "invloed": "verminderen", "waarom": reason}
        _, feedback = score_records(ScoreContext(question, {}, {}, reference, [row], field_options=OPTIONS))
        return feedback[0].verdict is Verdict.goed

    assert row_counts("zij bereiken de ouders")  # two content words: 'bereiken', 'ouders'
    assert not row_counts("zij schrijven")  # one


def test_a_concept_named_only_in_words_copied_from_the_screen_is_not_named_by_the_rows() -> None:
    """The rows' own words count; a run copied from the material names nothing, in the row's check and in the
    concepts the rows name together alike (kit.scoring.copied)."""
    from kit.scoring.copied import shingles

    screen = "Het jongerenwerk organiseert elke vrijdagavond een voetbaltoernooi op het grote trapveld"
    reference = TextReference(
        soort="begrippen",
        begrippen=[
            Concept(id="agent", label="wijkagent", synoniemen=["wijkagent"], toelichting="t"),
            Concept(id="sport", label="sport", synoniemen=["voetbaltoernooi"], toelichting="t"),
        ],
        modelantwoord="Wijkagent en sport.",
    )
    question = Question(id="q", soort=Kind.records, vraag="Wie?", velden=[RecordField(id="wie", label="Wie")])
    own = "De wijkagent spreekt de ouders aan over de overlast bij de school en de winkels in de straat"
    row = {"wie": f"{own}; {screen}"}

    def scored(material: frozenset[tuple[str, ...]]) -> tuple[float, list[str]]:
        score, feedback = score_records(ScoreContext(question, {}, {}, reference, [row], material=material))
        return round(score, 4), [f.tekst for f in feedback]

    assert scored(frozenset())[0] == 1.0  # both named when nothing is on the screen
    score, feedback = scored(shingles([screen]))
    assert score == 0.5 and "Niet genoemd: sport." in feedback and "Je noemt: wijkagent." in feedback
