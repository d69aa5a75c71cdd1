"""Loading content: the good fixture set is clean, and every single fault is reported precisely.

Each case in `tests/fixtures/content/bad/<case>/` holds one file with one fault. It replaces its
namesake in `good/` (or is added next to the good files) so exactly one fault is present; the table
below says which problem the kit must report for it: file, line, field path and a fragment of the
Dutch message. A file the schema rejects is left out of the cross-reference checks, so the file that
names it gets one predictable follow-up problem; the last column says which.
"""

# ruff: noqa: E501  (the expectation table keeps one case per line)

from __future__ import annotations

from pathlib import Path

import pytest

from kit.content.library import build_library, load_library
from kit.content.loader import load_file
from kit.content.models import MethodFile, TemplateFile
from kit.errors import ContentError, Problem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "content"
GOOD = FIXTURES / "good"
BAD = FIXTURES / "bad"
GOOD_FILES = sorted(GOOD.glob("*.yaml"))

# Follow-up problems in a good file when the bad file could not be loaded at all.
GEEN_REFERENTIE = ("scenario.yaml", 3, "id", "er is geen referentie in answers/ voor scenario 'oefencasus'")
GEEN_SJABLOON = ("scenario.yaml", 4, "type", "er is geen sjabloon voor scenario's van type 'casus'")
GEEN_SCENARIO = ("referentie.yaml", 3, "scenario", "scenario 'oefencasus' bestaat niet in scenarios/")

# fmt: off
BAD_CASES = [
    # case folder, file, line, field path, message fragment, follow-up in a good file
    ("yaml-syntax", "referentie.yaml", 18, "", "geen geldige YAML: did not find expected key", GEEN_REFERENTIE),
    ("dubbele-sleutel", "scenario.yaml", 7, "", "geen geldige YAML: dubbele sleutel 'titel'", GEEN_SCENARIO),
    ("leeg-bestand", "scenario.yaml", None, "", "het bestand moet een blok met sleutels zijn", GEEN_SCENARIO),
    ("lijst-in-plaats-van-blok", "sjabloon.yaml", 1, "", "het bestand moet een blok met sleutels zijn (begin met 'schema_version: 1')", GEEN_SJABLOON),
    ("geen-versie", "referentie.yaml", 1, "schema_version", "'schema_version' ontbreekt; zet 'schema_version: 2' bovenaan", GEEN_REFERENTIE),
    ("versie-te-oud", "scenario.yaml", 1, "schema_version", "schema_version 0 is te oud; deze kit leest versie 1", GEEN_SCENARIO),
    ("versie-te-nieuw", "sjabloon.yaml", 1, "schema_version", "schema_version 2 is nieuwer dan deze kit (1)", GEEN_SJABLOON),
    ("onbekende-bestandssoort", "referentie.yaml", 2, "soort", "onbekende soort 'antwoord'; toegestaan: methode, sjabloon, scenario, referentie", GEEN_REFERENTIE),
    ("onbekende-sleutel", "sjabloon.yaml", 44, "stappen/1/vragen/1/gewigt", "onbekende sleutel (typfout?)", GEEN_SJABLOON),
    ("ontbrekend-veld", "scenario.yaml", 13, "signalen/1/tekst", "verplicht veld ontbreekt", GEEN_SCENARIO),
    ("tekst-in-plaats-van-lijst", "sjabloon.yaml", 64, "varianten/0/stappen", "moet een lijst zijn", GEEN_SJABLOON),
    ("onbekende-vraagsoort", "sjabloon.yaml", 22, "stappen/0/vragen/2/soort", "ongeldige waarde 'choose_sum'; toegestaan: 'choose_one'", GEEN_SJABLOON),
    ("ongeldige-id", "scenario.yaml", 14, "signalen/2/id", "ongeldige waarde 'S Volksbuurt': gebruik kleine letters, cijfers en streepjes", GEEN_SCENARIO),
    ("onbekende-verwijzing", "methode.yaml", 20, "onderdelen/1/verwijst/0", "'oefenmethode.faze' bestaat niet in de methodes", None),
    ("dubbele-id-methode", "methode.yaml", 17, "onderdelen/0/onderdelen/3/id", "id 'rust' komt hier twee keer voor", None),
    ("onbekende-lijst", "sjabloon.yaml", 51, "stappen/1/vragen/2/velden/0/opties/lijst", "'oefenmethode.richtingn' bestaat niet in de methodes", None),
    ("records-zonder-velden", "sjabloon.yaml", 45, "stappen/1/vragen/2", "een vraag van soort 'records' heeft 'velden' nodig", None),
    ("dubbele-stap", "sjabloon.yaml", 60, "stappen/2/id", "id 'aanpak' komt hier twee keer voor", None),
    ("variant-onbekende-stap", "sjabloon.yaml", 64, "varianten/0/stappen/2", "stap 'evaluatie' bestaat niet in dit sjabloon", None),
    ("dubbele-scenario-id", "scenario-kopie.yaml", 3, "id", "id 'oefencasus' komt ook voor in ", None),
    ("referentie-onbekende-optie", "referentie.yaml", 13, "stappen/analyse/vragen/signalen/opties/2/id", "'s-oude-buurt' is geen keuzemogelijkheid van deze vraag", None),
    ("referentie-verkeerde-soort", "referentie.yaml", 22, "stappen/analyse/vragen/bron/soort", "een vraag van soort 'choose_one' vraagt een referentie van soort 'keuze', niet 'bereik'", None),
    ("referentie-mist-vraag", "referentie.yaml", 33, "stappen/aanpak/vragen", "de referentie mist vraag 'toelichting' van deze stap", None),
    ("referentie-onbekend-scenario", "referentie.yaml", 3, "scenario", "scenario 'oefencasus-2' bestaat niet in scenarios/", GEEN_REFERENTIE),
    ("beste-niet-geaccepteerd", "referentie.yaml", 18, "stappen/analyse/vragen/fase/beste", "'beste' moet ook in 'accepteer' staan", None),
    ("referentie-versie-1", "referentie.yaml", 1, "schema_version", "'onjuist' is gesplitst in 'niet-van-toepassing' (past niet bij de feiten van deze casus) en 'afgeraden'", GEEN_REFERENTIE),
    ("afgeraden-zonder-bron", "referentie.yaml", 13, "stappen/analyse/vragen/signalen/opties/2", "status 'afgeraden' betekent dat de handreiking het afraadt: geef met 'bron' aan waar", GEEN_REFERENTIE),
    ("categorie-onbekend", "referentie.yaml", 30, "stappen/analyse/vragen/uitspraken/indeling/1/categorie", "'mening' is geen keuzemogelijkheid van deze vraag", None),
    ("regels-buiten-gids", "referentie.yaml", 11, "stappen/analyse/vragen/signalen/opties/0/bron/regels", "regel 4800 bestaat niet: gids 001 heeft 4757 regels", None),
    ("kern-is-interpretatie", "referentie.yaml", 12, "stappen/analyse/vragen/signalen/opties/1/status", "'s-broeit' is 'kern', maar de toelichting noemt het een interpretatie", None),
]
# fmt: on


