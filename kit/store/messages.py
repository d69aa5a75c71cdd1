"""Dutch texts of the store, kept together so a second language can follow.

Keys are stable identifiers; `StoreError.key` carries them so an interface can translate.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, str] = {
    "unknown_code": "Onbekende workshopcode '{code}'. Controleer de code bij je facilitator.",
    "empty_name": "Vul je naam in.",
    "name_too_long": "Je naam is te lang: gebruik hoogstens {max_length} tekens.",
    "empty_title": "Geef de workshop een titel.",
    "name_taken": (
        "De naam '{name}' is hier al in gebruik. Ben jij dat? Vul dan je herstelcode in (die kreeg je bij je "
        "eerste aanmelding), of vraag de facilitator je aanmelding goed te keuren. Anders: kies een andere naam."
    ),
    "unknown_participant": "Deze deelnemer bestaat niet (meer). Meld je opnieuw aan.",
    "empty_team_name": "Geef de tafel een naam.",
    "unknown_team": "Deze tafel bestaat niet (meer) in deze workshop.",
    "driver_missing": (
        "De databasekoppeling voor {backend} ontbreekt (Python-module '{module}'). "
        "Installeer hem met: pip install -e '.[postgres]'"
    ),
    "schema_too_new": (
        "Deze opslag is gemaakt door een nieuwere versie van Oefenkit (schemaversie {version}; deze versie "
        "kent tot en met {supported}). Werk Oefenkit bij of gebruik een andere database."
    ),
}


def message(key: str, **fields: Any) -> str:
    """The Dutch text for `key`, with `fields` filled in."""
    return MESSAGES[key].format(**fields)
