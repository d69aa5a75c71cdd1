"""Dutch everywhere: counts agree with their number, no doubled punctuation, "je" and not "u"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kit.content.library import load_library
from kit.plural import DEELNEMER, HEEFT, IS, REGEL, STAP, count, form
from kit.scoring.engine import score_exercise
from kit.scoring.model_answers import model_answers
from kit.scoring.texts import tidy

KIT = Path(__file__).resolve().parents[2] / "kit"
USER_TEXTS = [
    KIT / "ui" / "texts.py",
    KIT / "ui" / "facilitator_texts.py",
    KIT / "reports" / "texts.py",
    KIT / "scoring" / "texts.py",
    KIT / "store" / "messages.py",
    KIT / "content" / "messages.py",
]


def test_counts_take_the_singular_only_for_one() -> None:
    assert f"{count(1, DEELNEMER)} {form(1, HEEFT)}" == "1 deelnemer heeft"
    assert f"{count(2, DEELNEMER)} {form(2, HEEFT)}" == "2 deelnemers hebben"
    assert count(1, STAP) == "1 stap" and count(0, STAP) == "0 stappen"
    assert f"1 van de 4 verwachte {form(4, REGEL)} {form(1, IS)} ingevuld" == "1 van de 4 verwachte regels is ingevuld"


@pytest.mark.parametrize(
    ("text", "tidied"),
    [("Gemist: Waarom?.", "Gemist: Waarom?"), ("Goed: namelijk ....", "Goed: namelijk ..."), ("Goed: a.", "Goed: a.")],
)
def test_a_label_ending_in_punctuation_gets_no_second_mark(text: str, tidied: str) -> None:
    assert tidy(text) == tidied


def test_feedback_of_every_exercise_has_no_doubled_punctuation() -> None:
    library = load_library()
    for exercise in library.exercises.values():
        for answers in (model_answers(exercise), {}):
            for step in score_exercise(exercise, answers).to_dict()["steps"]:
                for question in step["questions"]:
                    for item in question["feedback"]:
                        text = item["tekst"]
                        assert not re.search(r"[?!]\.|''|[^.]\.\.$|\.{4}$", text), f"{exercise.id}: {text}"


def test_user_texts_say_je_not_u() -> None:
    for path in USER_TEXTS:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            assert not re.search(r"\b([Uu]w|U)\b|\bu\b", line), f"{path.name}:{number}: {line.strip()}"
    for method in (KIT / "methods").glob("*.yaml"):
        for number, line in enumerate(method.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip().startswith("uitleg:"):
                assert not re.search(r"\b([Uu]w|U|u)\b", line), f"{method.name}:{number}: {line.strip()[:80]}"


def test_one_word_for_the_person_who_leads_the_workshop() -> None:
    for path in USER_TEXTS:
        assert "begeleider" not in path.read_text(encoding="utf-8"), path.name


def _all_user_texts() -> list[tuple[str, str]]:
    """Every string of every text table (the *texts.py modules and the store's and content's messages)."""
    import importlib

    from tests.content.spelling_support import TEXT_MODULES, _strings

    found: list[tuple[str, str]] = []
    for name in (*TEXT_MODULES, "kit.content.messages", "kit.store.messages"):
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if attribute.isupper():
                found += list(_strings(value, f"{name}.{attribute}"))
    return found


ENGLISH = re.compile(r"\b(?:after-action|review|the|please|click|submit|report|failed|loading|error)\b", re.I)
MAYBE_PLURAL = re.compile(r"\w\((?:s|en|n|'s)\)")


def test_no_text_hedges_a_plural_or_slips_into_english() -> None:
    """'1 tafel(s)', 'fout(en)', 'after-action review': counts go through kit/plural.py, the words are Dutch."""
    import kit.plural as plural

    verbs = {"HEEFT", "IS", "TELT", "LEVERDE"}  # "{count} zijn" is fine: the noun was counted before it
    plurals = {
        forms[1]
        for name, forms in vars(plural).items()
        if name.isupper() and name not in verbs and isinstance(forms, tuple) and len(forms) == 2
    }
    counted = re.compile(r"\{\w+\} (" + "|".join(sorted(map(re.escape, plurals))) + r")\b")
    texts = _all_user_texts()
    assert len(texts) > 300
    problems = [
        f"{place}: {text[:100]}"
        for place, text in texts
        if MAYBE_PLURAL.search(text) or ENGLISH.search(re.sub(r"\{\w*\}", "", text)) or counted.search(text)
    ]
    assert not problems, "\n".join(problems)
