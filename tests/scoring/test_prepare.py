"""A warm kernel scores its first feedback without compiling: `engine.prepare` did what is the same for all."""

from __future__ import annotations

from types import SimpleNamespace

from kit.content.library import Library
from kit.content.models import ChoiceReference, Concept, Kind, OptionVerdict, Status
from kit.scoring import engine, freetext, stance

ANSWER = "We delen de signalen met de wijkagent en het jongerenwerk en duiden samen wat er speelt in de buurt."


def test_after_prepare_scoring_a_free_text_compiles_no_phrase(library: Library) -> None:
    checked = 0
    for exercise_id in sorted(library.exercises):
        exercise = library.exercise(exercise_id)
        engine.prepare(exercise)
        held = set(freetext._COMPILED)
        misses = stance._compiled.cache_info().misses
        for step in exercise.steps:
            texts = {q.id: ANSWER for q in step.vragen if q.soort is Kind.free_text}
            if not texts or exercise.step_reference(step.id) is None:
                continue
            engine.score_step(exercise, step.id, texts)
            checked += 1
        assert set(freetext._COMPILED) == held, f"{exercise_id}: a concept list was compiled at the first feedback"
        assert stance._compiled.cache_info().misses == misses, f"{exercise_id}: a stance pattern was compiled late"
    assert checked >= len(library.exercises)


def test_an_anders_namelijk_verdict_brings_its_concepts_to_prepare() -> None:
    """No reference of today's content has one, but a new casus file may: its own text is scored on them."""
    concept = Concept(id="buurt", label="de buurt", synoniemen=["buurtbewoners"], toelichting="Wie het raakt.")
    verdicts = [
        OptionVerdict(id="anders", status=Status.passend, toelichting="Eigen keuze.", begrippen=[concept]),
        OptionVerdict(id="kern", status=Status.kern, toelichting="Kern."),
    ]
    reference = ChoiceReference(soort="keuze", opties=verdicts, modelantwoord="Samen met de buurt.")
    setup = SimpleNamespace(reference=reference)
    lists = engine._concept_lists(setup)  # type: ignore[arg-type]
    assert [list(c) for c in lists if c] == [[concept]]
