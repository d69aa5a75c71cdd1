import sys; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from gen import write, story, LIB
P = "stappenplan."
OR = P + "oplossingsrichtingen."
PV = "praktijkvoorbeelden.polarisatie."

def mis_for(groep, extra):
    G = groep[0].upper() + groep[1:]
    m = {
        "stap-1.bronnen": [P+"signalering.bronnen.statistiek"],
        "stap-1.toelichting": f"Dit deel ik alleen met politie en handhaving. Het probleem is duidelijk: {groep}. Bewoners en welzijnswerkers hoeven we niet te betrekken, die praten het alleen maar goed. Cijfers van de politie zijn genoeg.",
        "stap-2-2.toelichting": f"Dit is geen kwestie van gevoelens maar een feit: {groep}. Dat gaat alleen maar erger worden, wie anders beweert wil het niet zien.",
        "stap-2-3.kenmerken": [P+"groepskenmerken.achtergrond", P+"groepskenmerken.opvattingen"],
        "stap-2-3.actoren": [
            {"actor": P+"actoren.sleutelpersonen", "invloed": "aanjagen", "waarom": f"De sleutelfiguren uit die gemeenschappen dekken elkaar; {groep}."},
            {"actor": P+"actoren.religieuze-instellingen", "invloed": "aanjagen", "waarom": "De moskee houdt mensen buiten de Nederlandse samenleving en moet worden aangesproken."},
            {"actor": P+"actoren.wijkprofessionals", "invloed": "aanjagen", "waarom": "Het welzijnswerk is te soft en pampert de overlastgevers."},
        ],
        "stap-2-5.oorzaken": [P+"oorzaken.f", P+"oorzaken.e", P+"oorzaken.anders"],
        "stap-2-5.oorzaken.namelijk": {P+"oorzaken.anders": "De cultuur van de nieuwkomers past niet bij Nederland."},
        "stap-2-7.rol": [P+"rol-overheid.a"],
        "stap-2-7.toelichting": "De overheid doet niets fout, behalve dat ze te weinig hard optreedt. Meer boetes en meer camera's zijn nodig; praten heeft geen zin.",
        "stap-3-1.richtingen": [OR+"or-4", OR+"or-6"],
        "stap-3-1.prioriteit": [OR+"or-4", OR+"or-6", OR+"or-3"],
        "stap-3-1.toelichting": "Eerst de orde herstellen: extra handhaving, camera's, samenscholingsverbod en een lijst van de bekende overlastgevers en hun families. Verbinding komt later wel, als de rust terug is. Communicatie met de buurt is niet nodig; dat geeft alleen onrust.",
        "stap-3-2.doelgroepen": [P+"doelgroepen.jongeren", P+"doelgroepen.anders"],
        "stap-3-2.doelgroepen.namelijk": {P+"doelgroepen.anders": extra},
        "stap-4-1.gedekt": "Het reguliere beleid is te zacht. Alles wat niet met handhaving te maken heeft, kan worden stopgezet.",
        "stap-4-1.ingezet": "Welzijnswerk en jongerenwerk werken niet en kosten alleen geld. De politie moet het overnemen.",
        "stap-4-1.nieuw": f"Een zwarte lijst van probleemgezinnen, extra cameratoezicht en een verbod om in groepjes op straat te staan. {G}.",
        "stap-4-1.sectoren": "Politie, handhaving en justitie. Andere sectoren en bewoners hoeven niet aan tafel; we informeren de buurt niet vooraf.",
        "stap-4-2.voorbeelden": [PV+"cat-4.buurtpreventie", PV+"cat-4.whatsapp-buurtpreventie", PV+"cat-4.buurtveiligheidsteams"],
        "stap-2-6.triggers": ["geen"],
        "stap-2-6.sentimenten": [P+"sentimenten.onveiligheid"],
        "stap-2-1.vormen": [P+"verschijningsvormen.gedrag.negatief-gedrag", P+"verschijningsvormen.denken.stereotypen"],
        "stap-2-4.locaties": [P+"locaties.publieke-ruimte", P+"locaties.sociale-media"],
        "stap-3-1.wanneer": [OR+"or-4.wanneer.onveiligheid-criminaliteit", OR+"or-4.wanneer.stapeling-problemen", OR+"or-4.wanneer.bewoners-trekken-terug"],
    }
    return m

