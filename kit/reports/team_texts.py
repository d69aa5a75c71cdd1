"""Dutch texts of the team parts of the after-action report."""

TRT = {
    "scores": "Scores per tafel: {title}",
    "table": "Tafel",
    "total": "Totaal",
    "observed_good": "Wat de waarnemers goed zagen gaan",
    "observed_weak": "Wat de waarnemers zagen haperen",
    "lessons_good": "Wat ging goed, volgens de deelnemers",
    "lessons_better": "Wat kan beter, volgens de deelnemers",
    "lessons_different": "Wat de teams de volgende keer anders doen, volgens de deelnemers",
    "anonymous": "Uit de terugblik van de deelnemers, zonder namen.",
    "appendix": "Bijlage: waarnemingen per tafel",
    "appendix_intro": (
        "Het waarnemingsformulier per stap, naar het werkprotocol: BOB-discipline, informatie delen, "
        "SMART-acties en communicatie. Oordeel: P goed, S enkele problemen, M grote problemen, U niet uitgevoerd."
    ),
    "appendix_head": "Tafel|Stap|Onderdeel|Oordeel|Waarneming",
    "no_rating": "geen oordeel",
}
