"""The verb table gives simplemma's answers: regenerated from the installed simplemma it is the shipped file,
and every word of the guides, scenarios, model answers, content and calibration sets gets the same lemma
(and the same stem from the Dutch stemmer loaded alone as from snowballstemmer)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.defaultrules.nl import apply_nl

from kit.scoring import verb_forms
from kit.scoring.stems import fold
from tools.verb_forms import table_text

ROOT = Path(__file__).resolve().parents[2]
TOKEN = re.compile(r"[a-z0-9]+")


def guides() -> list[Path]:
    """The text versions of the two guides, where this checkout has them (not in CI)."""
    places = [os.environ.get("KIT_GUIDES", ""), ROOT.parent / "shared" / "seeds", "/work/shared/seeds"]
    for place in places:
        if place and Path(place).is_dir():
            return sorted(Path(place).glob("*.txt"))
    return []


def vocabulary() -> set[str]:
    """Every folded word of the scenarios, answers, kit content, docs, calibration sets and the guides."""
    files = [*guides(), *ROOT.glob("scenarios/**/*.yaml"), *ROOT.glob("answers/**/*.yaml")]
    files += [*ROOT.glob("kit/**/*.yaml"), *ROOT.glob("docs/*.md"), *ROOT.glob("tests/calibration/**/*.json")]
    words: set[str] = set()
    for file in files:
        words.update(TOKEN.findall(fold(file.read_text(encoding="utf-8"))))
    return words


@pytest.fixture(scope="module")
def words() -> set[str]:
    found = vocabulary()
    assert len(found) > 8000  # scenarios, answers and calibration sets alone hold more
    return found


def simplemma_lemma(word: str) -> str:
    """What kit.scoring.stems.verb_lemma gave before the table: simplemma's lemma when it is an infinitive."""
    return verb_forms.infinitive(str(simplemma.lemmatize(word, lang="nl")))


def test_the_shipped_table_is_what_simplemma_gives_now() -> None:
    assert table_text() == verb_forms.TABLE.read_text(encoding="ascii"), "run: python tools/verb_forms.py"


def test_every_word_of_the_content_and_guides_gets_simplemmas_lemma(words: set[str]) -> None:
    differ = sorted(w for w in words if verb_forms.verb_lemma(w) != simplemma_lemma(w))
    assert differ == []
    from_table = [w for w in words if verb_forms.lookup(w)]
    assert len(from_table) > 1000  # the check covers many forms the table answers, not only unknown words


def test_words_simplemma_does_not_know_follow_its_rules(words: set[str]) -> None:
    made_up = ["blorken", "geblorkt", "verzorgingsheden", "schedenheden", "kapperijen", "pluimvlijen", "x", "12en"]
    made_up += [w + "heden" for w in ("blork", "wijkveilig")] + [w + "ijen" for w in ("schoenmak", "bevr")]
    for word in [*sorted(words), *made_up]:
        assert verb_forms._rule(word) == apply_nl(word), word
    for word in made_up:
        assert verb_forms.verb_lemma(word) == simplemma_lemma(word), word


def test_the_search_finds_every_line_of_the_table() -> None:
    lines = verb_forms.TABLE.read_text(encoding="ascii").splitlines()[1:]
    for line in lines[::7] + lines[-3:]:
        form, lemma = line.split("\t")
        assert verb_forms.lookup(form) == lemma, form
        assert verb_forms.lookup(form + "q") is None and verb_forms.lookup(form[:-1] + "~") is None


def test_the_dutch_stemmer_alone_stems_as_snowballstemmer(words: set[str]) -> None:
    import snowballstemmer

    from kit.scoring.dutch_stemmer import dutch_stemmer_factory

    alone, full = dutch_stemmer_factory()(), snowballstemmer.stemmer("dutch")
    assert type(alone).__module__ != type(full).__module__  # the private copy, not the package's module
    assert [w for w in sorted(words) if alone.stemWord(w) != full.stemWord(w)] == []


def test_known_forms() -> None:
    assert verb_forms.verb_lemma("gesloten") == "sluiten" == verb_forms.verb_lemma("sluit")
    assert verb_forms.verb_lemma("gehoord") == "horen"
    assert verb_forms.verb_lemma("jongeren") == ""  # a noun: its lemma is 'jong'
    assert verb_forms.verb_lemma("wijkagent") == ""
    assert verb_forms.verb_lemma("geïrriteerd") == simplemma_lemma("geïrriteerd")  # not a folded word: simplemma
    assert verb_forms.lookup("aaaa") is None and verb_forms.lookup("zzzzzzzz") is None
    assert verb_forms.lookup("#") is None  # the header line is no form
