"""Dutch messages of the service and its client."""

from __future__ import annotations

REMOTE: dict[str, str] = {
    "unreachable": "De oefenomgeving is even niet bereikbaar ({detail}). Probeer het zo opnieuw; "
    "wat je invulde blijft in dit venster staan.",
    "not_signed_in": "Je bent niet (meer) aangemeld bij de oefenomgeving. Laad de pagina opnieuw en meld je aan.",
    "name_taken": "De naam '{name}' is in deze workshop al in gebruik door iemand anders. Kies een andere naam.",
    "self_study_closed": (
        "Deze oefening is nu alleen in een workshop te oefenen. Vul de workshopcode in die je van de facilitator kreeg."
    ),
    "not_yours": "Deze deelnemer hoort niet bij jouw account. Meld je opnieuw aan.",
    "not_member": "Je bent niet aangemeld in deze workshop. Meld je eerst aan met de workshopcode.",
    "code_budget": (
        "Te veel workshopcodes geprobeerd. Wacht {seconds} seconden en controleer de code bij je facilitator."
    ),
    "bad_request": "De oefenomgeving begreep het verzoek niet: {detail}",
    "not_facilitator": (
        "Workshops leiden kan alleen een facilitator. Vraag de beheerder van de oefenomgeving om je account "
        "aan de groep facilitatoren toe te voegen."
    ),
    "organiser_refused": "De organisatorsleutel klopt niet. Alleen met die sleutel maak je een workshop aan.",
    "facilitator_key": "Open de workshop eerst met zijn code en sleutel.",
    "not_in_workshop": "Deze deelnemer of tafel hoort niet bij deze workshop.",
}
