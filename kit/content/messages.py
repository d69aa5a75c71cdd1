"""Dutch texts for content errors, kept together so a second language can follow."""

from __future__ import annotations

from typing import Any

from kit.errors import shorten

PYDANTIC: dict[str, str] = {
    "missing": "verplicht veld ontbreekt; voeg het toe",
    "extra_forbidden": "onbekende sleutel (typfout?); verwijder of hernoem hem",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "string_too_long": "is te lang (maximaal {max_length} tekens)",
    "string_pattern_mismatch": "ongeldige waarde '{input}': gebruik kleine letters, cijfers en streepjes",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": "moet een lijst zijn (regels die met '-' beginnen)",
    "dict_type": "moet een blok met sleutels zijn",
    "model_type": "moet een blok met sleutels zijn",
    "too_short": "te weinig items: minstens {min_length}",
    "greater_than": "moet groter zijn dan {gt}",
    "greater_than_equal": "moet minstens {ge} zijn",
    "literal_error": "ongeldige waarde '{input}'; toegestaan: {expected}",
    "enum": "ongeldige waarde '{input}'; toegestaan: {expected}",
    "union_tag_invalid": "onbekende soort '{tag}'; toegestaan: {expected_tags}",
    "value_error": "{error}",
    "union_tag_not_found": "de sleutel 'soort' ontbreekt; toegestaan: keuze, bereik, volgorde, begrippen, indeling",
}

FILE = {
    "unreadable": "bestand niet te lezen: {error}",
    "syntax": "geen geldige YAML: {error}",
    "not_mapping": "het bestand moet een blok met sleutels zijn (begin met 'schema_version: 1')",
    "no_version": "'schema_version' ontbreekt; zet 'schema_version: {current}' bovenaan",
    "version_type": "'schema_version' moet een geheel getal zijn (nu: {current})",
    "too_old": "schema_version {found} is te oud; deze kit leest versie {current}: werk het bestand bij",
    "old_reference": (
        "schema_version {found} is te oud; deze kit leest versie {current}: de status 'onjuist' is gesplitst in "
        "'niet-van-toepassing' (past niet bij de feiten van deze casus) en 'afgeraden' (de handreiking raadt het af, "
        "met 'bron'). Zet het bestand om met 'python -m kit migrate {file}' en beoordeel daarna elk omgezet oordeel"
    ),
    "too_new": "schema_version {found} is nieuwer dan deze kit ({current}); werk de kit bij",
    "unknown_kind": "onbekende soort '{found}'; toegestaan: {allowed}",
    "wrong_folder": "een bestand van soort '{found}' hoort in {folder}",
    "duplicate_file_id": "id '{id}' komt ook voor in {other}",
    "more_problems": "nog {problems} in dit bestand; de eerste 50 staan hieronder",
}