def content_set(case: str) -> list[Path]:
    """The good files with the case's files swapped in (same name) or added (new name), good files first."""
    replacements = sorted((BAD / case).glob("*.yaml"))
    names = {p.name for p in replacements}
    return [p for p in GOOD_FILES if p.name not in names] + replacements


def shown(problem: Problem) -> str:
    """The problem's file relative to the fixture folder, e.g. 'bad/yaml-syntax/referentie.yaml'."""
    marker = "fixtures/content/"
    file = problem.file.replace("\\", "/")
    assert marker in file, f"unexpected file name {problem.file!r}"
    return file.split(marker, 1)[1]


def listing(problems: list[Problem]) -> str:
    return "\n".join(str(p) for p in problems) or "(geen problemen)"


# --------------------------------------------------------------------------------------------
# The good set
# --------------------------------------------------------------------------------------------


def test_good_set_has_no_problems() -> None:
    library = build_library(GOOD_FILES)
    assert library.problems == [], listing(library.problems)
    assert set(library.methods) == {"oefenmethode"}
    assert set(library.templates) == {"oefensjabloon"}
    assert set(library.scenarios) == {"oefencasus"}
    assert set(library.references) == {"oefencasus"}
    assert set(library.exercises) == {"oefencasus"}  # one variant: the exercise plays under the scenario id


