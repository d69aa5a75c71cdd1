"""Dutch text analysis for concept matching: stems, verb lemmas, clauses and negation, all offline.

A word matches a phrase word when their snowball stems agree, or when both are forms of the same verb
according to simplemma (which ships its Dutch data in the wheel: 'gesloten' and 'sluiten'). A past
participle in a phrase ('gehoord') only matches participles, so 'horen bij' (belong to) is not 'gehoord'
(heard). Phrases match in order with a few words in between, inside one clause; a match in a clause that
also holds a negation ('geen', 'niet', 'niets', 'nooit', 'zonder', 'noch', ...) outside the match is
negated, so 'de bouw heeft er niets mee te maken' does not name 'bouw', while the phrase 'nog geen
confrontaties' still matches 'er zijn nog geen echte confrontaties'.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import simplemma
import snowballstemmer

_TOKEN = re.compile(r"[a-z0-9]+|[.;:!?,]")
_STEMMER = snowballstemmer.stemmer("dutch")
MIN_COMPOUND_PART = 5  # a stem this long also matches as the head of a compound ('jongerenoverlast')
MAX_GAP = 2  # words allowed between two words of a phrase ('nog geen echte confrontaties')
NEGATION_BEFORE = 3  # words allowed between a negation and what it denies ('geen sprake van overlast')
NEGATION_AFTER = 5  # ... when the negation follows ('de bouw en de woningmix hebben er niets mee te maken')
SUBJECT_REACH = 2  # a match this close to the start of its clause is its subject

NEGATIONS = frozenset({"geen", "niet", "niets", "nooit", "zonder", "noch", "nergens", "niemand", "geenszins"})
NOT_NEGATING_AFTER = frozenset({"alleen", "enkel", "slechts", "zozeer"})  # 'niet alleen ... maar ook'
CLAUSE_STARTS = frozenset(
    {"maar", "want", "omdat", "doordat", "terwijl", "hoewel", "echter", "wel", "toch", "dus", "daarom", "zodat"}
    | {"waardoor", "waarbij", "waarin", "wat", "wie", "hoe", "waar", "welke", "die"}  # indirect questions, relatives
)
SUBORDINATORS = frozenset(
    {"hoewel", "omdat", "als", "toen", "terwijl", "doordat", "nu", "zodra", "nadat", "voordat", "indien", "wanneer"}
)
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "van",
        "in",
        "op",
        "aan",
        "met",
        "voor",
        "bij",
        "naar",
        "uit",
        "om",
        "over",
        "door",
        "te",
        "tot",
        "als",
        "die",
        "dat",
        "dit",
        "deze",
        "er",
        "is",
        "zijn",
        "wordt",
        "worden",
        "was",
        "waren",
        "heeft",
        "hebben",
        "hun",
        "hen",
        "ze",
        "zij",
        "je",
        "jij",
        "we",
        "wij",
        "ik",
        "hij",
        "men",
        "ook",
        "nog",
        "al",
        "wat",
        "wie",
        "waar",
        "niet",
        "geen",
        "meer",
        "veel",
        "weinig",
        "andere",
        "elkaar",
        "zich",
        "zelf",
        "eigen",
    ]
)


def fold(text: str) -> str:
    """Lower case without accents, so 'geïrriteerd' and 'geirriteerd' match."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


@lru_cache(maxsize=65536)
def verb_lemma(word: str) -> str:
    """The infinitive when simplemma knows the word as a verb form, else ''.

    Only infinitives (ending in -en) are used: noun lemmas would join unrelated words
    ('jongeren' -> 'jong').
    """
    lemma = fold(str(simplemma.lemmatize(word, lang="nl")))
    return lemma if lemma.endswith("en") and len(lemma) > 3 else ""


def is_participle(word: str) -> bool:
    """A past participle such as 'gehoord' or 'gesloten': 'ge' + a verb form that is not the infinitive."""
    lemma = verb_lemma(word)
    return word.startswith("ge") and bool(lemma) and lemma != word and not lemma.startswith("ge")


