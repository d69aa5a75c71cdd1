"""Dutch feedback sentences, kept together so wording is consistent and a second language can follow."""

TEXTS = {
    "chosen_core": "Goed gezien: {label}.",
    "chosen_fitting": "Passend, maar niet de kern: {label}.",
    "missed_core": "Gemist: {label}.",
    "chosen_wrong": "Afgeraden: {label}.",
    "chosen_unlisted": "{label} speelt in deze situatie geen hoofdrol volgens de referentie.",
    "nothing_chosen": "Je hebt hier nog niets gekozen.",
    "scale_missed": "Gemist: {label} (je hebt niets gekozen).",
    "in_range": "Je keuze ‘{label}’ valt binnen wat de referentie verdedigbaar vindt.",
    "near_range": (
        "Je keuze ‘{label}’ ligt {distance} naast wat de referentie verdedigbaar vindt ({accepted})."
    ),
    "out_of_range": "Je keuze ‘{label}’ ligt ver van wat de referentie verdedigbaar vindt ({accepted}).",
    "ranking_place": "‘{label}’ staat bij jou op plaats {yours}, in de referentie op plaats {ref}.",
    "ranking_missing": "‘{label}’ ontbreekt in je rangorde (referentie: plaats {ref}).",
    "ranking_good": "Je volgorde komt overeen met de referentie.",
    "concept_found": "Je noemt: {label}.",
    "concept_missed": "Niet genoemd: {label}.",
    "text_empty": "Je hebt hier nog geen tekst geschreven.",
    "rows_complete": "{complete} van de {expected} verwachte regels {is_} volledig ingevuld.",
    "row_incomplete": "Regel {row} mist: {fields}.",
    "class_right": "Juist ingedeeld als {category}: ‘{item}’.",
    "class_wrong": "‘{item}’ is {category}, niet {chosen}.",
    "class_missing": "Niet ingedeeld: ‘{item}’ (hoort bij {category}).",
}


def tidy(text: str) -> str:
    """One full stop at most: a label that ends in '?', '!', '…' or '...' gets no extra '.' after it."""
    if text.endswith(("?.", "!.", "….", "....")) or (text.endswith("..") and not text.endswith("...")):
        return text[:-1]
    return text
