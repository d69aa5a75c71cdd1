"""Dutch texts of team play: the table header, shared editing, observers and lessons learned."""

from kit.facilitation.evaluation_guide import CRITERIA, LESSONS, RATINGS

__all__ = ["CRITERIA", "FTT", "LESSONS", "RATINGS", "TT"]

TT = {
    "header": "{team} · jouw rol: {role}",
    "header_observer": (
        "{team} · je bent waarnemer: je ziet het scherm van de tafel en vult per stap het waarnemingsformulier in"
    ),
    "members": "Aan tafel: {names}",
    "clock": "Klok: {time}",
    "clock_paused": "Klok: {time} (gepauzeerd)",
    "clock_not_started": "De klok van het draaiboek is nog niet gestart.",
    "edited_by": "{name} heeft '{question}' aangepast.",
    "overwritten_yours": "{name} heeft jouw antwoord op '{question}' vervangen; de laatste wijziging telt.",
    "you_overwrote": (
        "Je hebt zojuist het antwoord van {name} op '{question}' vervangen; de laatste wijziging telt. "
        "Overleg even aan tafel."
    ),
    "hand_in_step": "Stap klaar melden",
    "hand_in_step_tip": "Meld de facilitator dat jullie tafel deze stap af heeft; jullie kunnen gewoon verder werken.",
    "step_handed_in": "Deze stap is klaar gemeld voor de tafel; jullie kunnen verder werken.",
    "submit_title": "Analyse van de tafel afronden",
    "submit_hint": (
        "Als jullie klaar zijn, levert één van jullie de analyse in voor de hele tafel. Daarna kan niemand "
        "aan tafel nog iets wijzigen en ziet iedereen dezelfde feedback."
    ),
    "submit_team": "Analyse inleveren voor de hele tafel…",
    "submit_team_confirm": "Ja, inleveren voor de hele tafel",
    "submit_team_cancel": "Nee, nog niet",
    "submit_team_open": "Let op: in de analyse van de tafel {is_} nog {missing} open.",
    "submit_team_ask": (
        "Je levert de analyse in voor iedereen aan je tafel; daarna kan niemand nog iets wijzigen. Overleg even "
        "aan tafel en bevestig met ‘Ja, inleveren voor de hele tafel’."
    ),
    "notices_read": "Gelezen",
    "team_submitted": "{name} heeft de analyse van de tafel ingeleverd; iedereen aan tafel ziet dezelfde feedback.",
    "already_submitted": "De tafel had al ingeleverd (door {name}); je ziet de feedback hieronder.",
    "observer_only_team": "Waarnemen kan alleen aan een tafel in een workshop met tafels. Kies een rol.",
    "observer_role": "Waarnemer (observeert een tafel)",
    "observer_cannot": "Als waarnemer kijk je mee: inleveren doen de leden van de tafel.",
    "observers_only": "Het waarnemingsformulier is voor waarnemers; als lid van de tafel vul je de antwoorden in.",
    "unknown_step": "Deze oefening heeft geen stap '{step}'.",
    "unknown_question": "De stap '{step}' heeft geen vraag '{question}'.",
    "own_step": "De stap '{step}' vul je ieder voor jezelf in; die hoort niet in het antwoord van de tafel.",
    "unknown_criterion": "Het waarnemingsformulier heeft geen onderdeel '{criterion}'.",
    "unknown_rating": "Onbekende beoordeling '{rating}'; kies uit {options}.",
    "unknown_lesson": "De vragenlijst met lessen heeft geen vraag '{key}'.",
    "no_table": "Je zit nog niet aan een tafel in deze workshop. Meld je opnieuw aan met de workshopcode.",
    "no_tables": "Deze workshop speelt niet aan tafels.",
    "not_in_workshop": "Deze oefening hoort niet bij je workshop.",
    "observer_personal": (
        "In deze stap maakt ieder lid van de tafel eerst een eigen beeld vanuit de eigen rol. "
        "Die antwoorden zijn van het lid zelf en zie je als waarnemer niet. "
        "Let in de gezamenlijke stappen op hoe de tafel die beelden samenbrengt."
    ),
    "observer_form": "Waarnemingsformulier: {step}",
    "observer_hint": (
        "Beoordeel wat je ziet tegen het werkprotocol, per onderdeel: hoe liep het, en wat zag je precies?"
    ),
    "rating": "Oordeel",
    "note": "Wat zag je?",
    "observation_saved": "✓ Waarneming bewaard",
    "lessons_title": "Terugblik: wat neem je mee?",
    "lessons_hint": "Je antwoorden komen zonder je naam in het evaluatieverslag van de workshop.",
    "lessons_saved": "✓ Terugblik bewaard",
}

FTT = {
    "title": "Tafels en draaiboek",
    "intro": (
        "Verdeel de deelnemers over tafels: elke tafel werkt aan één gezamenlijke analyse en krijgt de "
        "injects van het draaiboek op haar eigen klok. Wie zich later aanmeldt, schuift aan bij de kleinste tafel."
    ),
    "tables": "Aantal tafels",
    "fill": "Tafels maken en vullen",
    "filled": "{tables}; iedereen zit aan een tafel met een rol.",
    "participant": "Deelnemer",
    "pick_participant": "Kies eerst een deelnemer in de lijst ‘Deelnemer’.",
    "no_participants": "Er heeft zich nog niemand aangemeld; de lijst vult zich zodra iemand meedoet.",
    "pick_line": "Kies eerst bij ‘Regel’ welke regel van het draaiboek je nu uitbrengt.",
    "table": "Tafel",
    "move": "Verplaatsen",
    "moved": "{name} zit nu aan {table}.",
    "all_tables": "Alle tafels",
    "start": "Start / hervat klok",
    "pause": "Pauzeer klok",
    "skip": "Naar volgende inject",
    "line": "Regel",
    "release_now": "Nu uitbrengen",
    "released_now": "Regel {nr} is uitgebracht aan {count}.",
    "import": "Draaiboek laden (CSV of Excel)",
    "imported": "Draaiboek '{name}' geladen: {count}. Het geldt voor alle tafels van deze oefening.",
    "export_csv": "Draaiboek als CSV",
    "export_excel": "Draaiboek als Excel",
    "no_script": "Deze oefening heeft geen draaiboek; laad er een of geef injects met de hand vrij.",
    "no_tables": "Nog geen tafels. Kies het aantal tafels en klik op 'Tafels maken en vullen'.",
    "compare": "Tafels naast elkaar",
    "aspect": "Onderdeel",
    "step_score": "Score van de stap",
    "total": "Totaal",
    "final": "ingeleverd",
    "live": "nog bezig",
    "members": "Aan tafel",
    "observers": "Waarnemers",
    "clock": "Klok",
    "script": "Draaiboek",
    "script_count": "{released} uitgebracht, {lapsed} vervallen van {total}",
    "not_started": "niet gestart",
    "paused": "gepauzeerd",
    "timeline": "Draaiboek van {table}",
    "status_pending": "nog niet",
}
