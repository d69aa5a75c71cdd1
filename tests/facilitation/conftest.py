from __future__ import annotations

import pytest
from tests_support import casus_library

from kit.content.library import Library


@pytest.fixture(scope="session")
def library() -> Library:
    return casus_library("casus-1", "steekpartij")
