"""Collect every string a participant or facilitator reads, and spell-check it with Debian's hunspell-nl.

The content files are walked through their validated models, so a new text field is checked as soon
as a model gains it; keys that are never shown (ids, synonyms for matching, line ranges) are skipped.
"""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from kit.content.library import Library

HUNSPELL = "hunspell"
DICTIONARY = "nl_NL"
ALLOW_FILE = Path(__file__).with_name("spelling_allow.txt")

HIDDEN_KEYS = frozenset({"id", "synoniemen", "regels", "kaart", "verwijst", "lijst", "schema_version", "soort"})
"""Model fields that hold ids, matching aids or line ranges: never shown as prose."""

ID_LIKE = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
"""A bare id (step, option, role or variant reference): never shown as prose."""

WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:['’-][A-Za-zÀ-ÿ]+)*")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
MARKUP = re.compile(r"\*\*|`[^`]*`|https?://\S+|\b[\w.-]+/[\w./-]+\.\w+")  # bold, code, links, file paths


def model_texts(value: object, where: str = "") -> Iterator[tuple[str, str]]:
    """(place, text) for every shown string in a content model, e.g. ('casus-1 verhaal', '...')."""
    if isinstance(value, str):
        if not ID_LIKE.match(value):
            yield where, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name not in HIDDEN_KEYS:
                yield from model_texts(getattr(value, name), f"{where}/{name}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from model_texts(item, f"{where}/{index}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from model_texts(item, f"{where}/{key}")


def library_texts(library: Library) -> Iterator[tuple[str, str]]:
    """Every shown string of the methods, templates, scenarios and references."""
    groups: list[tuple[str, dict[str, BaseModel]]] = [
        ("methode", dict(library.methods)),
        ("sjabloon", dict(library.templates)),
        ("scenario", dict(library.scenarios)),
        ("referentie", dict(library.references)),
    ]
    for kind, models in groups:
        for name, model in models.items():
            yield from model_texts(model, f"{kind} {name}")


KIT = Path(__file__).resolve().parents[2] / "kit"
TEXT_MODULES = tuple(
    ".".join(("kit", *p.relative_to(KIT).with_suffix("").parts)) for p in sorted(KIT.rglob("*texts.py"))
)
"""Every kit module whose name ends in 'texts': where the house rules keep the app's Dutch texts."""


def interface_texts() -> Iterator[tuple[str, str]]:
    """Every string constant of the texts modules: dicts, lists of labels and whole pages."""
    for name in TEXT_MODULES:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if attribute.isupper():
                for place, text in _strings(value, f"{name}.{attribute}"):
                    yield place, MARKUP.sub(" ", PLACEHOLDER.sub(" ", text))


def _strings(value: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        if not ID_LIKE.match(value):
            yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}.{index}")


def allowed_words() -> set[str]:
    """Terms of the guides, names and abbreviations hunspell-nl does not know, one a line, # comments."""
    lines = ALLOW_FILE.read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


def rejected_words(words: list[str]) -> set[str]:
    """The words hunspell-nl does not know, allow-list not applied."""
    result = subprocess.run(
        [HUNSPELL, "-d", DICTIONARY, "-l", "-i", "utf-8"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split())


def unknown_words(texts: list[tuple[str, str]]) -> dict[str, str]:
    """Words hunspell-nl rejects and the allow-list does not name, each with the first place it occurs."""
    first_place: dict[str, str] = {}
    for place, text in texts:
        for word in WORD.findall(text):
            first_place.setdefault(word, place)
    allowed = allowed_words()
    rejected = {w for w in rejected_words(sorted(first_place)) if w not in allowed}
    return {w: first_place[w] for w in sorted(rejected) if w in first_place}


def hunspell_available() -> bool:
    return shutil.which(HUNSPELL) is not None and Path(f"/usr/share/hunspell/{DICTIONARY}.dic").exists()