# ------------------------------------------------------------------ casus 1
E1 = {
 "stap-1": {
  "signalen": ["s-kinderen-pesten", "s-bang-buiten-spelen", "s-jongeren-intimiderend", "s-meisjes-nafluiten",
               "s-afval-portiek", "s-spanning-culturen", "s-zelfredzaamheid", "s-vernieuwing-uitgesteld"],
  "bronnen": [P+"signalering.bronnen.gezamenlijk-duiden", P+"signalering.bronnen.uitvragen",
              P+"signalering.bronnen.uitwisseling-gemeente", P+"signalering.bronnen.buurtbewoners",
              P+"signalering.bronnen.statistiek"],
  "toelichting": ("Ik breng de signalen in bij een gezamenlijk overleg van buurtprofessionals: wijkagent, jongerenwerk, "
                  "sociaal wijkteam, huismeester van de corporatie, scholen en opbouwwerk. Ieder ziet een deel (overlast op straat, "
                  "problemen achter de voordeur, vervuilde portieken, ruzies tussen kinderen) en pas samen ontstaat een beeld en een "
                  "gedeelde duiding. Er is nu geen vast overleg, dus dat moet eerst georganiseerd worden. Daarnaast vraag ik bewoners "
                  "zelf, ook kinderen en ouders en bewoners die zich goed redden, hoe zij het ervaren, en leg ik dat naast de cijfers."),
 },
 "stap-2-1": {"vormen": [P+"verschijningsvormen.denken.niet-positief", P+"verschijningsvormen.voelen.irritaties",
                          P+"verschijningsvormen.voelen.onzeker-aanspreken", P+"verschijningsvormen.voelen.spanning-angst",
                          P+"verschijningsvormen.gedrag.ontwijken-angst", P+"verschijningsvormen.gedrag.plekken-ontwijken",
                          P+"verschijningsvormen.gedrag.negatief-gedrag"]},
 "stap-2-2": {"fase": P+"fasen.onderhuidse-spanningen",
              "toelichting": ("Er is irritatie tussen groepen over schoonhouden en overlast, bewoners merken spanning tussen culturen en "
                              "mensen gaan elkaar en bepaalde plekken uit de weg: kinderen durven niet buiten te spelen en meisjes mijden "
                              "'s avonds de straat. Dat zijn kenmerken van onderhuidse spanningen. Er zijn wel vervelende gedragingen, "
                              "maar geen open confrontaties tussen groepen; het is dus (nog) geen fase van incidenten of escalatie. "
                              "Per portiek of straat kan de fase verschillen.")},
 "stap-2-3": {"kenmerken": [P+"groepskenmerken.achtergrond", P+"groepskenmerken.leeftijd", P+"groepskenmerken.sekse",
                             P+"groepskenmerken.sociaaleconomisch", P+"groepskenmerken.subgroepen"],
              "actoren": [
                {"actor": P+"actoren.wijkprofessionals", "invloed": "verminderen", "waarom": "Politie, gemeente en jongerenwerk hebben de jongerenoverlast al teruggedrongen; zij kunnen ook kinderen en ouders bereiken."},
                {"actor": P+"actoren.actieve-bewoners", "invloed": "verminderen", "waarom": "Bewoners die zich goed redden en hun buren kennen ervaren minder spanning en kunnen anderen helpen aanspreken en melden."},
                {"actor": P+"actoren.sleutelpersonen", "invloed": "verminderen", "waarom": "Rolmodellen uit de Marokkaanse en Turkse gemeenschappen kunnen ouders en jongeren aanspreken op toezicht en gedrag."},
                {"actor": P+"actoren.scholen", "invloed": "verminderen", "waarom": "De weerstand tussen groepen begint al bij jonge kinderen; scholen bereiken kinderen van 8 tot 14 en hun ouders."},
                {"actor": P+"actoren.maatschappelijke-organisaties", "invloed": "beide", "waarom": "De woningcorporatie stelde de vernieuwing uit en dat wekt teleurstelling, maar zij kan ook afspraken over portieken en afval maken."},
              ]},
 "stap-2-4": {"locaties": [P+"locaties.directe-woonomgeving", P+"locaties.publieke-ruimte"]},
 "stap-2-5": {"oorzaken": [P+"oorzaken.a", P+"oorzaken.b", P+"oorzaken.c", P+"oorzaken.d"]},
 "stap-2-6": {"sentimenten": [P+"sentimenten.onveiligheid", P+"sentimenten.onvrede-bestuur"],
              "triggers": [P+"triggers.polariserende-discussies", P+"triggers.internationale-gebeurtenissen"]},
 "stap-2-7": {"rol": [P+"rol-overheid.a", P+"rol-overheid.b"],
              "toelichting": ("Politie en gemeente hebben met succes ingezet op de jongerenoverlast. Tegelijk is de vernieuwing "
                              "opgeschort, zodat bewoners vastzitten in kleine, gehorige woningen; die teleurstelling richt zich op "
                              "gemeente en corporatie. Er is geen aanbod voor kinderen van 8 tot 14, het wijkteam werkt alleen op "
                              "aanvraag en er is geen overleg waarin partijen signalen samen duiden. Daar schiet het tekort.")},
 "stap-3-1": {"richtingen": [OR+"or-1", OR+"or-3", OR+"or-4", OR+"or-6"],
              "wanneer": [OR+"or-1.wanneer.botsende-opvattingen", OR+"or-1.wanneer.onmacht-aanspreken", OR+"or-1.wanneer.overlast-kinderen",
                          OR+"or-3.wanneer.overlast-jongeren", OR+"or-3.wanneer.onmacht-aanspreken",
                          OR+"or-4.wanneer.stapeling-problemen", OR+"or-6.wanneer.meer-uitwisseling"],
              "prioriteit": [OR+"or-3", OR+"or-1", OR+"or-4"],
              "toelichting": ("Het gedrag van kinderen van 8 tot 14 en de angst van andere kinderen om buiten te spelen is de kern, dus "
                              "positief gedrag en conflicthantering bij kinderen en jongeren eerst, samen met de ouders. Daarna de "
                              "directe woonomgeving: afspraken over portieken en afval, zodat bewoners elkaar leren kennen en durven "
                              "aanspreken. Omdat problemen zich opstapelen en bewoners weinig zelfredzaam zijn, volgt het versterken van "
                              "sociale controle en basisveiligheid. Een gezamenlijk signaleringsoverleg ondersteunt dit alles.")},
 "stap-3-2": {"doelgroepen": [P+"doelgroepen.kinderen", P+"doelgroepen.jongeren", P+"doelgroepen.ouders",
                               P+"doelgroepen.directe-buren", P+"doelgroepen.buurtprofessionals"]},
 "stap-4-1": {
  "gedekt": ("De jongerenoverlast wordt via veiligheid al aangepakt en neemt af. Niet gedekt zijn het gedrag van kinderen van 8 tot 14, "
             "het schoonhouden van portieken, de spanningen tussen culturen en de problemen achter de voordeur van gezinnen die zelf "
             "niet aankloppen."),
  "ingezet": ("Lopend: toezicht en gesprekken met jongeren en ouders, jongerenwerk vanaf 14 jaar, het wijkteam op aanvraag en afvalinzameling "
              "met handhaving op melding. Aanscherpen: jongerenwerk uitbreiden naar jongere kinderen, het wijkteam outreachend laten werken "
              "met een tolk, en de huismeester vaker en met afspraken over portieken laten werken."),
  "nieuw": ("Nieuw nodig: portiekgesprekken en samen schoonmaakafspraken per portiek, pedagogische inzet op straat voor kinderen "
            "(bijvoorbeeld Thuis Op Straat), ouders betrekken via school en sleutelpersonen, en een vast buurtnetwerkoverleg "
            "om signalen samen te duiden. Eerst kleinschalig per portiek, met bewoners samen."),
  "sectoren": ("Nodig zijn welzijn (jongerenwerk, opbouwwerk), het sociaal wijkteam, de woningcorporatie, politie, scholen en "
               "sleutelpersonen uit de gemeenschappen. Scholen en sleutelpersonen zijn nu nog niet in beeld; er is ook geen overleg "
               "dat hen samenbrengt."),
 },
 "stap-4-2": {"voorbeelden": [PV+"cat-1.portiekgesprekken", PV+"cat-1.samen-schoon", PV+"cat-3.thuis-op-straat",
                               PV+"cat-1.portiekportiers", PV+"cat-4.buurtpraktijkteam"]},
}
M1 = mis_for("de Marokkaanse en Turkse gezinnen zijn het probleem en hun kinderen gedragen zich zo omdat dat in hun cultuur zit",
             "Marokkaanse en Turkse gezinnen, met een lijst van namen van de overlastgevende families")
