import sys; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from samos_common import *

E = {
 "vooraf": {
  "waarneming-oordeel": {"u-leus-op-deur": "waarneming", "u-daders-bekend": "oordeel", "u-zorgteam": "waarneming", "u-uit-op-wraak": "oordeel",
                          "u-oproep-lindelaan": "waarneming", "u-wordt-rel": "oordeel", "u-kennisgeving": "waarneming",
                          "u-tarsiers-steunen-aanval": "oordeel", "u-moeders": "waarneming", "u-waait-over": "oordeel"},
  "eigen-signalen": ("Wat ik weet: na het bombardement in Meridia is er veel verdriet en boosheid bij Meridische jongeren, van wie sommigen "
                     "familie in de getroffen stad hebben. Maandag was er een vechtpartij op het Kanaalcollege tussen een Meridische en een "
                     "Tarsische leerling, vannacht is 'MOORDENAARS' op de Tarsische kerk gespoten (daders onbekend) en online gaat een oproep "
                     "rond om zaterdag na het Marktplein naar de Lindelaan te gaan. Voor zaterdag is een herdenking aangekondigd. Wat ik nog "
                     "niet weet: wie achter de online oproep zit, of de organisator van de herdenking daar iets mee te maken heeft, en hoe de "
                     "Tarsische gemeenschap en de school de dreiging ervaren."),
 },
 "beeldvorming": {
  "motivering": ("Directe aanleiding is het bombardement in Meridia en de reactie daarop in de Kanaalwijk: de bekladding van de Tarsische "
                 "kerk en de vechtpartij op school. Dat staat in een reeks: vier jaar geleden liep een eerdere opleving ook uit op geweld en "
                 "leuzen. We verwachten dat de spanning tussen de Meridische en de Tarsische gemeenschap oploopt rond de herdenking van zaterdag "
                 "en de kerkdienst van zondag. Signalen: de online oproep richting de Lindelaan met dreigende reacties, de vraag om bescherming "
                 "van het kerkbestuur en de jonge mannen die de kerk zelf willen bewaken, de jongeren in De Sluis die 'iets willen doen', "
                 "het filmpje in de buurtgroep en de leerlingen met angstklachten."),
  "ontbrekend": [
    {"informatie": "Wie de online oproep 'daarna naar de Lindelaan' heeft geplaatst en hoe breed die gedeeld wordt", "bij-wie": "Webcare, de moderator van de buurtgroep en de politie", "wie-haalt": "communicatie"},
    {"informatie": "Wat de organisator van de herdenking precies wil, welke route en hoeveel mensen hij verwacht", "bij-wie": "De organisator zelf", "wie-haalt": "gemeente"},
    {"informatie": "Stand van het onderzoek naar de bekladding van de kerk en eerdere meldingen", "bij-wie": "Politie, aangifte van het kerkbestuur", "wie-haalt": "wijkagent"},
    {"informatie": "Wat er leeft onder de Meridische jongeren en of zij zelf iets plannen", "bij-wie": "Jongeren in De Sluis en het bestuur van het Meridisch Huis", "wie-haalt": "jongerenwerk"},
    {"informatie": "Hoe het gaat met leerlingen met angstklachten en wat docenten nodig hebben", "bij-wie": "Zorgteam van het Kanaalcollege", "wie-haalt": "ggd"},
    {"informatie": "Hoe de Tarsische gemeenschap zich voelt en wat de jonge mannen van plan zijn", "bij-wie": "Het kerkbestuur", "wie-haalt": "wijkagent"},
  ],
  "onderbreking": "kort",
 },
 "inschatting": {"ernst": "ernstig", "omvang": "wijk-stad", "urgentie": "dagen",
  "aard": ("Onrust tussen de Meridische en de Tarsische gemeenschap in de Kanaalwijk, aangewakkerd door een gewapend conflict ver weg. "
           "Het gaat om rouw, boosheid en het gevoel dat met twee maten wordt gemeten, en aan de andere kant om angst en bedreiging. "
           "Ze uit zich in een vechtpartij op school, een bekladding van de kerk, dreigende reacties online en een mogelijke confrontatie "
           "bij de kerk. De meeste leden van beide gemeenschappen zijn niet op geweld uit.")},
 "oordeel": {"fase": F+"maatschappelijke-onrust",
             "perspectief": [H+"interventie", H+"preventie", H+"signalering"],
             "voorwaarden": [V+"relationele-spanningen", V+"verontwaardigend-incident"],
             "principes": [PR+"ruimte-voor-verontwaardiging", PR+"gelegenheden-verminderen", PR+"solidarisering-meewegen"]},
 "scenarios": {"als-dan": [
    {"als": "Als de herdenking doorgaat zonder afspraken over route en ordehandhaving", "dan": "dan kan een groep zich afsplitsen en naar de kerk aan de Lindelaan trekken", "signaal": "Oproepen die de Lindelaan blijven noemen, mensen van buiten die zich aanmelden"},
    {"als": "Als de kerk geen zichtbare bescherming krijgt", "dan": "dan gaan jonge Tarsische mannen de kerk zelf bewaken en ontstaat een confrontatie", "signaal": "Groepjes mannen bij de kerk 's nachts, uitspraken van het kerkbestuur"},
    {"als": "Als de beelden en het filmpje blijven rondgaan zonder gesprek in de klas", "dan": "dan lopen conflicten op school verder op en blijven leerlingen thuis", "signaal": "Meldingen bij het zorgteam, verzuim, bedreigingen via Snapchat"},
    {"als": "Als het Meridisch Huis en de kerk samen oproepen tot rust", "dan": "dan daalt de dreiging en verloopt de herdenking rustig", "signaal": "Positieve reacties online, minder dreigende berichten"},
 ]},
 "besluit": {"besluiten": ["samos-activeren", "kernteam-uitbreiden", "sleutelpersonen", "politie-zichtbaar", "vervolg-plannen"],
  "acties": [
    {"actie": "Gesprek met de organisator over de herdenking: plaats, route ver van de Lindelaan, ordehandhavers en afstand tot de online oproep", "resultaat": "Schriftelijke afspraken over route en ordehandhaving; de herdenking kan vreedzaam doorgaan", "eigenaar": "gemeente", "wanneer": "Donderdag 12:00"},
    {"actie": "Zichtbare en aanspreekbare politie bij de Tarsische kerk en bij de dienst van zondag", "resultaat": "Kerkbestuur voelt zich beschermd; geen nachtwacht van jonge mannen nodig", "eigenaar": "wijkagent", "wanneer": "Vanaf woensdagavond tot en met zondag"},
    {"actie": "Het Meridisch Huis en het kerkbestuur samenbrengen voor een gezamenlijke oproep tot rust", "resultaat": "Een gezamenlijke verklaring voor zaterdag", "eigenaar": "jongerenwerk", "wanneer": "Vrijdag"},
    {"actie": "Psychosociale steun voor leerlingen en hulp aan docenten bij klassengesprekken", "resultaat": "Alle leerlingen met klachten zijn gezien; docenten hebben een handreiking", "eigenaar": "ggd", "wanneer": "Donderdag"},
    {"actie": "Online monitoring en het filmpje en de geruchten samen met de moderator duiden en weerspreken", "resultaat": "Dagelijks een online beeld voor het kernteam", "eigenaar": "communicatie", "wanneer": "Dagelijks tot en met maandag"},
  ]},
 "communicatie": {"plan": [
    {"doelgroep": "Bewoners van de Kanaalwijk", "doel": "Erkennen van het verdriet en oproepen tot rust", "boodschap": "Meelevend en feitelijk: ruimte voor rouw en herdenken, geen gemeenschap als dader aanwijzen, bedreigingen worden niet getolereerd", "woordvoerder": "gemeente", "moment": "Woensdag, via de burgemeester"},
    {"doelgroep": "Meridische en Tarsische gemeenschap", "doel": "Samen de-escaleren", "boodschap": "Via hun eigen bestuurders, met een gezamenlijke oproep", "woordvoerder": "jongerenwerk", "moment": "Vóór zaterdag"},
    {"doelgroep": "Leerlingen, ouders en docenten van het Kanaalcollege", "doel": "Veiligheid op school en steun bieden", "boodschap": "Rustig, met informatie over hulp en gesprekken in de klas", "woordvoerder": "ggd", "moment": "Woensdag"},
    {"doelgroep": "Online: buurtgroep en lokale media", "doel": "Geruchten ontkrachten en feitelijke informatie geven", "boodschap": "Feitelijk, kort, met verwijzing naar de afspraken over de herdenking", "woordvoerder": "communicatie", "moment": "Doorlopend, bij elk nieuw gerucht"},
 ]},
 "vervolg": {"fase": F+"maatschappelijke-onrust",
  "bijsturen": ("De dreiging is breder geworden: Tarsische leerlingen blijven thuis na bedreigingen, een landelijk account roept op om de kerk "
                "te 'beschermen' en jonge Tarsische mannen hielden nachtwacht. Tegelijk zijn er kansen: de organisator neemt afstand van de oproep "
                "naar de Lindelaan en het Meridisch Huis biedt een gezamenlijke oproep met de kerk aan. Bijsturen: dat aanbod direct oppakken, "
                "de herdenking laten doorgaan met een route ver van de kerk en afspraken over ordehandhaving, zichtbare bescherming van de kerk "
                "zodat de nachtwacht niet nodig is, de wijkagent donderdag op school, en politie-inzet voorbereiden op mensen van buiten.")},
 "afsluiting": {"besluit": "afschalen",
  "nazorg": ("Afschalen naar de reguliere aanpak, met nazorg: begeleiding van de leerlingen met overleden familieleden, een vervolg op de "
             "klassengesprekken en het contact tussen het Meridisch Huis en de kerk vasthouden, bijvoorbeeld door de dialoogtafel opnieuw te "
             "starten. We evalueren met alle partijen, ook de communicatie en de samenwerking met de moderator, leggen besluiten en lessen vast "
             "bij de gemeente en houden het conflict in Meridia in de gaten als mogelijke nieuwe trigger.")},
 "samenstelling": {"leden": ["burgemeester", "politie", "onderwijs", "ggd"],
  "criteria": ("Het kernteam moet klein zijn, samen een groot netwerk hebben, niet alleen uit de veiligheidshoek komen en beslissings- en "
               "doorzettingsmacht hebben: burgemeester, teamchef politie en twee leidinggevenden uit onderwijs en GGD. School, kerkbestuur, "
               "Meridisch Huis en de moderator schuiven als derden aan. Het team dat wij speelden is ambtelijk en bereidt de besluiten voor.")},
 "extern": {"vraag-aan-extern@oefenvorm-4": ("Van het Kanaalcollege vragen we signalen uit de klassen, meldingen van leerlingen die thuisblijven of bedreigd worden, en ruimte voor klassengesprekken. Wij regelen dat de wijkagent langskomt en dat de GGD leerlingen en docenten steunt. We respecteren dat de school geen plek wil zijn voor de politiek van elders, en spreken af wat vertrouwelijk blijft en wie namens het kernteam het contact houdt."),
  "betrekken": ["school", "kerkbestuur", "moderator"],
  "vraag-aan-extern": ("De school vragen we signalen uit de klassen te delen, ruimte te geven voor klassengesprekken en thuisblijvers te melden; "
                       "wij regelen de wijkagent en steun van de GGD. Het kerkbestuur vragen we om contact met de jonge mannen en om mee te doen "
                       "aan een gezamenlijke oproep; wij zeggen zichtbare bescherming toe. Met de moderator spreken we af hoe hij dreigende "
                       "berichten en geruchten meldt en hoe we juiste informatie delen. We spreken af wat vertrouwelijk blijft.")},
 "overdracht": {"moment": "r3-esc-afsplitsing",
  "wat-gaat-mee": ("Als een gemaskerde groep zich afsplitst, op weg gaat naar de kerk en de politie met vuurwerk bekogelt, is de openbare orde in "
                   "het geding en neemt de crisisorganisatie over; de GGD bereidt het protocol voor psychosociale hulp voor. We dragen het beeld "
                   "over: de signalen, de betrokken groepen, sleutelpersonen en hun contacten, de afspraken met de organisator en de lopende "
                   "communicatie. Het kernteam levert een verbindingspersoon, blijft signalen ophalen via jongerenwerk, school en de besturen, "
                   "en bereidt de nazorg voor.")},
}