def test_good_set_resolves_every_option_source() -> None:
    exercise = build_library(GOOD_FILES).exercise("oefencasus")
    assert [s.id for s in exercise.steps] == ["analyse", "aanpak"]
    kinds = {q.soort.value for _, q in exercise.questions()}
    assert kinds == {"choose_one", "choose_many", "ordinal", "ranking", "free_text", "records", "classify"}
    ids = {key: [o.id for o in options] for key, options in exercise.options.items()}
    assert ids[("analyse", "signalen")] == ["s-weinig-contact", "s-broeit", "s-volksbuurt"]
    phases = ("rust", "ongemak", "onderhuids", "incidenten")
    assert ids[("analyse", "fase")] == [f"oefenmethode.fasen.{f}" for f in phases]
    # bladeren: the leaves below the list, nested groups flattened (with their label as group)
    assert ids[("analyse", "bron")] == [
        "oefenmethode.bronnen.bewoners.gesprek",
        "oefenmethode.bronnen.bewoners.bijeenkomst",
        "oefenmethode.bronnen.professionals",
        "oefenmethode.bronnen.anders",
    ]
    bron = exercise.options[("analyse", "bron")]
    assert bron[0].groep == "Via buurtbewoners"
    assert bron[-1].open is True
    assert ids[("analyse", "uitspraken")] == ["u-vertrokken", "u-onveilig"]
    assert [o.id for o in exercise.categories[("analyse", "uitspraken")]] == ["waarneming", "oordeel"]
    assert [o.id for o in exercise.field_options[("aanpak", "acties", "wie")]] == ["gemeente", "opbouwwerk"]
    assert exercise.reference is not None


def test_good_files_load_one_by_one() -> None:
    for path in GOOD_FILES:
        loaded = load_file(path)
        assert loaded.problems == [], listing(loaded.problems)
        assert loaded.model is not None
    method = load_file(GOOD / "methode.yaml").model
    assert isinstance(method, MethodFile)
    assert method.onderdelen[1].onderdelen[0].onderdelen[1].id == "bijeenkomst"  # nested items
    template = load_file(GOOD / "sjabloon.yaml").model
    assert isinstance(template, TemplateFile)
    assert template.stappen[1].vragen[1].gewicht == 0.5


def test_load_library_raises_content_error_listing_the_problem() -> None:
    """load_library adds `extra` files to the repo content; a broken one makes it raise, naming the file."""
    broken = BAD / "yaml-syntax" / "referentie.yaml"
    with pytest.raises(ContentError) as info:
        load_library(extra=[broken])
    mine = [p for p in info.value.problems if p.file.replace("\\", "/").endswith("bad/yaml-syntax/referentie.yaml")]
    assert len(mine) == 1
    assert mine[0].line == 18
    assert str(mine[0]) in str(info.value)


# --------------------------------------------------------------------------------------------
# One fault per case
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "file", "line", "path", "message", "follow_up"),
    [pytest.param(*row, id=row[0]) for row in BAD_CASES],
)
def test_bad_case(
    case: str, file: str, line: int | None, path: str, message: str, follow_up: tuple[str, int, str, str] | None
) -> None:
    problems = build_library(content_set(case)).problems
    expected = [(f"bad/{case}/{file}", line, path, message)]
    if follow_up is not None:
        f_file, f_line, f_path, f_message = follow_up
        expected.append((f"good/{f_file}", f_line, f_path, f_message))
    assert len(problems) == len(expected), f"expected {len(expected)} problem(s), got:\n{listing(problems)}"
    for want_file, want_line, want_path, want_message in expected:
        found = [
            p
            for p in problems
            if shown(p) == want_file and p.line == want_line and p.path == want_path and want_message in p.message
        ]
        assert found, (
            f"missing {want_file}:{want_line} @ '{want_path}': ...{want_message}...\ngot:\n{listing(problems)}"
        )


def test_every_bad_folder_is_in_the_table() -> None:
    folders = {p.name for p in BAD.iterdir() if p.is_dir()}
    table = [row[0] for row in BAD_CASES]
    assert len(table) == len(set(table)), "a case appears twice in BAD_CASES"
    assert folders == set(table)
    assert len(folders) >= 18


