"""Load one content file into its typed model, collecting every fault with file, line and field path."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kit.content.messages import FILE, pydantic_message
from kit.content.models import FILE_MODELS, FILE_VERSIONS, SCHEMA_VERSION, Strict
from kit.content.yamlsource import LIMITS, MAX_BYTES, Path_, YamlLimitError, YamlSyntaxError, line_of, load_with_lines
from kit.errors import MAX_LISTED, Problem, shorten
from kit.plural import PROBLEEM, count


@dataclass
class Loaded:
    """A file's model (None when invalid), its problems and its key-to-line map for later checks."""

    path: Path
    model: Strict | None
    problems: list[Problem] = field(default_factory=list)
    lines: dict[Path_, int] = field(default_factory=dict)

    def problem(self, where: Path_, message: str) -> Problem:
        """A problem located at a key path of this file."""
        return Problem(_show(self.path), line_of(self.lines, where), _dotted(where), message)


def load_file(path: Path) -> Loaded:
    """Read, parse and validate one YAML content file; never raises for bad content."""
    result = Loaded(path=path, model=None)
    try:
        if path.stat().st_size > MAX_BYTES:
            message = LIMITS["size"].format(max_mb=MAX_BYTES // (1024 * 1024))
            result.problems.append(Problem(_show(path), None, "", message))
            return result
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        result.problems.append(Problem(_show(path), None, "", FILE["unreadable"].format(error=exc)))
        return result
    try:
        data, result.lines = load_with_lines(text)
    except YamlLimitError as exc:
        result.problems.append(Problem(_show(path), exc.line, "", exc.message))
        return result
    except YamlSyntaxError as exc:
        reason = shorten(exc.message)
        result.problems.append(Problem(_show(path), exc.line, "", FILE["syntax"].format(error=reason)))
        return result
    if not isinstance(data, dict):
        result.problems.append(result.problem((), FILE["not_mapping"]))
        return result
    kind = data.get("soort")
    model_type = FILE_MODELS.get(kind) if isinstance(kind, str) else None
    version_problem = _check_version(data, FILE_VERSIONS.get(str(kind), SCHEMA_VERSION), _show(path))
    if version_problem:
        result.problems.append(result.problem(("schema_version",), version_problem))
        return result
    if model_type is None:
        allowed = ", ".join(FILE_MODELS)
        found = shorten(kind)
        result.problems.append(result.problem(("soort",), FILE["unknown_kind"].format(found=found, allowed=allowed)))
        return result
    try:
        result.model = model_type.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        if len(errors) > MAX_LISTED:
            more = FILE["more_problems"].format(problems=count(len(errors) - MAX_LISTED, PROBLEEM))
            result.problems.append(result.problem((), more))
        for error in errors[:MAX_LISTED]:
            where = _without_union_tag(tuple(error["loc"]))
            result.problems.append(result.problem(where, pydantic_message(dict(error))))
    return result


def _check_version(data: dict[str, Any], current: int, shown: str) -> str | None:
    """A Dutch message when the file's schema_version is missing or not the one its kind needs."""
    if "schema_version" not in data:
        return FILE["no_version"].format(current=current)
    found = data["schema_version"]
    if not isinstance(found, int) or isinstance(found, bool):
        return FILE["version_type"].format(current=shorten(found))
    if found < current and data.get("soort") == "referentie" and found == 1:
        return FILE["old_reference"].format(found=found, current=current, file=shown)
    if found < current:
        return FILE["too_old"].format(found=shorten(found), current=current)
    if found > current:
        return FILE["too_new"].format(found=shorten(found), current=current)
    return None


REFERENCE_TAGS = {"keuze", "bereik", "volgorde", "begrippen", "indeling"}


def _without_union_tag(loc: Path_) -> Path_:
    """Pydantic puts the chosen reference block's tag after stappen/<step>/vragen/<question>; authors never
    wrote it, so it goes. A question that happens to be called 'bereik' keeps its name."""
    if len(loc) > 4 and loc[0] == "stappen" and loc[2] == "vragen" and loc[4] in REFERENCE_TAGS:
        return (*loc[:4], *loc[5:])
    return loc


def _dotted(where: Path_) -> str:
    return "/".join(str(part) for part in where)


def _show(path: Path) -> str:
    """The path as an author knows it: relative to the working folder or to the repository."""
    resolved = path.resolve()
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if resolved.is_relative_to(base):
            return str(resolved.relative_to(base))
    return str(path)
