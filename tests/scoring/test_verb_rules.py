"""The copied Dutch suffix rules give simplemma's answers at their edges; the table answers folded words alone."""

from __future__ import annotations

import sys

import pytest
from simplemma.strategies.defaultrules.nl import apply_nl

from kit.scoring import verb_forms


@pytest.mark.parametrize(
    "word",
    ["abheden", "abcheden", "aheden", "abcijen", "abcdijen", "abijen", "gedijen", "verscheden", "abcde's", "abcd's"],
)
def test_the_rules_are_simplemmas_rules(word: str) -> None:
    assert verb_forms._rule(word) == apply_nl(word)


class _NoSimplemma:
    """Stands in for simplemma: a word the table answers must not load its 45 MB dictionary."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"simplemma.{name} asked for a word the table holds")


def test_a_folded_word_is_answered_by_the_table_without_simplemma(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "simplemma", _NoSimplemma())
    assert verb_forms.verb_lemma("liep") == "lopen"
    assert verb_forms.verb_lemma("gesloten") == "sluiten"


def test_a_word_that_is_not_folded_is_asked_of_simplemma() -> None:
    """Not a word as kit.scoring.stems makes them (capitals): simplemma's own answer, folded."""
    assert verb_forms.verb_lemma("Liep") == "lopen"
    assert verb_forms.verb_lemma("Gesloten") == "sluiten"
    assert verb_forms.verb_lemma("Zegt!") == ""  # simplemma returns it as it is: no infinitive