@pytest.mark.parametrize("case", [row[0] for row in BAD_CASES])
def test_bad_case_holds_one_file_named_after_its_good_original(case: str) -> None:
    files = list((BAD / case).iterdir())
    assert len(files) == 1, files
    bad = files[0]
    original = GOOD / bad.name
    if not original.exists():  # an added file: a verbatim copy of a good file
        assert case == "dubbele-scenario-id"
        original = GOOD / "scenario.yaml"
    bad_text = bad.read_text(encoding="utf-8")
    good_text = original.read_text(encoding="utf-8")
    if case == "leeg-bestand":
        assert bad_text == ""
        return
    # The fault is described on the last line, so the lines above keep their numbers.
    assert bad_text.splitlines()[-1].startswith("# FOUT")
    assert bad_text != good_text


# --------------------------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------------------------


def test_all_faults_of_a_file_are_reported_at_once() -> None:
    loaded = load_file(FIXTURES / "drie-fouten" / "scenario.yaml")
    assert loaded.model is None
    found = sorted((p.line, p.path, p.message) for p in loaded.problems)
    assert len(found) == 3, listing(loaded.problems)
    assert found[0][:2] == (5, "opmerking") and "onbekende sleutel" in found[0][2]
    assert found[1][:2] == (10, "bron") and "moet een lijst zijn" in found[1][2]
    assert found[2][:2] == (13, "signalen/1/id") and "ongeldige waarde 's Broeit'" in found[2][2]


def test_problem_str_shows_file_line_path_and_message() -> None:
    [problem] = build_library(content_set("onbekende-verwijzing")).problems
    text = str(problem)
    assert text == f"{problem.file}:20 @ 'onderdelen/1/verwijst/0': {problem.message}"
    assert text.endswith(
        "/methode.yaml:20 @ 'onderdelen/1/verwijst/0': 'oefenmethode.faze' bestaat niet in de methodes; controleer de id"
    )


def test_duplicate_file_id_names_the_other_file() -> None:
    [problem] = build_library(content_set("dubbele-scenario-id")).problems
    assert problem.message.replace("\\", "/").endswith("fixtures/content/good/scenario.yaml")


def test_problem_str_without_line_or_path() -> None:
    assert str(Problem("a.yaml", None, "", "leeg")) == "a.yaml: leeg"
    assert str(Problem("a.yaml", 3, "", "kapot")) == "a.yaml:3: kapot"
    assert str(Problem("a.yaml", None, "id", "fout")) == "a.yaml @ 'id': fout"


def test_content_error_lists_every_problem() -> None:
    problems = build_library(content_set("referentie-onbekend-scenario")).problems
    error = ContentError(problems)
    assert error.problems == problems
    assert str(error).splitlines() == [str(p) for p in problems]


def test_unreadable_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    missing = tmp_path / "bestaat-niet.yaml"
    not_utf8 = tmp_path / "latin1.yaml"
    not_utf8.write_bytes("titel: 'caf\xe9'\n".encode("latin-1"))
    for path in (missing, not_utf8):
        [problem] = load_file(path).problems
        assert problem.message.startswith("bestand niet te lezen:")
        assert problem.line is None


# --------------------------------------------------------------------------------------------
# Regressions: bugs found by these tests and fixed in the kit
# --------------------------------------------------------------------------------------------


def copy_good(folder: Path, changes: dict[str, list[tuple[str, str]]]) -> list[Path]:
    """The good set written to `folder`, with text replacements (each must match exactly once) per file."""
    paths = []
    for path in GOOD_FILES:
        text = path.read_text(encoding="utf-8")
        for old, new in changes.get(path.name, []):
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        paths.append(folder / path.name)
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def test_question_id_equal_to_a_reference_soort_stays_in_the_path(tmp_path: Path) -> None:
    paths = copy_good(
        tmp_path,
        {
            "sjabloon.yaml": [("      - id: fase\n", "      - id: bereik\n")],
            "referentie.yaml": [
                ("      fase:\n", "      bereik:\n"),
                ("beste: oefenmethode.fasen.onderhuids", "beste: 12"),
            ],
        },
    )
    problems = [p for p in build_library(paths).problems if p.file.endswith("referentie.yaml")]
    assert [(p.line, p.path) for p in problems] == [(18, "stappen/analyse/vragen/bereik/beste")], listing(problems)


