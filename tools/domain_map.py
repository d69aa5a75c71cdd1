"""Snapshot the ids of shared/DOMAIN_MAP.md into tests/fixtures/domain_map.json.

The map lives beside the repository, not in it, so a clean clone (CI) has no map: the coverage tests read
this snapshot instead, and compare it with the map whenever the map is there. Refresh after the map
changes: `python tools/domain_map.py [path/to/DOMAIN_MAP.md]`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAP = ROOT.parent / "shared" / "DOMAIN_MAP.md"
SNAPSHOT = ROOT / "tests" / "fixtures" / "domain_map.json"
MAPPED_SECTIONS = {"A0", "A", "C", "D"}
MAP_ID = r"(?:A0|A|C|D)\.[0-9A-Za-z.]+"


def mapped_ids(text: str) -> list[str]:
    """The ids of sections A0, A, C and D: at the start of a heading, of a bullet, or of a table row."""
    ids: list[str] = []
    section = None
    for line in text.splitlines():
        top = re.match(r"^## (\S+?)\.?(?:\s|$)", line)
        if top:
            section = top.group(1)
        if section not in MAPPED_SECTIONS:
            continue
        found = (
            re.match(rf"^#{{2,6}}\s+`?({MAP_ID})`?(?:\s|$)", line)  # #### A.2.1 Stap 2.1 ...
            or re.match(rf"^\s*[-*+]\s+`({MAP_ID})`", line)  # - `A.2.1.1.1` **Label** ...
            or re.match(rf"^\|\s*`({MAP_ID})`\s*\|", line)  # | `C.000.1.1` | **Naam** | ...
        )
        if found:
            ids.append(found.group(1).rstrip("."))
    return list(dict.fromkeys(ids))


def known_ids(text: str) -> list[str]:
    """Every id the map mentions in back quotes or as a heading (sections B and E included)."""
    known = set(re.findall(r"`([A-E]0?\.[0-9A-Za-z.]*[0-9A-Za-z])`", text)) | set(
        re.findall(r"^#{2,6}\s+([A-E]0?\.[0-9A-Za-z.]*[0-9A-Za-z])\s", text, flags=re.MULTILINE)
    )
    return sorted(known)


def snapshot(text: str) -> dict[str, list[str]]:
    return {"mapped": mapped_ids(text), "known": known_ids(text)}


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else MAP
    data = snapshot(source.read_text(encoding="utf-8"))
    SNAPSHOT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{SNAPSHOT.relative_to(ROOT)}: {len(data['mapped'])} mapped ids, {len(data['known'])} known ids")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
