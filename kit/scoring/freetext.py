"""Scorer for free text: which key concepts the answer names, matched on Dutch stems and synonyms."""

from __future__ import annotations

from kit.content.models import Concept, TextReference
from kit.scoring.context import ScoreContext
from kit.scoring.result import Feedback, Verdict, cite
from kit.scoring.stems import analyse, contains_phrase
from kit.scoring.texts import TEXTS


def found_concepts(text: str, concepts: list[Concept]) -> list[Concept]:
    """The concepts any of whose synonyms (or label) appear in the text."""
    analysed = analyse(text)
    return [c for c in concepts if any(contains_phrase(analysed, analyse(s)) for s in [c.label, *c.synoniemen])]


def concept_feedback(text: str, concepts: list[Concept]) -> tuple[float, list[Feedback]]:
    """Weighted share of concepts found, with a feedback line for each found and missed concept."""
    found = {c.id for c in found_concepts(text, concepts)}
    total = sum(c.gewicht for c in concepts)
    earned = sum(c.gewicht for c in concepts if c.id in found)
    feedback = [
        Feedback(Verdict.goed, TEXTS["concept_found"].format(label=c.label), c.toelichting, cite(c.bron))
        if c.id in found
        else Feedback(Verdict.gemist, TEXTS["concept_missed"].format(label=c.label), c.toelichting, cite(c.bron))
        for c in concepts
    ]
    return (earned / total if total else 0.0), feedback


def score_free_text(ctx: ScoreContext) -> tuple[float, list[Feedback]]:
    reference: TextReference = ctx.reference
    text = str(ctx.answer or "").strip()
    if not text:
        missed = [
            Feedback(Verdict.gemist, TEXTS["concept_missed"].format(label=c.label), c.toelichting, cite(c.bron))
            for c in reference.begrippen
        ]
        return 0.0, [Feedback(Verdict.gemist, TEXTS["text_empty"]), *missed]
    return concept_feedback(text, list(reference.begrippen))
