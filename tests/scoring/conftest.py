"""Start every test session with empty scoring caches.

The scorers memoise text analysis, citations, copied material, stance patterns and fitted references. A
mutation run (`make mutate`) forks each mutant's test run from a process that already ran the clean tests;
inherited caches would hand the mutant the unmutated results, so mutants of cached functions (fold, stem,
cite, shingles, compile_phrase ...) would survive whatever the tests check.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

import pytest

import kit.scoring
from kit.content.library import Library, load_library
from kit.scoring import copied, engine, freetext, verb_forms

# built once per exercise / concept list, and the verb table opened once per process
MEMOS = (engine._SETUPS, freetext._COMPILED, copied._MATERIAL, verb_forms._OPENED)


@functools.cache
def _loaded() -> Library:
    """Loaded once per process, in a fixture rather than at import: mutmut's check that a failing mutant
    fails the tests makes every mutated function raise, and a raise while importing this conftest stops
    pytest with a usage error instead of failed tests."""
    return load_library()


@pytest.fixture(scope="session")
def library() -> Library:
    return _loaded()


@pytest.fixture(scope="session", autouse=True)
def _empty_scoring_caches() -> None:
    for info in pkgutil.iter_modules(kit.scoring.__path__, "kit.scoring."):
        for value in vars(importlib.import_module(info.name)).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    for memo in MEMOS:
        memo.clear()
