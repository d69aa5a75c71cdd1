"""snowballstemmer's Dutch stemmer without its 30 other languages.

`import snowballstemmer` imports every language's stemmer module: 3.3 MB in every participant kernel,
of which the scorer uses the Dutch one only (issue 22). Its modules (dutch_stemmer.py with basestemmer.py
and among.py, which it imports relatively) are loaded here from the installed package's own folder under a
private package name, so the code is the same and the real `snowballstemmer` stays untouched for anyone
who imports it. With PyStemmer installed, snowballstemmer hands out PyStemmer's C stemmers instead; then
this asks snowballstemmer itself, as before. tests/scoring/test_verb_forms.py compares the stems.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from collections.abc import Callable
from typing import Any

PRIVATE = "kit.scoring._snowball"


def dutch_stemmer_factory() -> Callable[[], Any]:
    """A function that makes a Dutch stemmer (one per thread: an instance keeps its word in itself)."""
    if importlib.util.find_spec("Stemmer") is not None:
        import snowballstemmer

        return lambda: snowballstemmer.stemmer("dutch")
    spec = importlib.util.find_spec("snowballstemmer")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("snowballstemmer is not installed")
    if PRIVATE not in sys.modules:
        package = types.ModuleType(PRIVATE, "snowballstemmer's folder, for its Dutch stemmer alone")
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules[PRIVATE] = package
    stemmer: Callable[[], Any] = importlib.import_module(PRIVATE + ".dutch_stemmer").DutchStemmer
    return stemmer
