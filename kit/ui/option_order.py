"""The order a participant sees a question's options in: shuffled per participant, so the order tells nothing.

Scenario lists put the kern signals first (authors write the important ones down first); shown as
written, ticking the first five scored 100% on casus 2. Each participant gets an order of their own,
the same on every reload and device: its seed is an HMAC of the participant and the question, computed
where the page is built, never sent to or kept in the page. What a scale or a timeline means lies in
its order, so those keep it; headed groups (`Option.groep`) stay together (the groups are shuffled,
and the options within each); 'geen' and 'anders, namelijk' options stay last, where people look for them.
"""

from __future__ import annotations

import hashlib
import hmac
import random
from collections.abc import Sequence

from kit.content.models import Kind
from kit.content.options import NONE_ID, Option

ORDERED_KINDS = frozenset({Kind.ordinal, Kind.timeline})
"""Kinds whose options are a scale or a chronology: their order is part of the question."""
_KEY = b"oefenkit option order v1"


def seed_for(participant: str, *parts: str) -> int:
    """A stable seed for one participant and one list (scenario, step, question, ...)."""
    message = "\x1f".join((participant, *parts)).encode("utf-8")
    return int.from_bytes(hmac.new(_KEY, message, hashlib.sha256).digest()[:8], "big")


def participant_order(options: Sequence[Option], kind: Kind | str, participant: str, *parts: str) -> tuple[Option, ...]:
    """`options` in this participant's order for the list named by `parts` (unchanged for scales/timelines)."""
    if Kind(kind) in ORDERED_KINDS or len(options) < 2:
        return tuple(options)
    return shuffled(options, random.Random(seed_for(participant, *parts)))


def shuffled(options: Sequence[Option], rng: random.Random) -> tuple[Option, ...]:
    """Groups kept together, options shuffled within them; 'geen' and open options last.

    One uniform shuffle of all options decides both: each group comes where its first option fell, so a
    small group (a single kern option under its own header) is not first more often than its size allows.
    """
    last = [o for o in options if o.id == NONE_ID or o.open]
    rest = [o for o in options if not (o.id == NONE_ID or o.open)]
    runs: list[list[Option]] = []
    for option in rest:
        if runs and runs[-1][0].groep == option.groep:
            runs[-1].append(option)
        else:
            runs.append([option])
    order = list(range(len(rest)))
    rng.shuffle(order)
    rank = {id(option): position for option, position in zip(rest, order, strict=True)}
    for run in runs:
        run.sort(key=lambda option: rank[id(option)])
    runs.sort(key=lambda run: rank[id(run[0])])
    return (*(o for run in runs for o in run), *last)
