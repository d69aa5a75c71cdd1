"""Read YAML while remembering the line of every key, so errors can point at a line in the file."""

from __future__ import annotations

from typing import Any

import yaml

Path_ = tuple[str | int, ...]
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: several times faster


MAX_BYTES = 5 * 1024 * 1024
"""A content file larger than this is refused unread; the largest real one is about 120 KB."""
MAX_DEPTH = 50
"""Nesting levels of blocks and lists; the content format needs about ten."""
MAX_NODES = 200_000
"""Keys, values and list items, counting what every alias (*name) repeats; the largest file has ~15,000."""


class YamlSyntaxError(Exception):
    """The text is not valid YAML (or has a duplicate key); carries the 1-based line."""

    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(message)


class YamlLimitError(YamlSyntaxError):
    """The text is too large, too deep or expands too much to build; carries the 1-based line."""


def check_limits(text: str) -> None:
    """Refuse a document too big to build, before building it: one pass over the parser's events.

    Counts nodes as they would be after expanding every alias, so a 'billion laughs' alias bomb
    of a few hundred bytes is caught while it is still a few hundred events, and tracks the
    nesting depth, so deep nesting never reaches a recursive step.
    """
    if len(text) > MAX_BYTES:
        raise YamlLimitError(None, LIMITS["size"].format(max_mb=MAX_BYTES // (1024 * 1024)))
    loader = _Loader(text)
    sizes: dict[str, int] = {}  # anchor -> nodes of its value once expanded
    stack: list[list[Any]] = [[None, 0]]  # open containers: [anchor, nodes so far]
    events = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            line = event.start_mark.line + 1 if event.start_mark else None
            events += 1
            if isinstance(event, yaml.CollectionStartEvent):
                stack.append([event.anchor, 1])
                if len(stack) - 1 > MAX_DEPTH:
                    raise YamlLimitError(line, LIMITS["depth"].format(max=MAX_DEPTH))
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, size = stack.pop()
            elif isinstance(event, yaml.AliasEvent):
                anchor, size = None, sizes.get(event.anchor or "", 1)
            elif isinstance(event, yaml.ScalarEvent):
                anchor, size = event.anchor, 1
            else:
                continue
            if anchor:
                sizes[anchor] = size
            stack[-1][1] += size
            if stack[-1][1] > MAX_NODES or events > MAX_NODES:
                key = "aliases" if sizes else "nodes"
                raise YamlLimitError(line, LIMITS[key].format(max=MAX_NODES))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        if "nesting depth" in str(exc.problem):  # libyaml's own limit, met while scanning ahead
            raise YamlLimitError(line, LIMITS["depth"].format(max=MAX_DEPTH)) from None
        raise YamlSyntaxError(line, str(exc.problem or exc)) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(None, str(exc)) from None
    finally:
        loader.dispose()


LIMITS = {
    "size": "bestand te groot (hoogstens {max_mb} MB); een content-bestand is hooguit enkele honderden KB",
    "depth": "te diep genest (hoogstens {max} niveaus)",
    "nodes": "te veel sleutels en waarden (hoogstens {max})",
    "aliases": (
        "te veel herhalingen via verwijzingen (*naam) naar ankers (&naam): uitgeschreven meer dan {max} "
        "sleutels en waarden"
    ),
    "number": "een getal is te lang (meer dan 4300 cijfers)",
}


def load_with_lines(text: str) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML document within the limits; return the data and a map from key path to 1-based line."""
    check_limits(text)
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
    except ValueError:  # an integer of more than 4,300 digits
        raise YamlLimitError(None, LIMITS["number"]) from None
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
