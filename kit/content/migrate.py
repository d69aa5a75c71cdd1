"""One-off conversion of reference files from schema_version 1 to 2, editing the text in place.

Version 1 had one verdict `onjuist` for two different things. The safe default is
`niet-van-toepassing` (the facts of this case do not support it): `afgeraden` claims that the guide
advises against something and needs a `bron`, which only an author who checks the guide can decide.
The text is edited line by line, so the author's layout, comments and quoting stay as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kit.content.models import REFERENCE_SCHEMA_VERSION

_VERSION = re.compile(r"^schema_version:\s*1\s*(#.*)?$", re.MULTILINE)
_KIND = re.compile(r"^soort:\s*referentie\s*(#.*)?$", re.MULTILINE)
_ONJUIST = re.compile(r"(\bstatus:\s*)(['\"]?)onjuist\2(?=\s*[,}\n#]|\s*$)", re.MULTILINE)


@dataclass(frozen=True)
class Migrated:
    path: Path
    changed: bool
    converted: int  # how many `onjuist` verdicts became `niet-van-toepassing`
    split: int = 0  # schema-1 questions split into the current ones (the old text kept under each)
    opened: int = 0  # new questions listed under `invullen`
    policy: Path | None = None  # the scenario that got an empty 'beleid' sheet to fill in


def migrate_text(text: str) -> tuple[str, int]:
    """The version 2 text of a version 1 reference file, and how many verdicts were converted.

    Any other file (or a reference already at version 2) comes back unchanged with count 0.
    """
    if not _KIND.search(text) or not _VERSION.search(text):
        return text, 0
    text = _VERSION.sub(lambda m: f"schema_version: {REFERENCE_SCHEMA_VERSION}" + (f" {m[1]}" if m[1] else ""), text)
    return _ONJUIST.subn(lambda m: f"{m[1]}niet-van-toepassing", text)


def migrate_file(path: Path) -> Migrated:
    """Convert one file; a schema-1 reference of an own case is also brought to the current questions."""
    from kit.content import migrate_case

    text = path.read_text(encoding="utf-8")
    new, converted = migrate_text(text)
    split = opened = 0
    policy: Path | None = None
    scenario = migrate_case.scenario_for(path) if new != text else None
    if scenario is not None:
        exercises = migrate_case._exercises(scenario)
        asked = {q.id: q.vraag for e in exercises for s in e.steps for q in s.vragen}
        step1 = migrate_case.split_questions(new, asked)
        step2 = migrate_case.open_questions(step1.text, exercises)
        new, split, opened = step2.text, step1.split, step2.opened
        old_scenario = scenario.read_text(encoding="utf-8")
        sheet, added = migrate_case.policy_sheet(old_scenario, exercises)
        if added:
            scenario.write_text(sheet, encoding="utf-8")
            policy = scenario
    if new != text:
        path.write_text(new, encoding="utf-8")
    return Migrated(path, new != text, converted, split, opened, policy)
