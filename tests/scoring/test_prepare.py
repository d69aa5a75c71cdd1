"""A warm kernel scores its first feedback without compiling: `engine.prepare` did what is the same for all."""

from __future__ import annotations

from kit.content.library import Library
from kit.content.models import Kind
from kit.scoring import engine, freetext, stance

ANSWER = "We delen de signalen met de wijkagent en het jongerenwerk en duiden samen wat er speelt in de buurt."


def one_per_variant(library: Library) -> list[str]:
    firsts: dict[str, str] = {}
    for exercise in sorted(library.exercises.values(), key=lambda e: e.id):
        firsts.setdefault(exercise.variant.id, exercise.id)
    return sorted(firsts.values())


def test_after_prepare_scoring_a_free_text_compiles_no_phrase(library: Library) -> None:
    checked = 0
    for exercise_id in one_per_variant(library):
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
    assert checked >= 6

