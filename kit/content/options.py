"""Resolve where a question's options come from (method list, scenario list or inline) into Options."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from kit.content.models import Inject, MethodNode, OptionSource, Role, ScenarioFile, ScenarioList

NONE_ID = "geen"
"""The id of the explicit 'none of these' option; it cannot be chosen together with another option."""


@dataclass(frozen=True)
class Option:
    """One choice a participant can make; `id` is what answers and references store."""

    id: str
    label: str
    uitleg: str | None = None
    groep: str | None = None
    open: bool = False
    vroeger: tuple[str, ...] = ()  # earlier ids of this option (a renamed id), read as this one in answers


def index_nodes(method_id: str, nodes: list[MethodNode]) -> Iterator[tuple[str, MethodNode]]:
    """Every node of a method with its full id (method id and the ids down the tree, joined by dots)."""
    for node in nodes:
        full = f"{method_id}.{node.id}"
        yield full, node
        yield from index_nodes(full, node.onderdelen)


def resolve_options(
    source: OptionSource,
    nodes: Mapping[str, MethodNode],
    scenario: ScenarioFile,
    roles: tuple[Role, ...],
    injects: tuple[Inject, ...],
) -> tuple[Option, ...]:
    """The options a source stands for in one exercise; empty when the source points nowhere.

    A source with `geen` ends with the explicit 'none of these' option (id `geen`).
    """
    found = _resolve(source, nodes, scenario, roles, injects)
    if source.geen and found:
        return (*found, Option(NONE_ID, source.geen))
    return found


def _resolve(
    source: OptionSource,
    nodes: Mapping[str, MethodNode],
    scenario: ScenarioFile,
    roles: tuple[Role, ...],
    injects: tuple[Inject, ...],
) -> tuple[Option, ...]:
    if source.lijst is not None:
        node = nodes.get(source.lijst)
        if node is None:
            return ()
        if source.bladeren and source.onder is not None:
            return tuple(_leaves_under(source.lijst, node, source.onder))
        if source.bladeren:
            return tuple(_leaves(source.lijst, node, None))
        return tuple(_node_option(f"{source.lijst}.{child.id}", child, None) for child in node.onderdelen)
    if source.scenario is not None:
        return _scenario_options(source.scenario, scenario, roles, injects)
    return tuple(Option(item.id, item.label, item.uitleg, vroeger=tuple(item.vroeger)) for item in source.items)


def _node_option(full_id: str, node: MethodNode, group: str | None) -> Option:
    return Option(full_id, node.label, node.uitleg, group, node.open)


def _leaves(full_id: str, node: MethodNode, group: str | None) -> Iterator[Option]:
    for child in node.onderdelen:
        child_id = f"{full_id}.{child.id}"
        if child.onderdelen:
            yield from _leaves(child_id, child, child.label)
        else:
            yield _node_option(child_id, child, group)


def _leaves_under(full_id: str, node: MethodNode, under: str) -> Iterator[Option]:
    """Leaves below each child's `under` node (e.g. every richting's 'Wanneer?'), grouped by that child."""
    for child in node.onderdelen:
        child_id = f"{full_id}.{child.id}"
        for part in child.onderdelen:
            if part.id == under:
                yield from _leaves(f"{child_id}.{part.id}", part, child.label)


def _scenario_options(
    which: ScenarioList, scenario: ScenarioFile, roles: tuple[Role, ...], injects: tuple[Inject, ...]
) -> tuple[Option, ...]:
    if which is ScenarioList.signalen:
        return tuple(Option(s.id, s.tekst) for s in scenario.signalen)
    if which is ScenarioList.rollen:
        return tuple(Option(r.id, f"{r.naam} ({r.organisatie})", r.omschrijving) for r in roles)
    if which is ScenarioList.injects:
        return tuple(Option(i.id, f"{i.tijd}: {i.tekst}", f"{i.bron} · {i.type.value}") for i in injects)
    return tuple(Option(s.id, s.tekst) for s in scenario.uitspraken)