class Analysed(NamedTuple):
    """A text as folded words with their stems, verb lemmas and clause numbers, position by position."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    lemmas: tuple[str, ...]
    clauses: tuple[int, ...]
    negations: tuple[int, ...]  # positions of negation words


@lru_cache(maxsize=16384)  # the references' synonyms are analysed again for every submission
def analyse(text: str) -> Analysed:
    words: list[str] = []
    clauses: list[int] = []
    clause = 0
    first: str | None = None  # the first word of the current clause
    for token in _TOKEN.findall(fold(text)):
        if token in ".;:!?" or (token == "," and first in SUBORDINATORS):
            clause, first = clause + 1, None
            continue
        if token == ",":
            continue
        if token in CLAUSE_STARTS and first is not None:
            clause, first = clause + 1, None
        first = first or token
        words.append(token)
        clauses.append(clause)
    negations = tuple(
        i
        for i, word in enumerate(words)
        if word in NEGATIONS and not (word == "niet" and i + 1 < len(words) and words[i + 1] in NOT_NEGATING_AFTER)
    )
    return Analysed(
        tuple(words), tuple(stem(w) for w in words), tuple(verb_lemma(w) for w in words), tuple(clauses), negations
    )


def stems(text: str) -> tuple[str, ...]:
    return analyse(text).stems


def content_stems(text: str) -> frozenset[str]:
    """The stems of the words that carry meaning (no articles, pronouns, auxiliaries)."""
    analysed = analyse(text)
    return frozenset(s for w, s in zip(analysed.words, analysed.stems, strict=True) if w not in STOPWORDS)


def _same(text: Analysed, i: int, phrase: Analysed, j: int) -> bool:
    word, pword = text.words[i], phrase.words[j]
    if is_participle(pword) and not word.startswith("ge"):
        return False
    if text.stems[i] == phrase.stems[j]:
        return True
    if phrase.lemmas[j] and text.lemmas[i] == phrase.lemmas[j]:
        return True
    if len(phrase.words) == 1 and len(pword) >= MIN_COMPOUND_PART and len(word) > len(pword):
        # Dutch compounds put the head last: 'overlast' in 'jongerenoverlast', not 'politie' in 'politiek'.
        return word.endswith(pword) or word.endswith(phrase.stems[j])
    return False


def matches(text: Analysed, phrase: Analysed) -> Iterator[tuple[int, int]]:
    """Every (first, last) position where the phrase occurs in order, within one clause, with small gaps."""
    size = len(phrase.words)
    if size == 0:
        return
    for start in range(len(text.words)):
        if not _same(text, start, phrase, 0):
            continue
        end = _rest(text, phrase, start, 1)
        if end is not None:
            yield start, end


def _rest(text: Analysed, phrase: Analysed, previous: int, j: int) -> int | None:
    if j == len(phrase.words):
        return previous
    last = min(len(text.words) - 1, previous + 1 + MAX_GAP)
    for i in range(previous + 1, last + 1):
        if text.clauses[i] != text.clauses[previous]:
            break
        if _same(text, i, phrase, j):
            end = _rest(text, phrase, i, j + 1)
            if end is not None:
                return end
    return None


def is_negated(text: Analysed, span: tuple[int, int]) -> bool:
    """Whether a negation outside the match governs it, within the same clause.

    Before the match it may stand a few words away ('geen sprake van overlast'); after it only when the
    match opens its clause ('de bouw heeft er niets mee te maken', 'jongeren zijn niet het probleem').
    """
    first, last = span
    clause = text.clauses[first]
    opens_clause = first - text.clauses.index(clause) <= SUBJECT_REACH
    for n in text.negations:
        if text.clauses[n] != clause or first <= n <= last:
            continue
        if n < first and first - n - 1 <= NEGATION_BEFORE:
            return True
        if n > last and opens_clause and n - last - 1 <= NEGATION_AFTER:
            return True
    return False


def contains_phrase(text: Analysed, phrase: Analysed) -> bool:
    """True when the phrase occurs (negated or not): see `matches`."""
    return next(matches(text, phrase), None) is not None
