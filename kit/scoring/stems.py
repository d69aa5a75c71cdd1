"""Dutch text analysis for concept matching: stems, verb lemmas, clauses and negation, all offline.

A word matches a phrase word when their snowball stems agree, or when both are forms of the same verb
according to simplemma's Dutch dictionary ('gesloten' and 'sluiten'; read from the table
kit.scoring.verb_forms derives from it, which gives the same answers without loading it). A past
participle in a phrase ('gehoord') only matches participles, so 'horen bij' (belong to) is not 'gehoord'
(heard). Phrases match in order with a few words in between, inside one clause; a match in a clause that
also holds a negation ('geen', 'niet', 'niets', 'nooit', 'zonder', 'noch', ...) outside the match is
negated, so 'de bouw heeft er niets mee te maken' does not name 'bouw', while the phrase 'nog geen
confrontaties' still matches 'er zijn nog geen echte confrontaties'.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from kit.scoring import verb_forms
from kit.scoring.dutch_stemmer import dutch_stemmer_factory
from kit.scoring.verb_forms import fold as fold  # lower case without accents: 'geïrriteerd' is 'geirriteerd'

_TOKEN = re.compile(r"[a-z0-9]+|[.;:!?,]")  # words, and the punctuation that can end a clause
_DUTCH = dutch_stemmer_factory()  # snowballstemmer's Dutch stemmer, without its other languages
_STEMMERS = threading.local()
"""One snowball stemmer per thread: an instance keeps the word it works on in itself, so two threads
sharing one (the service scores in worker threads) garble each other's words or raise IndexError."""
MIN_COMPOUND_PART = 5  # a stem this long also matches as the head of a compound ('jongerenoverlast')
MAX_GAP = 2  # words allowed between two words of a phrase ('nog geen echte confrontaties')
MAX_SHUFFLED = 4  # phrases up to this many words also match in another word order ('ik weet niet')
NEGATION_TAIL = 3  # words after a negation that closes its clause ('spelen hier geen enkele rol')
TAIL_SUBJECT_REACH = 10  # ... which denies what the clause named this close to its start
NEGATION_BEFORE = 6  # words allowed between a negation and what it denies ('geen sprake van overlast')
NEGATION_AFTER = 5  # ... when the negation follows ('de bouw en de woningmix hebben er niets mee te maken')
SUBJECT_REACH = 6  # a match this close to the start of its clause can be its subject

NEGATIONS = frozenset({"geen", "niet", "niets", "nooit", "zonder", "noch", "nergens", "niemand", "geenszins"})
NOT_NEGATING_AFTER = frozenset({"alleen", "enkel", "slechts", "zozeer"})  # 'niet alleen ... maar ook'
KNOWING = frozenset({"weet", "weten", "wist", "wisten", "bekend", "duidelijk", "zeker", "helder"})
"""Near one of these a negation states a gap in knowledge ('ik weet niet wat er online speelt'), not a denial."""
CLAUSE_STARTS = frozenset(
    {"maar", "want", "omdat", "doordat", "terwijl", "hoewel", "echter", "wel", "toch", "dus", "daarom", "zodat"}
    | {"waardoor", "waarbij", "waarin", "die"}  # relative clauses
)
PREPOSITIONS = frozenset({"van", "voor", "bij", "met", "op", "in", "aan", "naar", "over", "uit", "door", "tot", "om"})
GOVERNS_AFTER = frozenset({"zonder"})
"""A negation that only denies what follows it ('wijst woningen toe zonder kennismaking')."""
CLAUSE_LINKS = frozenset({"dat", "of", "wie", "wat", "waar", "hoe", "welke", "wanneer", "zodat", "omdat", "als"})
"""Words that open a subordinate clause: a negation inside it does not deny the main verb before it
('erkennen dat het plan niet werkt')."""
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


