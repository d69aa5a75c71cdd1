"""Limits of the text analysis: fixed ones as tests, open ones as strict xfails (outside the mutation run)."""

from __future__ import annotations

import pytest

from kit.content.models import Concept
from kit.scoring.freetext import found_concepts


def test_a_negation_in_a_second_clause_after_a_comma_does_not_deny_the_first() -> None:
    concepts = [Concept(id="angst", label="angst", synoniemen=["bang"], toelichting="t")]
    assert [c.id for c in found_concepts("Bewoners zijn bang, er is geen overlast.", concepts)] == ["angst"]


@pytest.mark.xfail(strict=True, reason="known limit: a participle of a verb that starts with ge is not recognised")
def test_participles_of_verbs_that_start_with_ge() -> None:
    from kit.scoring.stems import is_participle

    assert is_participle("gebeurd") and is_participle("gegeven")
