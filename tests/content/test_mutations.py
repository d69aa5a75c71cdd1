"""Property test: whatever an author does to a content file, validation reports problems and never crashes.

Hypothesis takes the good fixture set, damages one file (delete a key, change a value's type, add an
unknown key, duplicate a list item, cut the text short, replace a character) and builds the library.
`build_library` collects problems instead of raising, so any exception at all is a bug in the kit.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.content.library import build_library
from kit.content.yamlsource import load_with_lines
from kit.errors import Problem

GOOD = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "good"
TEXTS = {p.name: p.read_text(encoding="utf-8") for p in sorted(GOOD.glob("*.yaml"))}
DATA = {name: yaml.safe_load(text) for name, text in TEXTS.items()}

Location = tuple[str | int, ...]

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["", " ", "choose_one", "keuze", "kern", "casus", "oefenmethode.fasen", "s-broeit", "1", "nee"]),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=3),
    st.dictionaries(st.text(min_size=1, max_size=10), SCALARS, max_size=3),
)


def locations(data: Any, here: Location = ()) -> list[Location]:
    """Every location inside the data, depth first (the root is `()`)."""
    found = [here]
    if isinstance(data, dict):
        for key, value in data.items():
            found += locations(value, (*here, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += locations(value, (*here, index))
    return found


def get(data: Any, where: Location) -> Any:
    for part in where:
        data = data[part]
    return data


def copy(data: Any) -> Any:
    return yaml.safe_load(yaml.safe_dump(data, allow_unicode=True))


@st.composite
def mutated_files(draw: st.DrawFn) -> tuple[str, str, str]:
    """(file name, mutation, new text) for one damaged file of the good set."""
    name = draw(st.sampled_from(sorted(TEXTS)))
    text = TEXTS[name]
    mutation = draw(
        st.sampled_from(["delete_key", "change_type", "unknown_key", "duplicate_item", "truncate", "replace_char"])
    )
    if mutation == "truncate":
        return name, mutation, text[: draw(st.integers(0, len(text)))]
    if mutation == "replace_char":
        index = draw(st.integers(0, len(text) - 1))
        char = draw(st.one_of(st.characters(), st.sampled_from(list(":-[]{}#&*!|>'\"%@` \t\n"))))
        return name, mutation, text[:index] + char + text[index + 1 :]
    data = copy(DATA[name])
    every = locations(data)
    if mutation == "delete_key":
        where = draw(st.sampled_from([w for w in every if w and isinstance(get(data, w[:-1]), dict)]))
        del get(data, where[:-1])[where[-1]]
    elif mutation == "change_type":
        where = draw(st.sampled_from([w for w in every if w]))
        get(data, where[:-1])[where[-1]] = draw(VALUES)
    elif mutation == "unknown_key":
        where = draw(st.sampled_from([w for w in every if isinstance(get(data, w), dict)]))
        key = draw(st.one_of(st.text(min_size=1, max_size=12), st.sampled_from(["gewigt", "Id", "soort ", "labels"])))
        get(data, where)[key] = draw(VALUES)
    else:  # duplicate_item
        where = draw(st.sampled_from([w for w in every if isinstance(get(data, w), list) and get(data, w)]))
        items = get(data, where)
        index = draw(st.integers(0, len(items) - 1))
        items.insert(index, copy(items[index]))
    return name, mutation, yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def check_problems(problems: list[Problem], texts: dict[str, str]) -> None:
    for problem in problems:
        assert isinstance(problem, Problem)
        assert isinstance(problem.message, str) and problem.message
        assert isinstance(problem.path, str)
        name = Path(problem.file).name
        assert name in texts, problem
        if problem.line is not None:
            # libyaml puts an error at the end of the stream on the line after the last one (see report)
            assert 1 <= problem.line <= texts[name].count("\n") + 2, problem
        str(problem)  # never raises


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_files())
def test_damaged_content_never_crashes_validation(damage: tuple[str, str, str]) -> None:
    name, _mutation, new_text = damage
    texts = {**TEXTS, name: new_text}
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for file_name, text in texts.items():
            path = Path(folder) / file_name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        library = build_library(paths)  # must not raise: problems are collected, not thrown
        check_problems(library.problems, texts)
    if new_text == TEXTS[name]:
        assert library.problems == []


def test_mutation_helpers_reach_every_location() -> None:
    """Sanity check of the test itself: the good data has nested dicts and lists to damage."""
    every = locations(DATA["sjabloon.yaml"])
    assert ("stappen", 1, "vragen", 2, "velden", 1, "opties", "items", 0, "id") in every
    assert get(DATA["sjabloon.yaml"], ("stappen", 0, "id")) == "analyse"


def test_self_referencing_alias_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """In a full good set, only the alias's key is reported (and the file that then misses its scenario)."""
    paths = []
    for name, text in TEXTS.items():
        path = tmp_path / name
        path.write_text(text + ("extra: &lus [*lus]\n" if name == "scenario.yaml" else ""), encoding="utf-8")
        paths.append(path)
    problems = build_library(paths).problems
    located = [(Path(p.file).name, p.line, p.path) for p in problems]
    assert located == [("scenario.yaml", 18, "extra"), ("referentie.yaml", 3, "scenario")]
    assert problems[0].message == "onbekende sleutel (typfout?); verwijder of hernoem hem"


def test_load_with_lines_survives_a_self_referencing_alias() -> None:
    data, lines = load_with_lines("a: &lus [*lus]\n")
    assert list(data) == ["a"] and data["a"][0] is data["a"]  # the alias points at its own list
    assert lines == {(): 1, ("a",): 1, ("a", 0): 1}