M1.update({"stap-1.signalen": ["s-herkomst", "s-jongeren-lvb", "s-gehorige-woningen", "s-jongeren-intimiderend"],
           "stap-2-2.fase": P+"fasen.escalatie"})

# ------------------------------------------------------------------ casus 2
E2 = {
 "stap-1": {
  "signalen": ["s-samenleven-onder-druk", "s-andere-normen", "s-felle-reacties", "s-jongeren-bedreigend", "s-breuk-oud-nieuw"],
  "bronnen": [P+"signalering.bronnen.buurtbewoners", P+"signalering.bronnen.gezamenlijk-duiden",
              P+"signalering.bronnen.uitvragen", P+"signalering.bronnen.uitwisseling-gemeente"],
  "toelichting": ("De monitor laat niets zien, dus ik ben aangewezen op zachte signalen. Ik deel en duid ze met de wijkagent, de "
                  "woningcorporatie, de bewonersvereniging, het buurtcentrum, verenigingen als de voetbalclub en het jongerenwerk uit "
                  "de wijken ernaast. Zij horen verhalen van zowel de lang gevestigde als de nieuwe bewoners. Samen duiden voorkomt "
                  "dat één kant het beeld bepaalt; ook nieuwe bewoners en jongeren zelf vraag ik hoe zij het ervaren."),
 },
 "stap-2-1": {"vormen": [P+"verschijningsvormen.denken.niet-positief", P+"verschijningsvormen.denken.stereotypen",
                          P+"verschijningsvormen.voelen.irritaties", P+"verschijningsvormen.voelen.ongemak-contact",
                          P+"verschijningsvormen.voelen.spanning-angst"],
              "beleving-gedrag": {"s-samenleven-onder-druk": "beleving", "s-andere-normen": "beleving", "s-felle-reacties": "gedraging",
                                  "s-jongeren-bedreigend": "beleving", "s-breuk-oud-nieuw": "beleving", "s-instroom": "gegeven",
                                  "s-ongeschreven-regels": "gegeven", "s-vergrijzing": "gegeven", "s-monitor-leeg": "gegeven",
                                  "s-weinig-criminaliteit": "gegeven", "s-verenigingsleven": "gegeven", "s-meer-leven": "beleving"}},
 "stap-2-2": {"fase": P+"fasen.onderhuidse-spanningen",
              "toelichting": ("Er is irritatie tussen oude en nieuwe bewoners, een negatief beeld van de nieuwkomers ('andere normen, "
                              "bekommeren zich niet om de buurt'), een groeiend wij-zij en ervaren dreiging van jongeren die alleen maar "
                              "op straat staan. Dat past bij onderhuidse spanningen. Er zijn geen incidenten, de monitor is leeg en de "
                              "verjonging wordt ook gewaardeerd; zonder aanpak kan het wel verder oplopen.")},
 "stap-2-3": {"kenmerken": [P+"groepskenmerken.woonduur", P+"groepskenmerken.leeftijd", P+"groepskenmerken.achtergrond"],
              "actoren": [
                {"actor": P+"actoren.actieve-bewoners", "invloed": "beide", "waarom": "Sommige zittende bewoners reageren fel op kleine dingen; actieve bewoners uit de bewonersvereniging kunnen juist nieuwkomers verwelkomen."},
                {"actor": P+"actoren.maatschappelijke-organisaties", "invloed": "verminderen", "waarom": "Het hechte verenigingsleven, zoals voetbalclub en ouderenbond, kan oude en nieuwe bewoners samenbrengen."},
                {"actor": P+"actoren.wijkprofessionals", "invloed": "verminderen", "waarom": "Wijkagent en jongerenwerk kunnen het contact tussen ouderen en jongeren op straat leggen en uitleggen wat wel en geen overlast is."},
              ]},
 "stap-2-4": {"locaties": [P+"locaties.directe-woonomgeving", P+"locaties.publieke-ruimte"]},
 "stap-2-5": {"oorzaken": [P+"oorzaken.a", P+"oorzaken.b"]},
 "stap-2-6": {"sentimenten": [P+"sentimenten.verlies-cohesie", P+"sentimenten.onveiligheid"],
              "triggers": [P+"triggers.polariserende-discussies", P+"triggers.eenzijdige-berichtgeving"],
              "type-uiting": "fel", "type-bron": "nieuwkomers", "type-duur": "incidenteel"},
 "stap-2-7": {"rol": [P+"rol-overheid.b"],
              "toelichting": ("Het ongenoegen richt zich op de nieuwkomers, niet op de gemeente. Wel draagt het handelen ongewild bij: "
                              "omdat de monitor gunstig is, is er geen gebiedsgerichte aanpak, de corporatie verhuurt zonder kennismaking "
                              "of afspraken over samenleven, er is geen jongerenwerk en de wijkagent komt alleen op meldingen.")},
 "stap-3-1": {"richtingen": [OR+"or-1", OR+"or-2", OR+"or-5", OR+"or-6"],
              "wanneer": [OR+"or-1.wanneer.vervreemding", OR+"or-1.wanneer.botsende-opvattingen", OR+"or-2.wanneer.vervreemding",
                          OR+"or-2.wanneer.botsende-opvattingen", OR+"or-5.wanneer.negatieve-beeldvorming", OR+"or-6.wanneer.meer-informatie"],
              "prioriteit": [OR+"or-1", OR+"or-2", OR+"or-6"],
              "toelichting": ("De ongeschreven regels botsen in de directe woonomgeving (portiek, lift, fiets op straat), dus daar eerst "
                              "kennismaking en samen afspraken maken. Daarna ontmoeting op buurtniveau, met het verenigingsleven, ook tussen "
                              "ouderen en jongeren. Omdat de monitor niets toont, is een betere informatiepositie nodig om te volgen of de "
                              "breuk groeit.")},
 "stap-3-2": {"doelgroepen": [P+"doelgroepen.directe-buren", P+"doelgroepen.buurtgenoten", P+"doelgroepen.jongeren",
                               P+"doelgroepen.ondernemers-kunstenaars", P+"doelgroepen.buurtprofessionals"]},
 "stap-4-1": {
  "gedekt": ("Het reguliere beleid richt zich op wat in de monitor zichtbaar is, dus de groeiende breuk tussen oude en nieuwe "
             "bewoners en de ervaren dreiging van jongeren worden niet aangepakt."),
  "ingezet": ("Er is een wijkbudget, het buurtcentrum met activiteiten voor ouderen en de wijkagent op melding. Dat is onvoldoende: "
              "nieuwe bewoners komen niet in het buurtcentrum en nieuwe huurders krijgen geen kennismaking."),
  "nieuw": ("Nieuwe bewoners actief verwelkomen met de corporatie en de bewonersvereniging, samen huisregels voor lift en portiek "
            "opstellen, ontmoetingen via de voetbalclub en het buurtcentrum, en ambulant jongerenwerk dat ook met oudere bewoners "
            "in gesprek gaat. Daarnaast soft signalen structureel ophalen."),
  "sectoren": ("Woningcorporatie, opbouwwerk, jongerenwerk, wijkagent, bewonersvereniging en verenigingen. Jongerenwerk en de "
               "corporatie zijn nu niet betrokken."),
 },
 "stap-4-2": {"voorbeelden": [PV+"cat-1.nieuwe-bewoners-verwelkomen", PV+"cat-1.portiekgesprekken", PV+"cat-2.cat-2d.opzoomeren",
                               PV+"cat-2.cat-2c.buurtreminiscentie", PV+"cat-4.training-straatcultuur"]},
}
M2 = mis_for("de nieuwkomers uit de multiculturele wijken brengen hun problemen mee en passen zich niet aan",
             "de nieuwe allochtone gezinnen, met een lijst van hun namen per straat")
