"""Print a random sample of the references' citations beside the guide text they point at, for review.

A trainer reads each reason next to the start of its cited range and marks the ones the text does not
support. Usage: `python tools/citation_sample.py [SEED] [COUNT]` (defaults 10 and 50). The guides'
text versions are read from shared/seeds/ next to the repository, or from $KIT_GUIDES.
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from kit.content.library import build_library, default_paths
from kit.content.models import Source

SHOWN_LINES = 14
SHOWN_CHARS = 700


def guide_lines(folder: Path) -> dict[str, list[str]]:
    return {key: next(folder.glob(f"{key}_*.txt")).read_text(encoding="utf-8").split("\n") for key in ("000", "001")}


def citations(value: object, where: str, reason: str | None = None) -> Iterator[tuple[str, str | None, Source]]:
    """(place, the reason it supports, source) for every `bron` with line ranges below `value`."""
    if isinstance(value, BaseModel):
        own = getattr(value, "toelichting", None)
        reason = own if isinstance(own, str) else reason
        for name in type(value).model_fields:
            item = getattr(value, name)
            if name == "bron" and isinstance(item, Source) and item.regels:
                yield where, reason, item
            else:
                yield from citations(item, f"{where}/{name}", reason)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from citations(item, f"{where}/{index}", reason)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from citations(item, f"{where}/{key}", reason)


def excerpt(lines: dict[str, list[str]], regels: str) -> str:
    """The start of the first cited range, joined into one line."""
    guide, _, span = regels.split(";")[0].strip().partition(":")
    first, _, last = span.partition("-")
    start, end = int(first), int(last or first)
    text = " ".join(line.strip() for line in lines[guide][start - 1 : min(end, start + SHOWN_LINES)] if line.strip())
    return text[:SHOWN_CHARS]


def main(argv: list[str]) -> int:
    seed = int(argv[1]) if len(argv) > 1 else 10
    count = int(argv[2]) if len(argv) > 2 else 50
    repo = Path(__file__).resolve().parents[1]
    lines = guide_lines(Path(os.environ.get("KIT_GUIDES", repo.parent / "shared" / "seeds")))
    library = build_library(default_paths())
    found = [c for scenario, ref in library.references.items() for c in citations(ref, scenario)]
    print(f"{len(found)} citations in the references; sample of {count} with seed {seed}\n")
    for number, (where, reason, source) in enumerate(random.Random(seed).sample(found, count), start=1):
        print(f"#{number} {where}\n  reason: {reason}\n  source: {source.sectie} [{source.regels}]")
        print(f"  text:   {excerpt(lines, source.regels or '')}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
