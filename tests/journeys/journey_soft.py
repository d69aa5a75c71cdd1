"""Demands the issue makes that a journey checks without stopping: each failure is noted with its stage,
the journey goes on to the next stage, and the test fails at the end listing every one of them."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Error as PlaywrightError


class Demands:
    def __init__(self) -> None:
        self.failed: list[str] = []
        self.stage = "start"

    def at(self, stage: str) -> None:
        self.stage = stage

    def check(self, condition: bool, message: str) -> bool:
        if not condition:
            self.failed.append(f"[{self.stage}] {message}")
        return condition

    def holds(self, check: Callable[[], object], message: str) -> bool:
        """Run a Playwright expectation (or any assertion); a failure is noted, not raised."""
        try:
            check()
        except (AssertionError, PlaywrightError) as error:
            first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            self.failed.append(f"[{self.stage}] {message}: {first[:300]}")
            return False
        return True

    def assert_all(self) -> None:
        assert not self.failed, "\n".join(self.failed)
