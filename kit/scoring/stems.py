"""Dutch stemming for concept matching: snowball stems, accents folded, compounds searched inside."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[a-z0-9]+")
_STEMMER = snowballstemmer.stemmer("dutch")
MIN_COMPOUND_PART = 5  # a stem this long is also found inside a longer word ('overlast' in 'jongerenoverlast')


def fold(text: str) -> str:
    """Lower case without accents, so 'geïrriteerd' and 'geirriteerd' match."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _WORD.findall(fold(text)))


def contains_phrase(haystack: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """True when the phrase's stems occur in order and adjacent; a long single stem may sit in a compound."""
    if not phrase:
        return False
    size = len(phrase)
    for start in range(len(haystack) - size + 1):
        if haystack[start : start + size] == phrase:
            return True
    if size == 1 and len(phrase[0]) >= MIN_COMPOUND_PART:
        return any(phrase[0] in word for word in haystack if len(word) > len(phrase[0]))
    return False
