"""Where the Dutch stemmer comes from: snowballstemmer's own (PyStemmer installed) or its Dutch module alone.

kit.scoring.stems builds its stemmer once at import; these build it again, both ways, so that `make mutate`
sees what `dutch_stemmer_factory` does (test_verb_forms.py compares the stems over the whole vocabulary).
"""

from __future__ import annotations

import importlib.util
import sys
from typing import Any

import pytest

from kit.scoring import dutch_stemmer
from kit.scoring.dutch_stemmer import PRIVATE, dutch_stemmer_factory


def test_with_pystemmer_installed_snowballstemmer_hands_out_the_stemmer(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    pystemmer = real("json")  # any spec: only whether PyStemmer is there matters

    def find_spec(name: str, *args: Any) -> Any:
        return pystemmer if name == "Stemmer" else real(name, *args)

    monkeypatch.setattr(dutch_stemmer.importlib.util, "find_spec", find_spec)
    stemmer = dutch_stemmer_factory()()
    assert type(stemmer).__module__.startswith("snowballstemmer.")
    assert stemmer.stemWord("jongeren") == "jonger"


def test_without_it_the_dutch_module_is_loaded_alone_under_a_private_name(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in sys.modules if n == PRIVATE or n.startswith(PRIVATE + ".")]:
        monkeypatch.delitem(sys.modules, name)
    stemmer = dutch_stemmer_factory()()
    assert type(stemmer).__module__ == PRIVATE + ".dutch_stemmer"
    assert stemmer.stemWord("jongeren") == "jonger"
    package = sys.modules[PRIVATE]
    assert package.__name__ == PRIVATE
    spec = importlib.util.find_spec("snowballstemmer")
    assert spec is not None and package.__path__ == list(spec.submodule_search_locations or [])
    again = dutch_stemmer_factory()  # the private package is made once
    assert sys.modules[PRIVATE] is package and type(again()) is type(stemmer)


def test_without_snowballstemmer_the_kit_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any) -> Any:
        return None if name in ("Stemmer", "snowballstemmer") else real(name, *args)

    monkeypatch.setattr(dutch_stemmer.importlib.util, "find_spec", find_spec)
    with pytest.raises(ImportError, match=r"^snowballstemmer is not installed$"):
        dutch_stemmer_factory()
