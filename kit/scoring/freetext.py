"""Scorer for free text: which key concepts the answer names, and names as present rather than denied.

A concept is named when one of its synonyms (or its label) occurs outside a negated clause (see
kit.scoring.stems). A synonym whose meaningful words all belong to other concepts of the same question
too is generic ('jongeren' shared by two concepts) and does not name a concept on its own. Concepts the
guide advises against (`afgeraden` in the reference) cost their weight when named, and the words they
use do not also count for a recommended concept ('skatebaan sluiten' is not 'jongeren bij de skatebaan').
Words copied from the material on the screen (kit.scoring.copied) name nothing at all.

    score = clamp((named weight - advised-against weight named) / total weight)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kit.content.models import AdvisedAgainst, Concept, TextReference
from kit.scoring.context import ScoreContext
from kit.scoring.copied import Shingles, copied_in, copied_share
from kit.scoring.result import Feedback, Verdict, cite, clamp
from kit.scoring.stance import stance_cost, stance_feedback, stance_hits
from kit.scoring.stems import Analysed, Token, analyse, compile_phrase, content_stems, is_negated, token_matches
from kit.scoring.texts import TEXTS

AFGERADEN_TEXT_COST = 1.0  # a named advised-against concept costs as much as one concept of its weight gains


@dataclass(frozen=True)
class Found:
    """How a text relates to one concept: named (present), only denied, or not at all."""

    named: bool
    denied: bool


@lru_cache(maxsize=4096)
def own_phrases(concepts: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, ...], ...]:
    """Per concept (label and synonyms), the phrases that carry words of their own.

    A concept whose every phrase is generic keeps them all, so it can still be named.
    """
    vocab = [frozenset().union(*(content_stems(p) for p in phrases)) for _, phrases in concepts]
    kept: list[tuple[str, ...]] = []
    for index, (_, phrases) in enumerate(concepts):
        others = frozenset().union(*(v for i, v in enumerate(vocab) if i != index))
        own = tuple(p for p in phrases if not content_stems(p) or not content_stems(p) <= others)
        kept.append(own or phrases)
    return tuple(kept)


_COMPILED: dict[int, tuple[Sequence[Concept], tuple[tuple[tuple[Token, ...], ...], ...]]] = {}


def _phrases(concepts: Sequence[Concept]) -> tuple[tuple[tuple[Token, ...], ...], ...]:
    """Each concept's own phrases, compiled; kept per concept list (the references live as long as the kit)."""
    held = _COMPILED.get(id(concepts))
    if held is None or held[0] is not concepts:
        phrases = own_phrases(tuple((c.id, (c.label, *c.synoniemen)) for c in concepts))
        held = (concepts, tuple(tuple(compile_phrase(p) for p in own) for own in phrases))
        _COMPILED[id(concepts)] = held
    return held[1]


def prepare_concepts(concepts: Sequence[Concept]) -> None:
    """Compile a concept list's phrases now (a warm kernel), kept for the list's lifetime as scoring keeps them."""
    if concepts:
        _phrases(concepts)


def _spans(text: Analysed, phrases: Sequence[tuple[Token, ...]]) -> list[tuple[int, int]]:
    return [span for tokens in phrases for span in token_matches(text, tokens)]


def find(
    text: str, concepts: Sequence[Concept], advised: Sequence[AdvisedAgainst] = (), material: Shingles = frozenset()
) -> tuple[list[Found], list[Found]]:
    """How the text relates to each concept and to each advised-against concept, outside copied material."""
    analysed = analyse(text)
    copied = copied_in(text, material) if material else frozenset()
    advised_found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for phrases in _phrases(advised) if advised else ():
        spans = [s for s in _spans(analysed, phrases) if not _overlaps(s, copied)]
        present = [s for s in spans if not is_negated(analysed, s)]
        taken += spans
        advised_found.append(Found(bool(present), bool(spans) and not present))
    found: list[Found] = []
    for phrases in _phrases(concepts):
        spans = [
            s
            for s in _spans(analysed, phrases)
            if not _overlaps(s, copied) and not any(a <= s[1] and s[0] <= b for a, b in taken)
        ]  # copied words name nothing (kit.scoring.copied)
        denied = [s for s in spans if is_negated(analysed, s)]
        # a word inside a denied longer phrase of the same concept is denied with it ('geen sprake van X en Y')
        present = [s for s in spans if s not in denied and not any(a <= s[0] and s[1] <= b for a, b in denied)]
        found.append(Found(bool(present), bool(spans) and not present))
    return found, advised_found


