"""The copied Dutch suffix rules give simplemma's answers at their edges (length, the 'ijen' stops)."""

from __future__ import annotations

import pytest
from simplemma.strategies.defaultrules.nl import apply_nl

from kit.scoring import verb_forms


@pytest.mark.parametrize(
    "word",
    ["abheden", "abcheden", "aheden", "abcijen", "abcdijen", "abijen", "gedijen", "verscheden", "abcde's", "abcd's"],
)
def test_the_rules_are_simplemmas_rules(word: str) -> None:
    assert verb_forms._rule(word) == apply_nl(word)
