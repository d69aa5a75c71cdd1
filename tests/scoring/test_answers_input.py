"""Issue 11.6: answers files and widget input never crash the scorer: a Dutch error with the path instead."""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.answers_io import MAX_TEXT, check_answers, read_answers_file
from kit.content.library import Library, load_library
from kit.errors import AnswerError
from kit.scoring.engine import score_exercise, score_step

LIBRARY: Library = load_library()
CASUS = LIBRARY.exercise("casus-1")
FASE = "stappenplan.fasen.onderhuidse-spanningen"


def deep(levels: int) -> Any:
    value: Any = []
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ({"stap-2-5": {"oorzaken": [{"a": 1}]}}, "Stap 'stap-2-5', vraag 'oorzaken'"),
        ({"stap-2-5": {"oorzaken": [["stappenplan.oorzaken.a"]]}}, "Stap 'stap-2-5', vraag 'oorzaken'"),
        ({"stap-2-2": {"fase": {"id": FASE}}}, "Stap 'stap-2-2', vraag 'fase'"),
        ({"stap-2-2": {"fase": [FASE]}}, "Stap 'stap-2-2', vraag 'fase'"),
        ({"stap-2-5": {"oorzaken": deep(100_000)}}, "vraag 'oorzaken'"),
        ({"stap-2-2": {"fase": int("9" * 4000) ** 2}}, "Stap 'stap-2-2', vraag 'fase'"),
        ({"stap-2-2": {"toelichting": "x" * (MAX_TEXT + 1)}}, f"hoogstens {MAX_TEXT} tekens"),
        ({"stap-2-2": {"toelichting": {"nested": "x"}}}, "verwacht tekst"),
    ],
)
def test_bad_values_get_a_dutch_message_with_the_path(answers: dict[str, Any], fragment: str) -> None:
    with pytest.raises(AnswerError, match=fragment) as caught:
        check_answers(CASUS, answers)
    assert len(str(caught.value)) < 400  # a bad value is quoted short


def test_nested_objects_in_record_fields_and_classify_values_are_refused() -> None:
    seen = set()
    for exercise in LIBRARY.exercises.values():
        for step in exercise.steps:
            for question in step.vragen:
                if question.soort.value == "records":
                    field = question.velden[0].id
                    with pytest.raises(AnswerError, match=f"vraag '{question.id}'"):
                        check_answers(exercise, {step.id: {question.id: [{field: {"x": 1}}]}})
                    with pytest.raises(AnswerError, match=f"vraag '{question.id}'"):
                        check_answers(exercise, {step.id: {question.id: [{field: "x" * (MAX_TEXT + 1)}]}})
                if question.soort.value == "classify":
                    statement = exercise.options[(step.id, question.id)][0].id
                    with pytest.raises(AnswerError, match=f"vraag '{question.id}'"):
                        check_answers(exercise, {step.id: {question.id: {statement: ["a"]}}})
                seen.add(question.soort.value)
    assert {"records", "classify"} <= seen


def answers_file(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "antwoorden.json"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[" * 100_000 + "]" * 100_000, "te diep genest"),
        ('{"antwoorden": {"stap-1": {"x": ' + "9" * 5000 + "}}}", "getal"),
        ('{"schema_version": ' + "9" * 5000 + ', "antwoorden": {}}', "getal"),
        ('{"antwoorden": ' + "[" * 50_000 + "]" * 50_000 + "}", "te diep genest"),
    ],
)
def test_hostile_answers_files_get_a_dutch_error(tmp_path: Path, text: str, fragment: str) -> None:
    started = time.monotonic()
    with pytest.raises(AnswerError, match=fragment) as caught:
        read_answers_file(answers_file(tmp_path, text))
    assert "antwoorden.json" in str(caught.value) and len(str(caught.value)) < 400
    assert time.monotonic() - started < 5


def test_a_huge_answers_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = answers_file(tmp_path, b" " * (11 * 1024 * 1024) + b"{}")
    with pytest.raises(AnswerError, match="te groot"):
        read_answers_file(path)


OPTION_IDS = sorted(
    {o.id for opts in CASUS.options.values() for o in opts} | {c.id for cs in CASUS.categories.values() for c in cs}
)
KEYS = st.text(max_size=12) | st.sampled_from(OPTION_IDS)
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(OPTION_IDS),  # so random values also get past the first checks
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=4),
    max_leaves=30,
)
STEP_IDS = st.sampled_from([s.id for s in CASUS.steps] + ["stap-9"])
QUESTION_IDS = st.sampled_from([*sorted({q.id for s in CASUS.steps for q in s.vragen}), "kleur"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(STEP_IDS, st.dictionaries(QUESTION_IDS, JSON, max_size=4) | JSON, max_size=4))
def test_random_json_answers_raise_nothing_but_answer_error(answers: dict[str, Any]) -> None:
    with contextlib.suppress(AnswerError):
        score_exercise(CASUS, answers)


@settings(max_examples=200, deadline=None)
@given(JSON)
def test_random_json_files_raise_nothing_but_answer_error(data: Any) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        try:
            _, answers = read_answers_file(path)
            score_exercise(CASUS, answers)
        except AnswerError:
            pass


def test_score_step_checks_widget_input_the_same_way() -> None:
    with pytest.raises(AnswerError, match="vraag 'oorzaken'"):
        score_step(CASUS, "stap-2-5", {"oorzaken": [{"a": 1}]})


def test_a_huge_number_inside_a_bad_value_is_quoted_by_its_size() -> None:
    with pytest.raises(AnswerError, match="keuze 1"):
        check_answers(CASUS, {"stap-2-5": {"oorzaken": [{"a": int("9" * 4000) ** 2}]}})
    with pytest.raises(AnswerError, match="cijfers"):
        check_answers(CASUS, {"stap-2-2": {"toelichting": int("9" * 4000) ** 2}})