def merge_found(written: list[Found], chosen: list[Found]) -> list[Found]:
    """A concept named in either reading is named; it is denied only when denied and named in neither."""
    return [
        Found(a.named or b.named, (a.denied or b.denied) and not (a.named or b.named))
        for a, b in zip(written, chosen, strict=True)
    ]


def _overlaps(span: tuple[int, int], positions: frozenset[int]) -> bool:
    return bool(positions) and any(p in positions for p in range(span[0], span[1] + 1))


def found_concepts(text: str, concepts: list[Concept]) -> list[Concept]:
    """The concepts the text names as present."""
    found, _ = find(text, concepts)
    return [c for c, f in zip(concepts, found, strict=True) if f.named]


def concept_feedback(
    text: str, concepts: Sequence[Concept], advised: Sequence[AdvisedAgainst] = (), material: Shingles = frozenset()
) -> tuple[float, list[Feedback]]:
    """The score above, with one feedback line per concept and per advised-against concept named."""
    named, cost, feedback = concept_parts(text, concepts, advised, material)
    return clamp(named - cost), feedback


def concept_parts(
    text: str,
    concepts: Sequence[Concept],
    advised: Sequence[AdvisedAgainst] = (),
    material: Shingles = frozenset(),
    chosen: str = "",
) -> tuple[float, float, list[Feedback]]:
    """The named share of the concepts' weight, the advised-against cost as a share of it, and feedback.

    `chosen` is what was picked from a method list (an actor): it names its concepts, never copied text.
    """
    found, advised_found = find(text, concepts, advised, material)
    if chosen:
        found = merge_found(found, find(chosen, concepts)[0])
    total = sum(c.gewicht for c in concepts)
    earned = sum(c.gewicht for c, f in zip(concepts, found, strict=True) if f.named)
    penalty = sum(a.gewicht for a, f in zip(advised, advised_found, strict=True) if f.named)
    feedback = []
    for concept, state in zip(concepts, found, strict=True):
        key, verdict = ("concept_found", Verdict.goed) if state.named else ("concept_missed", Verdict.gemist)
        if state.denied:
            key = "concept_denied"
        feedback.append(
            Feedback(verdict, TEXTS[key].format(label=concept.label), concept.toelichting, cite(concept.bron))
        )
    for item, state in zip(advised, advised_found, strict=True):
        if state.named:
            feedback.append(
                Feedback(
                    Verdict.afgeraden,
                    TEXTS["concept_advised"].format(label=item.label),
                    item.toelichting,
                    cite(item.bron),
                )
            )
    if material and copied_share(text, material) > 0:
        feedback.append(Feedback(Verdict.info, TEXTS["text_copied"]))
    if not total:
        return 0.0, 0.0, feedback
    return earned / total, AFGERADEN_TEXT_COST * penalty / total, feedback


def score_free_text(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    reference: TextReference = ctx.reference
    text = str(ctx.answer or "").strip()
    if not text:
        missed = [
            Feedback(Verdict.gemist, TEXTS["concept_missed"].format(label=c.label), c.toelichting, cite(c.bron))
            for c in reference.begrippen
        ]
        return 0.0, [Feedback(Verdict.gemist, TEXTS["text_empty"]), *missed]
    named, cost, feedback = concept_parts(text, reference.begrippen, reference.afgeraden, ctx.material)
    hits = stance_hits(text, ctx.stance, ctx.word_classes, ctx.material)
    total = sum(c.gewicht for c in reference.begrippen)
    return clamp(named - cost - stance_cost(hits, total)), feedback + stance_feedback(hits)
