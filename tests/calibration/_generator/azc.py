import sys; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from samos_common import *

E = {
 "vooraf": {
  "waarneming-oordeel": {"u-vlaggen": "waarneming", "u-opstoken": "oordeel", "u-leden": "waarneming", "u-heledorp": "oordeel",
                          "u-fietsen": "waarneming", "u-krant": "waarneming", "u-radicaliseren": "oordeel", "u-eieren": "waarneming",
                          "u-misgaan": "oordeel", "u-gestopt": "waarneming"},
  "eigen-signalen": ("Wat ik weet: de informatieavond is afgebroken nadat de wethouder werd uitgejouwd en er eieren tegen de gevel gingen. Buiten "
                     "stond een groep van ongeveer vijftien mensen met vlaggen en een megafoon die niemand in het dorp kent. De Facebookgroep "
                     "tegen het azc groeit hard en er gaat een onjuist aantal rond. Wat ik nog niet weet: wie die groep van buiten is, of zij "
                     "acties plannen rond de raadsvergadering, hoe breed de tegenstand in het dorp werkelijk is en hoe het met de gezinnen in "
                     "de Molenstraat gaat. Ik breng dit in als feiten en vragen, niet als oordeel over het dorp."),
 },
 "beeldvorming": {
  "motivering": ("Directe aanleiding is de afgebroken informatieavond over het azc in De Linde, met uitjouwen en eieren tegen de gevel. Dat "
                 "incident staat niet op zichzelf: de dorpsraad hoorde het plan uit de krant en het dorp voelt zich al sinds de herindeling "
                 "gepasseerd. We verwachten oplopende onrust richting de raadsvergadering van 14 oktober, met een groep van buiten die de "
                 "onrust probeert te gebruiken. Signalen: de groep met vlaggen, de snelgroeiende Facebookgroep met het getal van 600 mannen, "
                 "geruchten in de supermarkt, zorgen op het schoolplein en het voorstel voor een spandoekenactie vanuit de voetbalclub."),
  "ontbrekend": [
    {"informatie": "Wie de groep met vlaggen is, uit welke actiegroep, en of zij acties plannen", "bij-wie": "Politie: recherche en informatieafdeling", "wie-haalt": "wijkagent"},
    {"informatie": "Wat er online gezegd en gepland wordt, en welke onjuiste informatie rondgaat", "bij-wie": "Afdeling communicatie die de sociale media volgt", "wie-haalt": "oov-adviseur"},
    {"informatie": "Hoe breed de tegenstand is en wat de dorpsraad en de verenigingen willen", "bij-wie": "Dorpsraad, voetbalclub, ondernemers", "wie-haalt": "kernencoordinator"},
    {"informatie": "Wie de jongeren bij de skatebaan in de groepsapp heeft gezet en wat daar gedeeld wordt", "bij-wie": "De jongeren zelf", "wie-haalt": "jongerenwerker"},
    {"informatie": "Hoe het gaat met de kinderen en ouders uit de Molenstraat", "bij-wie": "De gezinnen zelf en de leerkrachten", "wie-haalt": "schooldirecteur"},
    {"informatie": "De feiten over aantal, samenstelling en planning van de opvang", "bij-wie": "Het COA", "wie-haalt": "oov-adviseur"},
  ],
  "onderbreking": "kort",
 },
 "inschatting": {"ernst": "aanzienlijk", "omvang": "wijk-stad", "urgentie": "dagen",
  "aard": ("Onrust tussen dorpsbewoners en de gemeente over de komst van een azc, deels ook gericht tegen statushouders en toekomstige "
           "asielzoekers. Het gaat vooral om niet gehoord worden, onzekerheid over aantallen en veiligheid, en oudere onvrede over het "
           "bestuur sinds de herindeling. Ze uit zich in uitjouwen, eieren, online mobilisatie en geruchten; een kleine groep van buiten "
           "probeert jongeren te werven. De meeste bewoners zijn bezorgd, niet radicaal.")},
 "oordeel": {"fase": F+"maatschappelijke-onrust",
             "perspectief": [H+"interventie", H+"preventie", H+"signalering"],
             "voorwaarden": [V+"relationele-spanningen", V+"verontwaardigend-incident"],
             "principes": [PR+"ruimte-voor-verontwaardiging", PR+"relaties-onderkennen", PR+"solidarisering-meewegen"]},
 "scenarios": {"als-dan": [
    {"als": "Als de dorpsraad voor de raadsvergadering geen echt gesprek krijgt", "dan": "dan verliest zij haar achterban en nemen de harde tegenstanders het woord over", "signaal": "Felle berichten van de dorpsraad, minder mensen bij gewone overleggen, groei van de Facebookgroep"},
    {"als": "Als de landelijke actiegroep de raadsvergadering als podium gebruikt", "dan": "dan komt er een demonstratie met mensen van buiten en kans op ordeverstoring", "signaal": "Aankondigingen op websites en in de groepsapp, kentekens van buiten"},
    {"als": "Als de spandoekenactie bij De Linde doorgaat", "dan": "dan raakt de voetbalclub verdeeld en wordt het sportpark een strijdtoneel", "signaal": "Berichten in de ledenapp, spelers die bij de groep met vlaggen staan"},
    {"als": "Als de sfeer zich tegen de statushouders keert", "dan": "dan volgen intimidatie of bekladdingen bij de gezinnen in de Molenstraat", "signaal": "Kinderen die thuisblijven, meldingen van buren, uitspraken op school"},
 ]},
 "besluit": {"besluiten": ["samos-activeren", "kernteam-uitbreiden", "sleutelpersonen", "politie-zichtbaar", "vervolg-plannen"],
  "acties": [
    {"actie": "Samen met de dorpsraad en het COA een tweede, kleinschalige avond in tafelgroepen organiseren vóór de raadsvergadering", "resultaat": "Een avond waar bewoners hun vragen kwijt kunnen en het COA de feiten geeft", "eigenaar": "kernencoordinator", "wanneer": "Uiterlijk woensdag 8 oktober"},
    {"actie": "Vragen en antwoorden met de juiste aantallen online zetten en het getal van 600 rechtzetten", "resultaat": "Een pagina online en een bericht in de Facebookgroep", "eigenaar": "oov-adviseur", "wanneer": "Maandag 6 oktober"},
    {"actie": "Beeld van de groep van buiten en de actiegroep ophalen en een inzetplan voor 14 oktober voorbereiden", "resultaat": "Een informatiebeeld en een proportioneel plan voor de raadsavond", "eigenaar": "wijkagent", "wanneer": "Woensdag 8 oktober"},
    {"actie": "Gesprekken met de jongeren bij de skatebaan over de stickers en de groepsapp", "resultaat": "Zicht op wie de jongeren benadert; jongeren houden afstand van de actiegroep", "eigenaar": "jongerenwerker", "wanneer": "Deze week, terugkoppeling dinsdag"},
    {"actie": "Op school een gesprek in groep 7 en contact met de ouders uit de Molenstraat", "resultaat": "Kinderen van de statushouders voelen zich veilig op school", "eigenaar": "schooldirecteur", "wanneer": "Maandag 6 oktober"},
  ]},
 "communicatie": {"plan": [
    {"doelgroep": "Inwoners van Bruggeveen", "doel": "Juiste informatie geven en laten zien dat het dorp gehoord wordt", "boodschap": "Open en eerlijk: wat vaststaat en wat nog niet, hoe je mee kunt praten, zonder bewoners als racist weg te zetten", "woordvoerder": "oov-adviseur", "moment": "Vrijdagmiddag via de burgemeester bij de regionale omroep, daarna wekelijks"},
    {"doelgroep": "Dorpsraad en verenigingen", "doel": "Herstel van vertrouwen en samen de volgende avond voorbereiden", "boodschap": "Persoonlijk, erkennen dat zij gepasseerd zijn, samen afspraken maken", "woordvoerder": "kernencoordinator", "moment": "Vrijdag nog bellen, begin volgende week een gesprek"},
    {"doelgroep": "Ouders van De Vlonder en de gezinnen in de Molenstraat", "doel": "Geruststellen en veiligheid bieden", "boodschap": "Rustig en feitelijk; de school is voor alle kinderen een veilige plek", "woordvoerder": "schooldirecteur", "moment": "Maandag bij de schoolpoort en per brief"},
    {"doelgroep": "Jongeren bij de skatebaan", "doel": "Voorkomen dat ze zich laten meenemen door de actiegroep", "boodschap": "Persoonlijk en in gesprek, niet belerend", "woordvoerder": "jongerenwerker", "moment": "Deze week"},
 ]},
 "vervolg": {"fase": F+"maatschappelijke-onrust",
  "bijsturen": ("De inloop van de dorpsraad laat zien dat de meeste mensen vragen hebben en gehoord willen worden: dat spoor werkt en we "
                "versterken het met de tweede avond samen met dorpsraad en COA. Tegelijk is er een nieuwe ernstige ontwikkeling: het hakenkruis "
                "op het hek en de dreigbriefjes bij de gezinnen in de Molenstraat. Bijsturen: extra aandacht en bescherming voor die gezinnen, "
                "opsporing met prioriteit, de spontane steun van ouders zichtbaar maken via de school, en met de politie een plan voor de "
                "aangekondigde protestwandeling van buiten. Het aanbod van de voetbalclub nemen we aan; we helpen het bestuur de spandoekenactie te voorkomen.")},
 "afsluiting": {"besluit": "afschalen",
  "nazorg": ("Afschalen naar de reguliere aanpak, met nazorg: de klankbordgroep met omwonenden en het COA blijft, de kernencoördinator "
             "houdt contact met de dorpsraad, en de gezinnen in de Molenstraat en de school krijgen blijvende aandacht. We evalueren met alle "
             "partijen, ook over de communicatie en het moment waarop het dorp werd geïnformeerd, leggen besluiten en lessen vast bij de "
             "gemeente en blijven signalen volgen tot de opening van De Linde.")},
 "samenstelling": {"leden": ["burgemeester", "politie", "welzijn", "onderwijs"],
  "criteria": ("Klein om snel te kunnen handelen, samen een zo groot mogelijk netwerk, niet alleen vanuit veiligheid, en met beslissings- en "
               "doorzettingsmacht: burgemeester, teamchef politie en twee leidinggevenden uit welzijn en onderwijs. Dorpsraad, COA en voetbalclub "
               "schuiven als derden aan. Het team dat wij speelden is het ambtelijk kernteam dat voorbereidt; het heeft zelf geen doorzettingsmacht.")},
 "extern": {"vraag-aan-extern@oefenvorm-4": ("Aan de dorpsraad vragen we samen met ons een tweede, kleinschalige avond voor te bereiden en signalen uit het dorp te delen. We erkennen dat zij gepasseerd is, delen de feiten die we hebben en houden haar vóór elke publieke stap op de hoogte, zodat zij haar achterban niet verliest. We spreken af wat vertrouwelijk blijft, wie namens het kernteam het contact houdt en wanneer we elkaar weer spreken."),
  "betrekken": ["dorpsraad", "coa", "sportclub"],
  "vraag-aan-extern": ("Aan de dorpsraad vragen we samen een tweede avond te organiseren en signalen te delen; we erkennen dat zij gepasseerd is "
                       "en houden haar vooraf op de hoogte. Het COA vragen we de feiten over aantal en samenstelling te geven en een klankbordgroep "
                       "toe te zeggen. Met de voetbalclub spreken we af hoe het bestuur leden aanspreekt op de spandoekenactie en hoe de club later "
                       "kan bijdragen. We spreken af wat vertrouwelijk blijft en wie het contact houdt.")},
 "overdracht": {"moment": "r3-gemeentehuis",
  "wat-gaat-mee": ("Bij driehonderd demonstranten, gemaskerde mannen van buiten en zwaar vuurwerk bij het gemeentehuis is het escalatie en "
                   "neemt de crisisorganisatie over. We dragen het beeld over: de signalen, de actiegroep en de oproep, de sleutelpersonen "
                   "(dorpsraad, voetbalclub, COA), de kwetsbare gezinnen in de Molenstraat en de lopende communicatie. Het kernteam levert een "
                   "verbindingspersoon, houdt contact met dorpsraad en school en bereidt de nazorg voor.")},
}

