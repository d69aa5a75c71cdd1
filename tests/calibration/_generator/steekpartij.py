import sys; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from samos_common import *

E = {
 "vooraf": {
  "waarneming-oordeel": {"u-slachtoffer-ziekenhuis": "waarneming", "u-rivieren-uit-op-problemen": "oordeel", "u-veertig-bij-moskee": "waarneming",
                          "u-woensdag-uit-de-hand": "oordeel", "u-snapchat-getoond": "waarneming", "u-verdachte-gevaarlijk": "oordeel",
                          "u-ruit-kapot": "waarneming", "u-plein-wil-wraak": "oordeel", "u-bendeoorlog": "oordeel", "u-leerlingen-vragen": "waarneming"},
  "eigen-signalen": ("Wat ik weet: zaterdagnacht is een 19-jarige van het plein bij de snackbar neergestoken; hij ligt stabiel in het ziekenhuis. "
                     "De verdachte (20, Rivierenflats) is voortvluchtig, het motief is onbekend. Er gaat een filmpje rond, online wordt van "
                     "'oorlog' gesproken en de naam van de verdachte gedeeld. Jongens in het buurthuis lieten een Snapchat-bericht zien over "
                     "'maandag de Rivieren'. Wat ik nog niet weet: wie achter dat bericht zit, of de verdachte al in beeld is, hoe het op "
                     "school en in de Rivierenflats is en of er al meer voorvallen zijn. Dat zijn vragen, geen conclusies."),
 },
 "beeldvorming": {
  "motivering": ("Directe aanleiding is de steekpartij van zaterdagavond tussen twee jongemannen uit de twee buurten, met een voorgeschiedenis "
                 "van rivaliteit sinds de vechtpartij in 2021 en online uitdagingen. Het incident is reëel en maakt mogelijk deel uit van een reeks. "
                 "We verwachten onrust tussen de twee groepen: wraakdreiging, angst in de Rivierenflats en onrust op het Merwecollege. "
                 "Signalen: het Snapchat-bericht, de veertig jongemannen bij de moskee en de uitspraak van de oom, scooters langs de flat, "
                 "de kapotte ruit bij de moeder van de verdachte, het filmpje in klassenapps en de reacties online."),
  "ontbrekend": [
    {"informatie": "Stand van het opsporingsonderzoek naar de verdachte en wat bekend is over het motief", "bij-wie": "Recherche en dienstdoende politie", "wie-haalt": "wijkagent"},
    {"informatie": "Wie het Snapchat-bericht en de online oproepen verspreidt en hoe breed ze gedeeld worden", "bij-wie": "Jongeren in het buurthuis en op straat, webcare van de gemeente", "wie-haalt": "jongerenwerker"},
    {"informatie": "Hoe de stemming is in de Rivierenflats en of bewoners zich bedreigd voelen", "bij-wie": "Bewonersgroepen, het Caribisch Platform en actieve moeders", "wie-haalt": "opbouwwerker"},
    {"informatie": "Welke kinderen getuige waren en of zij en hun ouders opvang nodig hebben", "bij-wie": "Het CJG en de school", "wie-haalt": "ggd"},
    {"informatie": "Hoe het op het Merwecollege gaat en of er na schooltijd iets gepland is", "bij-wie": "Teamleider en zorgcoördinator van het Merwecollege", "wie-haalt": "jongerenwerker"},
    {"informatie": "De stemming bij de familie van het slachtoffer en de jongemannen rond het plein", "bij-wie": "Het moskeebestuur en de vorige wijkagent", "wie-haalt": "wijkagent"},
  ],
  "onderbreking": "kort",
 },
 "inschatting": {"ernst": "ernstig", "omvang": "buurt", "urgentie": "uren",
  "aard": ("Onrust tussen twee groepen jongemannen uit twee buurten (het plein en de Rivierenflats), met een voorgeschiedenis van rivaliteit. "
           "Aanleiding is de steekpartij; het gaat om wraakgevoelens en angst. Ze uit zich in dreigende berichten online, samenscholing, "
           "intimidatie bij de flat, een vernielde ruit en onrust op school. De grote meerderheid van de bewoners aan beide kanten is er "
           "niet bij betrokken, maar wel bezorgd.")},
 "oordeel": {"fase": F+"maatschappelijke-onrust",
             "perspectief": [H+"interventie", H+"preventie", H+"signalering"],
             "voorwaarden": [V+"relationele-spanningen", V+"verontwaardigend-incident", V+"gedeelde-verontwaardiging"],
             "principes": [PR+"ruimte-voor-verontwaardiging", PR+"gelegenheden-verminderen", PR+"solidarisering-meewegen"]},
 "scenarios": {"als-dan": [
    {"als": "Als de verdachte voortvluchtig blijft en de politie niets laat horen", "dan": "dan nemen jongens van het plein het recht in eigen hand en volgt een wraakactie in de Rivierenflats", "signaal": "Nieuwe oproepen online, scooters bij de flat, uitspraken als 'dan doen we het zelf'"},
    {"als": "Als de geruchten online onweersproken blijven", "dan": "dan komen ook jongeren van buiten de wijk op de confrontatie af", "signaal": "Berichten die buiten Merwedam gedeeld worden en onbekende accounts"},
    {"als": "Als de onrust de school binnenkomt", "dan": "dan ontstaan vechtpartijen bij het hek en blijven leerlingen thuis", "signaal": "Groepjes bij het hek, vragen aan mentoren, verzuim"},
    {"als": "Als de verdachte wordt aangehouden en sleutelpersonen samen oproepen tot rust", "dan": "dan neemt de wraakdreiging af en kan het kernteam afschalen", "signaal": "Minder berichten online en rustige avonden op het plein"},
 ]},
 "besluit": {"besluiten": ["samos-activeren", "kernteam-uitbreiden", "sleutelpersonen", "politie-zichtbaar", "vervolg-plannen"],
  "acties": [
    {"actie": "Extra zichtbare en aanspreekbare politie te voet rond het Polderplein, de Rivierenflats en het schoolhek", "resultaat": "Geen nieuwe intimidatie of vernielingen; dagelijks een terugkoppeling van wat agenten horen", "eigenaar": "wijkagent", "wanneer": "Vanaf vandaag 15:00 tot en met woensdagavond"},
    {"actie": "Jongerenwerk extra op straat en op school, in gesprek met jongens van beide groepen en met de twee die het bericht lieten zien", "resultaat": "Contact met de kern van beide groepen en zicht op plannen; bericht aan het kernteam", "eigenaar": "jongerenwerker", "wanneer": "Vandaag en morgen, terugkoppeling dinsdag 12:00"},
    {"actie": "Gesprek met het moskeebestuur en het Caribisch Platform over een gezamenlijke oproep tot rust", "resultaat": "Een gezamenlijke boodschap van beide gemeenschappen", "eigenaar": "opbouwwerker", "wanneer": "Dinsdag 12:00"},
    {"actie": "Opvang voor kinderen die getuige waren, samen met CJG en school", "resultaat": "Alle bekende getuigen en hun ouders zijn benaderd", "eigenaar": "ggd", "wanneer": "Dinsdag einde dag"},
    {"actie": "Eerste beeld en advies aan de burgemeester, inclusief het voorstel school en moskee als derden aan te laten schuiven", "resultaat": "Burgemeester heeft advies over politie-inzet en haar eigen boodschap", "eigenaar": "oov-adviseur", "wanneer": "Maandag vóór 12:00"},
  ]},
 "communicatie": {"plan": [
    {"doelgroep": "Bewoners van beide buurten", "doel": "Geruststellen en informeren, geruchten voorkomen", "boodschap": "Feitelijk en rustig: wat er gebeurd is, wat politie en gemeente doen, waar je terecht kunt; geen groepen als schuldige aanwijzen en geen namen noemen", "woordvoerder": "oov-adviseur", "moment": "Maandagmiddag, na het advies aan de burgemeester"},
    {"doelgroep": "Leerlingen en ouders van het Merwecollege", "doel": "Rust op school en hulp voor wie het incident zag", "boodschap": "Via de school: wat er geregeld is, waar leerlingen met zorgen terecht kunnen, oproep het filmpje niet te delen", "woordvoerder": "ggd", "moment": "Maandag voor het einde van de schooldag"},
    {"doelgroep": "Jongeren van het plein en de Rivierenflats", "doel": "Wraak voorkomen en geruchten ontkrachten", "boodschap": "Persoonlijk en direct, via jongerenwerkers en sleutelpersonen: de politie doet haar werk, eigenrichting maakt het erger", "woordvoerder": "jongerenwerker", "moment": "Vandaag en de komende avonden"},
    {"doelgroep": "Media", "doel": "Eén feitelijke lijn en stigmatisering voorkomen", "boodschap": "Feitelijk, zonder namen of etniciteit, met erkenning van de zorgen in beide buurten", "woordvoerder": "oov-adviseur", "moment": "Na afstemming met de burgemeester, maandagmiddag"},
 ]},
 "vervolg": {"fase": F+"maatschappelijke-onrust",
  "bijsturen": ("De aanhouding van de verdachte haalt druk weg, en dat moeten we breed laten weten. Tegelijk is er een nieuwe dreiging: "
                "een nepbericht van buiten Merwedam over het overlijden en een oproep voor woensdag 20:00 op het plein, 2.000 keer gedeeld. "
                "Bijsturen: het gerucht actief ontkrachten samen met de familie en de moskee, politie en jongerenwerk woensdagavond zichtbaar "
                "op het plein, het aanbod van de moskee voor een ouderavond aannemen maar in het buurthuis zodat beide gemeenschappen komen, "
                "om 15:00 iemand bij het schoolhek na de duwpartij, en met de corporatie de moeder van de verdachte en de nagekeken gezinnen helpen. "
                "Signalen: berichten online, de duwpartij op school, meldingen van de huismeester.")},
 "afsluiting": {"besluit": "afschalen",
  "nazorg": ("Afschalen naar de reguliere aanpak, met nazorg: jongerenwerk en school blijven de groepen volgen, de moeders die samen op het "
             "plein staan krijgen steun van het opbouwwerk, de getuigen en het broertje houden begeleiding via CJG en school. We evalueren met "
             "alle partijen wat werkte en waar knelpunten zaten, ook in de communicatie met derden, leggen de besluitenlijst en lessen vast "
             "bij de gemeente en plannen een nieuwe oefening. Het signaleringsnetwerk rond beide groepen blijft actief; de rivaliteit is niet weg.")},
 "samenstelling": {"leden": ["burgemeester", "politie", "welzijn", "ggd"],
  "criteria": ("Het kernteam moet klein zijn om snel en flexibel te handelen, samen een zo groot mogelijk netwerk in de lokale samenleving "
               "hebben, niet eenzijdig uit de veiligheidshoek komen en beslissings- en doorzettingsmacht hebben. Daarom burgemeester, teamchef "
               "van de politie en twee leidinggevenden uit andere sectoren, hier welzijn en GGD. School, moskee en corporatie schuiven als derden "
               "aan als de situatie dat vraagt. Het team dat wij speelden is ambtelijk: het kent de buurt, maar heeft geen doorzettingsmacht en "
               "bereidt de besluiten voor.")},
 "extern": {"vraag-aan-extern@oefenvorm-4": ("Van het Merwecollege vragen we signalen uit de klassen en van het hek, ruimte voor het jongerenwerk op school, opvang van leerlingen die de steekpartij zagen en een gesprek in de mentorklassen. Wij delen wat nodig is voor de veiligheid van leerlingen, zonder namen van verdachten, en spreken af wie om 15:00 bij het hek staat. We begrijpen dat de school rust en geen negatieve publiciteit wil, en spreken daarom samen af wie wat naar ouders en media zegt en wie namens het kernteam het contact houdt."),
  "betrekken": ["school", "moskeebestuur", "woningcorporatie"],
  "vraag-aan-extern": ("Van de school vragen we signalen over leerlingen, een plek voor het jongerenwerk en opvang van getuigen, en we spreken af "
                       "wie om 15:00 bij het hek staat. Met het moskeebestuur delen we het beeld (zonder namen van verdachten) en vragen we een "
                       "oproep tot rust en hulp bij de ouderavond, samen met het Caribisch Platform. Met de corporatie spreken we af dat de "
                       "huismeesters signalen doorgeven en dat de vraag om een andere woning snel wordt bekeken. We spreken af wat vertrouwelijk "
                       "blijft en wie namens het kernteam contact houdt.")},
 "overdracht": {"moment": "r3-confrontatie",
  "wat-gaat-mee": ("Bij de confrontatie met 150 mensen, zwaargewonden en de inzet van de ME is het escalatie: de crisisorganisatie neemt over "
                   "en de GGD start het protocol voor onrust na incidenten. We dragen het beeld over: de signalen en de tijdlijn, de betrokken "
                   "groepen, de sleutelpersonen en hun contactgegevens, de lopende afspraken en de communicatielijn. Het kernteam levert een "
                   "verbindingspersoon in de crisisstaf, blijft signalen uit de buurt ophalen via jongerenwerk, opbouwwerk en moskee, en bereidt "
                   "de nazorg voor.")},
}