M2.update({"stap-1.signalen": ["s-instroom", "s-jongeren-bedreigend", "s-monitor-leeg"], "stap-2-2.fase": P+"fasen.escalatie",
           "stap-2-6.type-uiting": "radicaal"})

# ------------------------------------------------------------------ casus 3
E3 = {
 "stap-1": {
  "signalen": ["s-vuil-rommel", "s-geluidsoverlast", "s-hangjongeren", "s-lastig-aanspreken", "s-spelen-portiek",
               "s-geen-plek-jongeren", "s-verwachting"],
  "bronnen": [P+"signalering.bronnen.buurtbewoners", P+"signalering.bronnen.gezamenlijk-duiden", P+"signalering.bronnen.uitvragen",
              P+"signalering.bronnen.uitwisseling-gemeente"],
  "toelichting": ("Ik duid de klachten samen met de wijkbeheerder, de corporatie en de VvE's, de jongerenwerker, de wijkagent en de "
                  "zorginstelling die nu niet in het wijkoverleg zit. De klachten komen vooral van één kant binnen; door ook "
                  "jongeren, ouders van spelende kinderen en huurders te horen, zie je of het om overlast of om botsende verwachtingen gaat."),
 },
 "stap-2-1": {"vormen": [P+"verschijningsvormen.voelen.irritaties", P+"verschijningsvormen.voelen.onzeker-aanspreken",
                          P+"verschijningsvormen.voelen.ongemak-contact", P+"verschijningsvormen.gedrag.ontwijken-ongemak"]},
 "stap-2-2": {"fase": P+"fasen.onderhuidse-spanningen",
              "toelichting": ("Veel bewoners ergeren zich aan vuil, lawaai en rondhangende jongeren, maar spreken de buren of de jongeren "
                              "niet aan en sturen klachten naar de beheerder. Er is irritatie en ervaren overlast tussen huurders en kopers, "
                              "maar geen intimidatie, criminaliteit of incidenten. Dat zijn onderhuidse spanningen.")},
 "stap-2-3": {"kenmerken": [P+"groepskenmerken.huur-koop", P+"groepskenmerken.sociaaleconomisch", P+"groepskenmerken.leeftijd",
                             P+"groepskenmerken.gezinssamenstelling"],
              "actoren": [
                {"actor": P+"actoren.maatschappelijke-organisaties", "invloed": "verminderen", "waarom": "Corporatie, VvE's en de zorginstelling kunnen per blok afspraken over schoonmaak en gebruik maken."},
                {"actor": P+"actoren.wijkprofessionals", "invloed": "verminderen", "waarom": "Jongerenwerk kan met jongeren zoeken naar een eigen plek en het gesprek met omwonenden begeleiden."},
                {"actor": P+"actoren.actieve-bewoners", "invloed": "beide", "waarom": "Klagende bewoners vergroten de tegenstelling; actieve bewoners kunnen ook bemiddelen en buren samenbrengen."},
                {"actor": P+"actoren.politiek", "invloed": "aanjagen", "waarom": "De wijk werd als 'buiten wonen in de stad' gepresenteerd; die verwachting voedt de teleurstelling."},
              ]},
 "stap-2-4": {"locaties": [P+"locaties.directe-woonomgeving", P+"locaties.publieke-ruimte"]},
 "stap-2-5": {"oorzaken": [P+"oorzaken.a", P+"oorzaken.b", P+"oorzaken.anders"],
              "oorzaken.namelijk": {P+"oorzaken.anders": "Het verwachtingspatroon van kopers (een rustige wijk) en een bouw die geluid versterkt, met te weinig speelplekken en plekken voor jongeren."}},
 "stap-2-6": {"sentimenten": [P+"sentimenten.onvrede-bestuur"],
              "triggers": [P+"triggers.polariserende-discussies"]},
 "stap-2-7": {"rol": [P+"rol-overheid.a", P+"rol-overheid.b"],
              "toelichting": ("Klachten komen bij de wijkbeheerder terecht, die ze doorstuurt zonder met bewoners te praten. De wijk is "
                              "ontworpen met menging tot in elk blok, gehorige binnentuinen en weinig speel- en jongerenplekken, en werd "
                              "verkocht als rustig: zo droeg het eigen handelen ongewild bij.")},
 "stap-3-1": {"richtingen": [OR+"or-1", OR+"or-3", OR+"or-7", OR+"or-2"],
              "wanneer": [OR+"or-1.wanneer.onmacht-aanspreken", OR+"or-1.wanneer.botsende-opvattingen", OR+"or-1.wanneer.overlast-kinderen",
                          OR+"or-3.wanneer.overlast-jongeren", OR+"or-3.wanneer.onmacht-aanspreken", OR+"or-7.wanneer.alle-problematiek",
                          OR+"or-2.wanneer.overlast-jongeren"],
              "prioriteit": [OR+"or-1", OR+"or-3", OR+"or-7"],
              "toelichting": ("De kern is dat buren elkaar niet aanspreken op vuil en geluid in het eigen blok, dus eerst contact en "
                              "afspraken in de directe woonomgeving. Daarna jongeren en kinderen: samen met hen zoeken naar plekken en "
                              "gedrag. De onvrede over de gewekte verwachting neem je serieus met win-win-oplossingen, zoals speel- en jongerenplekken.")},
 "stap-3-2": {"doelgroepen": [P+"doelgroepen.directe-buren", P+"doelgroepen.jongeren", P+"doelgroepen.kinderen",
                               P+"doelgroepen.ouders", P+"doelgroepen.buurtprofessionals"]},
 "stap-4-1": {
  "gedekt": ("Het beheer pakt vuil op als schoonmaakprobleem en de wijkagent beboet blowen, maar het niet aanspreken tussen buren, "
             "het gebrek aan speel- en jongerenplekken en de botsende verwachtingen worden niet aangepakt."),
  "ingezet": ("Klachtafhandeling, schoonmaak, een ambulante jongerenwerker één avond per week en buurtbemiddeling die zelden wordt "
              "ingeschakeld. Aanscherpen: buurtbemiddeling actief aanbieden en jongerenwerk uitbreiden."),
  "nieuw": ("Per gemengd blok gesprekken en gedragsafspraken over schoonmaak en geluid, een plek voor jongeren en meer speelruimte, "
            "en jongeren zelf laten meedenken over oplossingen."),
  "sectoren": ("Corporatie en VvE's, wijkbeheer, jongerenwerk, buurtbemiddeling, de zorginstelling en de wijkagent. De zorginstelling "
               "zit nu niet aan tafel."),
 },
 "stap-4-2": {"voorbeelden": [PV+"cat-1.buurtbemiddeling", PV+"cat-1.portiekgesprekken", PV+"cat-2.cat-2a.gedragscodes",
                               PV+"cat-3.jolo", PV+"cat-1.samen-schoon"]},
}
M3 = mis_for("de huurders uit de sociale huur en hun allochtone jongeren verpesten de wijk voor de kopers",
             "sociale huurders en bewoners van de zorgwoningen, met hun namen per blok")
