"""Start every test session with empty scoring caches.

The scorers memoise text analysis, citations, copied material and fitted references. A mutation run
(`make mutate`) forks each mutant's test run from a process that already ran the clean tests; inherited
caches would hand the mutant the unmutated results, so mutants of cached functions (fold, stem, cite,
shingles, compile_phrase ...) would survive whatever the tests check.
"""

from __future__ import annotations

import pytest

from kit.scoring import copied, engine, freetext, result, stems

MEMOS = (engine._SETUPS, freetext._COMPILED, copied._MATERIAL)  # built once per exercise / concept list


@pytest.fixture(scope="session", autouse=True)
def _empty_scoring_caches() -> None:
    for module in (stems, freetext, result, engine, copied):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    for memo in MEMOS:
        memo.clear()
