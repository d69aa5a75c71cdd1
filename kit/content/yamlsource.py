"""Read YAML while remembering the line of every key, so errors can point at a line in the file."""

from __future__ import annotations

from typing import Any

import yaml

Path_ = tuple[str | int, ...]
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: several times faster


class YamlSyntaxError(Exception):
    """The text is not valid YAML (or has a duplicate key); carries the 1-based line."""

    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(message)


def load_with_lines(text: str) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML document; return the data and a map from key path to 1-based line."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        lines: dict[Path_, int] = {}
        _walk(node, (), lines, set())
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        last_line = text.count("\n") + 1  # libyaml reports an error at the very end one line too far
        raise YamlSyntaxError(min(mark.line + 1, last_line) if mark else None, str(exc.problem or exc)) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(None, str(exc)) from None
    finally:
        loader.dispose()
    return data, lines


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], seen: set[int]) -> None:
    """Record lines; an alias reuses its anchor's node, which is walked once (no loops, no blow-up)."""
    lines.setdefault(path, node.start_mark.line + 1)
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in keys:
                raise YamlSyntaxError(key_node.start_mark.line + 1, f"dubbele sleutel '{key}'")
            keys.add(key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _walk(value_node, (*path, key), lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, seen)


def line_of(lines: dict[Path_, int], path: Path_) -> int | None:
    """The line of `path`, or of its nearest ancestor that has one."""
    for end in range(len(path), -1, -1):
        found = lines.get(tuple(path[:end]))
        if found is not None:
            return found
    return None
