"""Dutch texts of the facilitator's app, kept together."""

FT: dict[str, str] = {
    "no_store_under_hub": "Workshops leiden kan alleen een facilitator. Vraag de beheerder van de oefenomgeving "
    "om je account aan de groep facilitatoren toe te voegen (zie deploy/README.md, 'Facilitatoren').",
    "title": "Workshop leiden",
    "intro": (
        "Maak een workshop aan of open een bestaande met de code en de facilitatorsleutel. Deelnemers melden "
        "zich in de oefening aan met hun naam en de workshopcode."
    ),
    "new": "Nieuwe workshop",
    "open": "Workshop openen",
    "workshop_title": "Titel",
    "exercises": "Oefeningen",
    "mode": "Werkvorm",
    "create": "Workshop aanmaken",
    "organiser_key": "Organisatorsleutel",
    "organiser_hint": (
        "Alleen de organisator maakt workshops. De server toont de organisatorsleutel bij de eerste start; "
        "een nieuwe maak je met: python -m kit organisatorsleutel."
    ),
    "organiser_refused": "Workshop niet aangemaakt: de organisatorsleutel klopt niet.",
    "created_intro": "Workshop aangemaakt. Geef de deelnemers de workshopcode; de sleutel is alleen voor jou.",
    "key_once": "Bewaar de sleutel nu: hij wordt niet opnieuw getoond. Zonder sleutel open je de workshop niet meer.",
    "copy": "Kopieer",
    "copy_named": "Kopieer {name}",
    "copied": "Gekopieerd",
    "copied_named": "Gekopieerd: {name}",
    "group_casussen": "Casussen: het stappenplan polarisatie",
    "group_samos": "SAMOS-scenario: {scenario}",
    "werkblad": "Werkblad op papier",
    "werkblad_intro": (
        "Een casus als werkblad om te printen: de situatie, de vragen van elke stap en ruimte voor de antwoorden. "
        "Zonder referentie, dus je kunt het vooraf uitdelen."
    ),
    "created": (
        "Workshop aangemaakt. Code voor deelnemers: {code}. Je facilitatorsleutel: {key}. Bewaar de sleutel: "
        "hij wordt niet opnieuw getoond."
    ),
    "werkblad_exercise": "Oefening",
    "werkblad_make": "Werkblad maken",
    "need_title": "Geef de workshop een titel en kies minstens één oefening.",
    "code": "Workshopcode",
    "key": "Sleutel",
    "open_button": "Openen",
    "refused": "Geen toegang: onbekende workshopcode of verkeerde facilitatorsleutel.",
    "locked": (
        "Geen toegang: op deze pagina is te vaak een verkeerde sleutel getypt. "
        "Probeer het over {seconds} seconden opnieuw."
    ),
    "header": "{title} · code {code} · {mode}",
    "exercise": "Oefening",
    "step": "Stap",
    "live": "Live bijwerken (elke 2 seconden)",
    "refresh": "Nu bijwerken",
    "updated": "bijgewerkt om {time}",
    "who_where": "Wie is waar?",
    "summary": "{people}, van wie {submitted} {have} ingeleverd.",
    "scores": "Scores",
    "no_scores": "Nog niemand heeft ingeleverd.",
    "table_summary": "{tables}, waarvan {submitted} {have} ingeleverd.",
    "no_table_scores": "Nog geen tafel heeft ingeleverd.",
    "no_table": "(geen tafel)",
    "observer": "Waarnemer",
    "mean": "Gemiddelde score {mean} over {count}.",
    "per_step": "Per stap: keuzes naast de referentie",
    "revealed": "De referentie van deze stap is zichtbaar voor deelnemers.",
    "hidden": "De referentie van deze stap is nog verborgen voor deelnemers.",
    "debrief": "Nabespreking: bespreek de keuzes, niet alleen de scores",
    "wall": "Muur met vrije antwoorden",
    "no_texts": "Nog geen vrije antwoorden bij deze stap.",
    "spotlight": "In de schijnwerper",
    "nobody": "— niemand —",
    "no_exercises": "Deze workshop heeft geen (bekende) oefeningen.",
    "reveal_step": "Referentie van deze stap tonen",
    "reveal_no_step": "Kies eerst bij ‘Per stap’ de stap waarvan je de referentie wilt tonen.",
    "reveal_all": "Alle referenties tonen",
    "self_study_off": (
        "Zelfstudie van deze oefening staat uit zolang de workshop loopt (anders is de referentie te omzeilen)"
    ),
    "self_study_new": "Zelfstudie van deze oefeningen uitzetten zolang de workshop loopt",
    "rejoin": "Aanmelding op naam",
    "rejoin_approve": "Goedkeuren",
    "rejoin_hint": (
        "Iemand meldde zich aan onder een naam die al bestaat, zonder herstelcode. Keur het alleen goed als je "
        "zeker weet dat het dezelfde persoon is (bijvoorbeeld op een ander apparaat)."
    ),
    "rejoin_done": "{name} kan zich nu opnieuw aanmelden en krijgt een nieuwe herstelcode.",
    "roles": "Rollen en injects",
    "participant": "Deelnemer",
    "pick_participant": "Kies eerst een deelnemer in de lijst ‘Deelnemer’.",
    "no_participants": "Er heeft zich nog niemand aangemeld; de lijst vult zich zodra iemand meedoet.",
    "no_rejoin": "Er wacht niemand op goedkeuring.",
    "role": "Rol",
    "assign": "Rol toewijzen",
    "assigned": "{name} speelt nu de rol {role}.",
    "release_next": "Volgende inject vrijgeven",
    "release": "Vrijgeven",
    "inject": "Inject",
    "to_roles": "Aan rollen",
    "pick_inject": "Kies eerst bij ‘Inject’ welk bericht je vrijgeeft.",
    "all_released": "Alle injects zijn vrijgegeven.",
    "pause": "Pauzeren",
    "resume": "Hervatten",
    "timeline": "Tijdlijn van vrijgegeven injects",
    "no_releases": "Nog niets vrijgegeven.",
    "to_all": "iedereen die het bericht volgens het scenario ontvangt",
    "after": "Na afloop",
    "export_csv": "Exporteer CSV (zip)",
    "export_excel": "Exporteer Excel",
    "personal": "Persoonlijk verslag",
    "aar": "Evaluatierapport",
    "aar_make": "Evaluatierapport maken",
    "strengths_note": "Je notitie bij de sterke punten",
    "improvements_note": "Je notitie bij de verbeterpunten",
    "plan_label": "Verbeterplan",
    "delete": "Persoonsgegevens van deze workshop verwijderen",
    "delete_confirm": "Typ de workshopcode om het verwijderen te bevestigen",
    "deleted": "Workshop {code} en alle antwoorden zijn verwijderd.",
    "delete_mismatch": "De code klopt niet; er is niets verwijderd.",
}

MODES: list[tuple[str, str]] = [
    ("Individueel", "individueel"),
    ("Groepsspel (SAMOS, jij geeft de berichten vrij)", "groep"),
]
TABLE_HEAD = ["Naam", "Rol", "Huidige stap", "Beantwoord", "Score"]
TEAM_TABLE_HEAD = ["Tafel", "Aan tafel", "Stappen ingeleverd", "Beantwoord", "Score"]
GROUP_PEOPLE_HEAD = ["Naam", "Rol", "Tafel", "Huidige stap"]
