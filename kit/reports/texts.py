"""Dutch texts of the reports and exports, kept together so a second language can follow."""

RT: dict[str, str] = {
    # answers
    "not_answered": "(niet beantwoord)",
    "ranking_item": "{place}e: {label}",
    # shared
    "date": "Datum",
    "workshop": "Workshop",
    "exercise": "Oefening",
    "source": "Bron",
    "model_answer": "Modelantwoord",
    # personal report
    "personal_title": "Persoonlijk verslag",
    "participant": "Deelnemer",
    "scenario": "Situatie",
    "your_answer": "Jouw antwoord",
    "score": "Score",
    "total": "Totaalscore",
    "not_submitted": "Nog niet ingeleverd: hieronder staan je antwoorden, nog zonder score en feedback.",
    "score_note": "De score is een hulpmiddel voor het gesprek, geen examencijfer.",
    "submitted_at": "Ingeleverd op",
    # werkblad (a casus on paper)
    "werkblad_title": "Werkblad",
    "werkblad_name": "Naam",
    "werkblad_story": "De situatie",
    "werkblad_picture": "Gegeven beeld en oordeel",
    "werkblad_statement": "Uitspraak",
    "werkblad_one": "Kruis één antwoord aan.",
    "werkblad_many": "Kruis aan wat van toepassing is.",
    "werkblad_max": "Hooguit {max}.",
    "werkblad_rank": "Zet de belangrijkste bovenaan.",
    # after-action report
    "aar_title": "Evaluatierapport",
    "objectives": "1. Doelstellingen",
    "objectives_intro": "Wat de deelnemers in deze workshop hebben geoefend.",
    "steps_practised": "Geoefende stappen",
    "participation": "2. Deelname",
    "participation_text": (
        "{count} {handed} in. Gemiddelde totaalscore {mean} "
        "(spreiding: laagste {low}, hoogste {high}, standaardafwijking {sd} procentpunt)."
    ),
    "participation_none": "Er is nog niets ingeleverd; de cijfers hieronder volgen zodra deelnemers inleveren.",
    "participation_tables": (
        "Ingeleverd door {tables}: gemiddelde totaalscore {mean} (laagste {low}, hoogste {high}). "
        "De scores per tafel staan hieronder."
    ),
    "per_exercise": "{title}: {count} ingeleverd, gemiddeld {mean}.",
    "strengths": "3. Sterke punten",
    "strengths_intro": "De stappen die het best gingen (gemiddeld 70% of meer).",
    "strengths_none": "Geen stap scoorde gemiddeld 70% of meer; de verbeterpunten hieronder wegen deze keer zwaarder.",
    "improvements": "4. Verbeterpunten",
    "improvements_intro": "De stappen met de laagste gemiddelde score.",
    "mean_score": "gemiddeld {score}",
    "missed": "Vaakst gemiste kernpunten",
    "missed_intro": "Punten uit de referentie die de meeste deelnemers niet noemden of kozen.",
    "missed_times": "{count} van {total} keer gemist",
    "missed_none": "Geen kernpunten gemist.",
    "note": "Notitie van de facilitator",
    "plan": "5. Verbeterplan",
    "debrief": "Vragen voor de nabespreking",
    "debrief_intro": "Bespreek de keuzes, niet alleen de scores: per geoefende stap twee of drie vragen.",
    "plan_intro": "Afspraken die uit de nabespreking volgen: wat gebeurt er, wie is eigenaar, en wanneer.",
    "plan_empty": "Nog geen acties vastgelegd: vul het verbeterplan in de facilitatorsapp in, of hier op papier.",
}

PLAN_KEYS = ("actie", "eigenaar", "datum")
PLAN_HEAD = ("Actie", "Eigenaar", "Datum")
PLAN_BLANK_ROWS = 3
"""An empty plan prints this many blank rows, to fill in by hand during the debriefing."""

VERDICT_ICONS: dict[str, str] = {
    "goed": "✔",
    "deels": "◐",
    "gemist": "✘",
    "past-niet": "✗",
    "afgeraden": "⚠",
    "info": "•",
}
"""Shown before each feedback line; they print in black and white too. The names are their tooltips."""
VERDICT_NAMES: dict[str, str] = {
    "goed": "Goed",
    "deels": "Deels",
    "gemist": "Gemist",
    "past-niet": "Past niet",
    "afgeraden": "Afgeraden",
    "info": "Toelichting",
}

RT.update(
    {
        # personal report of a member of a table (group play)
        "table": "Tafel",
        "role": "Rol",
        "submitted_by": "Ingeleverd door",
        "table_total": "Totaalscore van de tafel",
        "table_not_submitted": (
            "Jullie tafel heeft nog niet ingeleverd: hieronder staat de analyse van de tafel, "
            "nog zonder score en feedback."
        ),
        "table_waiting": (
            "De tafel leverde in; de score en feedback verschijnen per stap zodra de facilitator die vrijgeeft."
        ),
        "step_waiting": "Score en feedback van deze stap zijn nog niet vrijgegeven.",
        "own_answers": "Jouw eigen antwoorden",
        "own_answers_intro": "Wat jij zelf invulde, voordat de tafel samen verder ging.",
        "table_analysis": "De analyse van de tafel",
        "table_answer": "Antwoord van de tafel",
        "observer_role": "Waarnemer",
    }
)
