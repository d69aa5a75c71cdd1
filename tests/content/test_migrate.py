"""`python -m kit migrate`: version 1 references become version 2, layout kept, nothing else touched."""

from __future__ import annotations

import shutil
from pathlib import Path

from kit.cli import main
from kit.content.loader import load_file
from kit.content.migrate import migrate_text
from kit.content.models import AnswerFile, Status

OLD = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "bad" / "referentie-versie-1" / "referentie.yaml"


def test_an_old_reference_is_converted_to_not_applicable_and_keeps_its_layout() -> None:
    old = OLD.read_text(encoding="utf-8")
    new, converted = migrate_text(old)
    assert converted == 1
    assert new.splitlines()[0] == "schema_version: 2"
    assert 'status: niet-van-toepassing, toelichting: "Het type buurt is achtergrond."' in new
    assert "onjuist" not in new.split("# FOUT")[0]
    assert len(new.splitlines()) == len(old.splitlines())
    # every other line is untouched
    changed = [(a, b) for a, b in zip(old.splitlines(), new.splitlines(), strict=True) if a != b]
    assert len(changed) == 2


def test_other_files_and_new_references_are_left_alone() -> None:
    scenario = "schema_version: 1\nsoort: scenario\nid: x\n"
    assert migrate_text(scenario) == (scenario, 0)
    current = "schema_version: 2\nsoort: referentie\n  - {id: a, status: onjuist}\n"
    assert migrate_text(current) == (current, 0)
    quoted = "schema_version: 1\nsoort: referentie\n  - id: a\n    status: 'onjuist'  # oud\n"
    expected = "schema_version: 2\nsoort: referentie\n  - id: a\n    status: niet-van-toepassing  # oud\n"
    assert migrate_text(quoted) == (expected, 1)


def test_the_command_converts_a_folder_and_the_result_loads(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "answers"
    target.mkdir()
    shutil.copy(OLD, target / "referentie.yaml")
    assert load_file(target / "referentie.yaml").problems
    assert main(["migrate", str(target)]) == 0
    assert "1 keer 'onjuist'" in capsys.readouterr().out
    loaded = load_file(target / "referentie.yaml")
    assert loaded.problems == []
    assert isinstance(loaded.model, AnswerFile)
    verdicts = loaded.model.stappen["analyse"].vragen["signalen"].opties  # type: ignore[union-attr]
    assert [v.status for v in verdicts] == [Status.kern, Status.kern, Status.niet_van_toepassing]
    assert main(["migrate", str(tmp_path / "nergens")]) == 1
