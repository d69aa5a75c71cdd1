"""Dutch spelling of every text a participant or facilitator sees, checked with Debian's hunspell-nl.

Names of places and projects, abbreviations and terms of the guides that the dictionary lacks are in
spelling_allow.txt; anything else hunspell rejects is a typo to fix in the content or the texts modules.
"""

from __future__ import annotations

import re

import pytest

from kit.content.library import Library, build_library, default_paths
from tests.content.spelling_support import (
    allowed_words,
    hunspell_available,
    interface_texts,
    library_texts,
    rejected_words,
    unknown_words,
)


@pytest.fixture(scope="module")
def library() -> Library:
    return build_library(default_paths())


@pytest.fixture(scope="module")
def hunspell() -> None:
    if not hunspell_available():
        pytest.fail("hunspell-nl is missing: run .ci/run or `apt-get install hunspell hunspell-nl` first")


def test_every_shown_text_is_spelled_right(hunspell: None, library: Library) -> None:
    texts = [*library_texts(library), *interface_texts()]
    assert len(texts) > 1000, "the collector found too few texts; did the content move?"
    unknown = unknown_words(texts)
    listing = "\n".join(f"  {word!r} in {place}" for word, place in unknown.items())
    assert not unknown, f"Unknown to hunspell-nl and not in spelling_allow.txt:\n{listing}"


def test_the_check_catches_a_typo(hunspell: None) -> None:
    unknown = unknown_words([("voorbeeld", "De wijkagent spreekt de jongeren aan op hun gedrgag.")])
    assert list(unknown) == ["gedrgag"]


def test_allow_list_holds_no_word_the_dictionary_knows(hunspell: None) -> None:
    """An allow-list entry hunspell accepts anyway only hides future typos; keep the list lean."""
    allowed = sorted(allowed_words())
    known = sorted(set(allowed) - rejected_words(allowed))
    assert not known, f"These allow-list words are in the dictionary already: {known}"


def test_every_shown_text_says_je_not_u(library: Library) -> None:
    """The house style addresses the reader with 'je'; the guides' 'u' is not copied into the kit."""
    formal = re.compile(r"\b(?:u|uw|Uw)\b")  # a lone capital U is also a rating (P/S/M/U)
    found = [(place, text) for place, text in [*library_texts(library), *interface_texts()] if formal.search(text)]
    assert not found, "\n".join(f"{place}: {text[:120]}" for place, text in found)
