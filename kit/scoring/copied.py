"""Copied material: the parts of an answer taken over from what the participant can see.

Short-answer graders demote the words of the question; here the material is everything on the screen
(story, injects, statements, signals, roles, instructions, questions and option labels), and a copied
span is a run of at least `RUN` content words (stop words skipped, compared by stem, so case, accents,
punctuation and inflection do not hide a copy) that also occurs in that material. Counting content words
keeps a place name quoted in one's own sentence ('de gezinnen in de Molenstraat') one's own. Concepts are
matched only outside copied spans: a name or place of the scenario inside the participant's own sentence
still counts, a pasted inject does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from kit.content.exercise import Exercise
from kit.scoring.stems import STOPWORDS, Analysed, analyse, stem, words_of

RUN = 6  # content words in a row shared with the material that make a copy
COPIED_SHARE = 0.5  # a records row with at least this share of its words copied is not the participant's row

Shingles = frozenset[tuple[str, ...]]


def _content(text: Analysed) -> tuple[list[int], tuple[str, ...]]:
    """The positions of the text's content words and their stems."""
    positions = [i for i, word in enumerate(text.words) if word not in STOPWORDS]
    return positions, tuple(text.stems[i] for i in positions)


def shingles(texts: Iterable[str]) -> Shingles:
    """Every run of `RUN` content-word stems in the texts (not across two texts)."""
    runs: set[tuple[str, ...]] = set()
    for text in texts:  # the words' stems alone: analysing the material (and keeping it) would cost MBs
        stems_ = tuple(stem(word) for word in words_of(text) if word not in STOPWORDS)
        runs.update(stems_[i : i + RUN] for i in range(len(stems_) - RUN + 1))
    return frozenset(runs)


def material_texts(exercise: Exercise) -> list[str]:
    """What a participant of this exercise can read on the screen, at any step."""
    scenario = exercise.scenario
    texts = [exercise.title, scenario.titel, scenario.samenvatting, scenario.verhaal]
    texts += [t for t in (scenario.situatiebeeld, scenario.beleid) if t]
    texts += [s.tekst for s in scenario.signalen] + [s.tekst for s in scenario.uitspraken]
    texts += [i.tekst for i in scenario.injects] + [r.omschrijving for r in scenario.rollen]
    for step in exercise.steps:
        texts += [step.titel, step.instructie, *step.nabespreking]
        for question in step.vragen:
            texts += [question.vraag, question.uitleg or ""]
            texts += [t for f in question.velden for t in (f.label, f.uitleg or "")]
    for options in (*exercise.options.values(), *exercise.categories.values(), *exercise.field_options.values()):
        texts += [t for o in options for t in (o.label, o.uitleg or "")]
    return [t for t in texts if t]


_MATERIAL: dict[int, tuple[Exercise, Shingles]] = {}


def material_of(exercise: Exercise) -> Shingles:
    """The material's runs, built once per exercise object (the library keeps its exercises)."""
    held = _MATERIAL.get(id(exercise))
    if held is None or held[0] is not exercise:
        held = (exercise, shingles(material_texts(exercise)))
        _MATERIAL[id(exercise)] = held
    return held[1]


def copied_positions(text: Analysed, material: Shingles) -> frozenset[int]:
    """The positions of the text's words (stop words between them included) in a run shared with the material."""
    if not material:
        return frozenset()
    positions, stems_ = _content(text)
    copied: set[int] = set()
    for start in range(len(stems_) - RUN + 1):
        if stems_[start : start + RUN] in material:
            copied.update(range(positions[start], positions[start + RUN - 1] + 1))
    return frozenset(copied)


@lru_cache(maxsize=16384)  # a text is looked at by find() and again for the feedback and the row checks
def copied_in(text: str, material: Shingles) -> frozenset[int]:
    """`copied_positions` of a text by its string (a frozenset keeps its hash, so the key is cheap)."""
    return copied_positions(analyse(text), material)


def copied_share(text: str, material: Shingles) -> float:
    """The share of the text's words that are copied from the material."""
    if not material:
        return 0.0
    words = len(analyse(text).words)
    return len(copied_in(text, material)) / words if words else 0.0