LIGHT_WORDS = frozenset(
    {"maar", "om", "dan", "zo", "hoe", "u", "ons", "mij", "me", "mijn", "jouw", "uw", "haar", "hem", "daar", "hier"}
    | {"nu", "toen", "wel", "toch", "dus", "want", "omdat", "iets", "alles", "niets", "iemand", "tegen", "na", "per"}
    | {"onder", "tussen", "via", "sinds", "hoogte", "manier", "sprake", "kader", "rond", "even", "gewoon", "echt"}
    | {"jullie", "onze", "zijn", "nooit", "altijd", "zeer", "heel", "erg", "vooral", "daarbij", "daarmee", "ermee"}
    | {"hierover", "daarover"}
)
"""Words that carry no meaning of their own in a synonym, besides the stop words ('op de hoogte')."""
LIGHT_VERBS = frozenset(
    {"zijn", "hebben", "worden", "doen", "gaan", "komen", "maken", "geven", "krijgen", "vragen", "houden", "lijken"}
    | {"brengen", "zeggen", "staan", "zitten", "liggen", "kunnen", "moeten", "willen", "zullen", "mogen", "blijven"}
)
"""Verbs that need a complement to mean anything ('vragen de', 'houden'): no synonym on their own. Not
'laten' or 'nemen', whose forms are also nouns and adjectives ('te laat', 'geen namen')."""


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    stemmer = getattr(_STEMMERS, "dutch", None)
    if stemmer is None:
        stemmer = _STEMMERS.dutch = _DUTCH()
    return str(stemmer.stemWord(word))


@lru_cache(maxsize=65536)
def verb_lemma(word: str) -> str:
    """The infinitive when simplemma knows the word as a verb form, else ''.

    Only infinitives (ending in -en) are used: noun lemmas would join unrelated words
    ('jongeren' -> 'jong').
    """
    return verb_forms.verb_lemma(word)


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
    lookup: dict[str, frozenset[int]]  # 's:' stem, 'l:' verb lemma, 'c:' compound tail -> positions
    after_colon: frozenset[int]  # clauses that follow a colon
    before_comma: frozenset[int] = frozenset()  # positions of words a comma follows


@lru_cache(maxsize=16384)  # the references' synonyms are analysed again for every submission
def analyse(text: str) -> Analysed:
    words: list[str] = []
    clauses: list[int] = []
    clause = 0
    first: str | None = None  # the first word of the current clause
    after_colon: set[int] = set()
    before_comma: set[int] = set()
    for token in _TOKEN.findall(fold(text)):
        if token == ":":  # a colon explains what came before: a negation before it still reaches past it
            clause, first = clause + 1, None
            after_colon.add(clause)
            continue
        if token in ".;!?" or (token == "," and first in SUBORDINATORS):
            clause, first = clause + 1, None
            continue
        if token == ",":
            if words:
                before_comma.add(len(words) - 1)
            continue
        if token in CLAUSE_STARTS and first is not None:
            clause, first = clause + 1, None
        first = first or token
        words.append(token)
        clauses.append(clause)
    negations = tuple(
        i
        for i, word in enumerate(words)
        if word in NEGATIONS
        and not (word == "niet" and i + 1 < len(words) and words[i + 1] in NOT_NEGATING_AFTER)
        and not any(w in KNOWING for w in words[max(0, i - 2) : i + 3])
    )
    stems_ = tuple(stem(w) for w in words)
    lemmas = tuple(verb_lemma(w) for w in words)
    index: dict[str, set[int]] = {}
    for position, (word, word_stem, lemma) in enumerate(zip(words, stems_, lemmas, strict=True)):
        index.setdefault("s:" + word_stem, set()).add(position)
        if lemma:
            index.setdefault("l:" + lemma, set()).add(position)
        for start in range(1, len(word) - MIN_COMPOUND_PART + 1):  # every tail a compound can end in
            index.setdefault("c:" + word[start:], set()).add(position)
    frozen = {key: frozenset(positions) for key, positions in index.items()}
    return Analysed(
        tuple(words), stems_, lemmas, tuple(clauses), negations, frozen, frozenset(after_colon), frozenset(before_comma)
    )


