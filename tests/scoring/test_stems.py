from __future__ import annotations

import pytest

from kit.scoring.stems import analyse, contains_phrase


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Er is veel jongerenoverlast in de portiek", "overlast", True),
        ("De bewoners vermijden elkaar", "vermijden", True),
        ("bewoners vermeden het plein", "vermijden", False),
        ("De lokale politiek mengt zich erin", "politie", False),
        ("Geïrriteerde buren", "geirriteerd", True),
        ("zorgen van bewoners serieus nemen", "zorgen van bewoners", True),
        ("bewoners van zorgen", "zorgen van bewoners", False),
    ],
)
def test_phrases_match_on_dutch_stems(text: str, phrase: str, expected: bool) -> None:
    assert contains_phrase(analyse(text), analyse(phrase)) is expected
