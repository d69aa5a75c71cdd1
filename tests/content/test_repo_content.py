"""The real content of the repository: it validates, its JSON Schema is usable, and it covers the domain map.

These tests read kit/methods, kit/templates, scenarios/ and answers/ (kit.content.library.default_paths)
and shared/DOMAIN_MAP.md next to the repository. They fail while content is half-written; that is the point.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest
import yaml

from kit.content.library import Library, build_library, default_paths
from kit.content.models import FILE_MODELS, MethodNode
from kit.content.schema import content_schema
from tools.domain_map import MAP, SNAPSHOT, mapped_ids, snapshot

GOOD = Path(__file__).resolve().parents[1] / "fixtures" / "content" / "good"


@cache
def repo_library() -> Library:
    return build_library(default_paths())


def test_repo_has_content_in_every_folder() -> None:
    paths = default_paths()
    folders = {p.parent.name for p in paths}
    assert {"methods", "templates", "scenarios", "answers"} <= folders, folders


def test_repo_content_builds_without_problems() -> None:
    library = repo_library()
    assert library.problems == [], "\n".join(str(p) for p in library.problems)
    assert library.methods and library.templates and library.scenarios and library.exercises
    assert set(library.references) == set(library.scenarios)


# --------------------------------------------------------------------------------------------
# JSON Schema
# --------------------------------------------------------------------------------------------


def test_content_schema_is_json_schema() -> None:
    schema = content_schema()
    assert json.loads(json.dumps(schema, ensure_ascii=False)) == schema  # plain JSON all the way down
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"]
    defs = schema["$defs"]
    for model in FILE_MODELS.values():
        assert model.__name__ in defs, model.__name__
        assert defs[model.__name__]["type"] == "object"
        assert defs[model.__name__].get("additionalProperties") is False  # typos are errors for editors too
    branches = {b["$ref"] for b in schema["anyOf"]}
    assert branches == {f"#/$defs/{m.__name__}" for m in FILE_MODELS.values()}
    for name, definition in defs.items():  # every $ref points at a definition
        for ref in re.findall(r'"\$ref": "#/\$defs/([^"]+)"', json.dumps(definition)):
            assert ref in defs, f"{name} refers to missing {ref}"


def content_files() -> list[Path]:
    return sorted(GOOD.glob("*.yaml")) + list(default_paths())


@pytest.mark.parametrize("path", content_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_content_schema_accepts_valid_files(path: Path) -> None:
    """Editors validate with the schema: it must accept every file the kit accepts."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = content_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in jsonschema.Draft202012Validator(schema).iter_errors(data)
    ]
    assert not errors, "\n".join(errors[:10])


# --------------------------------------------------------------------------------------------
# Coverage of shared/DOMAIN_MAP.md
# --------------------------------------------------------------------------------------------


def kaart_ids(nodes: Iterable[MethodNode]) -> set[str]:
    found: set[str] = set()
    for node in nodes:
        found.update(node.kaart)
        found |= kaart_ids(node.onderdelen)
    return found


def test_domain_map_parser() -> None:
    sample = "\n".join(
        [
            "## 0. Conventions",
            "- `A.9.9` not in a mapped section",
            "## A0. Context",
            "- `A0.1` **Abstract** — text `000:61-189`",
            "## A. 000 – Stappenplan",
            "#### A.2.1 Stap 2.1 Verschijningsvormen",
            "  - `A.2.1.1.1` **Wij-zij denken**",
            "## B. Casussen",
            "### B.1 Casus 1",
            "- `A.3` mentioned in B",
            "## C. Praktijkvoorbeelden",
            "#### C.000.2.1 2a. Afspraken",
            "| `C.000.2.1.1` | **Gedragscodes** | OR2a |",
            "| ID | Naam |",
            "## D. 001 – Omgaan",
            "- `D.3.14.1.2.4` **Vraag**",
            "Text mentioning `D.1.1` in passing.",
            "## E. Exercise material",
            "- `E.1` **Scenario**",
        ]
    )
    assert mapped_ids(sample) == ["A0.1", "A.2.1", "A.2.1.1.1", "C.000.2.1", "C.000.2.1.1", "D.3.14.1.2.4"]


def domain_map() -> dict[str, list[str]]:
    """The map's ids: the snapshot in the repository, checked against the map itself when it is there."""
    data: dict[str, list[str]] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    if MAP.is_file():  # beside a checkout of the project; a clean clone (CI) has only the snapshot
        assert data == snapshot(MAP.read_text(encoding="utf-8")), "refresh it: python tools/domain_map.py"
    return data


def test_every_domain_map_element_is_in_a_method() -> None:
    wanted = domain_map()["mapped"]
    assert len(wanted) > 100, "the domain map parser found too few ids; has the map's format changed?"
    covered = kaart_ids(node for method in repo_library().methods.values() for node in method.onderdelen)
    missing = [i for i in wanted if i not in covered]
    assert not missing, (
        f"{len(missing)} of {len(wanted)} DOMAIN_MAP ids are in no method's 'kaart': {', '.join(missing)}"
    )


def test_kaart_entries_exist_in_the_domain_map() -> None:
    """The other direction: a 'kaart' id that is not in the map is a typo (sections B and E may be mapped too)."""
    known = set(domain_map()["known"])
    used = kaart_ids(node for method in repo_library().methods.values() for node in method.onderdelen)
    unknown = sorted(used - known)
    assert not unknown, f"'kaart' ids not in DOMAIN_MAP.md: {', '.join(unknown)}"