NAMES = "Lijst van de jongens van de Rivieren die bij de politie bekend zijn, met namen en adressen, en de Caribische families in de flat"
M = {
 "vooraf.eigen-signalen": "Het is duidelijk: dit is een bendeoorlog tussen de Caribische jongens van de Rivieren en de Marokkanen van het plein. De verdachte is een gevaarlijke crimineel en zijn familie weet waar hij zit.",
 "beeldvorming.motivering": "Er is een bendeoorlog uitgebroken tussen de Marokkaanse en de Caribische jongeren. Dat weet iedereen in de wijk. We hoeven niet verder uit te zoeken wat er speelt; we moeten nu optreden.",
 "beeldvorming.ontbrekend": [{"informatie": NAMES, "bij-wie": "Politiesystemen en de woningcorporatie", "wie-haalt": "wijkagent"}],
 "beeldvorming.onderbreking": "doorgaan",
 "inschatting.ernst": "zeer-ernstig", "inschatting.urgentie": "direct",
 "inschatting.aard": "Criminele allochtone jongeren die elkaar bestrijden; de hele Caribische gemeenschap dekt de dader.",
 "oordeel.fase": F+"escalatie",
 "oordeel.perspectief": [H+"repressie"],
 "oordeel.voorwaarden": [V+"ongestraft-geweld"],
 "oordeel.principes": [PR+"gelegenheden-verminderen"],
 "scenarios.als-dan": [{"als": "Als we niet hard optreden", "dan": "dan wordt het oorlog in de Oosterpolder", "signaal": "Dat weet je gewoon"}],
 "besluit.besluiten": ["hard-optreden", "alleen-informeren"],
 "besluit.acties": [
   {"actie": "Alle jongeren op het plein en bij de Rivierenflats fouilleren en wegsturen", "resultaat": "Iedereen is gecontroleerd", "eigenaar": "wijkagent", "wanneer": "Vanavond"},
   {"actie": "Namenlijst opstellen van alle Caribische en Marokkaanse jongeren tussen 16 en 23 en die aan de school geven", "resultaat": "De school weet wie gevaarlijk is", "eigenaar": "oov-adviseur", "wanneer": "Morgen"},
 ],
 "communicatie.plan": [{"doelgroep": "Niemand, we communiceren niet", "doel": "Geen olie op het vuur", "boodschap": "We zeggen niets tot alles voorbij is; de burgemeester hoeft niets te zeggen", "woordvoerder": "wijkagent", "moment": "Niet"}],
 "vervolg.fase": F+"escalatie",
 "vervolg.bijsturen": "Nu de verdachte vastzit is het klaar; de acties stoppen en we zeggen verder niets. Het nepbericht negeren we. De moskee moet zijn jongeren zelf maar in toom houden.",
 "afsluiting.besluit": "opschalen",
 "afsluiting.nazorg": "Nazorg is niet nodig; het was een ruzie tussen criminelen. Evalueren kost alleen tijd.",
 "samenstelling.leden": ["uitvoerders", "corporatie", "bewoners", "sleutelfiguur"],
 "samenstelling.criteria": "De uitvoerders kennen de buurt het best, dus die beslissen zelf; de burgemeester hoeft er niet bij. Hoe groter het team, hoe beter.",
 "extern.betrekken": ["wijkagent"],
 "extern.vraag-aan-extern": "We vragen de school om een lijst van alle leerlingen uit de Rivierenflats en het plein, met namen. De moskee hoeft niet mee te praten.",
 "overdracht.moment": "r1-steekincident",
 "overdracht.wat-gaat-mee": "Meteen alles overdragen aan de politie; het kernteam stopt. Communicatie doet de politie.",
}

if __name__ == "__main__":
    run("steekpartij", E, M, sys.argv[1:] or None)
