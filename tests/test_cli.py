"""`python -m kit ...`: validate, list, schema and score, called through kit.cli.main (fast) and once as a process."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kit.cli import main
from kit.content.library import build_library, default_paths, load_library
from kit.scoring.engine import score_exercise

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "tests" / "fixtures" / "content"
BROKEN = CONTENT / "bad" / "yaml-syntax" / "referentie.yaml"  # a syntax error on line 18
ANSWERS = ROOT / "tests" / "fixtures" / "answers"


def test_validate_repo_content(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert out.startswith("In orde: ")
    assert re.search(r"\d+ methodes, \d+ scenario's, \d+ oefeningen\.", out)


@pytest.mark.parametrize("given", [BROKEN, BROKEN.parent], ids=["file", "folder"])
def test_validate_bad_path_exits_1_and_names_file_and_line(given: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(given)])
    out, err = capsys.readouterr()
    assert code == 1
    assert re.search(r"bad/yaml-syntax/referentie\.yaml:18: geen geldige YAML", out.replace("\\", "/")), out
    assert re.fullmatch(r"1 probleem gevonden\.|[02-9]\d* problemen gevonden\.", err.strip()), err
    assert "Traceback" not in out + err


def test_validate_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(tmp_path / "bestaat-niet.yaml")])
    _, err = capsys.readouterr()
    assert code == 1
    assert "bestaat niet" in err


def test_list_prints_every_exercise_id(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["list"])
    out, err = capsys.readouterr()
    assert code == 0, err
    printed = [line.split("\t")[0] for line in out.splitlines()]
    assert printed == sorted(build_library(default_paths()).exercises)
    assert all("\t" in line for line in out.splitlines())


def test_schema_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["schema"])
    out, _ = capsys.readouterr()
    assert code == 0
    schema = json.loads(out)
    assert {"MethodFile", "TemplateFile", "ScenarioFile", "AnswerFile"} <= set(schema["$defs"])


def test_score_known_exercise_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["score", "casus-1", str(ANSWERS / "casus-1-sterk.json")])
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    assert result["exercise"] == "casus-1"
    exercise = load_library().exercise("casus-1")
    answers = json.loads((ANSWERS / "casus-1-sterk.json").read_text(encoding="utf-8"))["antwoorden"]
    expected = json.loads(json.dumps(score_exercise(exercise, answers).to_dict()))
    assert result == expected  # the CLI prints the scorer's result
    assert [s["step"] for s in result["steps"]] == [s.id for s in exercise.steps]
    # A strong answer with a few misses; since round 3 (docs/review-log.md, items 1-3) its A+B at step 2.7
    # and its media trigger are misses too, so it scores about 0.78.
    assert 0.75 < result["total"] < 1.0, result["total"]


def test_score_unknown_exercise_exits_1_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["score", "bestaat-niet", str(ANSWERS / "casus-1-sterk.json")])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.startswith("Fout: Onbekende oefening 'bestaat-niet'. Bekend: ")
    assert "casus-1" in err
    assert "Traceback" not in err


def test_score_answers_of_another_exercise_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["score", "casus-2", str(ANSWERS / "casus-1-sterk.json")])
    _, err = capsys.readouterr()
    assert code == 1
    assert "de antwoorden horen bij 'casus-1', niet bij 'casus-2'" in err


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    assert "usage: python -m kit" in capsys.readouterr().err


def test_python_dash_m_kit_validate_as_a_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kit", "validate", str(BROKEN)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "tests/fixtures/content/bad/yaml-syntax/referentie.yaml:18: geen geldige YAML" in done.stdout
    assert "Traceback" not in done.stderr
