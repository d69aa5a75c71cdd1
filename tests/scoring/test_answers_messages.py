"""check_answers and read_answers_file, message by message: the exact Dutch sentence a bad answer gets.

Fast on purpose (no property runs): these are the mutation run's tests for kit/answers_io.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kit.answers_io import EMPTY, MAX_TEXT, check_answers, is_answered, quote, read_answers_file, too_deep
from kit.content.library import Library, load_library
from kit.content.models import Kind
from kit.errors import AnswerError

LIBRARY: Library = load_library()
CASUS = LIBRARY.exercise("casus-1")
SAMOS = LIBRARY.exercise("azc/oefenvorm-1")
OORZAAK = "stappenplan.oorzaken."
OR = "stappenplan.oplossingsrichtingen."
FASE = "stappenplan.fasen.onderhuidse-spanningen"


def refused(exercise: Any, answers: Any) -> str:
    with pytest.raises(AnswerError) as caught:
        check_answers(exercise, answers)
    return str(caught.value)


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([], "Verwacht een object met per stap de antwoorden."),
        ({"stap-9": {}}, "Stap 'stap-9' hoort niet bij oefening 'casus-1'."),
        ({"stap-2-2": []}, "Stap 'stap-2-2': verwacht een object met een antwoord per vraag."),
        ({"stap-2-2": {"kleur": "x"}}, "Stap 'stap-2-2': vraag 'kleur' bestaat niet."),
        ({"stap-2-2": {"fase": "onbekend"}}, "Stap 'stap-2-2', vraag 'fase': 'onbekend' is geen keuzemogelijkheid."),
        ({"stap-2-2": {"fase": [[[[FASE]]]]}}, "Stap 'stap-2-2', vraag 'fase': te diep genest voor een antwoord."),
        ({"stap-2-5": {"oorzaken": 3}},
         "Stap 'stap-2-5', vraag 'oorzaken': verwacht een lijst met keuzes uit de opties."),
        ({"stap-2-5": {"oorzaken": [OORZAAK + "a", "z"]}},
         "Stap 'stap-2-5', vraag 'oorzaken', keuze 2: 'z' is geen keuze uit de opties."),
        ({"stap-3-1": {"prioriteit": [OR + "or-1", OR + "or-2", OR + "or-3", OR + "or-4"]}},
         "Stap 'stap-3-1', vraag 'prioriteit': maximaal 3 keuzes."),
        ({"stap-2-2": {"toelichting": 7}}, "Stap 'stap-2-2', vraag 'toelichting': verwacht tekst, niet '7'."),
        ({"stap-2-2": {"toelichting": "x" * (MAX_TEXT + 1)}},
         f"Stap 'stap-2-2', vraag 'toelichting': de tekst is {MAX_TEXT + 1} tekens; hoogstens {MAX_TEXT} tekens."),
        ({"stap-2-3": {"actoren": {}}},
         "Stap 'stap-2-3', vraag 'actoren': verwacht een lijst regels met de velden actor, invloed, waarom."),
        ({"stap-2-3": {"actoren": [{"actor": "x"}, {"wie": "x"}]}},
         "Stap 'stap-2-3', vraag 'actoren', regel 2: verwacht een lijst regels met de velden actor, invloed, waarom."),
        ({"stap-2-3": {"actoren": [{"waarom": [1]}]}},
         "Stap 'stap-2-3', vraag 'actoren', regel 1, veld 'waarom': verwacht tekst, niet '[1]'."),
        ({"stap-2-3": {"actoren": [{"waarom": 10**30}]}},
         "Stap 'stap-2-3', vraag 'actoren', regel 1, veld 'waarom': verwacht tekst, niet getal van 31 cijfers."),
        ({"stap-2-3": {"actoren": [{"waarom": "x" * (MAX_TEXT + 1)}]}},
         f"Stap 'stap-2-3', vraag 'actoren', regel 1, veld 'waarom': hoogstens {MAX_TEXT} tekens."),
        ({"stap-2-5": {"oorzaken.namelijk": {OORZAAK + "anders": 5}}},
         "Stap 'stap-2-5', vraag 'oorzaken': verwacht bij 'oorzaken.namelijk' per 'anders, namelijk'-keuze een tekst."),
        ({"stap-2-5": {"oorzaken.namelijk": [OORZAAK + "anders"]}},
         "Stap 'stap-2-5', vraag 'oorzaken': verwacht bij 'oorzaken.namelijk' per 'anders, namelijk'-keuze een tekst."),
        ({"stap-2-5": {"oorzaken.namelijk": {OORZAAK + "anders": "x" * (MAX_TEXT + 1)}}},
         f"Stap 'stap-2-5', vraag 'oorzaken': hoogstens {MAX_TEXT} tekens per toelichting."),
    ],
)  # fmt: skip
def test_each_bad_answer_gets_its_own_exact_message(answers: Any, message: str) -> None:
    assert refused(CASUS, answers) == message


def test_a_ranking_names_the_option_placed_twice() -> None:
    twice = {"stap-3-1": {"prioriteit": [OR + "or-2", OR + "or-1", OR + "or-1"]}}
    assert refused(CASUS, twice) == (
        f"Stap 'stap-3-1', vraag 'prioriteit': '{OR}or-1' staat twee keer in de rangorde; "
        "elke keuze mag één plaats hebben."
    )


def test_classify_names_the_statement_and_the_category() -> None:
    where = "Stap 'vooraf', vraag 'waarneming-oordeel'"
    assert refused(SAMOS, {"vooraf": {"waarneming-oordeel": ["u-vlaggen"]}}) == (
        f"{where}: verwacht per uitspraak een categorie uit de lijst."
    )
    assert refused(SAMOS, {"vooraf": {"waarneming-oordeel": {"u-vlaggen": "gevoel"}}}) == (
        f"{where}, uitspraak 'u-vlaggen': verwacht een categorie uit de lijst, niet 'gevoel'."
    )
    assert refused(SAMOS, {"vooraf": {"waarneming-oordeel": {"u-x": "oordeel"}}}) == (
        f"{where}, uitspraak 'u-x': verwacht een categorie uit de lijst, niet 'oordeel'."
    )
    good = {"u-vlaggen": "waarneming", "u-opstoken": "oordeel"}
    assert check_answers(SAMOS, {"vooraf": {"waarneming-oordeel": good}})["vooraf"]["waarneming-oordeel"] == good


def test_a_checked_answer_has_every_question_and_keeps_what_was_given() -> None:
    given = {
        "stap-2-2": {"fase": FASE, "toelichting": "Onrust."},
        "stap-2-5": {"oorzaken": OORZAAK + "a", "oorzaken.namelijk": {OORZAAK + "anders": "  "}},
        "stap-3-1": {"prioriteit": [OR + "or-2", OR + "or-1"], "richtingen": [OR + "or-1", OR + "or-1"]},
        "stap-2-3": {"actoren": [{"actor": None, "invloed": 500, "waarom": "x" * MAX_TEXT}]},
    }
    checked = check_answers(CASUS, given)
    assert list(checked) == [s.id for s in CASUS.steps]
    for step in CASUS.steps:
        assert [q for q in checked[step.id] if not q.endswith(".namelijk")] == [q.id for q in step.vragen]
    assert checked["stap-2-2"] == {"fase": FASE, "toelichting": "Onrust."}
    assert checked["stap-2-5"]["oorzaken"] == [OORZAAK + "a"]  # a single id saved before the question took more
    assert checked["stap-2-5"]["oorzaken.namelijk"] == {}  # blank texts are dropped
    assert checked["stap-3-1"]["prioriteit"] == [OR + "or-2", OR + "or-1"]
    assert checked["stap-3-1"]["richtingen"] == [OR + "or-1"]  # a choice ticked twice counts once
    assert checked["stap-2-3"]["actoren"] == [{"actor": "", "invloed": "500", "waarom": "x" * MAX_TEXT}]
    assert checked["stap-1"] == {"signalen": [], "bronnen": [], "toelichting": ""}
    assert checked["stap-4-2"]["voorbeelden"] == []
    assert "stap-1.namelijk" not in checked["stap-1"]
    assert check_answers(CASUS, {})["stap-2-2"]["fase"] is None
    longest = {"oorzaken.namelijk": {OORZAAK + "anders": "x" * MAX_TEXT}, "oorzaken": [OORZAAK + "anders"]}
    assert check_answers(CASUS, {"stap-2-5": longest})["stap-2-5"] == longest  # exactly the limit is allowed
    assert (
        check_answers(CASUS, {"stap-2-2": {"toelichting": "x" * MAX_TEXT}})["stap-2-2"]["toelichting"] == "x" * MAX_TEXT
    )


def test_empty_answers_per_kind() -> None:
    assert {
        Kind.choose_one: None, Kind.ordinal: None, Kind.timeline: None, Kind.free_text: "",
        Kind.choose_many: [], Kind.ranking: [], Kind.records: [], Kind.classify: {},
    } == EMPTY  # fmt: skip


def test_quote_shortens_long_values_and_names_huge_numbers_by_size() -> None:
    assert quote("kort") == "'kort'"
    assert quote("x" * 80) == "'" + "x" * 80 + "'"
    assert quote("x" * 81) == "'" + "x" * 80 + "…'"
    assert quote(["ä", 1]) == "'[\"ä\", 1]'"
    assert quote(10**29) == f"'{10**29}'"
    assert quote(10**30) == "getal van 31 cijfers"  # by its size, not quoted
    assert quote(-(10**40)) == "getal van 41 cijfers"
    assert quote(True) == "'true'"
    assert quote(float("inf")) == "'Infinity'"
    assert quote(2**288) == "getal van 87 cijfers" == f"getal van {len(str(2**288))} cijfers"
    assert quote(2**681 - 1) == "getal van 206 cijfers" == f"getal van {len(str(2**681 - 1))} cijfers"
    assert quote({1}) == "'\"{1}\"'"  # what JSON cannot show is shown as Python writes it
    assert quote([10**5000]) == "'list'"  # too long to print: named by its type


def test_too_deep_counts_levels_of_lists_and_objects() -> None:
    assert not too_deep([[1]], 2)
    assert too_deep([[[1]]], 2)
    assert too_deep({"a": {"b": {"c": 1}}}, 2) and not too_deep({"a": {"b": 1}}, 2)
    assert not too_deep("a" * 100, 0)
    assert too_deep([], 0)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "antwoorden.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_answers_files_are_read_or_refused_with_the_file_named(tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps({"oefening": "casus-1", "antwoorden": {"stap-1": {}}}))
    assert read_answers_file(path) == ("casus-1", {"stap-1": {}})
    assert read_answers_file(write(tmp_path, '{"antwoorden": {}}')) == (None, {})
    cases = {
        '{"antwoorden": [] }': f"{path}: verwacht een object met 'antwoorden': {{stap: {{vraag: antwoord}}}}",
        "[1]": f"{path}: verwacht een object met 'antwoorden': {{stap: {{vraag: antwoord}}}}",
        '{"oefening": 3, "antwoorden": {}}': f"{path}: 'oefening' moet een tekst zijn, niet '3'",
        '{\n"antwoorden": }': f"{path}:2: geen geldige JSON (Expecting value)",
        "[" * 30 + "]" * 30: f"{path}: te diep genest (hoogstens 20 niveaus)",
        "[" * 100_000 + "]" * 100_000: f"{path}: te diep genest (hoogstens 20 niveaus)",
        "1" * 5000: f"{path}: een getal is te lang om te lezen",
    }
    for text, message in cases.items():
        with pytest.raises(AnswerError) as caught:
            read_answers_file(write(tmp_path, text))
        assert str(caught.value) == message, text[:40]
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(AnswerError, match=rf"^{re.escape(str(path))}: bestand niet te lezen \("):
        read_answers_file(path)
    with pytest.raises(AnswerError, match=r"bestand niet te lezen"):
        read_answers_file(tmp_path / "weg.json")


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kit.answers_io as answers_io

    path = write(tmp_path, '{"antwoorden": {}}')
    monkeypatch.setattr(answers_io, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    assert read_answers_file(path) == (None, {})
    path.write_bytes(b'{"antwoorden": {}}'.ljust(2 * 1024 * 1024))  # exactly at the limit: read
    assert read_answers_file(path) == (None, {})
    path.write_bytes(b" " * (2 * 1024 * 1024 + 1))
    with pytest.raises(AnswerError) as caught:
        read_answers_file(path)
    assert str(caught.value) == f"{path}: bestand te groot (hoogstens 2 MB)"


def test_is_answered_per_kind() -> None:
    questions = {q.soort: q for _, q in CASUS.questions() + SAMOS.questions()}
    assert not is_answered(questions[Kind.free_text], "  ") and is_answered(questions[Kind.free_text], " x")
    assert not is_answered(questions[Kind.free_text], None)
    assert not is_answered(questions[Kind.records], [{"a": " "}]) and is_answered(questions[Kind.records], [{"a": "x"}])
    assert not is_answered(questions[Kind.records], None)
    for empty in (None, "", [], {}):
        assert not is_answered(questions[Kind.choose_many], empty)
    assert is_answered(questions[Kind.choose_one], "a") and is_answered(questions[Kind.classify], {"a": "b"})