def words_of(text: str) -> tuple[str, ...]:
    """The folded words `analyse` finds in a text, without analysing it (no lemmas, clauses or index)."""
    return tuple(token for token in _TOKEN.findall(fold(text)) if token not in ".;:!?,")


def stems(text: str) -> tuple[str, ...]:
    return analyse(text).stems


@lru_cache(maxsize=16384)
def content_stems(text: str) -> frozenset[str]:
    """The stems of the words that carry meaning (no articles, pronouns, auxiliaries)."""
    analysed = analyse(text)
    return frozenset(s for w, s in zip(analysed.words, analysed.stems, strict=True) if w not in STOPWORDS)


def meaningful_words(phrase: str) -> tuple[str, ...]:
    """The words of a synonym that carry meaning: no stop word, no light word, no light verb in any form."""
    return tuple(
        word
        for word in analyse(phrase).words
        if word not in STOPWORDS
        and word not in LIGHT_WORDS
        and word not in NEGATIONS
        and (verb_lemma(word) or word) not in LIGHT_VERBS
    )


class Token(NamedTuple):
    """How one word of a phrase is looked up in a text's index."""

    keys: tuple[str, ...]
    participle: bool
    in_order: bool = False  # the phrase holds a preposition: its order carries meaning ('zorgen van bewoners')


@lru_cache(maxsize=16384)
def phrase_tokens(words: tuple[str, ...], stems_: tuple[str, ...], lemmas: tuple[str, ...]) -> tuple[Token, ...]:
    """The index keys of each word of a phrase: its stem, its verb, and (a single long word) the tails
    of compounds it may head: 'overlast' in 'jongerenoverlast', not 'politie' in 'politiek'."""
    tokens = []
    in_order = any(word in PREPOSITIONS for word in words)
    for word, word_stem, lemma in zip(words, stems_, lemmas, strict=True):
        keys = ["s:" + word_stem]
        if lemma:
            keys.append("l:" + lemma)
        if len(words) == 1 and len(word) >= MIN_COMPOUND_PART:
            keys += ["c:" + word, "c:" + word_stem]
        tokens.append(Token(tuple(keys), is_participle(word), in_order))
    return tuple(tokens)


def _positions(text: Analysed, token: Token) -> frozenset[int]:
    found: frozenset[int] = frozenset()
    for key in token.keys:
        hit = text.lookup.get(key)
        if hit:
            found = found | hit
    if token.participle and found:
        found = frozenset(i for i in found if text.words[i].startswith("ge"))
    return found


def matches(text: Analysed, phrase: Analysed) -> Iterator[tuple[int, int]]:
    """Every (first, last) position where the phrase occurs in order, within one clause, with small gaps."""
    if not phrase.words:
        return
    yield from token_matches(text, phrase_tokens(phrase.words, phrase.stems, phrase.lemmas))


def compile_phrase(phrase: str) -> tuple[Token, ...]:
    """A phrase ready for `token_matches`: compile the references' phrases once, match them often."""
    analysed = analyse(phrase)
    return phrase_tokens(analysed.words, analysed.stems, analysed.lemmas)


def token_matches(text: Analysed, tokens: tuple[Token, ...]) -> Iterator[tuple[int, int]]:
    """`matches` for a compiled phrase."""
    if not tokens:
        return
    first = _positions(text, tokens[0])
    if not first:
        return
    places = [first, *(_positions(text, token) for token in tokens[1:])]
    if not all(places):
        return
    found = False
    for start in sorted(first):
        end = _rest(text, places, start, 1)
        if end is not None:
            found = True
            yield start, end
    if not found and 1 < len(tokens) <= MAX_SHUFFLED and not tokens[0].in_order:
        yield from _shuffled(text, places)