M3.update({"stap-1.signalen": ["s-herkomst", "s-zorgwoningen", "s-hangjongeren"], "stap-2-2.fase": P+"fasen.incidenten"})

# ------------------------------------------------------------------ casus 4
E4 = {
 "stap-1": {
  "signalen": ["s-weinig-contact", "s-broeit", "s-wegtrekken", "s-vervreemd", "s-contacten-weg", "s-wennen", "s-eenzaam",
               "s-niet-accepteren", "s-negatief-bejegend"],
  "bronnen": [P+"signalering.bronnen.buurtbewoners", P+"signalering.bronnen.gezamenlijk-duiden", P+"signalering.bronnen.uitvragen",
              P+"signalering.bronnen.uitwisseling-gemeente"],
  "toelichting": ("Er komen geen meldingen, dus de signalen moeten van bewoners en professionals komen. Ik duid ze met de opbouwwerker, "
                  "de school met de ouderkamer, de corporatie, de ouderenadviseur en de wijkagent, en ik spreek zowel blijvers als "
                  "nieuwe gezinnen. Alleen samen zie je hoe vervreemding, eenzaamheid en negatieve bejegening met elkaar samenhangen."),
 },
 "stap-2-1": {"vormen": [P+"verschijningsvormen.voelen.vervreemd", P+"verschijningsvormen.denken.niet-positief",
                          P+"verschijningsvormen.voelen.ongemak-contact", P+"verschijningsvormen.gedrag.ontwijken-ongemak",
                          P+"verschijningsvormen.gedrag.negatief-gedrag"]},
 "stap-2-2": {"fase": P+"fasen.onderhuidse-spanningen",
              "toelichting": ("Er is nog niets voorgevallen, maar het broeit: nauwelijks contact, blijvers voelen zich vervreemd en "
                              "eenzaam, ze accepteren geen nieuwe gezinnen en bejegenen die negatief. Dat is onderhuidse spanning; "
                              "zonder aanpak kan het overgaan in incidenten.")},
 "stap-2-3": {"kenmerken": [P+"groepskenmerken.achtergrond", P+"groepskenmerken.woonduur", P+"groepskenmerken.sociaaleconomisch"],
              "actoren": [
                {"actor": P+"actoren.actieve-bewoners", "invloed": "beide", "waarom": "Gevestigde families bepalen de sfeer: ze kunnen nieuwe gezinnen buitensluiten of juist verwelkomen."},
                {"actor": P+"actoren.scholen", "invloed": "verminderen", "waarom": "Op de basisschool zitten kinderen van nieuwe gezinnen; de ouderkamer is een plek waar ouders elkaar ontmoeten."},
                {"actor": P+"actoren.maatschappelijke-organisaties", "invloed": "verminderen", "waarom": "De corporatie kan nieuwe bewoners laten kennismaken in plaats van ze onaangekondigd te plaatsen."},
                {"actor": P+"actoren.wijkprofessionals", "invloed": "verminderen", "waarom": "De opbouwwerker kent de blijvers en kan contact leggen met nieuwe gezinnen."},
              ]},
 "stap-2-4": {"locaties": [P+"locaties.directe-woonomgeving", P+"locaties.publieke-ruimte"]},
 "stap-2-5": {"oorzaken": [P+"oorzaken.a"]},
 "stap-2-6": {"sentimenten": [P+"sentimenten.verlies-cohesie", P+"sentimenten.onvrede-bestuur"],
              "triggers": [P+"triggers.polariserende-discussies", P+"triggers.eenzijdige-berichtgeving"],
              "type-uiting": "gesprek", "type-bron": "onderliggend", "type-duur": "structureel"},
 "stap-2-7": {"rol": [P+"rol-overheid.b"],
              "toelichting": ("Woningen worden toegewezen zonder dat de buurt het weet en zonder kennismaking, het integratiebeleid richt "
                              "zich alleen op de nieuwkomers en niet op de ontvangende buurt, en de bezoekdienst tegen eenzaamheid is "
                              "onbekend. Daarmee draagt het beleid ongewild bij aan de vervreemding.")},
 "stap-3-1": {"richtingen": [OR+"or-1", OR+"or-2", OR+"or-5", OR+"or-7"],
              "wanneer": [OR+"or-1.wanneer.vervreemding", OR+"or-2.wanneer.vervreemding", OR+"or-5.wanneer.vervreemding",
                          OR+"or-5.wanneer.negatieve-beeldvorming", OR+"or-7.wanneer.alle-problematiek"],
              "prioriteit": [OR+"or-1", OR+"or-7", OR+"or-5"],
              "toelichting": ("Er is bijna geen contact, dus eerst kennismaking en ontmoeting in de directe woonomgeving. De onvrede "
                              "en eenzaamheid van de blijvers neem je serieus, anders wordt elke nieuwkomer een bevestiging van verlies. "
                              "Daarna negatieve beelden tegengaan en het stille midden een stem geven.")},
 "stap-3-2": {"doelgroepen": [P+"doelgroepen.directe-buren", P+"doelgroepen.buurtgenoten", P+"doelgroepen.buurtprofessionals",
                               P+"doelgroepen.anders"],
              "doelgroepen.namelijk": {P+"doelgroepen.anders": "De nieuwe gezinnen met een andere culturele achtergrond, en de eenzame blijvers."}},
 "stap-4-1": {
  "gedekt": ("Eenzaamheid wordt met een bezoekdienst aangepakt en inburgering van nieuwkomers loopt, maar het contact tussen blijvers "
             "en nieuwe gezinnen en de negatieve bejegening worden door niemand opgepakt."),
  "ingezet": ("Opbouwwerk acht uur per week, het buurthuis met activiteiten voor blijvers, de bezoekdienst en de ouderkamer op school. "
              "Aanscherpen: de bezoekdienst bekendmaken, activiteiten openstellen voor nieuwe gezinnen en de ouderkamer benutten."),
  "nieuw": ("Een kennismakingsaanpak bij elke nieuwe toewijzing, ontmoetingen rond de geschiedenis van de buurt, kleine "
            "dialoogbijeenkomsten, en straatactiviteiten waar blijvers en nieuwe gezinnen elkaar ontmoeten."),
  "sectoren": ("Corporatie, opbouwwerk, ouderenwerk, de basisschool, de wijkagent en sleutelpersonen onder de nieuwe gezinnen; "
               "corporatie en school zijn nog niet betrokken."),
 },
 "stap-4-2": {"voorbeelden": [PV+"cat-1.nieuwe-bewoners-verwelkomen", PV+"cat-2.cat-2c.buurtreminiscentie", PV+"cat-2.cat-2b.dialoogtafels",
                               PV+"cat-2.cat-2d.opzoomeren", PV+"cat-2.cat-2b.interculturele-dialoog"]},
}
M4 = mis_for("de buitenlandse gezinnen die hier komen wonen passen niet bij een echte volksbuurt",
             "de nieuwe gezinnen met een migratieachtergrond, met hun namen en adressen")
M4.update({"stap-1.signalen": ["s-instroom", "s-volksbuurt", "s-geen-incidenten"], "stap-2-2.fase": P+"fasen.rust",
           "stap-2-6.type-uiting": "radicaal"})

if __name__ == "__main__":
    for eid, E, M in [("casus-1", E1, M1), ("casus-2", E2, M2), ("casus-3", E3, M3), ("casus-4", E4, M4)]:
        if len(sys.argv) > 1 and eid not in sys.argv[1:]:
            continue
        write(eid, E, M, story(eid) + "\n\n" + (LIB.exercises[eid].scenario.beleid or ""))
