"""The observer's evaluation guide and the lessons-learned questionnaire, as data (Dutch).

Modelled on an exercise evaluation guide (HSEEP EEG): per step a few criteria from the SAMOS
werkprotocol, each with a rating P/S/M/U and a free note.
"""

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
