"""Issue 18.9 and 18.12: look-alike names are the same name; control characters never reach the store."""

from __future__ import annotations

import unicodedata

import pytest

from kit.store import Store, StoreError
from kit.store.confusables import _TABLE, name_key, skeleton

LOOK_ALIKES = [
    "\u0410nna de Vries",  # Cyrillic capital A
    "An\u200bna de Vries",  # zero-width space
    "Anna de Vries\u202e",  # right-to-left override
    "\u202eAnna de Vries\u202c",
    "ANNA DE VR\u0406ES",  # Cyrillic capital I (Ukrainian)
    "Anna de Vr\u0131es",  # dotless i
    "\uff21nna de Vries",  # fullwidth A (NFKC)
    "Anna\u00a0de\u2003Vries",  # other spaces
    "Ann\u0430 d\u0435 Vri\u0435s",  # Cyrillic small a and e
    "Anna de Vries\u3164",  # Hangul filler: a letter that shows as nothing
]


@pytest.mark.parametrize("typed", LOOK_ALIKES)
def test_a_name_that_looks_like_a_taken_one_is_that_name(store: Store, typed: str) -> None:
    code = store.create_workshop("W", ["casus-1"]).code
    store.sign_in("Anna de Vries", code)
    with pytest.raises(StoreError) as refused:
        store.sign_in(typed, code)
    assert refused.value.key == "name_taken"
    assert len(store.participants(code)) == 1
    assert store.join(typed, code).name == "Anna de Vries"  # the trusted join finds the same participant


def test_a_new_name_is_stored_without_invisible_characters(store: Store) -> None:
    signed = store.sign_in("Piet\u200b \u202eJansen\x1b[2J\x00")
    assert signed.participant.name == "Piet Jansen[2J"
    with pytest.raises(StoreError) as empty:
        store.sign_in("\u200b\u200d\u202e")
    assert empty.value.key == "empty_name"


def test_plain_names_keep_the_key_they_always_had() -> None:
    """Stored keys stay valid: the key of an ASCII name is its case-folded text, as before."""
    for name in ["Sanne de Vries", "Il1 O0", "rn m", "Jose", "Zoë", "Straße"]:
        assert name_key(name) == name.casefold()


def test_the_table_maps_only_non_ascii_look_alikes_to_ascii_letters() -> None:
    assert _TABLE
    for char, prototype in _TABLE.items():
        assert ord(char) > 127 and prototype.isascii() and prototype.isalnum(), (char, prototype)
        assert unicodedata.category(char) not in ("Cf", "Cc")
    assert skeleton("\u0391\u0392\u0395\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a7") == "ABEHIKMNOPTX"
    assert skeleton("\u0430\u0441\u0435\u043e\u0440\u0445\u0443") == "aceopxy"


def test_control_and_direction_characters_are_removed_before_storing(store: Store) -> None:
    participant = store.join("Sanne")
    text = "Wijk\x00agent\x1b[31m belt\u202e terug\r\nmorgen\tvroeg\x7f\x85"
    store.save_answer(participant.id, "casus-1", "stap-1", {"toelichting": text, "lijst": [{"a": "x\x07y"}]})
    saved = store.load_answers(participant.id, "casus-1")["stap-1"]
    assert saved["toelichting"] == "Wijkagent[31m belt terug\nmorgen\tvroeg"
    assert saved["lijst"] == [{"a": "xy"}]
    store.submit(participant.id, "casus-1", {"stap-1": {"toelichting": "a\x00b"}}, {"total": 0.0}, 0.0)
    with store._read() as session:
        from sqlalchemy import select

        from kit.store.schema import Submission

        (answers,) = session.scalars(select(Submission.answers)).all()
    assert answers == {"stap-1": {"toelichting": "ab"}}


def test_team_answers_observations_and_lessons_are_cleaned_too(store: Store) -> None:
    code = store.create_workshop("W", ["steekpartij/oefenvorm-2"], mode="groep").code
    member = store.join("Lid", code)
    team = store.create_team(code, "Tafel 1").id
    store.set_team(member.id, team)
    store.save_team_answer(team, "steekpartij/oefenvorm-2", "vooraf", "eigen-signalen", "a\u202eb\x00c", member.id)
    record = store.team_answers(team, "steekpartij/oefenvorm-2")
    assert record.values["vooraf"]["eigen-signalen"] == "abc"
    store.save_observation(member.id, team, "steekpartij/oefenvorm-2", "vooraf", "bob", "S", "goed\x1b[0m\u2066")
    assert store.observations(code)[0]["note"] == "goed[0m"
    store.save_lessons(member.id, "steekpartij/oefenvorm-2", {"goed": "x\x00y"})
    assert store.lessons(member.id, "steekpartij/oefenvorm-2") == {"goed": "xy"}