M = {
 "vooraf.eigen-signalen": "Het hele dorp is racistisch en tegen het azc. De jongens bij de skatebaan zijn aan het radicaliseren en moeten in de gaten worden gehouden.",
 "beeldvorming.motivering": "Het dorp is opgestookt door extreemrechts. Alle tegenstanders zijn racisten. Er is geen tijd om verder te kijken; de raad moet gewoon besluiten.",
 "beeldvorming.ontbrekend": [{"informatie": "Een lijst met namen van alle leden van de Facebookgroep en de ouders die op het schoolplein klaagden", "bij-wie": "Facebook en de school", "wie-haalt": "wijkagent"}],
 "beeldvorming.onderbreking": "uitstellen",
 "inschatting.ernst": "beperkt", "inschatting.urgentie": "weken",
 "inschatting.aard": "Boze dorpelingen die gewoon tegen buitenlanders zijn. Dat waait wel over na het raadsbesluit.",
 "oordeel.fase": F+"dreigende-onrust",
 "oordeel.perspectief": [H+"repressie"],
 "oordeel.voorwaarden": [V+"ongestraft-geweld"],
 "oordeel.principes": [PR+"gelegenheden-verminderen"],
 "scenarios.als-dan": [{"als": "Als we toegeven aan de dorpsraad", "dan": "dan zijn we het gezag kwijt", "signaal": "Iedereen weet dat"}],
 "besluit.besluiten": ["hard-optreden", "alleen-informeren"],
 "besluit.acties": [
   {"actie": "Geen gesprek met de dorpsraad; het besluit staat vast", "resultaat": "Duidelijkheid", "eigenaar": "oov-adviseur", "wanneer": "Meteen"},
   {"actie": "Iedereen die bij de skatebaan hangt controleren en wegsturen", "resultaat": "Skatebaan leeg", "eigenaar": "wijkagent", "wanneer": "Vanavond"},
 ],
 "communicatie.plan": [{"doelgroep": "Geen", "doel": "Niets zeggen tot na het raadsbesluit", "boodschap": "De burgemeester zegt niets tegen de omroep; uitleg aan het dorp heeft geen zin", "woordvoerder": "wijkagent", "moment": "Na 14 oktober"}],
 "vervolg.fase": F+"rust",
 "vervolg.bijsturen": "Het is rustig, de graffiti is gewoon kattenkwaad. De dorpsraad organiseert zelf maar een avond; de gemeente blijft daar weg.",
 "afsluiting.besluit": "opschalen",
 "afsluiting.nazorg": "Geen nazorg nodig; het azc komt er toch. Evaluatie is overbodig.",
 "samenstelling.leden": ["uitvoerders", "bewoners", "wethouder", "corporatie"],
 "samenstelling.criteria": "De mensen die het dorp kennen beslissen zelf; de burgemeester heeft er geen tijd voor.",
 "extern.betrekken": ["wijkagent"],
 "extern.vraag-aan-extern": "De dorpsraad moet haar achterban tot de orde roepen. Het COA hoeft niets te vertellen en de voetbalclub moet leden die tegen zijn royeren.",
 "overdracht.moment": "r3-oproep",
 "overdracht.wat-gaat-mee": "Alles naar de politie, die moet de tegenstanders oppakken. Het kernteam stopt.",
}

if __name__ == "__main__":
    run("azc", E, M, sys.argv[1:] or None)
