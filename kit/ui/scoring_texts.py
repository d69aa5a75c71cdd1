"""The Dutch page 'Hoe wordt er gescoord?', linked from the feedback view (docs/scoring.md in English)."""

SCORING_PAGE = """
# Hoe wordt er gescoord?

Elke vraag wordt vergeleken met een **referentie**: een uitwerking door trainers, met per keuze een reden en
de plek in de handreiking waar die reden staat. Je score laat zien hoe dicht je bij die uitwerking komt; de
toelichting bij elke regel zegt waarom. Een score is een gesprekspunt, geen eindoordeel.

## Wat de referentie over een keuze zegt

- **Kern**: dit hoort in je analyse. Elke kernkeuze die je vindt, telt mee.
- **Passend**: verdedigbaar, maar niet waar de vraag om draait. Levert niets op en kost een klein beetje.
- **Past niet bij deze casus** (of **dit scenario**): de feiten van de casus of het scenario geven er geen
  grond voor. Dat kost punten.
- **Afgeraden**: de handreiking raadt het af (de bron staat erbij). Dat kost het meest.

Een keuze die de referentie niet noemt, kost ook iets: je kiest dan zonder grond.

## Meerdere keuzes

Je score is *wat je vond* min *wat je zonder grond koos*:

    score = (gevonden kern / alle kern) - (kosten van je andere keuzes / de kosten van alle andere keuzes)

De kosten zijn 0,25 voor passend, 1 voor een keuze die de referentie niet noemt, 1,5 voor 'past niet' en 3 voor
afgeraden. Alles aanvinken levert dus (bijna) niets op, en een passende keuze maakt een gemiste kernkeuze niet
goed. Bij weinig foute mogelijkheden weegt één misser minder zwaar: er wordt dan gedeeld door de kern.

*Voorbeeld*: drie kernkeuzes (A, B, C), één passende (D) en twee die niet passen (E, F). Je kiest A, B en E.
Gevonden: 2 van 3. Kosten: 1,5 van in totaal 0,25 + 1,5 + 1,5 = 3,25. Score: 0,67 - 0,46 = **21%**.
Kies je A, B en D, dan is het 0,67 - 0,25 / 3,25 = **59%**.

Bij **één keuze** telt een kernkeuze 100%, een passende 50% en iets anders 0%. Kies je **'geen van deze'**,
dan wordt dat gescoord als elke andere keuze: soms is 'geen' precies het goede antwoord.
Bij **'anders, namelijk …'** telt je keuze alleen als je opschrijft wat je bedoelt; noemt de referentie
begrippen voor die tekst, dan telt het deel dat je noemt.

## Een schaal of een moment op de tijdlijn

Binnen wat de referentie verdedigbaar vindt: 100%. Elke stap ernaast kost 50%.

## Een rangorde

Elke plaats telt. Staat iets op een andere plaats dan in de referentie, dan kost het verschil in plaatsen.
Iets wat niet tot de hoogste prioriteiten hoort kost meer naarmate het hoger staat, en wat de handreiking
juist als laatste inzet (bijvoorbeeld grootschalig of repressief optreden) kost dubbel. Alles samen wordt
gedeeld door wat een lege rangorde zou kosten.

## Vrije tekst

De referentie noemt de **begrippen** die in een goed antwoord staan, met woorden die daarvoor kunnen staan.
Je tekst wordt gelezen op woordstammen en werkwoordsvormen ('gesloten' is 'sluiten'), en een begrip mag met
een paar woorden ertussen staan ('nog geen *echte* confrontaties'). Een begrip dat je **ontkent** ('er is
geen angst', 'de bouw heeft er niets mee te maken') telt niet: de toelichting zegt dan 'je noemt X als
afwezig'. Noem je iets wat de handreiking **afraadt** (bijvoorbeeld een bijeenkomst verbieden of een hele groep
in beeld brengen), dan kost dat evenveel als een begrip oplevert.

## Tabellen (acties, scenario's, communicatie)

De helft van de score gaat over de **regels**, de andere helft over de begrippen in alle regels samen. Een regel
telt alleen mee als alle verplichte velden zijn ingevuld, als de referentie er iets in herkent, en als hij de
vorm heeft die de handreiking vraagt:

- een scenario 'als …, dan …' beschrijft een situatie die kan ontstaan (geen besluit) en wat er dan volgt;
- een SMART-actie heeft een eigenaar uit de rollen, een moment en een resultaat dat je achteraf kunt nagaan;
- een regel in het communicatieplan noemt de doelgroep, een boodschap en de weg (brief, bijeenkomst, gesprek …).

## Indelen

Het deel van de uitspraken dat je in de juiste categorie zet.

## De totaalscore

Vragen tellen binnen een stap mee naar hun gewicht; de totaalscore is het gemiddelde van de stappen.
"""