REFS = {
    "duplicate_id": "id '{id}' komt hier twee keer voor; ids moeten uniek zijn",
    "unknown_node": "'{ref}' bestaat niet in de methodes; controleer de id",
    "unknown_word_class": "'{{{name}}}' is geen woordklasse van deze methode; zet hem onder 'woordklassen'",
    "stance_without_lines": "een afgeraden patroon van de methode noemt de regels van de handreiking ('regels')",
    "no_children": "'{ref}' heeft geen onderdelen om uit te kiezen",
    "unknown_method": "methode '{ref}' bestaat niet",
    "unknown_step": "stap '{ref}' bestaat niet in dit sjabloon",
    "unknown_scenario": "scenario '{ref}' bestaat niet in scenarios/",
    "unknown_role": "rol '{ref}' bestaat niet in dit scenario",
    "no_template": "er is geen sjabloon voor scenario's van type '{ref}'",
    "needs_options": "een vraag van soort '{kind}' heeft 'opties' nodig",
    "needs_categories": "een vraag van soort 'classify' heeft 'categorieen' nodig",
    "needs_fields": "een vraag van soort 'records' heeft 'velden' nodig",
    "bad_source": "geef precies één van 'lijst', 'scenario' of 'items'",
    "empty_scenario_list": "het scenario heeft geen '{ref}' om uit te kiezen",
    "unknown_ref_step": "stap '{ref}' wordt in geen oefening van dit scenario gevraagd",
    "unknown_ref_question": "vraag '{ref}' bestaat niet in deze stap",
    "unknown_concept_role": "'{ref}' is geen rol van dit scenario (alleen_met noemt rollen)",
    "unknown_model_role": "'{ref}' is geen rol van dit scenario (modelantwoord_per_rol noemt rollen)",
    "wrong_ref_kind": "een vraag van soort '{kind}' vraagt een referentie van soort '{expected}', niet '{found}'",
    "unknown_option": "'{ref}' is geen keuzemogelijkheid van deze vraag",
    "reserved_id": (
        "id '{id}' is gereserveerd voor 'geen van deze' (zet die optie met 'geen: <label>' bij de opties); "
        "kies een andere id"
    ),
    "meaningless_synonym": (
        "synoniem '{text}' draagt geen eigen betekenis (alleen lidwoorden, voorzetsels, hulpwerkwoorden of "
        "woorden als 'vragen' en 'hoogte'); de scorer vindt het in bijna elke tekst. Noem een inhoudswoord, "
        "bijvoorbeeld '{example}'"
    ),
    "best_not_accepted": "'beste' moet ook in 'accepteer' staan",
    "missing_ref_step": "de referentie mist stap '{ref}' (nodig voor oefening {exercise})",
    "missing_ref_question": "de referentie mist vraag '{ref}' van deze stap",
    "open_question": (
        "vraag '{ref}' is nog niet ingevuld (INVULLEN); de oefening slaat haar over tot je haar onder 'vragen' "
        "invult en uit 'invullen' haalt"
    ),
    "no_reference": "er is geen referentie in answers/ voor scenario '{ref}'",
    "needs_picture": "oefening '{ref}' geeft het situatiebeeld: vul 'situatiebeeld' in",
    "duplicate_exercise": (
        "oefening '{ref}' ontstaat twee keer: twee sjablonen met één variant spelen op dit type; geef een "
        "sjabloon meer varianten of maak er één van"
    ),
    "unknown_uit": "'uit' noemt vraag '{ref}', maar die staat niet (als andere vraag) in deze stap",
    "samos_needs": "een SAMOS-scenario heeft 'rollen' en 'injects' nodig",
    "under_needs_leaves": "'onder' werkt alleen samen met 'bladeren: true'",
    "needs_policy": "oefening '{ref}' toont 'wat loopt er al' bij de beleidsdiagnose: vul 'beleid' in",
    "line_out_of_range": "regel {line} bestaat niet: gids {guide} heeft {length}",
    "cites_no_guidance": (
        "'{regels}' wijst alleen naar {what} in de handreiking, niet naar de uitleg waarop dit rust; "
        "citeer die uitleg (de regels mogen erbij blijven)"
    ),
    "kern_interpretation": (
        "'{ref}' is 'kern', maar de toelichting noemt het een interpretatie; een afgeleide keuze is "
        "'passend' (zie docs/content-format.md, Afleidingen)"
    ),
}


SCRIPT = {
    "script_time": "ongeldige tijd; schrijf de tijd vanaf de start als T+0:10 (uren:minuten)",
    "script_needs_step": "bij een voorwaarde hoort een stap ('stap')",
    "script_needs_value": "bij 'niet-genoemd' hoort de waarde die het team moet noemen ('waarde')",
    "unknown_inject": "inject '{ref}' bestaat niet in dit scenario (of niet in deze oefenvorm)",
    "unknown_role": "rol '{ref}' speelt niet mee in deze oefenvorm",
    "unknown_step": "stap '{ref}' hoort niet bij deze oefenvorm",
    "unknown_question": "vraag '{ref}' bestaat niet in stap '{step}'",
    "unknown_variant": "oefenvorm '{ref}' bestaat niet voor dit scenario",
    "duplicate_nr": "nummer {ref} komt twee keer voor; elk nummer mag één keer",
}
"""Messages of the inject script (MSEL), for YAML and for an imported sheet alike."""


def _context_value(key: str, value: Any) -> Any:
    """Values from the file are shortened; the kit's own texts (`expected`, a validator's `error`) are not."""
    if key == "expected":
        return value
    if key == "error":
        return str(value)
    return shorten(value)


def pydantic_message(error: dict[str, Any]) -> str:
    """Turn one pydantic error dict into a Dutch sentence; fall back to pydantic's own text."""
    if error.get("type") == "value_error":
        reason = str((error.get("ctx") or {}).get("error", ""))
        if reason in SCRIPT:
            return SCRIPT[reason]
    template = PYDANTIC.get(str(error.get("type")))
    if template is None:
        return str(error.get("msg", "ongeldige waarde"))
    context = {key: _context_value(key, value) for key, value in (error.get("ctx") or {}).items()}
    context.setdefault("input", shorten(error.get("input")))
    expected = context.get("expected")
    if isinstance(expected, str):
        context["expected"] = expected.replace(" or ", " of ")
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return template
