"""Dutch interface texts of the app, kept in one place."""

UI = {
    "start_title": "Oefenkit",
    "start_intro": (
        "Oefen met de KIS-handreikingen over polarisatie en maatschappelijke spanningen. Werk een casus of "
        "SAMOS-oefening door en vergelijk je analyse met een referentie die de handreiking onderbouwt."
    ),
    "nav": "Navigatie",
    "home": "← Startpagina",
    "name": "Je naam",
    "name_placeholder": "bijv. Sanne de Vries",
    "code": "Workshopcode",
    "code_placeholder": "leeg bij zelfstudie",
    "role": "Jouw rol",
    "resume_code": "Herstelcode",
    "resume_placeholder": "alleen op een ander apparaat nodig",
    "resume_issued": (
        "Je persoonlijke herstelcode is {code}. Deze browser onthoudt hem; schrijf hem op als je later op een "
        "ander apparaat verder wilt. Zonder de code kan niemand anders onder jouw naam verder."
    ),
    "resume_wait": (
        "Op deze pagina is te vaak een verkeerde herstelcode gebruikt. Probeer het over {seconds} seconden opnieuw, "
        "of vraag de facilitator om je weer toe te laten."
    ),
    "begin": "Beginnen",
    "signing_in": "Even geduld: je wordt aangemeld en de oefening wordt geladen.",
    "sign_in_hint": (
        "Vul je naam in. Werk je alleen, laat de workshopcode dan leeg; in een workshop krijg je de code van "
        "de facilitator. Deze browser onthoudt je; op een ander apparaat vul je ook je herstelcode in."
    ),
    "sign_in_hint_roles": (
        "Vul je naam in en kies een scenario en je rol. Je rol bepaalt welke berichten je eerst ziet; pas als "
        "het kernteam bijeenkomt, worden alle berichten gedeeld. Laat de workshopcode leeg bij zelfstudie."
    ),
    "scenario_choice": "Scenario",
    "workshop_only": (
        "Zelfstudie staat uit op deze server: de oefeningen zijn alleen te openen met de workshopcode van je "
        "facilitator."
    ),
    "only_workshop": "(nu alleen in een workshop)",
    "need_code_server": (
        "Zelfstudie staat uit op deze server. Vul de workshopcode in die je van de facilitator kreeg."
    ),
    "need_code_exercise": (
        "'{exercise}' is nu alleen in een workshop te oefenen. Vul de workshopcode in die je van de facilitator kreeg."
    ),
    "need_name": "Vul je naam in om te beginnen; zo vind je je antwoorden later terug.",
    "welcome_back": "Welkom terug, {name}. Je antwoorden zijn teruggezet; je gaat verder bij {step}.",
    "your_role": "Je rol: {role}.",
    "welcome": "Welkom, {name}. Je antwoorden worden bij elke wijziging bewaard.",
    "previous": "◀ Vorige stap",
    "next": "Volgende stap ▶",
    "jump": "Ga naar",
    "jump_go": "Open stap",
    "row": "Regel {n}",
    "progress": "{answered} van {questions} beantwoord · {done} van {steps} helemaal af",
    "incomplete": "Let op: in deze stap {count} {is_} nog niet beantwoord ({names}). Je kunt wel verder.",
    "submit": "Inleveren en feedback bekijken",
    "submit_confirm": "Nog niet alles is beantwoord: {missing} {is_} open.",
    "submit_again": "Klik nogmaals op ‘Inleveren en feedback bekijken’ om toch in te leveren.",
    "submit_more": "en nog {count}",
    "check_step": "Feedback op deze stap",
    "saved": "✓ Opgeslagen",
    "saving": "… opslaan",
    "save_retrying": (
        "Nog niet opgeslagen — opnieuw proberen… Je antwoord staat nog in het scherm; sluit de pagina nog niet."
    ),
    "check_complete": "Alle vragen van deze stap zijn beantwoord.",
    "check_open": "Nog niet beantwoord in deze stap: {names}.",
    "submitted_hidden": (
        "Je antwoorden zijn ingeleverd. Scores en toelichting zie je per stap zodra de facilitator de "
        "referentie zichtbaar maakt."
    ),
    "scenario": "De situatie",
    "given_picture": "Gegeven beeld en oordeel",
    "policy": "Wat loopt er al",
    "debrief": "Om samen na te bespreken",
    "injects": "Binnengekomen berichten",
    "injects_none": "Er zijn nog geen berichten voor jou binnengekomen.",
    "injects_own": "Je ziet alleen de berichten die bij jouw rol binnenkwamen.",
    "injects_shared": "Het kernteam heeft alle berichten gedeeld.",
    "source": "Bron",
    "download": "Download {name}",
    "text_count": "{count} van {max} tekens",
    "text_full": "Meer past er niet in; maak je antwoord korter.",
    "add_row": "+ Regel toevoegen",
    "remove_row": "Verwijder",
    "rows_full": "Deze vraag heeft het grootste aantal regels ({max}). Verwijder een regel voor een nieuwe.",
    "choose": "— kies —",
    "rank_place": "Plaats {n}",
    "too_many": "Je kunt hier hooguit {max} maken; zet eerst een ander vinkje uit.",
    "chosen_count": "{count} van hooguit {max} gekozen.",
    "open_placeholder": "Schrijf op wat je bedoelt…",
    "rank_twice": "‘{label}’ staat al op een andere plaats; elke keuze krijgt één plaats.",
    "rank_from_chosen": "Je zet hier de keuzes uit de vorige vraag in volgorde.",
    "rank_all": (
        "Je hebt bij de vorige vraag nog geen twee keuzes gemaakt; daarom staan hier alle mogelijkheden. "
        "Kies eerst hierboven om alleen je eigen keuzes te zien."
    ),
    "scoring_link": "Hoe wordt er gescoord?",
    "feedback_title": "Feedback",
    "feedback_step_title": "Feedback op {step}",
    "step_scores": "Score per stap",
    "step": "Stap",
    "score": "Score",
    "question": "Vraag",
    "top_missed": "Belangrijkste gemiste punten",
    "hidden_note": "De referentie van deze stap wordt nog besproken; de facilitator maakt haar later zichtbaar.",
    "total": "Totaal",
    "score_note": "De score is een hulpmiddel voor het gesprek, geen examencijfer.",
    "model_answer": "Modelantwoord",
    "back_to_work": "Terug naar de oefening",
    "error": "Er ging iets mis: {error}",
    "paused": "De facilitator heeft de oefening gepauzeerd. Je antwoorden blijven bewaard; wacht even.",
    "not_in_workshop": (
        "Oefening '{exercise}' hoort niet bij workshop {code}. Kies de oefening die de facilitator noemde."
    ),
    "unexpected": "Er ging iets onverwachts mis. Je antwoorden zijn bewaard; laad de pagina opnieuw.",
}

VERDICT_ICONS = {"goed": "✔", "deels": "◐", "gemist": "✘", "past-niet": "✗", "afgeraden": "⚠", "info": "•"}
VERDICT_NAMES = {
    "goed": "Goed",
    "deels": "Deels",
    "gemist": "Gemist",
    "past-niet": "Past niet",
    "afgeraden": "Afgeraden",
    "info": "Toelichting",
}
