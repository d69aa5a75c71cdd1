"""Dutch texts of team play: the table header, shared editing, observers and lessons learned."""

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
    "hand_in_step": "Stap inleveren (hele tafel)",
    "step_handed_in": "De tafel heeft deze stap ingeleverd.",
    "submit_team": "Inleveren voor de hele tafel",
    "team_submitted": "{name} heeft de analyse van de tafel ingeleverd; iedereen aan tafel ziet dezelfde feedback.",
    "already_submitted": "De tafel had al ingeleverd (door {name}); je ziet de feedback hieronder.",
    "observer_only_team": "Waarnemen kan alleen aan een tafel in een workshop met tafels. Kies een rol.",
    "observer_role": "Waarnemer (observeert een tafel)",
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

CRITERIA: dict[str, tuple[str, str]] = {
    "bob": (
        "BOB-discipline",
        "Eerst beeld, dan oordeel, dan besluit; feiten en meningen gescheiden; niemand springt naar maatregelen.",
    ),
    "informatie": (
        "Informatie delen",
        "Elke rol brengt wat alleen zij weet in; ontbrekende informatie wordt benoemd en belegd.",
    ),
    "smart": (
        "SMART-acties",
        "Acties zijn specifiek, hebben een eigenaar en een termijn, en passen bij het oordeel.",
    ),
    "communicatie": (
        "Communicatie",
        "De tafel denkt aan communicatie naar bewoners, sleutelpersonen en media, en aan geruchten.",
    ),
}
"""Evaluation criteria of the observer's form, after the werkprotocol of the SAMOS guide (id -> name, what to watch)."""

RATINGS: dict[str, str] = {
    "P": "Goed uitgevoerd",
    "S": "Uitgevoerd, met enkele problemen",
    "M": "Uitgevoerd, met grote problemen",
    "U": "Niet uitgevoerd",
}
"""Ratings as in an exercise evaluation guide (HSEEP: P, S, M, U), in Dutch."""

LESSONS: dict[str, str] = {
    "goed": "Wat ging goed?",
    "beter": "Wat kan beter?",
    "anders": "Wat gaat jullie team de volgende keer anders doen?",
}
"""The lessons-learned questionnaire each participant answers at the end."""
