"""Demo content for the Kennisplatform Ondermijning (KPO).

Pure data: themes, phenomena, regions and knowledge-base articles, written from the
seed texts about the RIEC-LIEC network and general public knowledge about the Dutch
approach to ondermijning. Loaded by knowledge/demo.py and the seed_demo command.
"""

THEMES = [
    {
        "slug": "bewustwording-en-organisatieontwikkeling",
        "name": "Bewustwording en organisatieontwikkeling",
        "description": (
            "Medewerkers en bestuurders herkennen signalen van ondermijning en weten wat zij ermee moeten doen. "
            "De aanpak is geen taak van alleen de afdeling Veiligheid, maar van de hele organisatie."
        ),
    },
    {
        "slug": "informatiepositie",
        "name": "Informatiepositie",
        "description": (
            "Zicht krijgen op ondermijning door informatie binnen de eigen organisatie en met partners "
            "zorgvuldig te verzamelen, te combineren en te delen, binnen de regels voor privacy."
        ),
    },
    {
        "slug": "beleid-en-handhaving",
        "name": "Beleid en handhaving",
        "description": (
            "Beleid, regels en vergunningen zo inrichten dat criminelen er geen misbruik van kunnen maken. "
            "En daadkrachtig optreden met bestuurlijke instrumenten zoals de Wet Bibob en sluitingsbevoegdheden."
        ),
    },
    {
        "slug": "integriteit-en-veilige-werkomgeving",
        "name": "Integriteit en veilige werkomgeving",
        "description": (
            "Een integere organisatie waarin medewerkers en bestuurders veilig hun werk kunnen doen. "
            "Aandacht voor screening, kwetsbare functies, intimidatie en het melden van incidenten."
        ),
    },
    {
        "slug": "communicatie",
        "name": "Communicatie",
        "description": (
            "Communicatie die de aanpak van ondermijning zichtbaar maakt en inwoners en ondernemers betrekt. "
            "Zowel defensief, gericht tegen ondermijnende krachten, als mobiliserend, gericht op positieve krachten."
        ),
    },
]

PHENOMENA = [
    {
        "slug": "drugs-en-hennepteelt",
        "name": "Drugs en hennepteelt",
        "description": (
            "De productie, handel en smokkel van drugs, van hennepteelt in woningen en bedrijfspanden tot "
            "synthetische drugslabs en de doorvoer van cocaïne via havens."
        ),
    },
    {
        "slug": "vastgoedfraude",
        "name": "Vastgoedfraude",
        "description": (
            "Misbruik van vastgoed voor criminele doelen, zoals het witwassen van geld via aan- en verkoop, "
            "het gebruik van panden voor illegale activiteiten en fraude met huur en hypotheken."
        ),
    },
    {
        "slug": "zorgfraude",
        "name": "Zorgfraude",
        "description": (
            "Het opzettelijk onterecht declareren of ontvangen van zorggeld, bijvoorbeeld uit de Wmo, de "
            "Jeugdwet of een persoonsgebonden budget, vaak ten koste van kwetsbare cliënten."
        ),
    },
    {
        "slug": "mensenhandel-en-mensensmokkel",
        "name": "Mensenhandel en -smokkel",
        "description": (
            "Het uitbuiten van mensen, bijvoorbeeld in de seksbranche, op de arbeidsmarkt of voor criminele "
            "activiteiten, en het tegen betaling illegaal over de grens brengen van mensen."
        ),
    },
    {
        "slug": "outlaw-motorgangs",
        "name": "Outlaw motorgangs",
        "description": (
            "Motorclubs waarvan leden of afdelingen betrokken zijn bij zware criminaliteit, geweld en "
            "intimidatie, en die daarmee de openbare orde en de rechtsstaat aantasten."
        ),
    },
    {
        "slug": "witwassen",
        "name": "Witwassen",
        "description": (
            "Het verhullen van de criminele herkomst van geld of vermogen, zodat het in de legale economie "
            "kan worden gebruikt. Witwassen is de schakel tussen onderwereld en bovenwereld."
        ),
    },
    {
        "slug": "buitengebied",
        "name": "Buitengebied",
        "description": (
            "Ondermijning op het platteland, zoals drugsproductie in leegstaande stallen, het dumpen van "
            "drugsafval en criminele belangstelling voor vakantieparken en agrarische bedrijven."
        ),
    },
    {
        "slug": "handhavingsknelpunten",
        "name": "Handhavingsknelpunten",
        "description": (
            "Knelpunten in wet- en regelgeving, beleid of uitvoering die het optreden tegen georganiseerde "
            "criminaliteit bemoeilijken, en die via bestuurlijke signalen zichtbaar worden gemaakt."
        ),
    },
    {
        "slug": "misbruik-van-legale-beroepen",
        "name": "Misbruik van legale beroepen",
        "description": (
            "Het inschakelen of onder druk zetten van professionals, zoals notarissen, makelaars, "
            "accountants, advocaten of ambtenaren, om criminele activiteiten mogelijk te maken."
        ),
    },
]

REGIONS = [
    {
        "slug": "riec-noord-nederland",
        "name": "RIEC Noord-Nederland",
        "kind": "riec",
        "area": "De provincies Groningen, Friesland en Drenthe.",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.riec.nl",
    },
    {
        "slug": "riec-oost-nederland",
        "name": "RIEC Oost-Nederland",
        "kind": "riec",
        "area": "De provincies Gelderland en Overijssel.",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.riec.nl",
    },
    {
        "slug": "riec-midden-nederland",
        "name": "RIEC Midden-Nederland",
        "kind": "riec",
        "area": "De provincies Utrecht en Flevoland en de regio Gooi en Vechtstreek.",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.riec.nl",
    },
    {
        "slug": "riec-noord-holland",
        "name": "RIEC Noord-Holland",
        "kind": "riec",
        "area": (
            "De regio's Noord-Holland Noord, Zaanstreek-Waterland en Kennemerland. "
            "Amsterdam-Amstelland en Gooi en Vechtstreek vallen onder andere RIEC's."
        ),
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.riec.nl",
    },
    {
        "slug": "riec-amsterdam-amstelland",
        "name": "RIEC Amsterdam-Amstelland",
        "kind": "riec",
        "area": "De gemeenten Amsterdam, Amstelveen, Aalsmeer, Diemen, Ouder-Amstel en Uithoorn.",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.riec.nl",
    },
    {
        "slug": "riec-den-haag",
        "name": "RIEC Den Haag",
        "kind": "riec",
        "area": "De regio's Haaglanden en Hollands Midden in de provincie Zuid-Holland.",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.riec.nl",
    },
    {
        "slug": "riec-rotterdam",
        "name": "RIEC Rotterdam",
        "kind": "riec",
        "area": "De regio's Rotterdam-Rijnmond en Zuid-Holland-Zuid, inclusief het Rotterdamse havengebied.",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.riec.nl",
    },
    {
        "slug": "riec-zeeland-west-brabant",
        "name": "RIEC Zeeland-West-Brabant",
        "kind": "riec",
        "area": "De provincie Zeeland en het westelijke en middelste deel van Noord-Brabant.",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.riec.nl",
    },
    {
        "slug": "riec-oost-brabant",
        "name": "RIEC Oost-Brabant",
        "kind": "riec",
        "area": "Het oostelijke deel van Noord-Brabant, met de regio's Brabant-Noord en Brabant-Zuidoost.",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.riec.nl",
    },
    {
        "slug": "riec-limburg",
        "name": "RIEC Limburg",
        "kind": "riec",
        "area": (
            "De provincie Limburg. Onderdeel van het RIEC Limburg is het EURIEC, dat zich richt op de "
            "grensoverschrijdende bestuurlijke aanpak met België en Duitsland."
        ),
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.riec.nl",
    },
    {
        "slug": "liec",
        "name": "LIEC",
        "kind": "liec",
        "area": "Landelijk. Het LIEC verbindt de tien RIEC's met elkaar en met de landelijke partners.",
        "address": "Postbus 20301\n2500 EH Den Haag",
        "phone": "070 370 6370",
        "email": "info@liec.nl",
        "website": "https://www.liec.nl",
    },
]

