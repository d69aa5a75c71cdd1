"""The structural checks of a row (kit.scoring.forms) and what counts as answered, one rule at a time."""

from __future__ import annotations

from typing import Any

import pytest

from kit.answers_io import is_answered
from kit.content.models import FieldMeaning, Kind, OptionSource, Question, RecordField
from kit.scoring.forms import form_problems
from kit.scoring.texts import FORM

M = FieldMeaning


def fields(*meanings: FieldMeaning) -> list[RecordField]:
    return [RecordField(id=m.value, label=m.value, betekenis=m) for m in meanings]


@pytest.mark.parametrize(
    ("condition", "problem"),
    [
        ("de groep van buiten komt terug naar het dorp", None),
        ("er meer mensen komen", None),  # a plural verb, not an order
        ("de jongeren vechten", None),  # short, but it starts with its subject
        ("jongeren komen terug", None),  # short, but it ends in something other than a verb
        ("groepen uit Zwolle komen", None),  # four words: long enough to be an event
        ("skatebaan direct sluiten", "decision_as_condition"),  # three words that end in an infinitive
        ("groepen komen", "decision_as_condition"),  # too short to tell: a bare infinitive phrase
        ("ME inzetten", "decision_as_condition"),
        ("skatebaan sluiten", "decision_as_condition"),
        ("we de bijeenkomst verbieden", "decision_as_condition"),
        ("het kernteam besluit op te schalen", "decision_as_condition"),
        ("onrust", "no_condition"),
        ("", "no_condition"),
    ],
)
def test_an_als_dan_condition_is_an_event_not_a_decision(condition: str, problem: str | None) -> None:
    found = form_problems(
        fields(M.voorwaarde, M.gevolg), {"voorwaarde": condition, "gevolg": "volgt een vechtpartij"}, set()
    )
    assert found == ([FORM[problem]] if problem else [])


def test_an_als_dan_consequence_needs_words() -> None:
    row = {"voorwaarde": "de groep komt terug", "gevolg": "rellen"}
    assert form_problems(fields(M.voorwaarde, M.gevolg), row, set()) == [FORM["no_consequence"]]
    two_words = {"voorwaarde": "de groep komt terug", "gevolg": "rellen volgen"}
    assert form_problems(fields(M.voorwaarde, M.gevolg), two_words, set()) == []


@pytest.mark.parametrize(
    ("row", "problems"),
    [
        ({"resultaat": "5 gesprekken gevoerd", "eigenaar": "wijkagent", "tijd": "vrijdag"}, []),
        ({"resultaat": "alle jongeren gesproken", "eigenaar": "wijkagent", "tijd": "binnen twee dagen"}, []),
        ({"resultaat": "verslag", "eigenaar": "wijkagent", "tijd": "14 oktober"}, []),
        ({"resultaat": "meer rust", "eigenaar": "wijkagent", "tijd": "vrijdag"}, ["no_result"]),
        ({"resultaat": "5 gesprekken", "eigenaar": "burgemeester", "tijd": "vrijdag"}, ["no_owner"]),
        ({"resultaat": "5 gesprekken", "eigenaar": "wijkagent", "tijd": "later eens"}, ["no_time"]),
        ({"resultaat": "beter", "eigenaar": "", "tijd": "ooit"}, ["no_owner", "no_time", "no_result"]),
    ],
)
def test_a_smart_action_has_an_owner_a_time_and_a_verifiable_result(row: dict[str, str], problems: list[str]) -> None:
    found = form_problems(fields(M.resultaat, M.eigenaar, M.tijd), row, {"wijkagent", "jongerenwerker"})
    assert found == [FORM[p] for p in problems]


@pytest.mark.parametrize(
    ("row", "problems"),
    [
        ({"publiek": "ouders", "boodschap": "wat er gebeurd is, in een brief"}, []),
        ({"publiek": "ouders", "boodschap": "de feiten over de aanhouding", "kanaal": "informatieavond"}, []),
        ({"publiek": "ouders", "boodschap": "de feiten over de aanhouding"}, ["no_channel"]),
        ({"publiek": "ouders", "boodschap": "brief"}, ["no_message"]),
        ({"publiek": "ouders", "boodschap": "feiten over aanhouding", "kanaal": "brief"}, []),  # three words do
        ({"publiek": "ouders", "boodschap": "over aanhouding", "kanaal": "brief"}, ["no_message"]),
        ({"publiek": "", "boodschap": "proactief stakeholdermanagement en framing"}, ["no_audience", "no_channel"]),
    ],
)
def test_a_communication_row_names_audience_message_and_channel(row: dict[str, str], problems: list[str]) -> None:
    found = form_problems(fields(M.publiek, M.boodschap), row, set())
    assert found == [FORM[p] for p in problems]


def test_a_row_without_meanings_has_no_form_to_check() -> None:
    assert form_problems([RecordField(id="wat", label="Wat")], {"wat": "x"}, set()) == []


def question(kind: Kind) -> Question:
    velden = [RecordField(id="wat", label="Wat")] if kind is Kind.records else []
    opties = OptionSource(items=[]) if kind is not Kind.free_text and kind is not Kind.records else None
    return Question(id="q", soort=kind, vraag="?", velden=velden, opties=opties)


@pytest.mark.parametrize(
    ("kind", "value", "answered"),
    [
        (Kind.free_text, "  tekst ", True),
        (Kind.free_text, "   ", False),
        (Kind.free_text, None, False),
        (Kind.records, [{"wat": " "}, {"wat": "x"}], True),
        (Kind.records, [{"wat": "  "}], False),
        (Kind.records, None, False),
        (Kind.choose_many, ["geen"], True),
        (Kind.choose_many, [], False),
        (Kind.choose_one, "a", True),
        (Kind.choose_one, None, False),
        (Kind.choose_one, "", False),
        (Kind.classify, {}, False),
        (Kind.classify, {"a": "b"}, True),
    ],
)
def test_what_counts_as_answered(kind: Kind, value: Any, answered: bool) -> None:
    assert is_answered(question(kind), value) is answered