M = {
 "vooraf.eigen-signalen": "De leus is door de Meridische jongens uit De Sluis gespoten, dat is duidelijk. De Tarsiërs hier steunen de bombardementen van hun land.",
 "beeldvorming.motivering": "De Meridische jongeren zijn uit op wraak en die demonstratie loopt hoe dan ook uit op een rel. We moeten hem verbieden; verder onderzoek is niet nodig.",
 "beeldvorming.ontbrekend": [{"informatie": "Namen en adressen van alle Meridische jongeren die in De Sluis komen", "bij-wie": "Het jongerencentrum", "wie-haalt": "jongerenwerk"}],
 "beeldvorming.onderbreking": "doorgaan",
 "inschatting.ernst": "zeer-ernstig", "inschatting.urgentie": "direct",
 "inschatting.aard": "Een importconflict van buitenlanders die hun oorlog hier uitvechten. De hele Meridische gemeenschap is gevaarlijk.",
 "oordeel.fase": F+"escalatie",
 "oordeel.perspectief": [H+"repressie"],
 "oordeel.voorwaarden": [V+"gedeelde-verontwaardiging", V+"ongestraft-geweld"],
 "oordeel.principes": [PR+"gelegenheden-verminderen"],
 "scenarios.als-dan": [{"als": "Als de demonstratie doorgaat", "dan": "dan wordt het een rel", "signaal": "Het zijn Meridiërs"}],
 "besluit.besluiten": ["hard-optreden", "alleen-informeren"],
 "besluit.acties": [
   {"actie": "De herdenking verbieden en iedereen op het Marktplein controleren", "resultaat": "Geen demonstratie", "eigenaar": "wijkagent", "wanneer": "Zaterdag"},
   {"actie": "De Sluis sluiten tot het voorbij is", "resultaat": "Jongeren van de straat", "eigenaar": "jongerenwerk", "wanneer": "Morgen"},
 ],
 "communicatie.plan": [{"doelgroep": "Niemand", "doel": "Geen aandacht geven", "boodschap": "Geen reactie; het conflict ver weg is niet onze zaak", "woordvoerder": "wijkagent", "moment": "Niet"}],
 "vervolg.fase": F+"rust",
 "vervolg.bijsturen": "Op straat is het rustig, dus het waait vanzelf over. Het aanbod van het Meridisch Huis is verdacht; daar gaan we niet op in.",
 "afsluiting.besluit": "doorgaan",
 "afsluiting.nazorg": "Nazorg is niet nodig; de leerlingen moeten zich gewoon aan de regels houden.",
 "samenstelling.leden": ["uitvoerders", "sleutelfiguur", "bewoners", "corporatie"],
 "samenstelling.criteria": "Wie de wijk kent beslist; een groot team met iedereen erin is het best. De burgemeester hoeft niet.",
 "extern.betrekken": ["wijkagent"],
 "extern.vraag-aan-extern": "De school moet de Meridische leerlingen die de vechtpartij begonnen schorsen. De moderator moet de buurtgroep sluiten.",
 "overdracht.moment": "r3-esc-menigte",
 "overdracht.wat-gaat-mee": "Alles naar de politie en de ME; het kernteam gaat naar huis.",
}

if __name__ == "__main__":
    run("internationaal-conflict", E, M, sys.argv[1:] or None)