def test_two_templates_for_one_type_do_not_overwrite_each_other(tmp_path: Path) -> None:
    paths = copy_good(tmp_path, {})
    second = tmp_path / "sjabloon-2.yaml"
    second.write_text(
        (GOOD / "sjabloon.yaml").read_text(encoding="utf-8").replace("id: oefensjabloon", "id: tweede-sjabloon"),
        encoding="utf-8",
    )
    library = build_library([*paths, second])
    # two one-variant templates would make the same exercise id: the clash is reported, not overwritten
    assert sorted(library.exercises) == ["oefencasus"]
    [problem] = library.problems
    assert (Path(problem.file).name, problem.line, problem.path) == ("scenario.yaml", 4, "type")
    assert problem.message.startswith("oefening 'oefencasus' ontstaat twee keer: twee sjablonen met één variant")


def test_enum_message_is_dutch_throughout() -> None:
    [problem, _] = build_library(content_set("onbekende-vraagsoort")).problems
    assert " or " not in problem.message
    assert problem.message.endswith("'classify' of 'timeline'")


def test_more_kern_options_than_max_keuzes_is_allowed(tmp_path: Path) -> None:
    """Equally fitting alternatives may all be kern: the heaviest max_keuzes make a full answer (scoring)."""
    template = (GOOD / "sjabloon.yaml").read_text(encoding="utf-8")
    limited = template.replace("opties: {scenario: signalen}\n", "opties: {scenario: signalen}\n        max_keuzes: 1\n", 1)
    assert limited != template
    (tmp_path / "sjabloon.yaml").write_text(limited, encoding="utf-8")
    paths = [p for p in GOOD_FILES if p.name != "sjabloon.yaml"] + [tmp_path / "sjabloon.yaml"]
    assert build_library(paths).problems == []


def test_a_step_showing_the_policy_sheet_needs_one_in_the_scenario(tmp_path: Path) -> None:
    template = (GOOD / "sjabloon.yaml").read_text(encoding="utf-8")
    with_sheet = template.replace("    instructie: \"Kies een aanpak en maak haar concreet.\"\n", "    instructie: \"Kies een aanpak en maak haar concreet.\"\n    beleid: true\n", 1)
    assert with_sheet != template
    (tmp_path / "sjabloon.yaml").write_text(with_sheet, encoding="utf-8")
    paths = [p for p in GOOD_FILES if p.name != "sjabloon.yaml"] + [tmp_path / "sjabloon.yaml"]
    library = build_library(paths)
    # a warning, not a problem: the step plays without the sheet until it is filled in (a migrated own case)
    assert library.problems == []
    assert [(shown(p), p.path) for p in library.warnings] == [("good/scenario.yaml", "beleid")]
    assert "vul 'beleid' in" in library.warnings[0].message


def test_a_synonym_without_a_word_of_meaning_is_refused(tmp_path: Path) -> None:
    """'vragen de' or 'op de hoogte' matches nearly any text: it would hand out the concept for nothing."""
    paths = copy_good(
        tmp_path, {"referentie.yaml": [("synoniemen: [contact, kennismaken]", "synoniemen: [contact, vragen de, op de hoogte, kennismaken]")]}
    )
    problems = build_library(paths).problems
    assert [p.path for p in problems] == [
        "stappen/aanpak/vragen/toelichting/begrippen/0/synoniemen/1",
        "stappen/aanpak/vragen/toelichting/begrippen/0/synoniemen/2",
    ], listing(problems)
    assert "synoniem 'vragen de' draagt geen eigen betekenis" in problems[0].message


def test_the_id_of_geen_van_deze_is_reserved(tmp_path: Path) -> None:
    """An option of its own called 'geen' would be read as 'geen van deze' in the feedback and the widget."""
    paths = copy_good(tmp_path, {"sjabloon.yaml": [('{id: oordeel, label: "Oordeel"}', '{id: geen, label: "Oordeel"}')]})
    problems = [p for p in build_library(paths).problems if p.file.endswith("sjabloon.yaml")]
    assert [p.path for p in problems] == ["stappen/0/vragen/3/categorieen/items/1/id"], listing(problems)
    assert "id 'geen' is gereserveerd voor 'geen van deze'" in problems[0].message


def test_the_library_has_no_option_with_the_reserved_id_outside_geen_van_deze() -> None:
    library = load_library()
    for exercise in library.exercises.values():
        for step, question in exercise.questions():
            if question.opties is not None and not question.opties.geen:
                ids = {o.id for o in exercise.options.get((step.id, question.id), ())}
                assert "geen" not in ids, (exercise.id, step.id, question.id)