def _shuffled(text: Analysed, places: list[frozenset[int]]) -> Iterator[tuple[int, int]]:
    """The phrase's words in another order, close together within one clause: 'ik weet niet' is 'weet ik niet'."""
    reach = len(places) - 1 + MAX_GAP
    seen: set[tuple[int, int]] = set()
    for anchor in sorted(places[0]):
        clause = text.clauses[anchor]
        chosen = [anchor]
        for positions in places[1:]:
            near = [p for p in positions if p not in chosen and abs(p - anchor) <= reach and text.clauses[p] == clause]
            if not near:
                break
            chosen.append(min(near, key=lambda p: abs(p - anchor)))
        else:
            span = (min(chosen), max(chosen))
            if span[1] - span[0] <= reach and span not in seen:
                seen.add(span)
                yield span


def _rest(text: Analysed, places: list[frozenset[int]], previous: int, j: int) -> int | None:
    if j == len(places):
        return previous
    for i in range(previous + 1, min(len(text.words) - 1, previous + 1 + MAX_GAP) + 1):
        if text.clauses[i] != text.clauses[previous] and text.clauses[i] not in text.after_colon:
            break  # a phrase stays within its clause; only a colon may fall inside it
        if i in places[j]:
            end = _rest(text, places, i, j + 1)
            if end is not None:
                return end
    return None


def is_negated(text: Analysed, span: tuple[int, int]) -> bool:
    """Whether a negation outside the match governs it, within the same clause.

    Before the match it may stand a few words away ('geen sprake van overlast'), across the commas of a
    list ('geen incidenten, irritatie of angst'); after it only when the match opens its clause ('de bouw
    heeft er niets mee te maken', 'jongeren zijn niet het probleem') and no comma stands between them
    ('bewoners zijn bang, er is geen overlast' names the fear).
    """
    first, last = span
    clause = text.clauses[first]
    reach_back = {clause, clause - 1} if clause in text.after_colon else {clause}
    from_start = first - text.clauses.index(clause)
    for n in text.negations:  # a negation inside the match belongs to the phrase ('nog geen confrontaties')
        if n < first and text.clauses[n] in reach_back and first - n - 1 <= NEGATION_BEFORE:
            return True
        if n > last and _denies_back(text, last, n, from_start):
            return True
    return False


def _second_verb(text: Analysed, position: int) -> bool:
    """'en' or 'of' followed by a verb (not a participle used as adjective): a second predicate starts."""
    if text.words[position] not in ("en", "of") or position + 1 >= len(text.words):
        return False
    following = text.words[position + 1]
    return bool(text.lemmas[position + 1]) and not following.endswith(("end", "ende")) and not is_participle(following)


def _denies_back(text: Analysed, last: int, n: int, from_start: int) -> bool:
    """Whether a negation after a match denies it.

    Only within the clause, with no comma between ('bewoners zijn bang, er is geen overlast') and no
    subordinate clause opening between ('erkennen dat het plan niet werkt'); 'zonder' denies only what
    follows it. A negation that closes the clause denies what the clause named ('overlast en vuil spelen
    hier geen enkele rol'); otherwise 'geen' denies its own noun ('de corporatie wijst geen woningen
    toe'), and 'niet', 'niets' ... deny the match when it opens the clause and stands close by.
    """
    word = text.words[n]
    if word in GOVERNS_AFTER or text.clauses[n] != text.clauses[last]:
        return False
    between = range(last + 1, n)
    if any(p in text.before_comma for p in range(last, n)) or any(text.words[p] in CLAUSE_LINKS for p in between):
        return False
    if any(_second_verb(text, p) for p in between):
        return False  # 'bewoners ervaren overlast en durven de jongeren niet aan te spreken': the 'en' part's own
    clause_end = bisect_right(text.clauses, text.clauses[n]) - 1  # clause numbers only grow along the text
    if clause_end - n <= NEGATION_TAIL:
        return from_start <= TAIL_SUBJECT_REACH
    return word != "geen" and from_start <= SUBJECT_REACH and n - last - 1 <= NEGATION_AFTER


def contains_phrase(text: Analysed, phrase: Analysed) -> bool:
    """True when the phrase occurs (negated or not): see `matches`."""
    return next(matches(text, phrase), None) is not None