ARTICLES = [
    {
        "slug": "wat-is-ondermijning",
        "title": "Wat is ondermijning?",
        "summary": (
            "Ondermijning ontstaat als criminelen legale bedrijven, diensten en mensen gebruiken voor illegale "
            "activiteiten. Daardoor raken onderwereld en bovenwereld met elkaar verweven. Dit artikel legt uit "
            "wat georganiseerde ondermijnende criminaliteit is en waarom het iedereen aangaat."
        ),
        "body": """## Een korte definitie

Als criminelen gebruikmaken van legale bedrijven en diensten voor illegale activiteiten, noemen we dit georganiseerde ondermijnende criminaliteit. Criminelen beïnvloeden of onderdrukken daarbij ook onschuldige mensen. Het gevolg is dat de bovenwereld en de onderwereld met elkaar verweven raken.

Ondermijning gaat dus verder dan de misdaad zelf. Het tast de rechtsstaat aan, omdat criminelen invloed krijgen op plekken waar zij die niet horen te hebben: in wijken, in bedrijven en soms zelfs binnen de overheid.

## Voorbeelden uit de praktijk

Ondermijning heeft veel gezichten. Een paar voorbeelden:

- een huurder die onder druk wordt gezet om wapens of drugs in zijn woning te bewaren;
- een elektricien die wordt ingehuurd om de stroom aan te leggen voor een hennepkwekerij;
- een notaris of makelaar die wordt ingezet om geld wit te wassen via vastgoed;
- een zorgbedrijf dat zorggeld declareert voor zorg die nooit is geleverd;
- een ondernemer in het buitengebied die een leegstaande stal verhuurt voor een drugslab.

Daarbij gebruiken criminelen soms zwaar geweld, zoals explosies, bedreigingen of zelfs moord.

## Waarom is ondermijning schadelijk?

Criminele elementen hebben de afgelopen decennia steeds meer sociale en economische invloed gekregen. Dat heeft grote gevolgen:

- **Onveiligheid.** Geweld, intimidatie en explosies maken buurten onveilig.
- **Minder leefbaarheid.** Inwoners voelen zich minder veilig en trekken zich terug.
- **Oneerlijke concurrentie.** Bedrijven die met crimineel geld werken, drukken eerlijke ondernemers uit de markt.
- **Aantasting van vertrouwen.** Als criminelen ongestoord hun gang kunnen gaan, neemt het vertrouwen in de overheid af.

## Wat kun je doen?

Ondermijning is een maatschappelijk probleem. Het vraagt om een brede beweging van overheid en samenleving samen. Gemeenten, politie, Openbaar Ministerie, Belastingdienst en andere partners werken daarom samen in de RIEC's en het LIEC. Maar ook ondernemers, professionals en inwoners spelen een rol.

Herken je signalen in je werk? Bespreek ze met je leidinggevende of met de contactpersoon ondermijning in je organisatie. Zij weten hoe een signaal veilig en zorgvuldig kan worden doorgegeven. Inwoners kunnen ook anoniem melden via [Meld Misdaad Anoniem](https://www.meldmisdaadanoniem.nl).

## Meer weten?

Lees op dit platform meer over de afzonderlijke fenomenen, zoals witwassen, drugs en hennepteelt en misbruik van legale beroepen. Of bekijk de handreikingen over de vijf thema's van bestuurlijke weerbaarheid.""",
        "kind": "achtergrond",
        "themes": ["bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["drugs-en-hennepteelt", "witwassen", "misbruik-van-legale-beroepen"],
        "regions": [],
        "days_ago": 690,
        "references": [
            {
                "kind": "website",
                "title": "RIEC-LIEC: over ondermijning",
                "url": "https://www.riec.nl",
                "description": "De website van het RIEC-LIEC-netwerk met uitleg over ondermijning en de aanpak.",
            },
            {
                "kind": "boek",
                "title": "De achterkant van Amsterdam",
                "url": "",
                "description": "Onderzoek van Pieter Tops en Jan Tromp (2019) naar de verwevenheid van onderwereld en bovenwereld in Amsterdam.",
            },
        ],
    },
    {
        "slug": "wat-doen-de-riecs-en-het-liec",
        "title": "Wat doen de RIEC's en het LIEC?",
        "summary": (
            "De tien Regionale Informatie- en Expertisecentra (RIEC's) en het Landelijk Informatie- en "
            "Expertisecentrum (LIEC) vormen samen een landelijk dekkend netwerk. Zij ondersteunen partners "
            "bij de integrale aanpak van georganiseerde ondermijnende criminaliteit."
        ),
        "body": """## Eén netwerk, tien regio's

Nederland is verdeeld in tien RIEC-regio's: Noord-Nederland, Oost-Nederland, Midden-Nederland, Noord-Holland, Amsterdam-Amstelland, Den Haag, Rotterdam, Zeeland-West-Brabant, Oost-Brabant en Limburg. Samen met het LIEC vormen zij een landelijk dekkende netwerkorganisatie.

Elk RIEC werkt binnen de eigen regio, onder aansturing van een zelfstandige regionale stuurgroep. Het LIEC staat niet boven de RIEC's. Het ondersteunt en verbindt.

## De missie

Hart voor de samenleving drijft het netwerk. De missie is het versterken van maatschappelijke tegenkracht om de criminele ondermijning van onze samenleving te stoppen. Dat gebeurt door te verbinden op drie fronten:

1. informatie en kennis;
2. partners binnen één overheid;
3. overheid en samenleving.

## Wat doet een RIEC?

De RIEC's werken dicht bij de gemeenten en partners in hun regio. Zij:

- vormen een informatieknooppunt voor casuïstiek;
- stellen integrale adviezen op, waarin bestuursrechtelijke, strafrechtelijke en fiscale interventies op elkaar worden afgestemd;
- adviseren gemeenten, bijvoorbeeld over de toepassing van de Wet Bibob;
- helpen gemeenten en provincies bij het opstellen van beleid en het versterken van hun informatiepositie;
- vergroten de bewustwording bij bestuurders, ambtenaren en private partijen.

## Wat doet het LIEC?

Het LIEC zorgt voor verbinding tussen de RIEC's en de landelijke partners. Het werkt aan vier taken:

1. verbinden en versterken van gezamenlijke kennisontwikkeling;
2. verbinden en versterken van een innovatieve aanpak van criminele fenomenen;
3. versterken en bevorderen van integrale samenwerking;
4. gedeelde diensten (shared services) voor de RIEC's, zoals juridische ondersteuning, communicatie en ICT.

Bij criminaliteit die de grenzen van een regio overschrijdt, zoals bij outlaw motorgangs of georganiseerde hennepteelt, draagt het LIEC bij aan een gecoördineerde landelijke aanpak. Namens het hele netwerk is het LIEC verantwoordelijk voor de Landelijke Fenomeentafels, de LIEC Field Lab Hub, het Landelijk Loket Bestuurlijke Signalen en het Kennisplatform Ondermijning.

## Wie beslist?

Het LIEC valt onder de verantwoordelijkheid van de Stuurgroep LIEC. Daarin zitten vertegenwoordigers van het ministerie van Justitie en Veiligheid, gemeenten, Belastingdienst, politie en Openbaar Ministerie. Organisatorisch is het LIEC ondergebracht bij het ministerie van Justitie en Veiligheid.

## Contact

Voor algemene vragen kun je terecht bij het LIEC. Voor vragen over de aanpak in jouw regio neem je contact op met het RIEC in je regio. Kijk voor meer informatie op [riec.nl](https://www.riec.nl).""",
        "kind": "achtergrond",
        "themes": ["bewustwording-en-organisatieontwikkeling", "informatiepositie"],
        "phenomena": ["outlaw-motorgangs"],
        "regions": [],
        "days_ago": 680,
        "references": [
            {
                "kind": "website",
                "title": "RIEC-LIEC",
                "url": "https://www.riec.nl",
                "description": "Informatie over de tien RIEC's en het LIEC.",
            },
            {
                "kind": "website",
                "title": "LIEC",
                "url": "https://www.liec.nl",
                "description": "Website van het Landelijk Informatie- en Expertisecentrum.",
            },
        ],
    },
    {
        "slug": "het-riec-convenant-en-de-partners",
        "title": "Het RIEC-convenant en de convenantpartners",
        "summary": (
            "In het RIEC-convenant hebben overheidspartners afgesproken samen te werken tegen georganiseerde "
            "criminaliteit en daarvoor informatie te delen. Dit artikel legt uit wat het convenant regelt en "
            "welke partners meedoen."
        ),
        "body": """## Waarom een convenant?

Geen enkele organisatie kan ondermijning alleen aanpakken. Een gemeente ziet andere dingen dan de politie, en de Belastingdienst weer andere dan de Arbeidsinspectie. Pas als die informatie samenkomt, ontstaat een compleet beeld. Daarvoor is een gezamenlijke afspraak nodig: het convenant.

Het volledige convenant heet: *Convenant ten behoeve van Bestuurlijke en Geïntegreerde Aanpak Georganiseerde Criminaliteit, Bestrijding Handhavingsknelpunten en Bevordering Integriteitsbeoordelingen.* Gemeenten en provincies hebben dit convenant ondertekend, samen met de landelijke partners.

## Wat regelt het convenant?

Het convenant biedt een juridisch kader om informatie te delen tussen de deelnemende partners. Daardoor kunnen partners in concrete zaken als één overheid optreden. Het convenant regelt onder meer:

- het doel van de samenwerking;
- welke partners deelnemen;
- hoe en onder welke voorwaarden informatie wordt gedeeld;
- de rol van de RIEC's en het LIEC.

Het Privacyprotocol RIEC's-LIEC is onderdeel van het convenant en werkt de regels voor persoonsgegevens verder uit.

## De convenantpartners

De RIEC's en het LIEC ondersteunen de samenwerking tussen deze partners:

- gemeenten;
- provincies;
- Openbaar Ministerie (OM);
- Nationale Politie;
- Belastingdienst;
- Belastingdienst/Toeslagen;
- Douane;
- Fiscale inlichtingen- en opsporingsdienst (FIOD);
- Nederlandse Arbeidsinspectie (NLA), voorheen Inspectie SZW;
- Koninklijke Marechaussee;
- Immigratie- en Naturalisatiedienst (IND);
- Uitvoeringsinstituut Werknemersverzekeringen (UWV);
- Nederlandse Voedsel- en Warenautoriteit (NVWA).

## Integraal, tenzij

De partners werken volgens het principe 'integraal, tenzij'. Dat betekent dat zij een zaak in principe samen oppakken. Alleen als daar een goede reden voor is, kiest één partner voor een eigen aanpak. Zo kunnen bestuurlijke, strafrechtelijke en fiscale maatregelen elkaar versterken.

## Ook handhavingsknelpunten

De titel van het convenant laat zien dat het niet alleen gaat om samenwerken in zaken. Het gaat ook om het bestrijden van handhavingsknelpunten: regels of werkwijzen die het optreden tegen criminaliteit onnodig moeilijk maken. Zulke knelpunten kunnen via het Landelijk Loket Bestuurlijke Signalen onder de aandacht worden gebracht.

## Wat betekent dit voor jou?

Werk je bij een convenantpartner? Dan kun je via het RIEC in je regio een casus inbrengen. Het RIEC helpt om de juiste partners aan tafel te krijgen. Als medewerker van een convenantpartner kun je je ook registreren voor het besloten deel van dit Kennisplatform.""",
        "kind": "achtergrond",
        "themes": ["informatiepositie", "beleid-en-handhaving"],
        "phenomena": ["handhavingsknelpunten"],
        "regions": [],
        "days_ago": 660,
        "references": [
            {
                "kind": "website",
                "title": "RIEC-LIEC: convenant en privacy",
                "url": "https://www.riec.nl",
                "description": "Achtergrond over het convenant en de samenwerking tussen de partners.",
            },
        ],
    },
    {
        "slug": "privacyprotocol-riecs-liec",
        "title": "Het Privacyprotocol RIEC's-LIEC",
        "summary": (
            "Het Privacyprotocol RIEC's-LIEC beschrijft hoe de convenantpartners zorgvuldig omgaan met "
            "persoonsgegevens. Het is onderdeel van het convenant en geldt voor alle RIEC's op dezelfde manier."
        ),
        "body": """## Samenwerken met persoonsgegevens

Bij de aanpak van ondermijning gaat het vaak over personen en bedrijven. Om een goed beeld te krijgen, delen partners informatie met elkaar. Dat mag alleen als het zorgvuldig en rechtmatig gebeurt. Daarvoor is het Privacyprotocol RIEC's-LIEC opgesteld.

## Wat is het Privacyprotocol?

Het Privacyprotocol is een verdere uitwerking van het convenant en er onderdeel van. Het protocol:

- bevordert de zorgvuldige verwerking van persoonsgegevens;
- beschrijft hoe de convenantpartners binnen het samenwerkingsverband persoonsgegevens verstrekken en gebruiken;
- geldt voor alle RIEC's en beschrijft eenduidig hoe alle RIEC-samenwerkingen werken.

Zo werkt elk RIEC volgens dezelfde regels, waar in Nederland je ook bent.

## Transparantie

Het Privacyprotocol zorgt ook voor openheid. Mensen van wie gegevens worden verwerkt, en de buitenwereld, kunnen lezen hoe dat gebeurt en welke waarborgen er zijn. Het protocol is oorspronkelijk opgesteld onder de Wet bescherming persoonsgegevens (Wbp). Sinds 2018 geldt de Algemene verordening gegevensbescherming (AVG). Ook sectorale wetgeving, zoals de Wet politiegegevens en de Wet justitiële en strafvorderlijke gegevens, blijft van belang.

## Wat doet een RIEC met persoonsgegevens?

De RIEC's verzamelen en verwerken persoonsgegevens van personen die zich mogelijk bezighouden met georganiseerde criminaliteit. Dat gebeurt alleen voor het doel van de samenwerking. Het toezicht op de verwerking ligt bij de Autoriteit Persoonsgegevens, de opvolger van het College bescherming persoonsgegevens.

## Uitgangspunten in de praktijk

Werk je met informatie in RIEC-verband? Houd dan deze uitgangspunten aan:

1. **Doelbinding.** Gebruik gegevens alleen voor het doel waarvoor ze zijn gedeeld.
2. **Noodzaak.** Deel niet meer informatie dan nodig is.
3. **Zorgvuldigheid.** Controleer of informatie juist en actueel is.
4. **Beveiliging.** Bewaar en verstuur gegevens alleen via beveiligde kanalen.
5. **Vastleggen.** Leg vast welke informatie is gedeeld, met wie en waarom.

## Privacy en effectiviteit gaan samen

Privacyregels worden soms gezien als een rem op de samenwerking. Maar goede afspraken maken het juist mogelijk om informatie te delen. Zij geven partners de zekerheid dat zij binnen de wet werken. Twijfel je of je informatie mag delen? Vraag het na bij de privacyjurist van je organisatie of bij het RIEC in je regio.""",
        "kind": "achtergrond",
        "themes": ["informatiepositie"],
        "phenomena": [],
        "regions": [],
        "days_ago": 640,
        "references": [
            {
                "kind": "website",
                "title": "Autoriteit Persoonsgegevens",
                "url": "https://www.autoriteitpersoonsgegevens.nl",
                "description": "Toezichthouder op de verwerking van persoonsgegevens in Nederland.",
            },
            {
                "kind": "website",
                "title": "RIEC-LIEC: privacy",
                "url": "https://www.riec.nl",
                "description": "Informatie over het convenant en het Privacyprotocol.",
            },
        ],
    },
    {
        "slug": "wet-bibob-in-het-kort",
        "title": "De Wet Bibob in het kort",
        "summary": (
            "Met de Wet Bibob kan een bestuursorgaan een vergunning, subsidie of overheidsopdracht weigeren of "
            "intrekken als er een ernstig gevaar is dat die wordt misbruikt voor criminele activiteiten. "
            "Een belangrijk instrument in de bestuurlijke aanpak van ondermijning."
        ),
        "body": """## Waar gaat de wet over?

De Wet bevordering integriteitsbeoordelingen door het openbaar bestuur, kortweg de Wet Bibob, bestaat sinds 2003. De wet beschermt de integriteit van de overheid. Het uitgangspunt is eenvoudig: de overheid mag niet onbedoeld criminele activiteiten faciliteren.

Met de Wet Bibob kan een bestuursorgaan, zoals een gemeente of provincie, een vergunning, subsidie of overheidsopdracht weigeren of intrekken. Ook kan een overheid afzien van een vastgoedtransactie. Voorwaarde is dat er een ernstig gevaar bestaat dat:

- de beschikking wordt gebruikt om voordeel te halen uit strafbare feiten die al zijn gepleegd, bijvoorbeeld door witwassen; of
- de beschikking wordt gebruikt om strafbare feiten te plegen.

## Voor welke sectoren?

De wet kan worden toegepast op veel soorten beschikkingen. Denk aan vergunningen voor horeca, seksbedrijven, coffeeshops en speelautomatenhallen, maar ook aan omgevingsvergunningen en exploitatievergunningen. Het gemeentelijke Bibob-beleid bepaalt in welke gevallen de gemeente een Bibob-toets uitvoert.

## Hoe werkt een Bibob-toets?

1. **Vragenformulier.** De aanvrager vult een Bibob-vragenformulier in over onder meer de financiering en de zakelijke relaties.
2. **Eigen onderzoek.** Het bestuursorgaan onderzoekt de antwoorden en raadpleegt open en eigen bronnen.
3. **Advies van het Landelijk Bureau Bibob.** Als het eigen onderzoek niet genoeg is, kan het bestuursorgaan advies vragen aan het Landelijk Bureau Bibob van Justis. Dat bureau heeft toegang tot meer informatie, bijvoorbeeld uit justitiële en fiscale bronnen.
4. **Besluit.** Het bestuursorgaan weegt alle informatie af en neemt zelf een besluit. Het moet daarbij altijd de evenredigheid beoordelen.

## De rol van het RIEC

Het RIEC adviseert gemeenten over de toepassing van de Wet Bibob. Het helpt bij het opstellen van Bibob-beleid en kan informatie van partners bundelen. Zo kan de gemeente haar besluit beter onderbouwen. Ook bevordert het RIEC dat gemeenten in de regio vergelijkbaar beleid hebben. Dat voorkomt dat criminelen uitwijken naar een gemeente waar minder streng wordt getoetst: het zogenoemde waterbedeffect.

## Tips voor gemeenten

- Zorg voor actueel Bibob-beleid dat past bij de risico's in je gemeente.
- Leg vast wie binnen de organisatie verantwoordelijk is voor Bibob-toetsen.
- Investeer in kennis bij vergunningverleners: zij zijn vaak de eersten die iets opvalt.
- Werk samen met buurgemeenten, zodat het beleid in de regio op elkaar aansluit.

Meer informatie over de wet en het adviesaanbod vind je bij [Justis](https://www.justis.nl/producten/bibob).""",
        "kind": "aanpak",
        "themes": ["beleid-en-handhaving", "integriteit-en-veilige-werkomgeving"],
        "phenomena": ["witwassen", "vastgoedfraude"],
        "regions": [],
        "days_ago": 620,
        "references": [
            {
                "kind": "website",
                "title": "Wet Bibob op wetten.overheid.nl",
                "url": "https://wetten.overheid.nl/BWBR0013798",
                "description": "De tekst van de Wet bevordering integriteitsbeoordelingen door het openbaar bestuur.",
            },
            {
                "kind": "website",
                "title": "Justis: Bibob",
                "url": "https://www.justis.nl/producten/bibob",
                "description": "Informatie van het Landelijk Bureau Bibob over de wet en het aanvragen van een advies.",
            },
        ],
    },
    {
        "slug": "landelijk-loket-bestuurlijke-signalen",
        "title": "Het Landelijk Loket Bestuurlijke Signalen",
        "summary": (
            "Met een bestuurlijk signaal maken partners zichtbaar waar wetten, regels of processen criminelen "
            "kansen bieden. Het Landelijk Loket Bestuurlijke Signalen bij het LIEC verzamelt deze signalen en "
            "brengt ze onder de aandacht van de Rijksoverheid."
        ),
        "body": """## Wat is een bestuurlijk signaal?

In opsporingsonderzoeken en bij de aanpak van zaken komen partners soms zwakke plekken tegen in legale processen. Bijvoorbeeld een regel die makkelijk te omzeilen is, of een vergunning die zonder controle wordt verstrekt. Criminelen maken daar gebruik van.

Een bestuurlijk signaal maakt zo'n zwakke plek zichtbaar. Op basis van ervaringen uit een onderzoek vraagt het aandacht voor structurele knelpunten, kwetsbaarheden en omissies in beleid of regelgeving die gelegenheid bieden tot georganiseerde of ondermijnende criminaliteit. Het doel is de kwetsbaarheid weg te nemen, met aangepast beleid of nieuwe wetgeving.

Een bestuurlijk signaal is dus de schakel tussen opsporing en beleid.

## De rol van het Landelijk Loket

Bestuurlijke signalen worden verzameld door het Landelijk Loket Bestuurlijke Signalen, dat is ondergebracht bij het LIEC. Het LIEC biedt de signalen aan bij de betrokken bewindspersonen. Omdat alle signalen op één plek binnenkomen, ontstaat een landelijk overzicht. Zo kan de Rijksoverheid beter inspelen op fenomenen die over regiogrenzen heen gaan.

## Wanneer stel je een signaal op?

Een bestuurlijk signaal is zinvol als:

- het knelpunt structureel is, en niet alleen in één zaak speelt;
- het gaat om een legaal proces, zoals een vergunningstelsel, registratie of subsidieregeling;
- het knelpunt kan worden opgelost met ander beleid, andere regels of een andere werkwijze.

## Wat staat erin?

Een goed signaal is kort en concreet. Het beschrijft:

1. het knelpunt of de kwetsbaarheid;
2. hoe criminelen daar misbruik van maken, zonder herleidbare gegevens over personen;
3. welke partijen verantwoordelijk zijn voor het proces;
4. een voorstel voor een oplossing, als dat mogelijk is.

## Handhavingsknelpunten

Bestuurlijke signalen sluiten aan bij een van de doelen van het RIEC-convenant: het bestrijden van handhavingsknelpunten. Loop je in de praktijk tegen een knelpunt aan? Bespreek het met het RIEC in je regio. Het RIEC kan helpen het signaal op te stellen en door te sturen naar het Landelijk Loket.

Meer informatie vind je op [riec.nl](https://www.riec.nl).""",
        "kind": "aanpak",
        "themes": ["beleid-en-handhaving", "informatiepositie"],
        "phenomena": ["handhavingsknelpunten"],
        "regions": [],
        "days_ago": 600,
        "references": [
            {
                "kind": "website",
                "title": "RIEC-LIEC: Loket Bestuurlijke Signalen",
                "url": "https://www.riec.nl",
                "description": "Uitleg over bestuurlijke signalen en hoe je er een indient.",
            },
        ],
    },
    {
        "slug": "landelijke-fenomeentafels",
        "title": "Landelijke Fenomeentafels: samen tegen regio-overstijgende criminaliteit",
        "summary": (
            "Sommige vormen van ondermijning stoppen niet bij de grens van een gemeente of regio. Aan een "
            "Landelijke Fenomeentafel werken partners uit het hele land samen aan de aanpak van zo'n fenomeen. "
            "Het LIEC faciliteert deze tafels."
        ),
        "body": """## Waarom landelijke tafels?

Criminele netwerken werken vaak in meerdere regio's tegelijk. Een outlaw motorgang heeft afdelingen door het hele land. Geld dat in de ene regio wordt verdiend, wordt in een andere regio in vastgoed gestoken. Als elke regio zo'n fenomeen alleen aanpakt, ontstaat er geen totaalbeeld. Dan kunnen criminelen uitwijken naar een plek waar de aanpak minder sterk is.

Daarom zijn er Landelijke Fenomeentafels (LFT's). Het LIEC is namens het hele RIEC-LIEC-netwerk verantwoordelijk voor deze tafels.

## Hoe werkt een Landelijke Fenomeentafel?

Aan een fenomeentafel zitten vertegenwoordigers van de convenantpartners die met het fenomeen te maken hebben. Denk aan gemeenten, politie, Openbaar Ministerie, Belastingdienst en inspecties. Samen:

- brengen zij het fenomeen landelijk in beeld;
- delen zij kennis en ervaringen uit de regio's;
- stemmen zij af welke interventies worden ingezet en door wie;
- signaleren zij knelpunten in wet- en regelgeving.

Het LIEC zorgt voor de organisatie, de verbinding tussen de regio's en de verbinding met landelijke partners.

## Voor welke fenomenen?

Landelijke Fenomeentafels worden ingezet bij fenomenen die regio-overstijgend zijn en om een gezamenlijke aanpak vragen. Voorbeelden van onderwerpen waarop het netwerk landelijk samenwerkt, zijn outlaw motorgangs, mensenhandel, vastgoed en georganiseerde drugscriminaliteit.

## Een beproefde werkwijze in een veranderend landschap

De fenomeentafels zijn een gewaardeerde en beproefde werkwijze. Tegelijk verandert het landschap van de ondermijningsaanpak. Er zijn nieuwe samenwerkingsvormen bijgekomen, zoals de Nationale Samenwerking tegen Ondermijnende Criminaliteit (NSOC) en het Strategisch Kennis Centrum. Het LIEC stimuleert de samenhang tussen deze nieuwe vormen en de bestaande samenwerking. Zo blijft de integrale aanpak toekomstbestendig.

## Wat heb je eraan als regio?

Voor een RIEC of gemeente biedt een fenomeentafel toegang tot landelijke kennis en contacten. Een regio die een nieuw fenomeen tegenkomt, kan leren van regio's die er al ervaring mee hebben. En wat in één regio werkt, kan via de tafel ook in andere regio's worden toegepast.

Heb je vragen over een fenomeentafel? Neem contact op met het RIEC in je regio of met het [LIEC](https://www.liec.nl).""",
        "kind": "aanpak",
        "themes": ["informatiepositie", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["outlaw-motorgangs", "mensenhandel-en-mensensmokkel", "vastgoedfraude"],
        "regions": [],
        "days_ago": 580,
        "references": [
            {
                "kind": "rapport",
                "title": "RIEC-LIEC Jaarverslag 2022",
                "url": "",
                "description": "Het jaarverslag beschrijft de ontwikkelingen in de samenwerking en de rol van de Landelijke Fenomeentafels.",
            },
        ],
    },
    {
        "slug": "liec-field-labs",
        "title": "LIEC Field Labs: nieuwe aanpakken ontwikkelen in de praktijk",
        "summary": (
            "In een LIEC Field Lab ontwikkelen partners samen een vernieuwende aanpak voor een concreet "
            "ondermijningsprobleem. Ze proberen die aanpak direct in de praktijk uit en leren van de resultaten."
        ),
        "body": """## Wat is een Field Lab?

Ondermijning verandert steeds. Criminelen passen hun werkwijze aan, en bekende aanpakken werken niet altijd meer. Daarom is er ruimte nodig om nieuwe aanpakken te bedenken en uit te proberen. Daarvoor zijn de LIEC Field Labs.

Een Field Lab is een praktijkgerichte werkvorm. Partners die met een concreet probleem te maken hebben, werken in een afgebakende periode samen aan een oplossing. Zij worden daarbij begeleid door specialisten en onderzoekers. Het LIEC is namens het netwerk verantwoordelijk voor de LIEC Field Lab Hub.

## De werkwijze in stappen

Een Field Lab volgt meestal deze stappen:

1. **Probleem scherp krijgen.** Wat is precies het probleem? Waar, bij wie en hoe vaak speelt het?
2. **Verkennen.** Welke kennis en ervaring is er al? Wat werkt elders?
3. **Ontwerpen.** Het team bedenkt een nieuwe aanpak of interventie.
4. **Testen.** De aanpak wordt op kleine schaal in de praktijk uitgeprobeerd.
5. **Leren en bijstellen.** Wat werkte wel en wat niet? Het team past de aanpak aan.
6. **Delen.** De resultaten worden gedeeld, zodat ook andere regio's ervan kunnen leren.

## Wat levert het op?

Een Field Lab levert niet alleen een nieuwe aanpak op. Het versterkt ook de samenwerking tussen de partners. Medewerkers van verschillende organisaties leren elkaars werk en mogelijkheden beter kennen. Ook ontstaat er kennis die breder bruikbaar is, bijvoorbeeld in de vorm van een handreiking of werkwijze.

## Wanneer is een Field Lab geschikt?

Een Field Lab past goed bij vraagstukken die:

- complex zijn en waar geen kant-en-klare oplossing voor bestaat;
- meerdere partners raken;
- in de praktijk goed af te bakenen zijn, bijvoorbeeld tot een wijk, bedrijventerrein of sector;
- ook voor andere regio's van belang zijn.

## Aan de slag

Heb je een ondermijningsvraagstuk dat om een nieuwe aanpak vraagt? Bespreek het met het RIEC in je regio. Samen met het LIEC wordt bekeken of een Field Lab de juiste vorm is. Resultaten van Field Labs worden, waar mogelijk, gedeeld op dit Kennisplatform.""",
        "kind": "aanpak",
        "themes": ["bewustwording-en-organisatieontwikkeling", "beleid-en-handhaving"],
        "phenomena": [],
        "regions": [],
        "days_ago": 560,
        "references": [
            {
                "kind": "website",
                "title": "LIEC",
                "url": "https://www.liec.nl",
                "description": "Informatie over de interventies van het LIEC, waaronder de Field Labs.",
            },
        ],
    },
    {
        "slug": "handreiking-bewustwording-en-organisatieontwikkeling",
        "title": "Handreiking: bewustwording en organisatieontwikkeling",
        "summary": (
            "Ondermijning herkennen begint bij medewerkers die weten waar ze op moeten letten. Deze handreiking "
            "helpt gemeenten om bewustwording te vergroten en de aanpak van ondermijning in de hele organisatie "
            "te verankeren."
        ),
        "body": """## Waarom bewustwording?

Criminelen hebben de overheid nodig: voor vergunningen, inschrijvingen, subsidies en panden. Medewerkers aan de balie, vergunningverleners, toezichthouders en consulenten in het sociaal domein zien daardoor als eersten dat er iets niet klopt. Maar alleen als zij de signalen herkennen en weten wat zij ermee moeten doen.

Ondermijning moet daarom niet alleen een thema zijn van de afdeling Veiligheid. De hele organisatie moet weerbaar zijn.

## Stap 1: breng de risico's in beeld

Begin met een inventarisatie. Welke afdelingen hebben te maken met processen waar criminelen belang bij hebben? Denk aan:

- vergunningverlening en handhaving;
- vastgoed en grondzaken;
- economische zaken en bedrijfsvestiging;
- het sociaal domein, zoals Wmo, jeugdzorg en schuldhulp;
- burgerzaken, zoals inschrijvingen in de Basisregistratie Personen.

## Stap 2: train medewerkers

Organiseer trainingen die aansluiten bij het werk van de deelnemers. Een algemene voorlichting is een goed begin, maar verdiepende sessies per afdeling werken beter. Gebruik voorbeelden uit de eigen gemeente of regio. Het RIEC kan helpen met materiaal en sprekers. Ook de app Ondermijning is een laagdrempelige manier om kennis te testen.

## Stap 3: maak melden makkelijk

Bewustwording werkt alleen als medewerkers weten waar zij met een signaal terecht kunnen. Zorg voor:

- een vast aanspreekpunt ondermijning;
- een duidelijke, veilige manier om signalen door te geven;
- terugkoppeling aan de melder, voor zover dat mag.

## Stap 4: veranker het in de organisatie

Maak ondermijning onderdeel van de reguliere werkprocessen. Neem het op in het inwerkprogramma, in functieprofielen en in het integrale veiligheidsplan. Wijs een bestuurlijk verantwoordelijke aan en zorg voor structurele capaciteit.

## Stap 5: blijf leren

Ondermijning verandert. Herhaal trainingen regelmatig, evalueer zaken samen en deel ervaringen met andere gemeenten. Een ondermijningsbeeld, opgesteld met hulp van het RIEC, geeft richting aan de volgende stappen.

## Checklist

- Is er een bestuurlijk en ambtelijk trekker voor ondermijning?
- Weten medewerkers in risicovolle functies welke signalen belangrijk zijn?
- Is er een vast meldpunt en wordt er teruggekoppeld?
- Komt ondermijning terug in de planning- en controlcyclus?""",
        "kind": "handreiking",
        "themes": ["bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["zorgfraude"],
        "regions": [],
        "days_ago": 540,
        "references": [
            {
                "kind": "website",
                "title": "RIEC-LIEC",
                "url": "https://www.riec.nl",
                "description": "Producten en ondersteuning van de RIEC's op het gebied van bestuurlijke weerbaarheid.",
            },
        ],
    },
    {
        "slug": "handreiking-informatiepositie-gemeenten",
        "title": "Handreiking: de informatiepositie van gemeenten versterken",
        "summary": (
            "De informatiepositie van gemeenten wordt wel de achilleshiel van de bestuurlijke aanpak genoemd. "
            "Deze handreiking beschrijft hoe een gemeente beter zicht krijgt op ondermijning met de informatie "
            "die zij al heeft en met hulp van partners."
        ),
        "body": """## Waarom is de informatiepositie zo belangrijk?

Een gemeente kan alleen optreden als zij weet wat er speelt. Toch blijkt dat vaak lastig. Informatie is verspreid over afdelingen en systemen, en medewerkers weten niet altijd wat zij mogen delen. Het RIEC-LIEC-netwerk noemt de informatiepositie van gemeenten daarom de achilleshiel bij de verdere ontwikkeling van de bestuurlijke aanpak.

## De eigen informatie benutten

Gemeenten hebben veel informatie in huis. Bijvoorbeeld uit:

- de Basisregistratie Personen (BRP) en de Basisregistratie Adressen en Gebouwen (BAG);
- vergunningen, meldingen en handhavingsdossiers;
- gegevens over gemeentelijk vastgoed;
- het sociaal domein, zoals Wmo en jeugdzorg, met extra waarborgen voor gevoelige gegevens;
- meldingen van wijkteams, boa's en toezichthouders.

Vaak ontstaat pas een beeld als informatie uit verschillende bronnen wordt gecombineerd. Een adres met veel inschrijvingen, een bedrijf zonder zichtbare activiteit en een recente pandaankoop zijn elk misschien onschuldig. Samen kunnen zij een signaal zijn.

## Stappen om de informatiepositie te versterken

1. **Breng de informatiestromen in kaart.** Welke informatie is er, wie beheert die en op welke grondslag?
2. **Regel de interne informatiedeling.** Maak afspraken tussen afdelingen en leg de juridische basis vast.
3. **Stel een ondermijningsbeeld op.** Het RIEC kan helpen een beeld te maken van de ondermijning in de gemeente.
4. **Organiseer een vast overleg.** Bespreek signalen periodiek met de betrokken afdelingen en, waar nodig, met politie en RIEC.
5. **Werk samen in RIEC-verband.** Via het RIEC kan informatie van convenantpartners worden gecombineerd, volgens het Privacyprotocol.

## Privacy als randvoorwaarde

Informatie delen mag alleen als er een wettelijke grondslag is en het doel duidelijk is. Betrek daarom vanaf het begin een privacyjurist of de functionaris gegevensbescherming. Goede afspraken voorkomen dat de samenwerking later stilvalt.

## Landelijke aandacht voor informatiedeling

Ook landelijk is er aandacht voor knelpunten rond informatiedeling. Naar aanleiding van de motie Michon-Derkzen in de Tweede Kamer heeft het LIEC samen met de RIEC's en partners een eerste inventarisatie gemaakt van knelpunten in de informatiedeling binnen de ondermijningsaanpak.

## Checklist

- Weet je welke informatie jouw gemeente heeft en wie die beheert?
- Zijn er afspraken over het delen van signalen tussen afdelingen?
- Is er een actueel ondermijningsbeeld?
- Is de functionaris gegevensbescherming betrokken?""",
        "kind": "handreiking",
        "themes": ["informatiepositie"],
        "phenomena": ["vastgoedfraude"],
        "regions": [],
        "days_ago": 520,
        "references": [
            {
                "kind": "rapport",
                "title": "RIEC-LIEC Jaarverslag 2022",
                "url": "",
                "description": "Beschrijft onder meer de informatiepositie van gemeenten als aandachtspunt en de inventarisatie naar aanleiding van de motie Michon-Derkzen.",
            },
        ],
    },
    {
        "slug": "handreiking-beleid-en-handhaving",
        "title": "Handreiking: beleid en handhaving tegen ondermijning",
        "summary": (
            "Gemeenten hebben verschillende bestuurlijke instrumenten om ondermijning tegen te gaan. Deze "
            "handreiking zet de belangrijkste op een rij en geeft tips om beleid en handhaving weerbaar te maken."
        ),
        "body": """## Barrières opwerpen

Georganiseerde criminaliteit ontstaat waar de gelegenheid zich voordoet. Vergunningen, subsidies en overheidsopdrachten kunnen worden misbruikt voor fraude en witwassen. Gemeenten moeten voorkomen dat zij dat onbedoeld mogelijk maken. Dat doen zij door barrières op te werpen: met goed beleid, zorgvuldige vergunningverlening en daadkrachtige handhaving.

## Belangrijke instrumenten

Gemeenten hebben onder meer deze instrumenten:

- **Wet Bibob.** Een vergunning of subsidie weigeren of intrekken als er een ernstig gevaar van misbruik is.
- **Sluiting van panden op grond van de Opiumwet.** De burgemeester kan een woning of pand sluiten als daar drugs worden verkocht, afgeleverd of aanwezig zijn voor verkoop.
- **Sluiting op grond van de Gemeentewet.** Bijvoorbeeld bij verstoring van de openbare orde rond een woning of lokaal.
- **Algemene plaatselijke verordening (APV).** Regels voor bijvoorbeeld exploitatievergunningen, die de gemeente zelf kan aanscherpen.
- **Omgevingsrecht.** Handhaving op illegaal gebruik van panden en gronden.
- **Integrale controles.** Samen met partners een bedrijf of locatie controleren, ieder vanuit de eigen bevoegdheid.

## Tips voor weerbaar beleid

1. **Maak een risicoanalyse.** Welke branches en gebieden in je gemeente zijn kwetsbaar?
2. **Leg het vast in beleid.** Een actueel Bibob-beleid en een helder beleid voor sluitingen geven een stevige basis bij bezwaar en beroep.
3. **Stem af in de regio.** Verschillen tussen gemeenten nodigen criminelen uit om uit te wijken. Het RIEC kan helpen om beleid regionaal af te stemmen.
4. **Zorg voor opvolging.** Een controle zonder vervolg heeft weinig effect. Spreek vooraf af wie wat doet na een controle.
5. **Combineer instrumenten.** Een bestuurlijke maatregel is vaak sterker als die samengaat met strafrechtelijke of fiscale interventies.

## Handhavingsknelpunten signaleren

Soms blijkt in de praktijk dat een regel niet werkt of makkelijk te omzeilen is. Leg zulke handhavingsknelpunten vast en bespreek ze met het RIEC. Structurele knelpunten kunnen als bestuurlijk signaal worden doorgegeven aan het Landelijk Loket Bestuurlijke Signalen van het LIEC.

## Evenredigheid

Bestuurlijke maatregelen grijpen in op het leven van mensen. Weeg daarom altijd af of een maatregel evenredig is. Betrek ook de gevolgen voor bijvoorbeeld kinderen en andere bewoners. Een goed onderbouwd besluit houdt beter stand bij de rechter.""",
        "kind": "handreiking",
        "themes": ["beleid-en-handhaving"],
        "phenomena": ["handhavingsknelpunten", "drugs-en-hennepteelt"],
        "regions": [],
        "days_ago": 500,
        "references": [
            {
                "kind": "website",
                "title": "Wet Bibob op wetten.overheid.nl",
                "url": "https://wetten.overheid.nl/BWBR0013798",
                "description": "De tekst van de Wet bevordering integriteitsbeoordelingen door het openbaar bestuur.",
            },
            {
                "kind": "website",
                "title": "Overheid.nl: wet- en regelgeving",
                "url": "https://wetten.overheid.nl",
                "description": "Hier vind je onder meer de Opiumwet en de Gemeentewet.",
            },
        ],
    },
    {
        "slug": "handreiking-integriteit-en-veilige-werkomgeving",
        "title": "Handreiking: integriteit en een veilige werkomgeving",
        "summary": (
            "Criminelen proberen soms invloed te krijgen binnen de overheid, via omkoping, intimidatie of het "
            "plaatsen van eigen mensen. Deze handreiking helpt organisaties om integriteit te beschermen en "
            "medewerkers veilig te laten werken."
        ),
        "body": """## Waarom dit thema?

Criminelen hebben belang bij informatie en besluiten van de overheid. Zij kunnen proberen een medewerker om te kopen, onder druk te zetten of zelf iemand binnen de organisatie te krijgen. Ook bestuurders en medewerkers die optreden tegen ondermijning, kunnen te maken krijgen met bedreiging en intimidatie. Een weerbare organisatie beschermt haar integriteit én haar mensen.

## Kwetsbare functies in beeld

Begin met het in kaart brengen van functies die aantrekkelijk zijn voor criminelen. Denk aan medewerkers die:

- toegang hebben tot gevoelige systemen, zoals de BRP;
- beslissen over vergunningen, subsidies of uitkeringen;
- toezicht houden of handhaven;
- betrokken zijn bij vastgoed- en grondtransacties.

Voor deze functies zijn extra maatregelen verstandig, zoals een Verklaring Omtrent het Gedrag (VOG), functiescheiding en het vier-ogenprincipe.

## Integriteit als gewoon gespreksonderwerp

Regels alleen zijn niet genoeg. Maak integriteit bespreekbaar in teams, bijvoorbeeld met dilemmatrainingen. Medewerkers moeten durven zeggen dat zij benaderd worden of twijfels hebben. Een open cultuur werkt beter dan een cultuur van wantrouwen.

## Veilig werken

Medewerkers die met ondermijning te maken hebben, moeten veilig hun werk kunnen doen. Denk aan:

1. **Afscherming van persoonsgegevens.** Beperk het gebruik van namen in besluiten en correspondentie waar dat mag.
2. **Afspraken over huisbezoeken en controles.** Ga niet alleen en bereid risicovolle bezoeken voor met politie.
3. **Een protocol voor agressie en intimidatie.** Zorg dat iedereen weet wat te doen bij een incident.
4. **Aangifte en nazorg.** Doe aangifte bij bedreiging en bied de medewerker steun.
5. **Aandacht voor bestuurders.** Ook burgemeesters, wethouders en raadsleden kunnen doelwit zijn. Stem maatregelen af met politie en het Openbaar Ministerie.

## Melden van vermoedens

Zorg voor een duidelijke en veilige meldroute voor vermoedens van integriteitsschendingen. Dat kan bij een vertrouwenspersoon of een integriteitscoördinator. Zorg dat meldingen serieus worden onderzocht en dat melders worden beschermd.

## Checklist

- Zijn kwetsbare functies in beeld en gelden daar extra maatregelen?
- Wordt integriteit regelmatig besproken in teams?
- Is er een protocol voor bedreiging en intimidatie?
- Weten medewerkers waar zij een vermoeden kunnen melden?""",
        "kind": "handreiking",
        "themes": ["integriteit-en-veilige-werkomgeving"],
        "phenomena": ["misbruik-van-legale-beroepen"],
        "regions": [],
        "days_ago": 480,
        "references": [
            {
                "kind": "website",
                "title": "Justis: Verklaring Omtrent het Gedrag",
                "url": "https://www.justis.nl",
                "description": "Informatie over de VOG en de screening van medewerkers.",
            },
        ],
    },
    {
        "slug": "handreiking-communicatie-over-ondermijning",
        "title": "Handreiking: communiceren over ondermijning",
        "summary": (
            "Communicatie is een krachtig middel in de aanpak van ondermijning. Deze handreiking laat zien hoe "
            "overheden defensief en mobiliserend kunnen communiceren, en waar je op let bij woordvoering."
        ),
        "body": """## Waarom communicatie?

Ondermijning blijft vaak onzichtbaar. Inwoners zien niet wat er achter een gevel gebeurt, en de resultaten van de aanpak zijn niet altijd zichtbaar. Goede communicatie maakt de aanpak zichtbaar, vergroot het vertrouwen in de overheid en moedigt inwoners en ondernemers aan om signalen te melden.

Het RIEC-LIEC-netwerk stimuleert daarom integrale communicatiestrategieën. Die kennen twee kanten.

## Defensief en mobiliserend

- **Defensieve communicatie** is gericht tegen ondermijnende krachten zelf. Bijvoorbeeld door te laten zien dat de overheid optreedt, dat panden worden gesloten en dat crimineel vermogen wordt afgepakt. De boodschap: misdaad loont niet.
- **Mobiliserende communicatie** is gericht op het versterken van positieve krachten in de samenleving. Bijvoorbeeld door bewoners, ondernemers en verenigingen te steunen die zich inzetten voor hun buurt.

## Tips voor een communicatiestrategie

1. **Begin bij het doel.** Wat wil je bereiken, en bij wie?
2. **Ken je doelgroep.** Een boer in het buitengebied vraagt een andere aanpak dan een jongere in een stadswijk.
3. **Werk samen.** Stem boodschappen af met politie, Openbaar Ministerie en andere partners.
4. **Laat resultaten zien.** Vertel wat er met meldingen gebeurt, voor zover dat kan.
5. **Gebruik een positief verhaal.** Benadruk wat de buurt sterk maakt, niet alleen wat er mis is.

## Let op bij woordvoering

Communicatie over ondermijning vraagt zorgvuldigheid:

- Noem geen namen of details die een onderzoek kunnen schaden.
- Voorkom dat criminelen worden verheerlijkt of dat hun status groeit.
- Denk na over de veiligheid van medewerkers en bestuurders die in beeld komen.
- Houd rekening met mensen die onschuldig bij een zaak betrokken zijn, zoals buren of familie.

## Meldmogelijkheden bekendmaken

Een belangrijk doel van communicatie is dat inwoners weten waar zij terechtkunnen. Wijs op de mogelijkheid om anoniem te melden bij [Meld Misdaad Anoniem](https://www.meldmisdaadanoniem.nl) en op de meldmogelijkheden van de eigen gemeente.

## Ondersteuning

Het LIEC ondersteunt bij bewustwording en communicatie, bijvoorbeeld met een themanummer van het digitale magazine Code Geel of met een themabijeenkomst. Ook het RIEC in je regio kan meedenken over een communicatiestrategie.""",
        "kind": "handreiking",
        "themes": ["communicatie"],
        "phenomena": ["buitengebied"],
        "regions": [],
        "days_ago": 460,
        "references": [
            {
                "kind": "website",
                "title": "Meld Misdaad Anoniem",
                "url": "https://www.meldmisdaadanoniem.nl",
                "description": "Hier kunnen inwoners anoniem informatie over misdaad doorgeven.",
            },
        ],
    },
    {
        "slug": "bestuurlijke-weerbaarheid-van-gemeenten",
        "title": "Bestuurlijke weerbaarheid: de hele gemeente aan zet",
        "summary": (
            "Weerbaarheid tegen ondermijning is niet alleen een taak van de afdeling Veiligheid. Criminele "
            "verdienmodellen zoals zorgfraude en vastgoedfraude vragen om sterke barrières in de hele "
            "organisatie. De RIEC's ondersteunen gemeenten daarbij op vijf thema's."
        ),
        "body": """## Wat is bestuurlijke weerbaarheid?

Bestuurlijke weerbaarheid is het vermogen van een overheidsorganisatie om misbruik door criminelen te herkennen, te voorkomen en aan te pakken. Dat geldt voor gemeenten en provincies, maar ook voor alle andere overheidsinstellingen.

Ondermijning is een maatschappelijk probleem waartegen de hele organisatie weerbaar moet zijn. Het mag dus geen thema zijn van alleen de afdeling Veiligheid.

## Criminele verdienmodellen raken alle afdelingen

Criminelen zoeken plekken waar geld te verdienen of wit te wassen is. Voorbeelden:

- **Zorgfraude.** Zorgaanbieders declareren zorg die niet wordt geleverd. Dit raakt het sociaal domein.
- **Vastgoedfraude.** Panden worden gebruikt om crimineel geld wit te wassen of voor illegale activiteiten. Dit raakt vastgoed, grondzaken en vergunningen.
- **Economische inmenging.** Criminelen investeren in horeca, winkels of bedrijven. Dit raakt economische zaken en bedrijfsvestiging.
- **Adresfraude.** Misbruik van inschrijvingen in de BRP. Dit raakt burgerzaken.

Deze verdienmodellen vragen om sterke barrières, óók bij afdelingen die zich niet direct met veiligheid bezighouden.

## Informatie delen tussen afdelingen

Een signaal bij de ene afdeling krijgt vaak pas betekenis in combinatie met informatie van een andere afdeling. Informatiedeling binnen de gemeente is daarom onmisbaar. Dat vraagt om goede afspraken en een heldere juridische basis.

## Vijf thema's

Om de weerbaarheid te vergroten, richten de RIEC's zich op vijf thema's:

1. bewustwording en organisatieontwikkeling;
2. informatiepositie;
3. beleid en handhaving;
4. integriteit en veilige werkomgeving;
5. communicatie.

Voor elk thema vind je op dit Kennisplatform een handreiking met praktische stappen.

## Waar begin je?

Een goede eerste stap is een zelfscan of gesprek met het RIEC over de weerbaarheid van de organisatie. Welke processen zijn kwetsbaar? Welke afdelingen zijn al alert, en welke nog niet? Op basis daarvan kan de gemeente een plan maken met concrete acties en een duidelijke verdeling van verantwoordelijkheden.

## Ondersteuning

Het RIEC-LIEC-netwerk heeft verschillende producten en tools ontwikkeld om gemeenten te helpen. Ook het Netwerk Weerbaar Bestuur biedt informatie en trainingen voor bestuurders en organisaties. Neem voor advies contact op met het RIEC in je regio.""",
        "kind": "achtergrond",
        "themes": ["bewustwording-en-organisatieontwikkeling", "integriteit-en-veilige-werkomgeving"],
        "phenomena": ["zorgfraude", "vastgoedfraude"],
        "regions": [],
        "days_ago": 440,
        "references": [
            {
                "kind": "website",
                "title": "RIEC-LIEC",
                "url": "https://www.riec.nl",
                "description": "Aanbod en ondersteuning van de RIEC's op bestuurlijke weerbaarheid.",
            },
        ],
    },
    {
        "slug": "app-ondermijning",
        "title": "De app Ondermijning: test en vergroot je kennis",
        "summary": (
            "Met de app Ondermijning test je op een speelse manier je kennis over ondermijning. De app bevat "
            "een spel met vragen en een kennisbank, en is ontwikkeld door RIEC-LIEC samen met twee ministeries."
        ),
        "body": """## Wat is de app Ondermijning?

De app Ondermijning is een laagdrempelige manier om je kennis over ondermijning te vergroten. De app bestaat uit twee delen:

- **Een spel** met vragen en antwoorden over ondermijning. Zo test je wat je al weet en leer je wat nieuw voor je is.
- **Een kennisbank** die je doorverwijst naar relevante artikelen, websites en boeken.

Met de app leer je ook hoe je ondermijning herkent. Bijvoorbeeld welke signalen kunnen wijzen op een hennepkwekerij, witwassen of misbruik van een bedrijf.

## Wie heeft de app gemaakt?

RIEC-LIEC heeft de app ontwikkeld samen met het ministerie van Justitie en Veiligheid en het ministerie van Binnenlandse Zaken en Koninkrijksrelaties.

## Voor wie is de app?

De app is geschikt voor iedereen die meer wil weten over ondermijning. Denk aan:

- medewerkers van gemeenten, zoals vergunningverleners, toezichthouders en medewerkers van burgerzaken;
- medewerkers van andere overheidsorganisaties;
- bestuurders en raadsleden;
- studenten en andere geïnteresseerden.

## Zo gebruik je de app in je organisatie

De app is een handig hulpmiddel bij bewustwordingsactiviteiten. Een paar ideeën:

1. Gebruik de quiz als opwarmer bij een teamoverleg of training.
2. Organiseer een kleine wedstrijd tussen teams of afdelingen.
3. Laat nieuwe medewerkers de app gebruiken als onderdeel van hun inwerkprogramma.
4. Bespreek na afloop de vragen die lastig bleken. Dat levert vaak een goed gesprek op over signalen in het eigen werk.

## Downloaden

Je kunt de app Ondermijning gratis downloaden via de Google Play Store en de Apple App Store.

## Meer leren

Wil je verder na de app? Lees dan de handreikingen op dit Kennisplatform, of neem contact op met het RIEC in je regio voor een training of voorlichting.""",
        "kind": "achtergrond",
        "themes": ["bewustwording-en-organisatieontwikkeling", "communicatie"],
        "phenomena": [],
        "regions": [],
        "days_ago": 420,
        "references": [
            {
                "kind": "website",
                "title": "RIEC-LIEC",
                "url": "https://www.riec.nl",
                "description": "Meer informatie over de app Ondermijning en andere producten van het netwerk.",
            },
        ],
    },
    {
        "slug": "over-het-kennisplatform-ondermijning",
        "title": "Over het Kennisplatform Ondermijning",
        "summary": (
            "Het Kennisplatform Ondermijning (KPO) maakt het makkelijker om kennis en ervaring over de aanpak "
            "van ondermijnende criminaliteit te delen. Het bestaat uit een openbare kennisbank, een besloten "
            "deel en een netwerktool."
        ),
        "body": """## Waarom een kennisplatform?

In heel Nederland werken professionals aan de aanpak van ondermijning. Zij doen waardevolle kennis en ervaring op. Maar die kennis blijft vaak binnen één organisatie of regio. Het Kennisplatform Ondermijning (KPO) brengt die kennis samen. Het platform biedt ook een structuur om kennis duurzaam te borgen.

Het KPO is een initiatief van RIEC-LIEC en het toenmalige Aanjaagteam Ondermijning.

## Wat vind je op het platform?

Het KPO bestaat uit drie onderdelen:

1. **Een openbare kennisbank.** Hier vind je informatie over ondermijning en de aanpak ervan: achtergrondartikelen, handreikingen, praktijkvoorbeelden en nieuws uit de regio's. De kennisbank is voor iedereen toegankelijk.
2. **Een besloten deel.** Hier staan documenten die niet openbaar zijn, zoals werkwijzen en analyses die alleen bedoeld zijn voor professionals.
3. **Een netwerktool.** Hiermee kom je eenvoudig in contact met professionals uit heel Nederland die met dezelfde vraagstukken bezig zijn.

## Wie kan zich registreren?

Professionals die werken bij een convenantpartner van het RIEC-LIEC-bestel, kunnen zich registreren voor het besloten deel. Denk aan medewerkers van gemeenten, provincies, politie, Openbaar Ministerie, Belastingdienst, Douane, FIOD, Nederlandse Arbeidsinspectie, Koninklijke Marechaussee, IND, UWV en NVWA. Na registratie wordt je aanvraag gecontroleerd.

## Zoeken op thema, fenomeen en regio

De artikelen in de kennisbank zijn ingedeeld naar:

- **thema's** van bestuurlijke weerbaarheid, zoals informatiepositie en communicatie;
- **fenomenen**, zoals witwassen, zorgfraude en ondermijning in het buitengebied;
- **regio's**, zodat je ziet wat er in jouw RIEC-regio gebeurt.

## Bijdragen

Het KPO wordt beter naarmate meer professionals hun kennis delen. Heb je een goed praktijkvoorbeeld, een bruikbare werkwijze of een vraag? Neem contact op met de redactie via het RIEC in je regio of het LIEC.

## Ook handig

Naast het KPO is er de app Ondermijning, waarmee je op een speelse manier je kennis test. Meer over het netwerk lees je op [riec.nl](https://www.riec.nl).""",
        "kind": "achtergrond",
        "themes": ["bewustwording-en-organisatieontwikkeling", "informatiepositie"],
        "phenomena": [],
        "regions": [],
        "days_ago": 700,
        "references": [],
    },
    {
        "slug": "signalen-van-drugs-en-hennepteelt",
        "title": "Drugs en hennepteelt: signalen herkennen en aanpakken",
        "summary": (
            "Hennepteelt en drugsproductie vinden plaats in woningen, bedrijfspanden en schuren. Ze brengen "
            "brandgevaar, overlast en criminele druk op bewoners met zich mee. Dit artikel beschrijft de "
            "signalen en de mogelijkheden van gemeenten en partners."
        ),
        "body": """## Waarom is dit ondermijning?

Drugscriminaliteit draait om veel geld. Om drugs te produceren en te verhandelen, hebben criminelen legale diensten nodig: panden, stroom, transport, vakmensen en soms ook hulp van binnenuit bij bedrijven of de overheid. Gewone mensen worden daarbij betrokken, bijvoorbeeld een huurder die onder druk wordt gezet of een elektricien die wordt ingehuurd voor de aanleg van een hennepkwekerij. Daarmee raken onderwereld en bovenwereld verweven.

## Risico's

- **Brandgevaar** door illegale aansluitingen op het elektriciteitsnet.
- **Stroomdiefstal** en schade aan woningen.
- **Gezondheidsrisico's** door chemicaliën bij synthetische drugs.
- **Milieuschade** door het dumpen van drugsafval.
- **Intimidatie en geweld**, bijvoorbeeld bij ripdeals.

## Signalen van een hennepkwekerij

Let op combinaties van signalen:

- een sterke, zoete geur, vooral in de avond;
- ramen die zijn afgeplakt of waar altijd de gordijnen dicht zijn;
- veel condens op de ramen;
- een zoemend geluid van ventilatoren;
- een dak waarop geen sneeuw blijft liggen;
- bewoners die zelden aanwezig zijn, maar wel op vaste momenten langskomen;
- aanvoer van potgrond, lampen of andere spullen.

## Signalen van een drugslab

- een chemische of anijsachtige geur;
- jerrycans, vaten of gasflessen bij een pand;
- afgeschermde ramen en extra beveiliging bij een loods of schuur;
- activiteit op ongebruikelijke tijden;
- gedumpte vaten met onbekende inhoud in de natuur.

Kom je gedumpt drugsafval tegen? Raak het niet aan en bel de politie.

## De aanpak

De aanpak van drugscriminaliteit is integraal. Partners combineren hun instrumenten:

1. **Strafrecht.** Politie en Openbaar Ministerie doen onderzoek en ontmantelen kwekerijen en labs.
2. **Bestuursrecht.** De burgemeester kan op grond van artikel 13b van de Opiumwet een pand sluiten. Gemeenten kunnen ook de Wet Bibob toepassen.
3. **Fiscaal.** De Belastingdienst kan naheffen over crimineel verdiend geld.
4. **Netbeheerders en verhuurders.** Zij kunnen stroomdiefstal melden en huurcontracten ontbinden.

## Preventie

Voorkom dat mensen worden geronseld. Jongeren, mensen met schulden en verhuurders van panden zijn kwetsbaar. Voorlichting, schuldhulp en goede afspraken met woningcorporaties helpen om de drempel te verhogen.

Meer informatie: [riec.nl](https://www.riec.nl).""",
        "kind": "handreiking",
        "themes": ["beleid-en-handhaving", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["drugs-en-hennepteelt", "buitengebied"],
        "regions": [],
        "days_ago": 400,
        "references": [
            {
                "kind": "website",
                "title": "Opiumwet op wetten.overheid.nl",
                "url": "https://wetten.overheid.nl",
                "description": "Zoek op 'Opiumwet' voor de tekst van artikel 13b over de sluitingsbevoegdheid van de burgemeester.",
            },
            {
                "kind": "website",
                "title": "Meld Misdaad Anoniem",
                "url": "https://www.meldmisdaadanoniem.nl",
                "description": "Anoniem melden van een vermoeden van hennepteelt of een drugslab.",
            },
        ],
    },
    {
        "slug": "aanpak-vastgoedfraude",
        "title": "Vastgoedfraude: hoe criminelen vastgoed misbruiken",
        "summary": (
            "Vastgoed is aantrekkelijk voor criminelen: om geld wit te wassen, om illegale activiteiten te "
            "huisvesten en om invloed te krijgen in een buurt. Dit artikel beschrijft signalen en de rol van "
            "gemeenten en partners."
        ),
        "body": """## Waarom vastgoed?

Vastgoed is waardevol, stabiel en vaak moeilijk te doorgronden. Dat maakt het aantrekkelijk voor criminelen. Zij gebruiken vastgoed op verschillende manieren:

- **Witwassen.** Crimineel geld wordt in panden gestoken, die later worden verkocht of verhuurd. Zo krijgt het geld een legale herkomst.
- **Huisvesting van criminele activiteiten.** Panden worden gebruikt voor hennepteelt, drugsopslag, illegale prostitutie of huisvesting van uitgebuite arbeidskrachten.
- **Invloed.** Door veel panden in een straat of wijk te bezitten, krijgen criminelen macht over bewoners en ondernemers.
- **Fraude.** Bijvoorbeeld hypotheekfraude of huurfraude.

Vastgoedfraude is een van de criminele verdienmodellen waartegen gemeenten zich weerbaar moeten maken.

## Signalen

Een enkel signaal zegt niet veel. Let op combinaties, zoals:

- snelle doorverkoop van een pand tegen sterk wisselende prijzen;
- aankoop met veel eigen geld of met een lening van een onbekende partij;
- ingewikkelde eigendomsconstructies, bijvoorbeeld met buitenlandse rechtspersonen;
- een eigenaar die geen logische band heeft met het pand of de omgeving;
- veel inschrijvingen op één adres, of juist een pand dat leeg lijkt maar veel stroom gebruikt;
- winkels of horecazaken met weinig klanten die toch blijven bestaan.

## De rol van de gemeente

Gemeenten hebben verschillende mogelijkheden:

1. **Eigen vastgoed.** Pas de Wet Bibob toe bij de verkoop of verhuur van gemeentelijk vastgoed.
2. **Vergunningen.** Toets exploitatie- en omgevingsvergunningen op risico's.
3. **Toezicht op bewoning.** Controleer inschrijvingen in de BRP en bewoning van panden.
4. **Informatie combineren.** Koppel gegevens uit BAG, BRP, vergunningen en meldingen.
5. **Samenwerking.** Bespreek signalen met het RIEC, politie en Belastingdienst.

## Samenwerken met de vastgoedsector

Makelaars, notarissen, taxateurs en financiers hebben een belangrijke rol. Veel van hen moeten op grond van de Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft) ongebruikelijke transacties melden. Bewustwording in de sector helpt om misbruik eerder te herkennen.

## Landelijke samenwerking

Vastgoedcriminaliteit gaat vaak over regiogrenzen heen. Het LIEC draagt bij aan een gecoördineerde aanpak en verbindt regio's en landelijke partners. Zo kunnen ervaringen uit de ene regio ook elders worden gebruikt.""",
        "kind": "aanpak",
        "themes": ["informatiepositie", "beleid-en-handhaving"],
        "phenomena": ["vastgoedfraude", "witwassen"],
        "regions": [],
        "days_ago": 380,
        "references": [
            {
                "kind": "website",
                "title": "Justis: Bibob",
                "url": "https://www.justis.nl/producten/bibob",
                "description": "Over de toepassing van de Wet Bibob, ook bij vastgoedtransacties van de overheid.",
            },
        ],
    },
    {
        "slug": "aanpak-zorgfraude",
        "title": "Zorgfraude: signalen in het sociaal domein",
        "summary": (
            "Bij zorgfraude wordt zorggeld opzettelijk onterecht gedeclareerd of ontvangen. Dat gaat ten koste "
            "van kwetsbare cliënten en van publiek geld. Gemeenten spelen een belangrijke rol bij het "
            "herkennen en aanpakken ervan."
        ),
        "body": """## Wat is zorgfraude?

Zorgfraude is het opzettelijk misleiden om zorggeld te krijgen waar geen recht op bestaat. Voorbeelden zijn het declareren van zorg die niet is geleverd, het opvoeren van niet-bestaande cliënten of het inzetten van ongekwalificeerd personeel. Sinds gemeenten verantwoordelijk zijn voor de Wmo en de Jeugdwet, hebben zij hier een grotere rol in gekregen.

Zorgfraude kan onderdeel zijn van ondermijnende criminaliteit. Criminelen zien zorggeld als een aantrekkelijk verdienmodel. Het geld wordt soms gebruikt om andere criminele activiteiten te financieren of wit te wassen, bijvoorbeeld via vastgoed.

## Waarom is het schadelijk?

- Cliënten krijgen niet de zorg die zij nodig hebben.
- Kwetsbare mensen worden soms onder druk gezet of uitgebuit.
- Publiek geld verdwijnt naar criminelen.
- Eerlijke zorgaanbieders krijgen oneerlijke concurrentie.

## Signalen

Let op combinaties van signalen, zoals:

- een zorgaanbieder die snel groeit zonder dat er passend personeel bij komt;
- cliënten die allemaal via dezelfde persoon of hetzelfde netwerk binnenkomen;
- meerdere cliënten op één adres, vaak in panden van dezelfde eigenaar;
- cliënten die niet weten welke zorg zij krijgen, of die zeggen geen zorg te ontvangen;
- declaraties die niet passen bij de zorgvraag;
- bestuurders of eigenaren die eerder betrokken waren bij failliete zorgbedrijven;
- opvallend dure auto's of vastgoed bij de eigenaar.

## Wat kan de gemeente doen?

1. **Goed contracteren.** Stel eisen aan zorgaanbieders en toets hun achtergrond voordat een contract wordt gesloten.
2. **Toezicht houden.** Zorg voor capaciteit om de rechtmatigheid en kwaliteit van zorg te controleren.
3. **Signalen bundelen.** Laat consulenten, toezichthouders en contractmanagers signalen met elkaar delen.
4. **Samenwerken.** Werk samen met zorgkantoren, de Inspectie Gezondheidszorg en Jeugd en het RIEC. Via het RIEC kan informatie van andere partners worden betrokken.

## Bewustwording bij consulenten

Consulenten in het sociaal domein zien cliënten vaak van dichtbij. Zij zijn goed in staat om signalen op te merken, maar zijn niet altijd getraind op fraude. Een korte training over signalen en meldroutes helpt al veel.""",
        "kind": "aanpak",
        "themes": ["informatiepositie", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["zorgfraude", "witwassen"],
        "regions": [],
        "days_ago": 360,
        "references": [],
    },
    {
        "slug": "mensenhandel-en-mensensmokkel-herkennen",
        "title": "Mensenhandel en mensensmokkel herkennen",
        "summary": (
            "Mensenhandel en mensensmokkel zijn ernstige misdrijven die vaak verborgen blijven. Deze "
            "handreiking legt het verschil uit en helpt professionals signalen te herkennen en door te geven."
        ),
        "body": """## Wat is het verschil?

- **Mensenhandel** is het uitbuiten van mensen. Het slachtoffer wordt gedwongen of misleid om werk of diensten te leveren, terwijl een ander daarvan profiteert. Er zijn verschillende vormen: seksuele uitbuiting, arbeidsuitbuiting en criminele uitbuiting, waarbij mensen worden gedwongen om strafbare feiten te plegen.
- **Mensensmokkel** is het tegen betaling helpen van mensen om illegaal een land binnen te komen. De gesmokkelde persoon stemt daar vaak mee in, maar loopt grote risico's en kan later alsnog slachtoffer van uitbuiting worden.

Beide fenomenen maken gebruik van legale structuren, zoals uitzendbureaus, huisvesting, vervoer en horeca. Daarmee zijn ze een vorm van ondermijning.

## Signalen van uitbuiting

Let op combinaties van signalen:

- iemand heeft geen toegang tot eigen identiteitspapieren of bankrekening;
- iemand werkt extreem lange dagen tegen weinig of geen loon;
- iemand woont op de werkplek of in overvolle huisvesting die door de werkgever wordt geregeld;
- iemand is bang, angstig of praat niet vrijuit, of een ander voert steeds het woord;
- iemand heeft een grote schuld bij de werkgever of tussenpersoon;
- iemand weet niet op welk adres hij of zij woont of werkt.

## Signalen voor gemeenten

Ook gemeentelijke medewerkers kunnen signalen zien, bijvoorbeeld bij:

- inschrijvingen van veel mensen op één adres;
- controles van huisvesting van arbeidsmigranten;
- vergunningen voor seksbedrijven en massagesalons;
- controles in de horeca of bij nagelstudio's.

## Wat doe je met een signaal?

1. Blijf rustig en breng de persoon niet in gevaar.
2. Bespreek het signaal met de aandachtsfunctionaris of contactpersoon mensenhandel in je organisatie.
3. Bij acuut gevaar bel je 112.
4. Het signaal kan worden doorgegeven aan de politie of de Nederlandse Arbeidsinspectie. Ook Meld Misdaad Anoniem is een mogelijkheid.

## Samenwerking

Mensenhandel is een van de onderwerpen waar alle RIEC's aan werken. Het LIEC ondersteunt hen daarbij, bijvoorbeeld via een Landelijke Fenomeentafel. Gemeenten, politie, Koninklijke Marechaussee, Nederlandse Arbeidsinspectie, IND en Openbaar Ministerie werken samen om daders aan te pakken en slachtoffers te beschermen. Voor de opvang en begeleiding van slachtoffers is CoMensha een belangrijk landelijk coördinatiecentrum.""",
        "kind": "handreiking",
        "themes": ["bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["mensenhandel-en-mensensmokkel"],
        "regions": [],
        "days_ago": 340,
        "references": [
            {
                "kind": "website",
                "title": "CoMensha",
                "url": "https://www.comensha.nl",
                "description": "Landelijk coördinatiecentrum tegen mensenhandel, met informatie voor professionals.",
            },
            {
                "kind": "website",
                "title": "Meld Misdaad Anoniem",
                "url": "https://www.meldmisdaadanoniem.nl",
                "description": "Anoniem melden van een vermoeden van mensenhandel.",
            },
        ],
    },
    {
        "slug": "aanpak-outlaw-motorgangs",
        "title": "De integrale aanpak van outlaw motorgangs",
        "summary": (
            "Outlaw motorgangs presenteren zich als motorclub, maar leden zijn soms betrokken bij zware "
            "criminaliteit en intimidatie. Gemeenten, politie en Openbaar Ministerie pakken hen samen aan, "
            "met landelijke coördinatie door het LIEC."
        ),
        "body": """## Wat zijn outlaw motorgangs?

Outlaw motorgangs (OMG's) zijn motorclubs die zich buiten de normale regels van de samenleving plaatsen. Niet iedere motorclub is een outlaw motorgang, en niet ieder lid is crimineel. Maar bij een aantal clubs zijn leden of afdelingen betrokken bij zware criminaliteit, zoals drugshandel, afpersing, wapenhandel en geweld. De club biedt daarbij een afschermende structuur en een reputatie die intimideert.

## Waarom is dit ondermijnend?

Outlaw motorgangs tasten de rechtsstaat aan doordat zij:

- hun eigen regels boven de wet stellen;
- bewoners, ondernemers en ambtenaren intimideren;
- zich nestelen in legale sectoren, zoals beveiliging, horeca en tattooshops;
- conflicten met geweld uitvechten, soms in de openbare ruimte.

## Een landelijke, integrale aanpak

Omdat motorgangs afdelingen in het hele land en daarbuiten hebben, is een landelijke aanpak nodig. Het LIEC draagt bij aan een gecoördineerde aanpak en verbindt de RIEC's met landelijke partners. De aanpak combineert verschillende instrumenten:

1. **Strafrecht.** Opsporing en vervolging van strafbare feiten door politie en Openbaar Ministerie.
2. **Civielrecht.** Het Openbaar Ministerie kan de rechter vragen een club te verbieden en te ontbinden. Meerdere motorgangs zijn op die manier verboden verklaard.
3. **Bestuursrecht.** Gemeenten kunnen clubhuizen sluiten, vergunningen weigeren met de Wet Bibob en optreden tegen het dragen van clubkleding in bijvoorbeeld horeca.
4. **Fiscaal.** De Belastingdienst controleert inkomsten en vermogen van leden.

## Wat kan een gemeente doen?

- Zorg voor een actueel beeld van clubhuizen en activiteiten in de gemeente, samen met de politie.
- Leg in de APV en het horecabeleid vast hoe de gemeente omgaat met clubkleding en bijeenkomsten.
- Toets vergunningaanvragen van bedrijven met banden met motorgangs.
- Bereid je voor op evenementen zoals toertochten en herdenkingen.
- Zorg voor de veiligheid van medewerkers en bestuurders die met de aanpak te maken krijgen.

## Communicatie

Communicatie vraagt hier extra aandacht. Voorkom dat berichten bijdragen aan de reputatie van een club. Richt de boodschap op de grenzen die de overheid stelt en op de steun voor bewoners en ondernemers.

Voor advies kun je terecht bij het RIEC in je regio.""",
        "kind": "aanpak",
        "themes": ["beleid-en-handhaving", "communicatie"],
        "phenomena": ["outlaw-motorgangs"],
        "regions": [],
        "days_ago": 320,
        "references": [
            {
                "kind": "website",
                "title": "RIEC-LIEC",
                "url": "https://www.riec.nl",
                "description": "Informatie over de landelijke, integrale aanpak van criminele motorbendes.",
            },
        ],
    },
    {
        "slug": "witwassen-herkennen-en-voorkomen",
        "title": "Witwassen: de schakel tussen onderwereld en bovenwereld",
        "summary": (
            "Criminelen moeten hun geld witwassen om het te kunnen uitgeven of investeren. Daarmee dringen zij "
            "de legale economie binnen. Dit artikel legt uit hoe witwassen werkt en waar signalen te zien zijn."
        ),
        "body": """## Wat is witwassen?

Witwassen is het verhullen van de criminele herkomst van geld of vermogen. Wie veel geld verdient met drugshandel, fraude of uitbuiting, kan dat niet zomaar uitgeven. Het geld moet eerst een schijnbaar legale herkomst krijgen. Daarna kan het worden gebruikt voor de aankoop van huizen, bedrijven of luxe goederen.

Witwassen is daarmee de schakel tussen de onderwereld en de bovenwereld. Zonder witwassen zou georganiseerde criminaliteit veel minder lonend zijn.

## Hoe gaat witwassen in zijn werk?

Witwassen verloopt vaak in drie fasen:

1. **Plaatsing.** Contant geld wordt in het financiële systeem gebracht, bijvoorbeeld via een bedrijf met veel contante omzet.
2. **Versluiering.** Het geld wordt via transacties, rekeningen en rechtspersonen verplaatst, zodat de herkomst moeilijk te volgen is.
3. **Integratie.** Het geld komt terug in de legale economie, bijvoorbeeld als winst, lening of opbrengst van vastgoed.

## Veelgebruikte methoden

- het vermengen van crimineel geld met de omzet van een legaal bedrijf;
- de aankoop van vastgoed, auto's, boten of sieraden;
- schijnleningen, bijvoorbeeld van een buitenlandse vennootschap;
- het inzetten van katvangers of stromannen die op papier eigenaar zijn;
- valse facturen tussen bedrijven.

## Signalen voor overheidsprofessionals

- een bedrijf met weinig klanten dat toch winstgevend lijkt;
- een levensstijl die niet past bij het bekende inkomen;
- grote contante betalingen;
- ingewikkelde of steeds wisselende eigendomsstructuren;
- een aanvrager van een vergunning die de financiering niet goed kan uitleggen.

## Wie speelt welke rol?

Banken, notarissen, makelaars, accountants en andere poortwachters moeten op grond van de Wwft ongebruikelijke transacties melden bij de Financial Intelligence Unit Nederland (FIU-Nederland). Politie, FIOD en Openbaar Ministerie onderzoeken en vervolgen witwassen. Gemeenten kunnen met de Wet Bibob voorkomen dat crimineel geld via vergunningen of vastgoed de lokale economie binnenkomt. Het RIEC helpt om informatie van deze partners samen te brengen.

## Afpakken

Een belangrijk doel van de aanpak is het afpakken van crimineel vermogen. Dat raakt criminelen waar het pijn doet en laat zien dat misdaad niet loont.""",
        "kind": "achtergrond",
        "themes": ["informatiepositie", "beleid-en-handhaving"],
        "phenomena": ["witwassen", "misbruik-van-legale-beroepen"],
        "regions": [],
        "days_ago": 300,
        "references": [
            {
                "kind": "website",
                "title": "FIU-Nederland",
                "url": "https://www.fiu-nederland.nl",
                "description": "De Financial Intelligence Unit Nederland ontvangt meldingen van ongebruikelijke transacties.",
            },
        ],
    },
    {
        "slug": "ondermijning-in-het-buitengebied",
        "title": "Ondermijning in het buitengebied",
        "summary": (
            "Leegstaande stallen, afgelegen percelen en weinig toezicht maken het buitengebied aantrekkelijk "
            "voor criminelen. Boeren en andere bewoners worden benaderd om hun panden te verhuren. Samen met hen "
            "werken gemeenten en partners aan een weerbaar platteland."
        ),
        "body": """## Waarom het buitengebied?

Het buitengebied biedt criminelen kansen die zij in de stad minder hebben:

- **Ruimte en afzondering.** Er zijn weinig buren die iets zien of ruiken.
- **Leegstand.** Door het stoppen van agrarische bedrijven staan stallen en schuren leeg.
- **Minder toezicht.** Handhavers en politie moeten grote gebieden bestrijken.
- **Financiële druk.** Sommige ondernemers hebben het moeilijk en zijn gevoelig voor een aantrekkelijk aanbod.

Het buitengebied is een van de onderwerpen waar alle RIEC's aan werken. Het LIEC ondersteunt de samenwerking tussen de regio's.

## Hoe gaat het in zijn werk?

Criminelen benaderen een eigenaar met een aanbod om een schuur of stal te huren, vaak tegen een hoge huur en contant. Soms wordt gezegd dat het om opslag gaat. Later blijkt er een hennepkwekerij of een drugslab te zitten. Wie eenmaal meedoet, komt er moeilijk weer uit. Eigenaren worden onder druk gezet of bedreigd.

Andere verschijningsvormen zijn:

- het dumpen van drugsafval in bossen, sloten en op akkers;
- de opslag van gestolen goederen of wapens;
- criminele belangstelling voor vakantieparken en recreatieterreinen;
- illegale huisvesting van arbeidsmigranten.

## Signalen

- onbekenden die vragen naar leegstaande gebouwen;
- een huurder die contant wil betalen en geen contract wil;
- afgeplakte ramen, extra sloten of camera's bij een schuur;
- vreemde geuren of veel verkeer op ongebruikelijke tijden;
- gedumpte vaten of jerrycans.

## De aanpak

1. **Bewustwording.** Informeer boeren, loonwerkers, erfbetreders en bewoners over signalen en risico's.
2. **Samenwerking.** Betrek land- en tuinbouworganisaties, waterschappen, natuurbeheerders en netbeheerders.
3. **Toezicht en handhaving.** Controleer het gebruik van vrijgekomen agrarische gebouwen.
4. **Ondersteuning bij bedrijfsbeëindiging.** Help ondernemers bij een goede herbestemming van hun gebouwen.
5. **Melden.** Maak duidelijk waar mensen terechtkunnen, ook anoniem.

Wil je meer weten over de aanpak in jouw regio? Neem contact op met het RIEC.""",
        "kind": "aanpak",
        "themes": ["bewustwording-en-organisatieontwikkeling", "communicatie"],
        "phenomena": ["buitengebied", "drugs-en-hennepteelt"],
        "regions": [],
        "days_ago": 280,
        "references": [
            {
                "kind": "website",
                "title": "Meld Misdaad Anoniem",
                "url": "https://www.meldmisdaadanoniem.nl",
                "description": "Anoniem melden van criminele activiteiten in het buitengebied.",
            },
        ],
    },
    {
        "slug": "handhavingsknelpunten-zichtbaar-maken",
        "title": "Handhavingsknelpunten: wanneer regels de aanpak in de weg zitten",
        "summary": (
            "Soms zit de aanpak van ondermijning vast op regels of werkwijzen die niet goed passen. Zulke "
            "handhavingsknelpunten zichtbaar maken is een van de doelen van het RIEC-convenant. Dit artikel "
            "legt uit hoe dat werkt."
        ),
        "body": """## Wat is een handhavingsknelpunt?

Een handhavingsknelpunt is een obstakel dat het optreden tegen georganiseerde criminaliteit onnodig moeilijk maakt. Het kan gaan om:

- een wet of regel die een gat laat waar criminelen gebruik van maken;
- een bevoegdheid die ontbreekt of in de praktijk moeilijk toe te passen is;
- regels die het delen van informatie tussen partners belemmeren;
- werkprocessen die niet op elkaar aansluiten, bijvoorbeeld tussen gemeente en een landelijke dienst.

Het bestrijden van handhavingsknelpunten is een van de doelen van het RIEC-convenant. Dat staat ook in de volledige naam van het convenant.

## Voorbeelden van soorten knelpunten

Zonder in te gaan op concrete zaken, komen knelpunten vaak voor op deze terreinen:

1. **Registraties.** Inschrijvingen in registers die zonder controle kunnen worden gedaan, waardoor katvangers makkelijk in te zetten zijn.
2. **Vergunningstelsels.** Activiteiten waarvoor geen vergunning nodig is, zodat een Bibob-toets niet mogelijk is.
3. **Informatiedeling.** Partners die elkaar relevante informatie niet mogen verstrekken, ook als het doel legitiem is.
4. **Uitvoering.** Maatregelen die wel bestaan, maar waarvoor capaciteit of kennis ontbreekt.

## Van knelpunt naar oplossing

Niet elk knelpunt vraagt om een nieuwe wet. Soms kan een gemeente zelf iets doen, bijvoorbeeld door de APV aan te passen of interne afspraken te maken. Bespreek een knelpunt daarom eerst in de eigen organisatie en met het RIEC.

Is het knelpunt structureel en ligt de oplossing bij de Rijksoverheid? Dan kan het als bestuurlijk signaal worden ingediend bij het Landelijk Loket Bestuurlijke Signalen van het LIEC. Het LIEC biedt signalen aan bij de betrokken bewindspersonen.

## Tips

- Leg knelpunten vast zodra je ertegenaan loopt, ook als je nog niet weet wat de oplossing is.
- Beschrijf het knelpunt zo concreet mogelijk, maar zonder gegevens die tot personen te herleiden zijn.
- Kijk of andere gemeenten of regio's hetzelfde knelpunt ervaren. Een gedeeld signaal weegt zwaarder.
- Houd bij wat er met het signaal gebeurt en deel dat met de betrokken collega's.

## Waarom dit belangrijk is

Criminelen zoeken de zwakke plekken in het systeem. Door knelpunten zichtbaar te maken en op te lossen, wordt het systeem als geheel weerbaarder. Zo draagt iedere professional bij aan een sterkere aanpak van ondermijning.""",
        "kind": "achtergrond",
        "themes": ["beleid-en-handhaving"],
        "phenomena": ["handhavingsknelpunten"],
        "regions": [],
        "days_ago": 260,
        "references": [
            {
                "kind": "website",
                "title": "RIEC-LIEC: Loket Bestuurlijke Signalen",
                "url": "https://www.riec.nl",
                "description": "Informatie over het indienen van een bestuurlijk signaal.",
            },
        ],
    },
    {
        "slug": "misbruik-van-legale-beroepen",
        "title": "Misbruik van legale beroepen: professionals als doelwit",
        "summary": (
            "Criminelen hebben professionals nodig om hun activiteiten mogelijk te maken: notarissen, "
            "makelaars, accountants, transporteurs en soms ook ambtenaren. Dit artikel beschrijft hoe dat "
            "misbruik werkt en hoe beroepsgroepen zich kunnen wapenen."
        ),
        "body": """## Criminelen hebben de bovenwereld nodig

Georganiseerde criminaliteit kan niet zonder de legale wereld. Om geld wit te wassen, panden te kopen, bedrijven op te richten of goederen te vervoeren, zijn professionals nodig. Soms werken die bewust mee. Vaker worden zij misleid, verleid of onder druk gezet. Een notaris die wordt ingezet om geld wit te wassen, is een voorbeeld uit de beschrijving van ondermijning zelf.

## Welke beroepen lopen risico?

- **Notarissen en advocaten**, bijvoorbeeld bij vastgoedtransacties, oprichting van rechtspersonen en het beheren van derdengelden.
- **Makelaars en taxateurs**, bij aan- en verkoop van vastgoed.
- **Accountants en belastingadviseurs**, bij het opstellen van jaarrekeningen en het inrichten van constructies.
- **Medewerkers in logistiek en havens**, die toegang hebben tot containers en systemen.
- **Installateurs en vakmensen**, zoals elektriciens die worden gevraagd een illegale aansluiting te maken.
- **Ambtenaren**, met toegang tot informatie of besluitvorming.

## Hoe werkt het?

Criminelen gebruiken verschillende methoden:

1. **Verleiding.** Een aantrekkelijk aanbod of een grote opdracht.
2. **Geleidelijke betrokkenheid.** Eerst een kleine gunst, daarna steeds meer.
3. **Druk en bedreiging.** Als iemand eenmaal heeft meegewerkt, wordt dat gebruikt als drukmiddel.
4. **Misleiding.** De professional weet niet dat hij of zij meewerkt aan iets crimineels.

## Signalen voor professionals

- een klant die haast heeft en niet wil uitleggen waarom;
- een klant die contant wil betalen of een derde laat betalen;
- ingewikkelde constructies zonder logisch doel;
- verzoeken om af te wijken van de normale werkwijze;
- een klant die meer weet over jouw privéleven dan je zou verwachten.

## Hoe wapen je je?

- Ken je wettelijke verplichtingen, zoals het cliëntenonderzoek en de meldplicht op grond van de Wwft.
- Bespreek twijfels met collega's of je beroepsorganisatie.
- Zorg dat er binnen je organisatie een veilige plek is om benadering te melden.
- Doe aangifte bij bedreiging.

## De rol van de overheid

Overheden kunnen beroepsgroepen helpen door voorlichting te geven en samen te werken met beroepsorganisaties en toezichthouders. De RIEC's organiseren daarvoor bijeenkomsten met private partijen. Ook binnen de eigen organisatie is aandacht nodig: ambtenaren kunnen net zo goed doelwit zijn. Zie daarvoor de handreiking over integriteit en een veilige werkomgeving.""",
        "kind": "achtergrond",
        "themes": ["integriteit-en-veilige-werkomgeving", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["misbruik-van-legale-beroepen", "witwassen"],
        "regions": [],
        "days_ago": 240,
        "references": [
            {
                "kind": "website",
                "title": "FIU-Nederland",
                "url": "https://www.fiu-nederland.nl",
                "description": "Informatie over de meldplicht voor ongebruikelijke transacties.",
            },
        ],
    },
    {
        "slug": "praktijkvoorbeeld-integrale-controle-bedrijventerrein",
        "title": "Praktijkvoorbeeld: integrale controle op een bedrijventerrein",
        "summary": (
            "Een gemeente had signalen dat een bedrijventerrein werd misbruikt voor ondermijnende activiteiten. "
            "Samen met partners werd een integrale controle voorbereid en uitgevoerd. Dit geanonimiseerde "
            "voorbeeld laat zien hoe dat in zijn werk gaat."
        ),
        "body": """## Aanleiding

Op een ouder bedrijventerrein in een middelgrote gemeente kwamen steeds meer signalen binnen. Bedrijfspanden werden verhuurd aan wisselende huurders, er was veel verkeer in de avond en het stroomverbruik van sommige panden was opvallend. Ook waren er meldingen over bewoning van bedrijfspanden. Afzonderlijk zeiden de signalen weinig, samen gaven ze reden tot zorg.

*Dit praktijkvoorbeeld is geanonimiseerd. Het beschrijft een werkwijze die in verschillende gemeenten wordt toegepast.*

## Voorbereiding

De gemeente bracht de casus in bij het RIEC. Daar werd informatie van de partners samengebracht, volgens de afspraken in het convenant en het Privacyprotocol. Zo ontstond een beeld van de panden, eigenaren en huurders. Op basis daarvan werd besloten tot een integrale controle.

Bij de voorbereiding werden afspraken gemaakt over:

- welke panden werden gecontroleerd en waarom;
- welke partner vanuit welke bevoegdheid deelnam;
- de veiligheid van de controleurs;
- de opvolging na de controle.

## De controle

Op de dag van de controle werkten onder meer gemeentelijke toezichthouders, politie, Belastingdienst, de Nederlandse Arbeidsinspectie en de netbeheerder samen. Iedere partner controleerde vanuit de eigen wet- en regelgeving: bouw- en brandveiligheid, bewoning, arbeidsomstandigheden, belastingen en energieaansluitingen.

## Resultaten

De controle leidde tot verschillende vervolgstappen, zoals handhavingstrajecten, fiscale onderzoeken en gesprekken met pandeigenaren over hun verantwoordelijkheid als verhuurder. Ook werden enkele handhavingsknelpunten duidelijk, bijvoorbeeld bij het toezicht op wisselende huurders.

## Geleerde lessen

1. **Investeer in de voorbereiding.** Een goed informatiebeeld vooraf maakt de controle gerichter.
2. **Spreek opvolging af.** De echte winst zit in wat er na de controle gebeurt.
3. **Betrek pandeigenaren.** Zij hebben belang bij een veilig terrein en kunnen huurders beter screenen.
4. **Blijf aanwezig.** Een eenmalige controle werkt minder goed dan blijvende aandacht, bijvoorbeeld met een keurmerk voor veilig ondernemen.
5. **Communiceer.** Vertel ondernemers op het terrein wat er is gebeurd en waarom.

## Meer weten?

Wil je een vergelijkbare aanpak opzetten? Neem contact op met het RIEC in je regio. Zie ook de handreiking over beleid en handhaving op dit platform.""",
        "kind": "praktijkvoorbeeld",
        "themes": ["beleid-en-handhaving", "informatiepositie"],
        "phenomena": ["handhavingsknelpunten", "drugs-en-hennepteelt"],
        "regions": [],
        "days_ago": 220,
        "references": [],
    },
    {
        "slug": "praktijkvoorbeeld-ondermijningsbeeld-opstellen",
        "title": "Praktijkvoorbeeld: een gemeente stelt een ondermijningsbeeld op",
        "summary": (
            "Een ondermijningsbeeld laat zien waar een gemeente kwetsbaar is. In dit geanonimiseerde voorbeeld "
            "beschrijven we hoe een gemeente met hulp van het RIEC zo'n beeld maakte en wat ze ermee deed."
        ),
        "body": """## Aanleiding

Een gemeente wilde meer doen tegen ondermijning, maar wist niet goed waar te beginnen. De burgemeester vroeg: waar zijn wij kwetsbaar, en wat zien we nu al? Om die vraag te beantwoorden, besloot de gemeente een ondermijningsbeeld op te stellen met ondersteuning van het RIEC.

*Dit praktijkvoorbeeld is geanonimiseerd. Het beschrijft een werkwijze die in verschillende gemeenten wordt gebruikt.*

## Werkwijze

Het ondermijningsbeeld werd in een aantal stappen opgesteld:

1. **Interviews en werksessies.** Medewerkers van verschillende afdelingen, zoals vergunningen, handhaving, sociaal domein, burgerzaken en economische zaken, vertelden wat zij in hun werk zien.
2. **Informatie van partners.** Via het RIEC leverden politie en andere partners informatie aan, binnen de regels van het convenant.
3. **Open bronnen.** Er werd gekeken naar openbare informatie, zoals gegevens over bedrijvigheid en vastgoed.
4. **Analyse.** Het RIEC bracht de informatie samen en zocht naar patronen en kwetsbaarheden.
5. **Bespreking.** De uitkomsten werden besproken met het college en de betrokken afdelingen.

## Wat leverde het op?

Het ondermijningsbeeld liet zien welke fenomenen in de gemeente speelden, zoals signalen van hennepteelt, opvallende vastgoedtransacties en zorgen over enkele zorgaanbieders. Ook werd duidelijk dat signalen binnen de organisatie niet altijd bij de juiste persoon terechtkwamen.

Minstens zo belangrijk: de werksessies vergrootten de bewustwording. Medewerkers zagen dat hun signalen ertoe doen en dat zij onderdeel zijn van de aanpak.

## Van beeld naar aanpak

Op basis van het beeld maakte de gemeente een plan van aanpak. Daarin stonden onder meer:

- een vast aanspreekpunt ondermijning;
- een intern overleg waarin afdelingen signalen bespreken;
- aanscherping van het Bibob-beleid;
- trainingen voor medewerkers in risicovolle functies.

## Lessen

- Betrek zoveel mogelijk afdelingen; iedere afdeling heeft een stukje van de puzzel.
- Wees voorzichtig met de verspreiding van het beeld. Het is een intern document.
- Herhaal het beeld regelmatig, want ondermijning verandert.

Een ondermijningsbeeld is geen doel op zich, maar een startpunt voor een gerichte aanpak.""",
        "kind": "praktijkvoorbeeld",
        "themes": ["informatiepositie", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["vastgoedfraude", "zorgfraude"],
        "regions": [],
        "days_ago": 200,
        "references": [],
    },
    {
        "slug": "praktijkvoorbeeld-bibob-bij-horeca",
        "title": "Praktijkvoorbeeld: de Wet Bibob bij een horecavergunning",
        "summary": (
            "Bij een aanvraag voor een horecavergunning bleef de herkomst van het geld onduidelijk. Dit "
            "geanonimiseerde voorbeeld laat zien hoe een gemeente de Wet Bibob zorgvuldig toepaste."
        ),
        "body": """## Aanleiding

Een gemeente ontving een aanvraag voor een exploitatievergunning voor een nieuwe horecazaak in het centrum. Volgens het gemeentelijke Bibob-beleid was een Bibob-toets verplicht voor deze categorie vergunningen. De aanvrager vulde het Bibob-vragenformulier in.

*Dit praktijkvoorbeeld is geanonimiseerd. Het beschrijft een gebruikelijk verloop van een Bibob-procedure.*

## Het eigen onderzoek

Bij het eigen onderzoek viel een aantal zaken op:

- de verbouwing werd deels betaald met een lening van een buitenlandse vennootschap, zonder duidelijke voorwaarden;
- de aanvrager had geen eerdere ervaring in de horeca;
- de eigenaar van het pand had banden met andere bedrijven waar eerder vragen over waren;
- op enkele vragen in het formulier bleven de antwoorden vaag.

De gemeente vroeg de aanvrager om een toelichting en aanvullende stukken. Die gaven onvoldoende duidelijkheid.

## Advies en informatie van partners

De gemeente besprak de casus met het RIEC. Het RIEC hielp om informatie van partners samen te brengen en adviseerde over de vervolgstappen. Omdat de vragen bleven bestaan, vroeg de gemeente advies aan het Landelijk Bureau Bibob van Justis.

## Het besluit

Het advies liet zien dat er een ernstig gevaar bestond dat de vergunning zou worden gebruikt om voordeel te halen uit eerder gepleegde strafbare feiten, namelijk door witwassen. De burgemeester maakte een eigen afweging, waaronder de evenredigheid van een weigering. De aanvrager kreeg de gelegenheid zijn zienswijze te geven. Daarna werd de vergunning geweigerd.

## Lessen

1. **Goed beleid is de basis.** Dankzij een helder Bibob-beleid stond vast dat een toets nodig was.
2. **Kennis bij vergunningverleners.** Zij zagen de eerste signalen in het formulier.
3. **Zorgvuldig dossier.** Een goed onderbouwd besluit houdt beter stand in bezwaar en beroep.
4. **Regionale afstemming.** Door afspraken in de regio kan de aanvrager niet zomaar uitwijken naar een buurgemeente met soepeler beleid.

## Meer weten?

Lees ook het artikel over de Wet Bibob op dit platform en de informatie van [Justis](https://www.justis.nl/producten/bibob).""",
        "kind": "praktijkvoorbeeld",
        "themes": ["beleid-en-handhaving", "integriteit-en-veilige-werkomgeving"],
        "phenomena": ["witwassen", "vastgoedfraude"],
        "regions": [],
        "days_ago": 180,
        "references": [
            {
                "kind": "website",
                "title": "Justis: Bibob",
                "url": "https://www.justis.nl/producten/bibob",
                "description": "Informatie over het aanvragen van een Bibob-advies.",
            },
        ],
    },
    {
        "slug": "praktijkvoorbeeld-dilemmatraining-weerbare-medewerkers",
        "title": "Praktijkvoorbeeld: een dilemmatraining voor weerbare medewerkers",
        "summary": (
            "Hoe reageer je als een aanvrager je onder druk zet of een cadeau aanbiedt? Een gemeente organiseerde "
            "dilemmatrainingen om medewerkers weerbaarder te maken. Dit geanonimiseerde voorbeeld beschrijft de "
            "aanpak en de lessen."
        ),
        "body": """## Aanleiding

Medewerkers van een gemeente gaven aan dat zij zich soms onzeker voelden in contact met aanvragers. Een vergunningverlener werd na een afwijzing herhaaldelijk opgewacht. Een medewerker van burgerzaken kreeg het verzoek om 'even te kijken' op welk adres iemand stond ingeschreven. Die ervaringen waren de aanleiding voor een reeks dilemmatrainingen.

*Dit praktijkvoorbeeld is geanonimiseerd. Het beschrijft een werkwijze die in verschillende organisaties wordt gebruikt.*

## De opzet

De trainingen werden georganiseerd per afdeling, zodat de dilemma's aansloten bij het werk van de deelnemers. Elke sessie bestond uit:

1. een korte uitleg over ondermijning en waarom criminelen geïnteresseerd zijn in de overheid;
2. het bespreken van herkenbare dilemma's in kleine groepen;
3. een gesprek over de meldroutes en de ondersteuning die de organisatie biedt.

## Voorbeelden van dilemma's

- Een aanvrager biedt aan om de lunch te betalen 'als dank voor de snelle hulp'.
- Een oud-klasgenoot vraagt of je kunt zien hoe ver zijn aanvraag is.
- Een bezoeker laat merken dat hij weet waar je woont.
- Een collega zoekt gegevens op in een systeem zonder duidelijke reden.

Er is niet altijd één goed antwoord. Het doel is dat medewerkers leren het gesprek erover aan te gaan en weten waar zij steun kunnen vinden.

## Resultaten

Deelnemers gaven aan dat zij zich beter voorbereid voelden. Ook kwamen er na de trainingen meer meldingen binnen bij de integriteitscoördinator. Dat is een goed teken: het laat zien dat medewerkers de meldroute kennen en vertrouwen.

## Lessen

- **Maak het concreet.** Dilemma's uit het eigen werk werken beter dan algemene voorbeelden.
- **Betrek leidinggevenden.** Zij bepalen mede of medewerkers zich veilig voelen om iets te melden.
- **Herhaal.** Eén training is niet genoeg; integriteit moet een terugkerend gespreksonderwerp zijn.
- **Zorg voor opvolging.** Medewerkers die een incident melden, moeten steun en terugkoppeling krijgen.

Zie ook de handreiking over integriteit en een veilige werkomgeving op dit platform.""",
        "kind": "praktijkvoorbeeld",
        "themes": ["integriteit-en-veilige-werkomgeving", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["misbruik-van-legale-beroepen"],
        "regions": [],
        "days_ago": 160,
        "references": [],
    },
    {
        "slug": "riec-limburg-bijeenkomst-ondermijning-buitengebied",
        "title": "RIEC Limburg organiseert bijeenkomst over ondermijning in het buitengebied",
        "summary": (
            "RIEC Limburg bracht boeren, gemeenten en andere partners bij elkaar om te praten over ondermijning "
            "in het buitengebied. Centraal stonden het herkennen van signalen en de vraag hoe ondernemers "
            "zich kunnen wapenen tegen criminele benadering."
        ),
        "body": """## Boeren en overheid aan één tafel

RIEC Limburg organiseerde een bijeenkomst over ondermijning in het buitengebied. Agrarische ondernemers, medewerkers van Limburgse gemeenten, politie, waterschap en een land- en tuinbouworganisatie gingen met elkaar in gesprek. Doel van de bijeenkomst was om signalen te leren herkennen en elkaar beter te weten te vinden.

## Waarom het buitengebied?

In het Limburgse buitengebied staan, net als elders in Nederland, schuren en stallen leeg door het stoppen van agrarische bedrijven. Criminelen zoeken zulke locaties voor hennepteelt, drugslabs of opslag. Ook het dumpen van drugsafval is een zorg. Omdat Limburg aan België en Duitsland grenst, speelt ook de grensoverschrijdende kant een rol. Het EURIEC, onderdeel van RIEC Limburg, richt zich op die grensoverschrijdende bestuurlijke aanpak.

## Wat kwam aan bod?

Tijdens de bijeenkomst werd onder meer besproken:

- hoe criminelen te werk gaan als zij een eigenaar benaderen om een schuur te huren;
- welke signalen kunnen wijzen op een drugslab of hennepteelt;
- wat je moet doen als je gedumpt drugsafval vindt;
- hoe je als ondernemer kunt melden, ook anoniem;
- welke ondersteuning er is voor ondernemers die hun bedrijf beëindigen.

Deelnemers deelden hun eigen ervaringen. Daaruit bleek dat veel ondernemers het lastig vinden om signalen te melden, uit angst voor de gevolgen. De partners spraken af om de meldmogelijkheden beter bekend te maken.

## Vervolg

RIEC Limburg wil de samenwerking met agrarische organisaties voortzetten. Er wordt gekeken naar voorlichting op lokale bijeenkomsten en naar communicatiemateriaal voor erfbetreders, zoals dierenartsen en loonwerkers. Zo wordt de weerbaarheid van het Limburgse platteland tegen ondermijning verder vergroot.

Meer over dit onderwerp lees je in het artikel over ondermijning in het buitengebied op dit platform.""",
        "kind": "nieuws",
        "themes": ["bewustwording-en-organisatieontwikkeling", "communicatie"],
        "phenomena": ["buitengebied", "drugs-en-hennepteelt"],
        "regions": ["riec-limburg"],
        "days_ago": 3,
        "references": [],
    },
    {
        "slug": "riec-noord-nederland-weerbaar-bestuur-raadsleden",
        "title": "RIEC Noord-Nederland besteedt aandacht aan weerbaarheid van raadsleden",
        "summary": (
            "RIEC Noord-Nederland organiseerde voor raadsleden in Groningen, Friesland en Drenthe bijeenkomsten "
            "over ondermijning en bestuurlijke weerbaarheid. Raadsleden bespraken hun rol en de risico's die "
            "zij zelf kunnen lopen."
        ),
        "body": """## Raadsleden als schakel

Gemeenteraadsleden hebben een belangrijke rol in de aanpak van ondermijning. Zij stellen kaders, stellen budget beschikbaar en controleren het college. Tegelijk kunnen zij zelf doelwit worden van beïnvloeding of intimidatie. Daarom organiseerde RIEC Noord-Nederland bijeenkomsten over bestuurlijke weerbaarheid voor raadsleden uit de drie noordelijke provincies.

## Wat kwam aan bod?

In de bijeenkomsten werden verschillende onderwerpen besproken:

- wat ondermijning is en hoe het zich in Noord-Nederland voordoet, bijvoorbeeld in het buitengebied en bij vakantieparken;
- welke bestuurlijke instrumenten een gemeente heeft, zoals de Wet Bibob en sluitingsbevoegdheden;
- welke vragen een raadslid kan stellen om zicht te krijgen op de aanpak in de eigen gemeente;
- hoe je als raadslid omgaat met benadering, belangenverstrengeling en intimidatie.

Met behulp van herkenbare dilemma's gingen raadsleden met elkaar in gesprek. Bijvoorbeeld over een ondernemer die een raadslid vraagt om 'even een goed woordje te doen' bij een vergunningaanvraag.

## Integriteit en veiligheid

Een belangrijk deel van de bijeenkomsten ging over de eigen integriteit en veiligheid. Raadsleden kregen informatie over waar zij terechtkunnen bij bedreiging of intimidatie en over het belang van het melden van incidenten. Ook werd gewezen op het aanbod van het Netwerk Weerbaar Bestuur.

Raadsleden kregen daarnaast praktische tips. Bijvoorbeeld om zorgvuldig om te gaan met persoonlijke informatie op sociale media, om gesprekken met belanghebbenden te melden bij de griffie en om bij twijfel over een contact overleg te zoeken met de burgemeester of de griffier.

## Vervolg

De reacties waren positief. Veel deelnemers gaven aan dat zij ondermijning nu beter op de agenda van de raad kunnen zetten. RIEC Noord-Nederland bekijkt samen met gemeenten hoe het onderwerp een vaste plek kan krijgen in het inwerkprogramma voor nieuwe raadsleden.

Lees ook de handreiking over integriteit en een veilige werkomgeving op dit platform.""",
        "kind": "nieuws",
        "themes": ["integriteit-en-veilige-werkomgeving", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["buitengebied"],
        "regions": ["riec-noord-nederland"],
        "days_ago": 12,
        "references": [],
    },
    {
        "slug": "riec-oost-nederland-webinar-zorgfraude",
        "title": "RIEC Oost-Nederland organiseert webinar over zorgfraude",
        "summary": (
            "Medewerkers uit het sociaal domein van gemeenten in Gelderland en Overijssel volgden een webinar "
            "van RIEC Oost-Nederland over zorgfraude. Ze leerden signalen herkennen en hoorden hoe ze die "
            "kunnen bespreken met partners."
        ),
        "body": """## Zorgfraude herkennen

RIEC Oost-Nederland organiseerde een webinar over zorgfraude voor medewerkers van gemeenten in Gelderland en Overijssel. Het webinar was bedoeld voor consulenten, contractmanagers en toezichthouders in het sociaal domein. Zij zijn vaak de eersten die merken dat er iets niet klopt bij een zorgaanbieder.

## Waarom is zorgfraude ondermijning?

Zorgfraude is een crimineel verdienmodel. Zorggeld uit de Wmo, de Jeugdwet of een persoonsgebonden budget wordt gedeclareerd voor zorg die niet of nauwelijks wordt geleverd. Daardoor krijgen kwetsbare cliënten niet de hulp die zij nodig hebben. Soms wordt het geld gebruikt voor andere criminele activiteiten of witgewassen via vastgoed.

## Wat kwam aan bod?

In het webinar werden onder meer deze onderwerpen behandeld:

- signalen bij zorgaanbieders, zoals snelle groei zonder passend personeel;
- signalen bij cliënten, bijvoorbeeld als zij niet weten welke zorg zij krijgen;
- de samenhang tussen zorgfraude en andere vormen van ondermijning, zoals vastgoedfraude en uitbuiting;
- de mogelijkheden om bij de inkoop van zorg eisen te stellen aan aanbieders;
- hoe signalen binnen de gemeente en via het RIEC kunnen worden gedeeld, met aandacht voor privacy.

## Vragen uit de praktijk

Deelnemers stelden veel vragen over informatiedeling. Wat mag een consulent delen met een toezichthouder? En wanneer kan een casus bij het RIEC worden ingebracht? De sprekers lichtten toe welke afspraken daarover gelden en benadrukten het belang van een goede interne werkwijze.

Ook de samenwerking met andere partijen kwam aan de orde. Zorgkantoren, zorgverzekeraars en inspecties hebben elk hun eigen taken en informatie. Door signalen tijdig te delen, wordt voorkomen dat een malafide zorgaanbieder na een afwijzing in de ene gemeente gewoon doorgaat in een andere gemeente.

## Vervolg

RIEC Oost-Nederland wil het onderwerp verder uitdiepen met gemeenten die hun aanpak van zorgfraude willen versterken. Lees ook het artikel over zorgfraude op dit platform.""",
        "kind": "nieuws",
        "themes": ["informatiepositie", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["zorgfraude"],
        "regions": ["riec-oost-nederland"],
        "days_ago": 25,
        "references": [],
    },
    {
        "slug": "riec-midden-nederland-themabijeenkomst-vastgoed",
        "title": "RIEC Midden-Nederland gaat in gesprek met de vastgoedsector",
        "summary": (
            "Tijdens een themabijeenkomst van RIEC Midden-Nederland spraken gemeenten met makelaars, notarissen "
            "en andere professionals uit de vastgoedsector. Het onderwerp: hoe voorkom je dat vastgoed wordt "
            "misbruikt voor witwassen?"
        ),
        "body": """## Samen tegen misbruik van vastgoed

RIEC Midden-Nederland organiseerde een themabijeenkomst over ondermijning en vastgoed. Medewerkers van gemeenten in Utrecht, Flevoland en Gooi en Vechtstreek gingen in gesprek met makelaars, notarissen, taxateurs en vertegenwoordigers van financiële instellingen.

## Waarom vastgoed?

Vastgoed is aantrekkelijk voor criminelen. Het is een manier om crimineel geld wit te wassen, en panden kunnen worden gebruikt voor illegale activiteiten. Professionals in de vastgoedsector kunnen daarbij, vaak zonder het te weten, een rol spelen. Tegelijk zijn zij juist goed in staat om signalen op te merken.

## Wat kwam aan bod?

Tijdens de bijeenkomst werden ervaringen gedeeld over:

- signalen bij aan- en verkoop, zoals snelle doorverkoop of onduidelijke financiering;
- de verplichtingen van professionals op grond van de Wwft, zoals cliëntenonderzoek en het melden van ongebruikelijke transacties;
- de mogelijkheden van gemeenten, zoals de Wet Bibob bij gemeentelijke vastgoedtransacties;
- de manier waarop criminelen professionals benaderen en onder druk zetten.

## Elkaar beter kennen

Een belangrijke opbrengst was dat overheid en sector elkaar beter leerden kennen. Professionals gaven aan dat zij niet altijd weten wat er met hun meldingen gebeurt. Gemeenten leerden meer over de werkwijze in de sector. Beide partijen willen het gesprek voortzetten.

## Wat kunnen gemeenten zelf doen?

Gemeenten kunnen zelf ook bijdragen aan een weerbare vastgoedmarkt. Bijvoorbeeld door de Wet Bibob toe te passen bij de verkoop en verhuur van gemeentelijk vastgoed, door inschrijvingen en bewoning van panden te controleren en door signalen van verschillende afdelingen te combineren. Het RIEC kan daarbij ondersteunen met advies en met het samenbrengen van informatie van partners.

## Vervolg

RIEC Midden-Nederland onderzoekt samen met beroepsorganisaties hoe de bewustwording verder kan worden vergroot, bijvoorbeeld met korte trainingen voor kantoren. Meer informatie over dit onderwerp vind je in de artikelen over vastgoedfraude en misbruik van legale beroepen op dit platform.""",
        "kind": "nieuws",
        "themes": ["bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["vastgoedfraude", "misbruik-van-legale-beroepen", "witwassen"],
        "regions": ["riec-midden-nederland"],
        "days_ago": 40,
        "references": [],
    },
    {
        "slug": "riec-noord-holland-aandacht-arbeidsuitbuiting",
        "title": "RIEC Noord-Holland vraagt aandacht voor signalen van arbeidsuitbuiting",
        "summary": (
            "RIEC Noord-Holland organiseerde een kennissessie over arbeidsuitbuiting voor gemeentelijke "
            "toezichthouders en partners. Deelnemers leerden signalen herkennen bij controles van "
            "bedrijven en huisvesting."
        ),
        "body": """## Uitbuiting blijft vaak onzichtbaar

Arbeidsuitbuiting is een vorm van mensenhandel. Slachtoffers werken onder slechte omstandigheden, tegen weinig of geen loon, en zijn vaak afhankelijk van hun werkgever voor huisvesting en vervoer. Omdat slachtoffers zich zelden zelf melden, blijft uitbuiting vaak onzichtbaar.

RIEC Noord-Holland organiseerde daarom een kennissessie voor toezichthouders van gemeenten en partners in de regio's Noord-Holland Noord, Zaanstreek-Waterland en Kennemerland.

## Wat kwam aan bod?

Tijdens de sessie werd stilgestaan bij:

- het verschil tussen slecht werkgeverschap en arbeidsuitbuiting;
- signalen bij controles van bedrijven, zoals lange werkdagen, ontbrekende contracten en ingehouden loon;
- signalen bij huisvesting, zoals veel mensen op één adres en huisvesting die door de werkgever wordt geregeld;
- de rol van uitzendbureaus en tussenpersonen;
- hoe je een gesprek voert met een mogelijk slachtoffer, zonder die persoon in gevaar te brengen.

## Samenwerking

De sessie werd gegeven in samenwerking met partners die dagelijks met het onderwerp te maken hebben, zoals politie en de Nederlandse Arbeidsinspectie. Zij lichtten toe wat er gebeurt nadat een signaal is doorgegeven. Ook werd uitgelegd welke rol gemeenten hebben bij de opvang van slachtoffers.

Deelnemers benadrukten dat een goede voorbereiding van controles belangrijk is. Spreek vooraf af wie het gesprek voert, zorg waar nodig voor een tolk en bedenk wat er gebeurt als er een vermoeden van uitbuiting ontstaat. Zo voorkom je dat een mogelijk slachtoffer na de controle alleen achterblijft.

## Mensenhandel als landelijk onderwerp

Mensenhandel is een van de onderwerpen waar alle RIEC's aan werken. Het LIEC ondersteunt de RIEC's daarbij en zorgt voor verbinding met landelijke partners.

## Vervolg

RIEC Noord-Holland wil de kennissessie herhalen voor andere doelgroepen, zoals medewerkers van burgerzaken en wijkteams. Lees ook de handreiking over het herkennen van mensenhandel en mensensmokkel op dit platform.""",
        "kind": "nieuws",
        "themes": ["bewustwording-en-organisatieontwikkeling", "informatiepositie"],
        "phenomena": ["mensenhandel-en-mensensmokkel"],
        "regions": ["riec-noord-holland"],
        "days_ago": 58,
        "references": [],
    },
    {
        "slug": "riec-amsterdam-amstelland-horeca-en-witwassen",
        "title": "RIEC Amsterdam-Amstelland informeert horecaondernemers over witwassen",
        "summary": (
            "Samen met gemeenten in de regio organiseerde RIEC Amsterdam-Amstelland een informatiebijeenkomst "
            "voor horecaondernemers. Centraal stonden de Wet Bibob en de risico's van crimineel geld in de "
            "horeca."
        ),
        "body": """## Eerlijke ondernemers beschermen

Horecazaken zijn kwetsbaar voor ondermijning. Criminelen kunnen een zaak gebruiken om geld wit te wassen, of een ondernemer in financiële nood een aantrekkelijke lening aanbieden. Dat leidt tot oneerlijke concurrentie en kan ondernemers afhankelijk maken van criminelen.

RIEC Amsterdam-Amstelland organiseerde daarom, samen met gemeenten in de regio, een informatiebijeenkomst voor horecaondernemers.

## Wat kwam aan bod?

De bijeenkomst ging onder meer over:

- de manier waarop crimineel geld de horeca binnenkomt, bijvoorbeeld via leningen of stille vennoten;
- signalen waar ondernemers op kunnen letten bij overname, financiering en verhuur;
- de Wet Bibob: waarom gemeenten vragen stellen over financiering en zakelijke relaties bij een vergunningaanvraag;
- hoe ondernemers zich kunnen voorbereiden op een Bibob-toets;
- waar ondernemers terechtkunnen als zij worden benaderd of onder druk gezet.

## Bibob is er ook voor ondernemers

## Signalen voor ondernemers

Ondernemers kregen een aantal concrete signalen mee. Wees alert als iemand je zaak wil overnemen tegen een prijs die te mooi lijkt om waar te zijn. Of als een financier geen vragen stelt, maar wel invloed wil op de bedrijfsvoering. Ook een leverancier die alleen contant wil werken, of een investeerder die niet met naam in de papieren wil staan, kan een signaal zijn.

## Bibob in het belang van ondernemers

Een belangrijke boodschap van de bijeenkomst was dat de Wet Bibob ook in het belang is van eerlijke ondernemers. Door te voorkomen dat crimineel geld in de horeca terechtkomt, blijft er een eerlijk speelveld. Ondernemers gaven aan dat zij het Bibob-vragenformulier soms ingewikkeld vinden. De gemeenten namen dat mee als aandachtspunt voor hun informatievoorziening.

## Vervolg

RIEC Amsterdam-Amstelland en de gemeenten willen het gesprek met de horecabranche voortzetten. Ondernemers die vragen hebben over de Wet Bibob, kunnen terecht bij hun gemeente. Algemene informatie over de wet staat op de website van [Justis](https://www.justis.nl/producten/bibob).""",
        "kind": "nieuws",
        "themes": ["beleid-en-handhaving", "communicatie"],
        "phenomena": ["witwassen"],
        "regions": ["riec-amsterdam-amstelland"],
        "days_ago": 75,
        "references": [],
    },
    {
        "slug": "riec-den-haag-werksessie-communicatie",
        "title": "RIEC Den Haag organiseert werksessie voor communicatieadviseurs",
        "summary": (
            "Communicatieadviseurs van gemeenten in Haaglanden en Hollands Midden kwamen bij elkaar op "
            "uitnodiging van RIEC Den Haag. Ze wisselden ervaringen uit over communiceren bij de aanpak van "
            "ondermijning, bijvoorbeeld bij de sluiting van een pand."
        ),
        "body": """## Communicatie als onderdeel van de aanpak

Communicatie is een belangrijk onderdeel van de aanpak van ondermijning. Het laat zien dat de overheid optreedt en het moedigt inwoners aan om signalen te melden. Maar communiceren over ondermijning is niet eenvoudig. RIEC Den Haag organiseerde daarom een werksessie voor communicatieadviseurs van gemeenten in de regio's Haaglanden en Hollands Midden.

## Wat kwam aan bod?

De deelnemers werkten aan de hand van herkenbare situaties, zoals:

- de sluiting van een woning of bedrijfspand op grond van de Opiumwet;
- een integrale controle in een winkelstraat of op een bedrijventerrein;
- een incident met geweld in een woonwijk;
- een campagne om inwoners te wijzen op meldmogelijkheden.

Per situatie werd besproken wat de boodschap is, wie de doelgroep is en met welke partners moet worden afgestemd.

## Defensief en mobiliserend

In de werksessie kwam het onderscheid tussen defensieve en mobiliserende communicatie aan bod. Defensieve communicatie richt zich tegen ondermijnende krachten, bijvoorbeeld door resultaten zichtbaar te maken. Mobiliserende communicatie versterkt positieve krachten, zoals bewoners en ondernemers die zich inzetten voor hun buurt. Deelnemers gaven aan dat de mobiliserende kant vaak nog onderbelicht is. Als voorbeeld werd genoemd dat een gemeente na een sluiting niet alleen het besluit bekendmaakt, maar ook de buurt informeert over wat er verder gebeurt en waar bewoners met vragen terechtkunnen.

## Aandachtspunten

Deelnemers deelden ook aandachtspunten voor zorgvuldige woordvoering:

- voorkom dat berichten een onderzoek schaden;
- denk aan de veiligheid van betrokken medewerkers en bestuurders;
- houd rekening met buren en familieleden die onschuldig zijn;
- geef criminelen geen podium.

## Vervolg

De deelnemers willen een regionaal netwerk van communicatieadviseurs opzetten, zodat zij elkaar snel kunnen vinden. RIEC Den Haag ondersteunt dit. Lees ook de handreiking over communiceren over ondermijning op dit platform.""",
        "kind": "nieuws",
        "themes": ["communicatie"],
        "phenomena": ["drugs-en-hennepteelt"],
        "regions": ["riec-den-haag"],
        "days_ago": 95,
        "references": [],
    },
    {
        "slug": "riec-rotterdam-weerbaarheid-logistieke-sector",
        "title": "RIEC Rotterdam werkt aan weerbaarheid in de logistieke sector",
        "summary": (
            "Havens en logistieke bedrijven zijn vitaal voor de economie, maar ook voor de criminele drugsindustrie. "
            "RIEC Rotterdam organiseerde met partners een bijeenkomst over het herkennen en weerstaan van "
            "criminele benadering van medewerkers."
        ),
        "body": """## Een vitale sector onder druk

Logistieke sectoren en locaties zijn vitaal voor het succes van de criminele industrie. Via havens worden drugs, vooral cocaïne, naar Europa gesmokkeld. Daarvoor hebben criminelen mensen nodig die toegang hebben tot containers, terminals en systemen. Medewerkers in de haven en de logistiek worden daarom benaderd, omgekocht of onder druk gezet.

RIEC Rotterdam organiseerde samen met partners een bijeenkomst over de weerbaarheid van de logistieke sector in de regio Rotterdam-Rijnmond.

## Wie waren er?

Aan de bijeenkomst namen vertegenwoordigers deel van logistieke bedrijven, gemeenten, politie, Douane en Openbaar Ministerie. Ook werkgevers en beveiligingsverantwoordelijken waren aanwezig.

## Wat kwam aan bod?

De bijeenkomst ging onder meer over:

- de manier waarop criminelen medewerkers benaderen, van een onschuldig lijkend verzoek tot bedreiging;
- signalen dat een collega mogelijk onder druk staat;
- het belang van screening en toegangsbeheer;
- hoe een bedrijf een veilige meldcultuur kan creëren;
- de gevolgen voor medewerkers die meewerken, en voor hun omgeving.

Ook werd besproken hoe jongeren uit wijken rond het havengebied worden geronseld voor het uithalen van drugs uit containers. Preventie en perspectief voor deze jongeren zijn daarom een belangrijk onderdeel van de aanpak. Gemeenten, scholen en jongerenwerk spelen daarin een rol.

## Samen optrekken

Deelnemers benadrukten dat geen enkele partij dit alleen kan oplossen. Bedrijven kunnen hun processen beter beveiligen, de overheid kan optreden en preventie versterken, en medewerkers kunnen signalen melden. Die gezamenlijke inzet past bij de missie van het RIEC-LIEC-netwerk: het versterken van maatschappelijke tegenkracht.

## Vervolg

RIEC Rotterdam en de partners werken aan vervolgbijeenkomsten per deelsector. Lees ook het artikel over misbruik van legale beroepen op dit platform.""",
        "kind": "nieuws",
        "themes": ["integriteit-en-veilige-werkomgeving", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["drugs-en-hennepteelt", "misbruik-van-legale-beroepen"],
        "regions": ["riec-rotterdam"],
        "days_ago": 120,
        "references": [],
    },
    {
        "slug": "brabantse-riecs-aanpak-drugsafval",
        "title": "Brabantse RIEC's vragen aandacht voor gedumpt drugsafval",
        "summary": (
            "RIEC Zeeland-West-Brabant en RIEC Oost-Brabant brachten samen met partners het probleem van "
            "gedumpt drugsafval onder de aandacht. Een voorlichtingsactiviteit richtte zich op bewoners, "
            "boeren en natuurbeheerders in het buitengebied."
        ),
        "body": """## Een gevaarlijk probleem

Bij de productie van synthetische drugs blijft chemisch afval over. Criminelen dumpen dat afval vaak in het buitengebied: in bossen, sloten, op akkers of in een gehuurde schuur. Dat is gevaarlijk voor mens, dier en milieu. De kosten van het opruimen komen vaak terecht bij grondeigenaren, gemeenten of provincie.

RIEC Zeeland-West-Brabant en RIEC Oost-Brabant brachten het probleem samen met partners onder de aandacht. Beide regio's hebben te maken met drugsafval en werken daarom samen.

## Voorlichting voor het buitengebied

Met voorlichting werden bewoners, agrarische ondernemers en natuurbeheerders in Zeeland en Noord-Brabant geïnformeerd over:

- hoe drugsafval eruitziet, bijvoorbeeld jerrycans, vaten of plassen met een chemische geur;
- wat je moet doen als je drugsafval vindt: niet aanraken, afstand houden en de politie bellen;
- hoe criminelen eigenaren benaderen om een schuur of perceel te huren;
- waar je signalen kunt melden, ook anoniem.

## Waarom gezamenlijk?

Drugscriminaliteit houdt zich niet aan regiogrenzen. Afval dat in de ene regio wordt geproduceerd, wordt soms in een andere regio gedumpt. Door samen op te trekken, versterken de RIEC's elkaars aanpak. Ook provincies, waterschappen, terreinbeheerders en gemeenten zijn betrokken.

## Bestuurlijke aanpak

Naast voorlichting kijken de partners naar bestuurlijke maatregelen. Gemeenten kunnen bijvoorbeeld optreden tegen het illegaal gebruik van panden en de burgemeester kan een pand sluiten op grond van de Opiumwet. Verder is er aandacht voor ondersteuning van slachtoffers, zoals grondeigenaren die met de opruimkosten blijven zitten. Ook wordt bekeken hoe informatie over vondsten van drugsafval beter kan worden gedeeld, zodat partners patronen eerder herkennen.

## Vervolg

De RIEC's willen de voorlichting herhalen en uitbreiden naar andere doelgroepen. Lees ook het artikel over ondermijning in het buitengebied op dit platform.""",
        "kind": "nieuws",
        "themes": ["communicatie", "beleid-en-handhaving"],
        "phenomena": ["drugs-en-hennepteelt", "buitengebied"],
        "regions": ["riec-zeeland-west-brabant", "riec-oost-brabant"],
        "days_ago": 140,
        "references": [],
    },
    {
        "slug": "riec-oost-brabant-informatiesessie-bestuurlijke-signalen",
        "title": "RIEC Oost-Brabant geeft informatiesessie over bestuurlijke signalen",
        "summary": (
            "Hoe maak je een knelpunt in regels of beleid zichtbaar voor de Rijksoverheid? RIEC Oost-Brabant "
            "organiseerde een informatiesessie voor gemeenten en partners over bestuurlijke signalen en het "
            "Landelijk Loket Bestuurlijke Signalen."
        ),
        "body": """## Knelpunten zichtbaar maken

Bij de aanpak van ondermijning lopen professionals regelmatig aan tegen knelpunten in wet- en regelgeving of in de uitvoering. Een vergunning die niet nodig is, een register zonder controle of informatie die niet mag worden gedeeld. Zulke handhavingsknelpunten bieden criminelen kansen.

RIEC Oost-Brabant organiseerde daarom een informatiesessie voor gemeenten en partners in de regio's Brabant-Noord en Brabant-Zuidoost over het opstellen van bestuurlijke signalen.

## Wat is een bestuurlijk signaal?

Een bestuurlijk signaal vraagt op basis van ervaringen uit de praktijk aandacht voor structurele knelpunten en kwetsbaarheden in legale processen. Het doel is dat die kwetsbaarheden worden weggenomen met aangepast beleid of nieuwe regels. Signalen worden verzameld door het Landelijk Loket Bestuurlijke Signalen bij het LIEC, dat ze aanbiedt aan de betrokken bewindspersonen.

## Wat kwam aan bod?

In de sessie werd besproken:

- wanneer een knelpunt geschikt is voor een bestuurlijk signaal;
- hoe je een signaal opstelt: kort, concreet en zonder herleidbare persoonsgegevens;
- welke knelpunten de gemeente zelf kan oplossen, bijvoorbeeld via de APV;
- hoe het RIEC kan helpen bij het opstellen en doorsturen van een signaal.

Deelnemers brachten zelf voorbeelden in van knelpunten uit hun werk. Die werden in groepjes uitgewerkt tot een eerste opzet. Daarbij bleek dat niet elk knelpunt om een landelijke oplossing vraagt: soms is een betere afspraak tussen partners in de regio al voldoende.

## Waarom het ertoe doet

Een bestuurlijk signaal vormt de schakel tussen de praktijk en het beleid. Omdat alle signalen landelijk samenkomen, ontstaat een overzicht van knelpunten die in meerdere regio's spelen. Zo kan de aanpak van ondermijning structureel worden versterkt.

## Vervolg

RIEC Oost-Brabant nodigt gemeenten en partners uit om knelpunten te blijven melden. Lees ook het artikel over het Landelijk Loket Bestuurlijke Signalen op dit platform.""",
        "kind": "nieuws",
        "themes": ["beleid-en-handhaving", "informatiepositie"],
        "phenomena": ["handhavingsknelpunten"],
        "regions": ["riec-oost-brabant"],
        "days_ago": 150,
        "references": [],
    },
    {
        "slug": "riecs-noord-en-oost-nederland-kennisdeling-outlaw-motorgangs",
        "title": "RIEC's in Noord- en Oost-Nederland delen kennis over outlaw motorgangs",
        "summary": (
            "RIEC Noord-Nederland en RIEC Oost-Nederland organiseerden een gezamenlijke kennisbijeenkomst over "
            "de bestuurlijke aanpak van outlaw motorgangs. Gemeenten wisselden ervaringen uit over clubhuizen, "
            "evenementen en het beschermen van medewerkers."
        ),
        "body": """## Een regio-overstijgend fenomeen

Outlaw motorgangs hebben afdelingen in het hele land. Wat in de ene gemeente gebeurt, heeft vaak gevolgen in een andere gemeente. Daarom is uitwisseling van kennis en ervaring tussen regio's belangrijk.

RIEC Noord-Nederland en RIEC Oost-Nederland organiseerden een gezamenlijke kennisbijeenkomst voor gemeenten uit Groningen, Friesland, Drenthe, Gelderland en Overijssel. Ook politie en Openbaar Ministerie waren vertegenwoordigd.

## Wat kwam aan bod?

De bijeenkomst ging over de bestuurlijke kant van de integrale aanpak, zoals:

- het in beeld brengen van clubhuizen en de activiteiten die daar plaatsvinden;
- de mogelijkheden van de APV en het horecabeleid, bijvoorbeeld rond het dragen van clubkleding;
- de voorbereiding op evenementen zoals toertochten en bijeenkomsten;
- het toepassen van de Wet Bibob bij bedrijven met banden met motorgangs;
- de veiligheid van medewerkers en bestuurders die bij de aanpak betrokken zijn.

## Leren van elkaar

Gemeenten die al ervaring hebben met de aanpak, deelden hun lessen. Een belangrijke les was dat een goede voorbereiding en afstemming met politie en Openbaar Ministerie essentieel zijn. Ook werd benadrukt dat communicatie zorgvuldig moet gebeuren, zodat berichten niet bijdragen aan de reputatie van een club. Verder kwam naar voren dat gemeenten baat hebben bij vaste contactpersonen bij politie en RIEC, zodat zij snel kunnen schakelen als zich een incident voordoet.

## Landelijke verbinding

Het LIEC draagt bij aan een gecoördineerde landelijke aanpak van outlaw motorgangs en verbindt de RIEC's met landelijke partners. Ervaringen uit deze bijeenkomst worden via het netwerk gedeeld, zodat ook andere regio's ervan kunnen leren.

## Vervolg

De twee RIEC's willen vaker gezamenlijke bijeenkomsten organiseren over fenomenen die de regiogrenzen overstijgen. Lees ook het artikel over de integrale aanpak van outlaw motorgangs op dit platform.""",
        "kind": "nieuws",
        "themes": ["beleid-en-handhaving", "informatiepositie"],
        "phenomena": ["outlaw-motorgangs"],
        "regions": ["riec-noord-nederland", "riec-oost-nederland"],
        "days_ago": 100,
        "references": [],
    },
    {
        "slug": "vernieuwde-kennisbank-kennisplatform-ondermijning",
        "title": "Vernieuwde kennisbank op het Kennisplatform Ondermijning",
        "summary": (
            "De openbare kennisbank van het Kennisplatform Ondermijning is vernieuwd. Artikelen zijn nu "
            "makkelijker te vinden op thema, fenomeen en regio, en er is nieuws uit de tien RIEC-regio's."
        ),
        "body": """## Kennis sneller vinden

De kennisbank van het Kennisplatform Ondermijning (KPO) is vernieuwd. Het LIEC en de RIEC's willen het professionals zo makkelijk mogelijk maken om kennis over de aanpak van ondermijning te vinden en te delen. De vernieuwde kennisbank helpt daarbij.

## Wat is er nieuw?

- **Zoeken op thema.** Artikelen zijn gekoppeld aan de vijf thema's van bestuurlijke weerbaarheid: bewustwording en organisatieontwikkeling, informatiepositie, beleid en handhaving, integriteit en veilige werkomgeving, en communicatie.
- **Zoeken op fenomeen.** Je vindt snel informatie over onder meer drugs en hennepteelt, vastgoedfraude, zorgfraude, mensenhandel, outlaw motorgangs, witwassen en ondermijning in het buitengebied.
- **Nieuws uit de regio's.** Per RIEC-regio zie je welke activiteiten er plaatsvinden.
- **Soorten artikelen.** Je kunt kiezen uit achtergrondartikelen, artikelen over aanpak en instrumenten, handreikingen, praktijkvoorbeelden en nieuws.
- **Bronnen.** Bij artikelen staan verwijzingen naar relevante websites, rapporten en boeken.

Artikelen worden regelmatig gecontroleerd en waar nodig bijgewerkt. Zo blijft de informatie actueel, ook als wetgeving of werkwijzen veranderen.

## Openbaar en besloten

De kennisbank is voor iedereen toegankelijk. Professionals die werken bij een convenantpartner van het RIEC-LIEC-bestel, kunnen zich daarnaast registreren voor het besloten deel. Daar vinden zij documenten die niet openbaar zijn en een netwerktool om in contact te komen met collega's uit heel Nederland.

## Bijdragen welkom

Een kennisplatform is zo sterk als de kennis die erin wordt gedeeld. Heb je een praktijkvoorbeeld, een handreiking of nieuws uit je regio? Neem dan contact op met het RIEC in je regio of met het [LIEC](https://www.liec.nl).

## Ook handig

Test je kennis over ondermijning met de app Ondermijning, die gratis te downloaden is in de Google Play Store en de Apple App Store.""",
        "kind": "nieuws",
        "themes": ["bewustwording-en-organisatieontwikkeling", "informatiepositie"],
        "phenomena": [],
        "regions": ["liec"],
        "days_ago": 1,
        "references": [],
    },
]

DRAFT_AND_FUTURE_ARTICLES = [
    {
        "slug": "concept-handreiking-vakantieparken",
        "title": "Concept: handreiking ondermijning op vakantieparken",
        "summary": (
            "Conceptversie van een handreiking over criminele belangstelling voor vakantieparken en de "
            "mogelijkheden van gemeenten om daartegen op te treden. Nog niet gepubliceerd."
        ),
        "body": """## Let op: concept

Dit is een conceptversie. De tekst wordt nog aangevuld en is niet bedoeld voor publicatie.

## Waarom vakantieparken?

Vakantieparken in het buitengebied kunnen aantrekkelijk zijn voor criminelen. Zij liggen vaak afgelegen, er is veel verloop van bewoners en het toezicht is beperkt. Sommige parken worden niet meer voor recreatie gebruikt, maar voor permanente bewoning, soms door mensen in een kwetsbare positie. Dat kan kansen bieden voor ondermijnende activiteiten, zoals hennepteelt, drugsopslag, uitbuiting en witwassen via de aankoop van chalets.

## Mogelijke signalen

- veel wisselende bewoners en inschrijvingen op parkadressen;
- chalets met afgeplakte ramen of opvallend hoog stroomverbruik;
- parkeigenaren of beheerders die geen zicht hebben op wie er verblijft;
- aankoop van meerdere chalets door dezelfde partij, met onduidelijke financiering.

## Mogelijke aanpak

1. Breng de parken in de gemeente en hun gebruik in beeld.
2. Voer integrale controles uit met partners.
3. Maak afspraken met parkeigenaren over toegang en registratie.
4. Kijk naar de toekomst van parken, bijvoorbeeld herstructurering of een andere bestemming.
5. Zorg voor hulp aan kwetsbare bewoners.

## Nog uit te werken

- de rol van provincies en recreatieschappen;
- de inzet van de Wet Bibob bij de verkoop van parken;
- ervaringen uit verschillende RIEC-regio's;
- communicatie richting bewoners en recreanten.

## Samenwerking

Bij de aanpak van vakantieparken werken gemeenten vaak samen met politie, Belastingdienst, de Nederlandse Arbeidsinspectie en het RIEC. Ook parkeigenaren en recreatieondernemers zijn belangrijke partners.

Reacties op dit concept kunnen worden gedeeld met de redactie van het Kennisplatform Ondermijning.""",
        "kind": "handreiking",
        "themes": ["beleid-en-handhaving"],
        "phenomena": ["buitengebied"],
        "regions": [],
        "days_ago": 5,
        "status": "draft",
        "references": [],
    },
    {
        "slug": "aangekondigd-themanummer-code-geel-weerbaarheid",
        "title": "Binnenkort: themanummer van Code Geel over bestuurlijke weerbaarheid",
        "summary": (
            "Het LIEC brengt een themanummer uit van het digitale magazine Code Geel over bestuurlijke "
            "weerbaarheid. Dit bericht wordt op een later moment gepubliceerd."
        ),
        "body": """## Een themanummer over weerbaarheid

Het LIEC brengt een nieuw themanummer uit van het digitale magazine Code Geel. Dit nummer staat in het teken van bestuurlijke weerbaarheid tegen ondermijning.

Weerbaarheid is niet alleen een zaak van de afdeling Veiligheid. Criminele verdienmodellen zoals zorgfraude, vastgoedfraude en economische inmenging raken de hele organisatie. Het themanummer laat zien hoe overheidsorganisaties zich daartegen kunnen wapenen.

## Wat kun je verwachten?

Het themanummer besteedt aandacht aan de vijf thema's waarop de RIEC's gemeenten ondersteunen:

1. bewustwording en organisatieontwikkeling;
2. informatiepositie;
3. beleid en handhaving;
4. integriteit en veilige werkomgeving;
5. communicatie.

Per thema komen ervaringen uit de praktijk aan bod, aangevuld met tips en verwijzingen naar handreikingen op het Kennisplatform Ondermijning. Ook wordt ingegaan op de vraag hoe een organisatie weerbaarheid structureel kan borgen, zodat het geen eenmalig project blijft. Daarbij is aandacht voor de rol van bestuurders, leidinggevenden en medewerkers in de uitvoering.

## Voor wie?

Het themanummer is bedoeld voor bestuurders, raadsleden, ambtenaren en andere professionals die met de aanpak van ondermijning te maken hebben. Ook voor medewerkers buiten het veiligheidsdomein, zoals in het sociaal domein, bij vergunningverlening en bij burgerzaken, is het de moeite waard.

## Hoe ontvang je het?

Het themanummer wordt verspreid via het RIEC-LIEC-netwerk en is te vinden op dit platform zodra het verschijnt. Meer informatie over het LIEC vind je op [liec.nl](https://www.liec.nl).

## Meedenken?

Heb je een praktijkvoorbeeld over bestuurlijke weerbaarheid dat je wilt delen? Neem contact op met het RIEC in je regio. Goede voorbeelden kunnen een plek krijgen op het Kennisplatform Ondermijning.""",
        "kind": "nieuws",
        "themes": ["communicatie", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["zorgfraude", "vastgoedfraude"],
        "regions": ["liec"],
        "days_ago": -30,
        "references": [],
    },
]
