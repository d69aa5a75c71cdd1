"""Dutch texts of the inject-script sheet (MSEL): column help and located errors."""

from __future__ import annotations

COLUMNS: dict[str, str] = {
    "nr": "volgnummer van de regel (uniek, geheel getal)",
    "tijd": "moment vanaf de start van de klok, als T+0:10 (uren:minuten)",
    "inject": "id van het inject uit het scenario (bijv. r1-moskee)",
    "ontvangers": "rollen die het krijgen, gescheiden door komma's; leeg: de ontvangers van het inject",
    "voorwaarde": "leeg, 'niet-genoemd' of 'stap-ingeleverd'",
    "stap": "bij een voorwaarde: de stap (id) waar het om gaat",
    "vraag": "bij 'niet-genoemd': de vraag (id) in die stap; leeg: alle vragen van de stap",
    "waarde": "bij 'niet-genoemd': wat het team uiterlijk op 'tijd' genoemd moet hebben (id of woord)",
}
"""The sheet's columns in order, with what goes in each (also in docs and the README)."""

REQUIRED = ("nr", "tijd", "inject")

INFO_COLUMNS: dict[str, str] = {
    "bericht": "wat het inject zegt: bron, moment in het verhaal en tekst (ter informatie; wordt niet ingelezen)",
    "aan": "de rollen die het krijgen, bij naam (alleen ter informatie; 'ontvangers' beslist)",
}
"""Columns the written sheet adds after 'inject' so a facilitator reads what each line sends, and to whom.

They follow from the inject id and the recipients, so the loader accepts and ignores them: an edited
'inject' or 'ontvangers' cell is never contradicted by a stale text."""
INFO_AFTER = "inject"

MSEL = {
    "where": "{file}, rij {row}, kolom '{column}': {message}",
    "where_row": "{file}, rij {row}: {message}",
    "where_file": "{file}: {message}",
    "unknown_column": "onbekende kolom '{column}'; toegestaan: {allowed}",
    "missing_column": "de kolom '{column}' ontbreekt (de eerste rij moet de kolomnamen bevatten)",
    "empty": "het blad bevat geen regels",
    "unreadable": "het bestand is niet te lezen als CSV of Excel ({error})",
    "not_number": "'{value}' is geen geheel getal",
    "header": "{count} in het draaiboek:",
    "message": "{source} ({when}): {text}",
    "more": "… en nog {count}; verbeter eerst de fouten hierboven.",
    "too_big": "het bestand is {size} MB; een draaiboek mag hoogstens {max} MB zijn",
    "unpacks_too_big": "het bestand pakt uit tot {size} MB; een draaiboek mag uitgepakt hoogstens {max} MB zijn",
    "too_many_rows": "meer regels dan de {max} die een draaiboek mag hebben",
    "too_many_columns": "rij {row} heeft iets in kolom {column}; een draaiboek heeft hoogstens {max} kolommen",
    "too_many_cells": "meer dan {max} gevulde cellen; zo groot is een draaiboek niet",
}
