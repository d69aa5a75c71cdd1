"""Dutch texts of the reports and exports, kept together."""

RT: dict[str, str] = {
    "not_answered": "(niet beantwoord)",
    "personal_title": "Persoonlijk verslag",
    "participant": "Deelnemer",
    "date": "Datum",
    "workshop": "Workshop",
    "exercise": "Oefening",
    "your_answer": "Jouw antwoord",
    "score": "Score",
    "total": "Totaalscore",
    "not_submitted": "Nog niet ingeleverd: hieronder staan je antwoorden zonder score en feedback.",
    "model_answer": "Modelantwoord",
    "source": "Bron",
    "score_note": "De score is een hulpmiddel voor het gesprek, geen examencijfer.",
    "aar_title": "Evaluatierapport (after-action review)",
    "objectives": "1. Doelstellingen",
    "participation": "2. Deelname",
    "participation_text": "{count} deelnemers leverden in; gemiddelde totaalscore {mean}, spreiding {low} tot {high}.",
    "participation_none": "Er is nog niets ingeleverd.",
    "strengths": "3. Sterke punten",
    "improvements": "4. Verbeterpunten",
    "missed": "Vaakst gemiste kernpunten",
    "missed_times": "{count} keer gemist",
    "plan": "5. Verbeterplan",
    "plan_empty": "Nog geen acties: vul het verbeterplan in de facilitatorsapp in.",
    "note": "Notitie van de facilitator",
    "steps_practised": "Geoefende stappen",
    "mean_score": "gemiddeld {score}",
}

PLAN_HEAD = ["Actie", "Eigenaar", "Datum"]
