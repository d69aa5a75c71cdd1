"""The material a participant can copy from: every text on the screen, explanations included, and nothing else.

A copied span only counts as copied when the material holds it, so an explanation left out of the
material would let a pasted explanation earn credit; a text not on the screen would take credit away.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kit.content.exercise import Exercise
from kit.content.library import Library
from kit.scoring.copied import copied_share, material_texts, shingles


def strings(value: Any) -> set[str]:
    """Every string inside a dumped model."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(strings(v) for v in value.values()))
    if isinstance(value, list | tuple):
        return set().union(*(strings(v) for v in value))
    return set()


def on_screen(exercise: Exercise) -> set[str]:
    shown = {exercise.title} | strings(exercise.scenario.model_dump())
    shown |= set().union(*(strings(step.model_dump()) for step in exercise.steps))
    for options in (*exercise.options.values(), *exercise.categories.values(), *exercise.field_options.values()):
        shown |= {t for o in options for t in (o.label, o.uitleg) if t}
    return shown


def explanations(exercise: Exercise) -> set[str]:
    found = {q.uitleg for _, q in exercise.questions() if q.uitleg}
    found |= {f.uitleg for _, q in exercise.questions() for f in q.velden if f.uitleg}
    for options in (*exercise.options.values(), *exercise.categories.values(), *exercise.field_options.values()):
        found |= {o.uitleg for o in options if o.uitleg}
    return found


def test_the_material_holds_every_explanation_and_only_what_is_shown(library: Library) -> None:
    asked = 0
    for exercise_id in sorted(library.exercises):
        exercise = library.exercise(exercise_id)
        texts = material_texts(exercise)
        assert all(texts), exercise_id
        assert explanations(exercise) <= set(texts), exercise_id
        assert set(texts) <= on_screen(exercise), exercise_id
        asked += len(explanations(exercise))
    assert asked > 100  # the library explains its questions and options


def test_the_explanation_of_a_records_field_is_material(library: Library) -> None:
    exercise = library.exercise("casus-1")
    steps = []
    for step in exercise.steps:
        questions = []
        for question in step.vragen:
            fields = [f.model_copy(update={"uitleg": f"Uitleg bij {f.label}: schrijf wie, wat en wanneer."})
                      for f in question.velden]  # fmt: skip
            questions.append(question.model_copy(update={"velden": fields}))
        steps.append(step.model_copy(update={"vragen": questions}))
    explained = replace(exercise, steps=tuple(steps))
    added = {f.uitleg for _, q in explained.questions() for f in q.velden}
    assert len(added) > 1
    assert added <= set(material_texts(explained))


def test_a_text_without_words_copies_nothing() -> None:
    material = shingles(["Bewoners melden overlast jongeren skatebaan avonden laat"])
    assert copied_share("", material) == 0.0
    assert copied_share("?!", material) == 0.0
    assert copied_share("Bewoners melden overlast jongeren skatebaan avonden", material) == 1.0
