"""Dutch stemming for concept matching: snowball stems, accents folded, compounds searched inside."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

_WORD = re.compile(r"[a-z0-9]+")
_STEMMER = snowballstemmer.stemmer("dutch")
MIN_COMPOUND_PART = 5  # a stem this long also matches as the head of a compound ('jongerenoverlast')


def fold(text: str) -> str:
    """Lower case without accents, so 'geïrriteerd' and 'geirriteerd' match."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


class Analysed(NamedTuple):
    """A text as folded words and their stems, position by position."""

    words: tuple[str, ...]
    stems: tuple[str, ...]


@lru_cache(maxsize=16384)  # the references' synonyms are analysed again for every submission
def analyse(text: str) -> Analysed:
    words = tuple(_WORD.findall(fold(text)))
    return Analysed(words, tuple(stem(w) for w in words))


def stems(text: str) -> tuple[str, ...]:
    return analyse(text).stems


def contains_phrase(text: Analysed, phrase: Analysed) -> bool:
    """True when the phrase's stems occur in order and adjacent; a long single word may end a compound.

    Dutch compounds put the head last, so 'overlast' is found in 'jongerenoverlast' while 'politie'
    is not found in 'politiek'. The stemmer mangles compounds, so this compares the folded words.
    """
    size = len(phrase.stems)
    if size == 0:
        return False
    for start in range(len(text.stems) - size + 1):
        if text.stems[start : start + size] == phrase.stems:
            return True
    if size == 1 and len(phrase.words[0]) >= MIN_COMPOUND_PART:
        head, head_stem = phrase.words[0], phrase.stems[0]
        return any(len(w) > len(head) and (w.endswith(head) or w.endswith(head_stem)) for w in text.words)
    return False
