"""What the method advises against in every case, read in every written answer (issue 19, stance).

A method file lists `afgeraden` patterns: a group labelled by origin as the actor, opinions stated as
facts, blaming a whole group, repression first, lists of names and addresses, no communication. A
pattern is a phrase in which '{klasse}' stands for each word of a word class of the method; the phrases
match like synonyms (stems and lemmas, within one clause), but only in their own order and at most
`tussen` words apart ('Turkse gemeenschappen kunnen ouders' is not 'Turkse ouders'). A phrase
inside a negated clause ('niet de Marokkaanse jongeren als groep aanspreken', 'geen lijsten maken') or
copied from the material does not count, nor one in a clause about the material ('de casus zegt
niets over'). Each pattern found costs its weight, as an advised-against concept of the reference
does, and the feedback gives the guide's reason and section.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import product

from kit.content.models import StancePattern
from kit.scoring.copied import Shingles, copied_in
from kit.scoring.result import Feedback, Verdict, cite
from kit.scoring.stems import Analysed, Token, analyse, compile_phrase, is_negated, token_matches
from kit.scoring.texts import TEXTS

SLOT = "{"
MATERIAL = frozenset(
    {"casus", "scenario", "handreiking", "tekst", "verhaal", "bericht", "berichten", "inject", "injects"}
)
"""Nouns that make a clause a remark about the material ('de casus zegt niets over ...'), not a stance."""


def expand(phrase: str, classes: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """Every phrase the pattern stands for: each '{klasse}' replaced by each word of its class."""
    parts = [_alternatives(part, classes) for part in phrase.split()]
    return tuple(" ".join(words) for words in product(*parts))


def _alternatives(part: str, classes: Mapping[str, Sequence[str]]) -> Sequence[str]:
    if part.startswith(SLOT) and part.endswith("}"):
        return classes[part[1:-1]]
    return (part,)


@lru_cache(maxsize=256)
def _compiled(phrases: tuple[str, ...]) -> tuple[tuple[Token, ...], ...]:
    return tuple(compile_phrase(p) for p in phrases)


def prepare_stance(patterns: Sequence[StancePattern], classes: Mapping[str, Sequence[str]]) -> None:
    """Compile the patterns' phrases now (a warm kernel): the first feedback otherwise pays ~0.07 CPU-s."""
    for pattern in patterns:
        _compiled(tuple(p for phrase in pattern.patronen for p in expand(phrase, classes)))


def applies(pattern: StancePattern, step_id: str) -> bool:
    """A pattern without steps holds in every step; otherwise only in the steps it names."""
    return not pattern.stappen or step_id in pattern.stappen


def stance_hits(
    text: str,
    patterns: Sequence[StancePattern],
    classes: Mapping[str, Sequence[str]],
    material: Shingles = frozenset(),
) -> list[StancePattern]:
    """The patterns the text uses as its own statement: not negated, not copied from the material."""
    if not patterns or not text.strip():
        return []
    analysed = analyse(text)
    copied = copied_in(text, material) if material else frozenset()
    hits = []
    for pattern in patterns:
        phrases = tuple(p for phrase in pattern.patronen for p in expand(phrase, classes))
        spans = (
            s
            for tokens in _compiled(phrases)
            for s in token_matches(analysed, tokens)
            if _close_in_order(analysed, tokens, s, pattern.tussen)
        )
        if any(
            not _touches(s, copied) and not is_negated(analysed, s) and not _about_material(analysed, s) for s in spans
        ):
            hits.append(pattern)
    return hits


def _close_in_order(text: Analysed, tokens: tuple[Token, ...], span: tuple[int, int], between: int) -> bool:
    """The phrase's first word starts the match, its last word ends it, with few words in between."""
    first = any(span[0] in text.lookup.get(key, ()) for key in tokens[0].keys)
    last = any(span[1] in text.lookup.get(key, ()) for key in tokens[-1].keys)
    return first and last and span[1] - span[0] + 1 <= len(tokens) + between


def _about_material(text: Analysed, span: tuple[int, int]) -> bool:
    """Whether the match stands in a clause about what the material says: it reports, it takes no stance."""
    clause = text.clauses[span[0]]
    return any(c == clause and word in MATERIAL for c, word in zip(text.clauses, text.words, strict=True))


def _touches(span: tuple[int, int], positions: frozenset[int]) -> bool:
    return any(p in positions for p in range(span[0], span[1] + 1))


def stance_feedback(hits: Sequence[StancePattern]) -> list[Feedback]:
    """One line per pattern found, with the guide's reason and section."""
    return [
        Feedback(Verdict.afgeraden, TEXTS["concept_advised"].format(label=p.label), p.toelichting, cite(p.bron))
        for p in hits
    ]


def stance_cost(hits: Sequence[StancePattern], total: float) -> float:
    """The patterns' weight as a share of the question's concept weight (as an advised-against concept)."""
    return sum(p.gewicht for p in hits) / total if total else 0.0
