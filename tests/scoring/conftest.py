"""Start every test session with empty scoring caches.

The scorers memoise text analysis, citations and fitted references. A mutation run (`make mutate`)
forks each mutant's test run from a process that already ran the clean tests; inherited caches would
hand the mutant the unmutated results, so mutants of cached functions (fold, stem, cite ...) would
survive whatever the tests check.
"""

from __future__ import annotations

import pytest

from kit.scoring import engine, freetext, result, stems


@pytest.fixture(scope="session", autouse=True)
def _empty_scoring_caches() -> None:
    for module in (stems, freetext, result, engine):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    engine._SETUPS.clear()
