"""Helpers of the report tests: play a participant through the store, check that a page is self-contained."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from kit.content.exercise import Exercise
from kit.scoring.engine import score_exercise
from kit.store import Store

Answers = dict[str, dict[str, Any]]


def play(store: Store, code: str, name: str, exercise: Exercise, answers: Answers, role: str | None = None) -> float:
    """Join, save every step, submit the scored answers; returns the total."""
    participant = store.join(name, code, role=role)
    for step_id, values in answers.items():
        store.save_answer(participant.id, exercise.id, step_id, values)
    result = score_exercise(exercise, answers).to_dict()
    store.submit(participant.id, exercise.id, answers, result, result["total"])
    return float(result["total"])


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def assert_self_contained(page: str) -> None:
    """A whole Dutch page with print styles that runs no script and loads nothing from anywhere."""
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    parsed = _Tags()
    parsed.feed(page)
    assert "style" in parsed.tags and "@media print" in parsed.style
    assert "url(" not in parsed.style and "@import" not in parsed.style
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(parsed.tags)
    assert not {"src", "href", "srcset", "onerror", "onload"} & set(parsed.attributes)
    assert "http://" not in page and "https://" not in page
