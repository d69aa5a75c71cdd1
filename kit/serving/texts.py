"""Dutch texts of `python -m kit serve`: help, refusals and the pool status the facilitator sees."""

from __future__ import annotations

HELP: dict[str, str] = {
    "description": (
        "Start de oefeningen als Voila-app op 127.0.0.1. Met --deelnemers staan er vooraf kernels klaar voor "
        "de oefeningen van de workshop, zodat een hele groep tegelijk kan beginnen."
    ),
    "epilog": (
        "Voorbeeld: python -m kit serve --deelnemers 40 --oefening casus-1. Een pagina die gesloten of "
        "herladen is, geeft haar kernel vrij na --opruimen seconden; wie de pagina open heeft, houdt de "
        "kernel, ook zonder iets te doen."
    ),
    "help": "toon deze hulp en stop",
    "port": "poort op 127.0.0.1 (standaard: %(default)s)",
    "deelnemers": (
        "aantal verwachte deelnemers: zoveel kernels per oefening worden vooraf gestart "
        "(zonder deze optie: één kernel per notebook)"
    ),
    "oefening": (
        "oefening die de deelnemers openen, als id (casus-1, azc/oefenvorm-2) of notebook (casus-1.ipynb); mag vaker"
    ),
    "workshop": "workshopcode: verwarm de oefeningen van deze workshop (uit de database)",
    "opruimen": (
        "seconden waarna de kernel van een gesloten of herladen pagina wordt opgeruimd (standaard: %(default)s)"
    ),
    "controle": "elke hoeveel seconden gecontroleerd wordt wat er op te ruimen is (standaard: %(default)s)",
    "database_url": (
        "database voor de antwoorden, als SQLAlchemy-URL (standaard: $KIT_DATABASE_URL of het SQLite-bestand "
        "in je gebruikersmap)"
    ),
    "alleen_workshop": "zelfstudie uit: oefeningen openen alleen met een workshopcode",
    "usage": "Gebruik: ",
    "options": "opties",
    "positionals": "argumenten",
}

ERRORS: dict[str, str] = {
    "prefix": "Fout",
    "twice": "{option} is twee keer gegeven ({first} en {second}); geef het één keer.",
    "not_int": "'{value}' is geen geheel getal.",
    "port": "Poort {port} kan niet: kies een poort van 1024 tot en met 65535.",
    "port_busy": "Poort {port} is al in gebruik op 127.0.0.1; stop het andere programma of kies een andere --port.",
    "deelnemers": "--deelnemers {value} kan niet: geef een aantal van 1 tot en met {maximum}.",
    "need_exercises": (
        "Bij --deelnemers hoort welke oefeningen de deelnemers openen: geef --oefening (bv. casus-1) of "
        "--workshop CODE. Kernels voor alle 13 notebooks vooraf starten zou te veel geheugen kosten."
    ),
    "need_participants": "--oefening en --workshop zeggen welke oefeningen je verwarmt; geef ook --deelnemers.",
    "unknown_exercise": "Onbekende oefening '{value}' bij --oefening; kies uit: {choices}.",
    "unknown_workshop": "Workshop '{code}' bestaat niet in de database ({url}).",
    "cull": "--opruimen {value} kan niet: geef minstens {minimum} seconden (0 zou nooit opruimen).",
    "interval": "--controle {value} kan niet: geef 1 tot en met --opruimen ({cull}) seconden.",
    "database_url": "--database-url '{url}' is geen geldige database-URL: {reason}",
    "memory": (
        "{kernels} vooraf starten vraagt ongeveer {needed} MB geheugen, maar er is maar {available} MB "
        "vrij. Geef minder --deelnemers of minder oefeningen."
    ),
}

STATUS: dict[str, str] = {
    "ready": "Server klaar voor {target} ({notebooks}).",
    "warming": "Server warmt op: {ready} van {target} plaatsen klaar ({notebooks}). Even geduld.",
    "in_use": " {in_use} in gebruik.",
    "running": "Server: {ready} klaar voor nieuwe deelnemers, {in_use} in gebruik.",
}
