"""Dutch feedback sentences, kept together so wording is consistent and a second language can follow.

Every point lost is explained in one sentence; the reason and the guide's section travel with it as
`toelichting` and `bron`. Only what the guide advises against is called 'afgeraden'.
"""

import re

TEXTS = {
    "chosen_core": "Goed gezien: {label}.",
    "chosen_fitting": "Passend, maar niet de kern: {label} (een extra keuze kost een klein beetje).",
    "chosen_fitting_capped": (
        "Passend, maar niet de kern: {label}; binnen het maximum aantal keuzes telt het voor de helft."
    ),
    "missed_core": "Gemist: {label}.",
    "chosen_not_applicable": "Past niet bij {situatie}: {label}; een keuze die de feiten niet steunen kost punten.",
    "chosen_wrong": "Afgeraden door de handreiking: {label}; dat kost de meeste punten.",
    "chosen_unlisted": (
        "{label}: de referentie ziet daar in {situatie} geen grond voor; een keuze zonder grond kost punten."
    ),
    "none_label": "geen van deze ({label})",
    "open_empty": "Je kiest '{label}', maar schrijft niet op wat je bedoelt; zonder tekst telt die keuze niet.",
    "open_named": "Je kiest '{label}' en noemt: '{text}'.",
    "nothing_chosen": "Je hebt hier nog niets gekozen.",
    "scale_missed": "Gemist: {label} (je hebt niets gekozen).",
    "in_range": "Je keuze '{label}' valt binnen wat de referentie verdedigbaar vindt.",
    "near_range": (
        "Je keuze '{label}' ligt {distance} naast wat de referentie verdedigbaar vindt ({accepted}); "
        "elke stap kost de helft."
    ),
    "out_of_range": "Je keuze '{label}' ligt ver van wat de referentie verdedigbaar vindt ({accepted}).",
    "ranking_place": "'{label}' staat bij jou op plaats {yours}, in de referentie op plaats {ref}.",
    "ranking_missing": "'{label}' ontbreekt in je rangorde (referentie: plaats {ref}).",
    "ranking_outside": (
        "'{label}' staat bij jou op plaats {yours}, maar hoort volgens de referentie niet bij de hoogste "
        "prioriteiten; hoe hoger, hoe meer het kost."
    ),
    "ranking_advised": (
        "'{label}' staat bij jou op plaats {yours}, terwijl de handreiking dit juist als laatste inzet: "
        "dat kost dubbel."
    ),
    "ranking_good": "Je volgorde komt overeen met de referentie.",
    "concept_found": "Je noemt: {label}.",
    "concept_missed": "Niet genoemd: {label}.",
    "concept_denied": "Je noemt {label} als afwezig; volgens de referentie speelt het juist wel.",
    "concept_advised": "Afgeraden door de handreiking: {label}; dat kost punten.",
    "text_copied": (
        "Een deel van je tekst is overgenomen uit de casus, de berichten of de vraag; overgenomen tekst telt "
        "niet mee, alleen wat je er zelf over schrijft."
    ),
    "text_repeated": (
        "Deze tekst staat ook bij een andere vraag van deze stap ('{question}'); hij telt alleen daar, waar "
        "hij de vraag het best beantwoordt."
    ),
    "text_empty": "Je hebt hier nog geen tekst geschreven.",
    "rows_complete": "{complete} van de {expected} verwachte regels {counts} mee.",
    "row_incomplete": "Regel {row} telt niet mee, want hij mist: {fields}.",
    "row_unrecognised": "Regel {row} telt niet mee: de referentie herkent er niets in wat voor deze situatie telt.",
    "row_advised": "Regel {row} telt niet mee: de handreiking raadt dit af ({label}).",
    "row_copied": "Regel {row} telt niet mee: de tekst is overgenomen uit de casus of de berichten.",
    "row_repeated": "Regel {row} telt niet mee: hij herhaalt regel {earlier}.",
    "row_form": "Regel {row} telt niet mee: {problems}.",
    "class_right": "Juist ingedeeld als {category}: '{item}'.",
    "class_wrong": "'{item}' is een {category}, geen {chosen}.",
    "class_missing": "Niet ingedeeld: '{item}' (hoort bij {category}).",
}

FORM = {
    "no_condition": "het 'als ...' beschrijft geen situatie die kan ontstaan",
    "decision_as_condition": (
        "het 'als ...' is een besluit, geen situatie; een scenario beschrijft wat er kan gebeuren, "
        "niet wat het kernteam doet"
    ),
    "no_consequence": "het 'dan ...' zegt niet wat er dan gebeurt",
    "no_owner": "er is geen eigenaar uit de rollen gekozen",
    "no_time": "er staat niet bij wanneer het klaar is",
    "copied_time": (
        "de tijd is die van een bericht dat je kreeg, dus wanneer er iets gebeurde; zet zelf een termijn "
        "waarop het klaar is"
    ),
    "no_result": "het resultaat is niet toetsbaar (noem wat er achteraf te zien of te tellen is)",
    "no_audience": "de doelgroep ontbreekt",
    "no_message": "de boodschap is te kort om te zeggen wat je vertelt",
    "no_channel": "er staat niet bij langs welke weg (brief, bijeenkomst, gesprek, sociale media ...)",
}


_INNER_QUOTE = re.compile(r"(?<![A-Za-zÀ-ÿ])'(?![st]\b)|(?<=[^\s])'(?![A-Za-zÀ-ÿ])")


def inner_quotes(text: str) -> str:
    """A quotation inside a quoted text gets double quotes (Dutch style), so the two never run together.

    Apostrophes stay: inside a word ('auto's') and in 's and 't ('s avonds).
    """
    return _INNER_QUOTE.sub('"', text)


def tidy(text: str) -> str:
    """One full stop at most: a label that ends in '?', '!', '…' or '...' gets no extra '.' after it."""
    if text.endswith(("?.", "!.", "….", "....")) or (text.endswith("..") and not text.endswith("...")):
        return text[:-1]
    return text
