"""Demo quiz and signals for the Kennisplatform Ondermijning (KPO).

Pure data: six quiz levels, questions with one correct answer each, and signals of
ondermijning per phenomenon and setting. Written from the seed texts about the RIEC-LIEC
network and well-known public information. Loaded by knowledge/demo.py (seed_quiz).
"""

LEVELS = [
    {
        "level": 1,
        "name": "Basis",
        "description": "Wat is ondermijning, en wie pakken het aan?",
    },
    {
        "level": 2,
        "name": "Partners",
        "description": "De RIEC's, het LIEC en de convenantpartners.",
    },
    {
        "level": 3,
        "name": "Instrumenten",
        "description": "Bibob, bestuurlijke aanpak en informatie delen.",
    },
    {
        "level": 4,
        "name": "Signalen",
        "description": "Herken ondermijning aan de balie, in vastgoed en in het buitengebied.",
    },
    {
        "level": 5,
        "name": "Fenomenen",
        "description": "Drugs, witwassen, mensenhandel, zorgfraude en meer.",
    },
    {
        "level": 6,
        "name": "Expert",
        "description": "Voor wie de aanpak van binnen en buiten kent.",
    },
]

QUESTIONS = [
    # ------------------------------------------------------------------ niveau 1: Basis
    {
        "level": 1,
        "text": "Hoeveel Regionale Informatie- en Expertisecentra (RIEC's) zijn er in Nederland?",
        "choices": [("Vijf", False), ("Tien", True), ("Twaalf", False), ("Vijfentwintig", False)],
        "explanation": (
            "Nederland is verdeeld in tien RIEC's. Samen met het LIEC vormen zij een landelijk dekkende "
            "netwerkorganisatie tegen georganiseerde ondermijnende criminaliteit."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["wat-doen-de-riecs-en-het-liec"],
    },
    {
        "level": 1,
        "text": "Waar staat de afkorting LIEC voor?",
        "choices": [
            ("Landelijk Informatie- en Expertisecentrum", True),
            ("Landelijk Inspectie- en Eenheidscentrum", False),
            ("Lokaal Integriteits- en Expertisecollege", False),
            ("Landelijke Informatiedienst Economische Criminaliteit", False),
        ],
        "explanation": (
            "LIEC staat voor Landelijk Informatie- en Expertisecentrum. Het LIEC verbindt de tien RIEC's met "
            "elkaar en met de landelijke partners."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["wat-doen-de-riecs-en-het-liec"],
    },
    {
        "level": 1,
        "text": "Wanneer spreken we van georganiseerde ondermijnende criminaliteit?",
        "choices": [
            ("Als iemand een keer door rood rijdt of zijn afval verkeerd buitenzet", False),
            ("Als criminelen legale bedrijven en diensten gebruiken voor illegale activiteiten", True),
            ("Als inwoners kritiek hebben op een besluit van de gemeente", False),
            ("Als een bedrijf failliet gaat door slechte bedrijfsvoering", False),
        ],
        "explanation": (
            "Als criminelen gebruikmaken van legale bedrijven en diensten voor illegale activiteiten, noemen we "
            "dat georganiseerde ondermijnende criminaliteit. Daarbij beïnvloeden of onderdrukken zij vaak ook "
            "onschuldige mensen."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": None,
        "articles": ["wat-is-ondermijning"],
    },
    {
        "level": 1,
        "text": "Wat is een belangrijk gevolg van ondermijning voor de samenleving?",
        "choices": [
            ("De bovenwereld en de onderwereld raken met elkaar verweven", True),
            ("Er komen meer vergunningen beschikbaar voor ondernemers", False),
            ("De belastingen gaan automatisch omlaag", False),
        ],
        "explanation": (
            "Door ondermijning raken bovenwereld en onderwereld met elkaar verweven. Daardoor nemen het gevoel "
            "van veiligheid en de leefbaarheid af, en wordt de rechtsstaat aangetast."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": None,
        "articles": ["wat-is-ondermijning"],
    },
    {
        "level": 1,
        "text": "Welke situatie is een voorbeeld van ondermijning?",
        "choices": [
            ("Een inwoner dient een bezwaarschrift in tegen een bouwvergunning", False),
            ("Een buurman laat zijn heg te hoog groeien", False),
            ("Een elektricien wordt ingehuurd om de stroom aan te leggen voor een hennepkwekerij", True),
            ("Een winkel verlaagt de prijzen tijdens de uitverkoop", False),
        ],
        "explanation": (
            "Criminelen hebben vakmensen nodig, zoals een elektricien voor de aanleg van een hennepkwekerij. "
            "Zo wordt een legale dienst gebruikt voor een illegale activiteit. Dat is ondermijning."
        ),
        "theme": None,
        "phenomenon": "drugs-en-hennepteelt",
        "articles": ["wat-is-ondermijning", "signalen-van-drugs-en-hennepteelt"],
    },
    {
        "level": 1,
        "text": "Welk deel van een gemeente moet weerbaar zijn tegen ondermijning?",
        "choices": [
            ("Alleen de afdeling Veiligheid", False),
            ("Alleen de burgemeester", False),
            ("De hele organisatie", True),
            ("Alleen de afdeling Burgerzaken", False),
        ],
        "explanation": (
            "Ondermijning is een maatschappelijk probleem waartegen de hele organisatie weerbaar moet zijn. "
            "Ook afdelingen als economische zaken, vastgoed, het sociaal domein en burgerzaken hebben ermee te maken."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": None,
        "articles": ["bestuurlijke-weerbaarheid-van-gemeenten"],
    },
    {
        "level": 1,
        "text": "Wat is de missie van het RIEC-LIEC-netwerk?",
        "choices": [
            ("Het opsporen en berechten van verdachten", False),
            ("Het verlenen van vergunningen aan horecazaken", False),
            ("Het innen van belastingen bij criminele bedrijven", False),
            ("Het versterken van maatschappelijke tegenkracht om criminele ondermijning te stoppen", True),
        ],
        "explanation": (
            "De missie van de RIEC's en het LIEC is het versterken van maatschappelijke tegenkracht om de criminele "
            "ondermijning van onze samenleving te stoppen. Opsporen en berechten is de taak van andere partners, "
            "zoals politie, Openbaar Ministerie en rechter."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["wat-doen-de-riecs-en-het-liec"],
    },
    {
        "level": 1,
        "text": "Waar staat de afkorting KPO voor?",
        "choices": [
            ("Kenniscentrum Politie en Openbaar Ministerie", False),
            ("Kennisplatform Ondermijning", True),
            ("Kwaliteitsprogramma Openbare Orde", False),
        ],
        "explanation": (
            "KPO staat voor Kennisplatform Ondermijning. Het platform maakt het makkelijker om kennis, ervaring en "
            "informatie over de aanpak van ondermijnende criminaliteit te delen."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": None,
        "articles": ["over-het-kennisplatform-ondermijning"],
    },
    {
        "level": 1,
        "text": "Uit welke twee onderdelen bestaat de app Ondermijning?",
        "choices": [
            ("Een meldknop voor aangifte en een kaart met misdaadcijfers", False),
            ("Een overzicht van lopende strafzaken en een chatfunctie", False),
            ("Een spel met vragen en antwoorden en een kennisbank", True),
        ],
        "explanation": (
            "De app Ondermijning bestaat uit een spel met vragen en antwoorden en een kennisbank. De kennisbank "
            "verwijst je naar relevante artikelen, websites en boeken."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": None,
        "articles": ["app-ondermijning"],
    },
    {
        "level": 1,
        "text": "Je ziet in je werk een signaal dat kan wijzen op ondermijning. Wat is een goede eerste stap?",
        "choices": [
            ("Het signaal bespreken met je leidinggevende of het aanspreekpunt ondermijning", True),
            ("Zelf op onderzoek uitgaan en de persoon aanspreken", False),
            ("Het signaal op sociale media zetten, zodat iedereen gewaarschuwd is", False),
            ("Niets doen, want één signaal zegt nooit iets", False),
        ],
        "explanation": (
            "Bespreek een signaal met je leidinggevende of de contactpersoon ondermijning in je organisatie. Zij "
            "weten hoe een signaal veilig en zorgvuldig kan worden doorgegeven, bijvoorbeeld aan het RIEC."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": None,
        "articles": ["wat-is-ondermijning", "handreiking-bewustwording-en-organisatieontwikkeling"],
    },
    # ------------------------------------------------------------------ niveau 2: Partners
    {
        "level": 2,
        "text": "Welk van deze RIEC's bestaat niet?",
        "choices": [
            ("RIEC Zeeland-West-Brabant", False),
            ("RIEC Oost-Nederland", False),
            ("RIEC Flevoland", True),
            ("RIEC Limburg", False),
        ],
        "explanation": (
            "De tien RIEC's zijn Noord-Nederland, Oost-Nederland, Midden-Nederland, Noord-Holland, "
            "Amsterdam-Amstelland, Den Haag, Rotterdam, Zeeland-West-Brabant, Oost-Brabant en Limburg. "
            "Flevoland valt onder RIEC Midden-Nederland."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["wat-doen-de-riecs-en-het-liec"],
    },
    {
        "level": 2,
        "text": "Welk RIEC werkt in de provincies Groningen, Friesland en Drenthe?",
        "choices": [
            ("RIEC Noord-Holland", False),
            ("RIEC Midden-Nederland", False),
            ("RIEC Oost-Nederland", False),
            ("RIEC Noord-Nederland", True),
        ],
        "explanation": (
            "RIEC Noord-Nederland werkt in Groningen, Friesland en Drenthe. RIEC Noord-Holland werkt in een deel "
            "van de provincie Noord-Holland."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["wat-doen-de-riecs-en-het-liec", "riec-noord-nederland-weerbaar-bestuur-raadsleden"],
    },
    {
        "level": 2,
        "text": "Welke organisatie is een van de RIEC-LIEC-convenantpartners?",
        "choices": [
            ("De Autoriteit Consument & Markt (ACM)", False),
            ("Het Centraal Bureau voor de Statistiek (CBS)", False),
            ("De Nederlandse Voedsel- en Warenautoriteit (NVWA)", True),
            ("De Consumentenbond", False),
        ],
        "explanation": (
            "De NVWA is een van de convenantpartners. Andere partners zijn onder meer gemeenten, provincies, "
            "Openbaar Ministerie, Nationale Politie, Belastingdienst, Douane, FIOD, Arbeidsinspectie, "
            "Koninklijke Marechaussee, IND en UWV."
        ),
        "theme": "informatiepositie",
        "phenomenon": None,
        "articles": ["het-riec-convenant-en-de-partners"],
    },
    {
        "level": 2,
        "text": "Welke organisatie is géén convenantpartner van het RIEC-LIEC-bestel?",
        "choices": [
            ("Belastingdienst/Toeslagen", False),
            ("Immigratie- en Naturalisatiedienst (IND)", False),
            ("Uitvoeringsinstituut Werknemersverzekeringen (UWV)", False),
            ("De Nederlandsche Bank (DNB)", True),
        ],
        "explanation": (
            "Belastingdienst/Toeslagen, IND en UWV zijn convenantpartners. De Nederlandsche Bank staat niet in de "
            "lijst van convenantpartners."
        ),
        "theme": "informatiepositie",
        "phenomenon": None,
        "articles": ["het-riec-convenant-en-de-partners"],
    },
    {
        "level": 2,
        "text": "Waar staat de afkorting FIOD voor?",
        "choices": [
            ("Fiscale inlichtingen- en opsporingsdienst", True),
            ("Financieel Inspectie- en Onderzoeksdepartement", False),
            ("Federale Informatiedienst voor Opsporing en Douane", False),
        ],
        "explanation": (
            "FIOD staat voor Fiscale inlichtingen- en opsporingsdienst. De FIOD is de opsporingsdienst van de "
            "Belastingdienst en een van de convenantpartners."
        ),
        "theme": None,
        "phenomenon": "witwassen",
        "articles": ["het-riec-convenant-en-de-partners"],
    },
    {
        "level": 2,
        "text": "Onder welke naam stond de Nederlandse Arbeidsinspectie eerder bekend?",
        "choices": [
            ("Het Arbeidsbureau", False),
            ("Inspectie Sociale Zaken en Werkgelegenheid (Inspectie SZW)", True),
            ("De Nationale ombudsman", False),
        ],
        "explanation": (
            "De Nederlandse Arbeidsinspectie (NLA) heette eerder Inspectie SZW. In oudere teksten over het "
            "convenant kom je daarom nog de naam Inspectie SZW tegen."
        ),
        "theme": None,
        "phenomenon": "mensenhandel-en-mensensmokkel",
        "articles": ["het-riec-convenant-en-de-partners"],
    },
    {
        "level": 2,
        "text": "Hoe verhoudt het LIEC zich tot de RIEC's?",
        "choices": [
            ("Het LIEC is de baas van de RIEC's en geeft hun opdrachten", False),
            ("De RIEC's zijn de baas van het LIEC", False),
            ("Het LIEC en de RIEC's werken los van elkaar", False),
            ("Het LIEC staat niet boven de RIEC's, maar ondersteunt en verbindt hen", True),
        ],
        "explanation": (
            "Het LIEC staat op geen enkele manier in een hiërarchische relatie tot de RIEC's. Het ondersteunt de "
            "RIEC's en zorgt voor verbinding met de landelijke partners."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["wat-doen-de-riecs-en-het-liec"],
    },
    {
        "level": 2,
        "text": "Wie stuurt een RIEC aan?",
        "choices": [
            ("Het LIEC", False),
            ("De Nationale Politie", False),
            ("Een zelfstandige regionale stuurgroep", True),
            ("De Tweede Kamer", False),
        ],
        "explanation": (
            "Elk RIEC werkt binnen de grenzen van de eigen regio, onder aansturing van een zelfstandige regionale "
            "stuurgroep."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["wat-doen-de-riecs-en-het-liec"],
    },
    {
        "level": 2,
        "text": "Op welke vlakken ondersteunt het LIEC de RIEC's onder meer?",
        "choices": [
            ("Arrestaties, huiszoekingen en vervolging", False),
            ("Rechtspraak en het opleggen van straffen", False),
            ("Kennisontwikkeling, juridische ondersteuning, communicatie en ICT", True),
        ],
        "explanation": (
            "Het LIEC ondersteunt de RIEC's met specialistische kennis, zoals kennisontwikkeling, juridische "
            "ondersteuning, communicatie en ICT. Opsporing en vervolging horen bij politie en Openbaar Ministerie."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["wat-doen-de-riecs-en-het-liec"],
    },
    {
        "level": 2,
        "text": "Wie kan zich registreren voor het besloten deel van het Kennisplatform Ondermijning?",
        "choices": [
            ("Iedere inwoner van Nederland", False),
            ("Alleen burgemeesters en wethouders", False),
            ("Professionals die werken bij een convenantpartner van het RIEC-LIEC-bestel", True),
            ("Alleen journalisten met een perskaart", False),
        ],
        "explanation": (
            "De kennisbank is voor iedereen toegankelijk. Het besloten deel is bedoeld voor professionals die "
            "werken bij een convenantpartner van het RIEC-LIEC-bestel."
        ),
        "theme": "informatiepositie",
        "phenomenon": None,
        "articles": ["over-het-kennisplatform-ondermijning"],
    },
    # ------------------------------------------------------------------ niveau 3: Instrumenten
    {
        "level": 3,
        "text": "Waar staat de naam van de Wet Bibob voor?",
        "choices": [
            ("Wet bevordering integriteitsbeoordelingen door het openbaar bestuur", True),
            ("Wet bestrijding illegale bedrijven en ondermijnende bendes", False),
            ("Wet bijzondere bevoegdheden openbare orde en bestuur", False),
        ],
        "explanation": (
            "Bibob staat voor Wet bevordering integriteitsbeoordelingen door het openbaar bestuur. De wet "
            "beschermt de integriteit van de overheid."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": None,
        "articles": ["wet-bibob-in-het-kort"],
    },
    {
        "level": 3,
        "text": "Wat kan een gemeente doen met de Wet Bibob?",
        "choices": [
            ("Een verdachte arresteren en verhoren", False),
            (
                "Een vergunning weigeren of intrekken als er ernstig gevaar is dat die wordt misbruikt voor "
                "criminele activiteiten",
                True,
            ),
            ("De bankrekening van een ondernemer bevriezen", False),
            ("Een gevangenisstraf opleggen", False),
        ],
        "explanation": (
            "Met de Wet Bibob kan een bestuursorgaan een vergunning, subsidie of overheidsopdracht weigeren of "
            "intrekken als er een ernstig gevaar is dat die wordt gebruikt voor strafbare feiten of om voordeel "
            "te halen uit strafbare feiten."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": None,
        "articles": ["wet-bibob-in-het-kort", "praktijkvoorbeeld-bibob-bij-horeca"],
    },
    {
        "level": 3,
        "text": "Bij welke organisatie kan een gemeente een Bibob-advies aanvragen?",
        "choices": [
            ("De Raad van State", False),
            ("De Kamer van Koophandel", False),
            ("De Autoriteit Persoonsgegevens", False),
            ("Het Landelijk Bureau Bibob van Justis", True),
        ],
        "explanation": (
            "Als het eigen onderzoek niet genoeg is, kan een bestuursorgaan advies vragen aan het Landelijk Bureau "
            "Bibob van Justis. Het bestuursorgaan neemt daarna zelf het besluit."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": None,
        "articles": ["wet-bibob-in-het-kort"],
    },
    {
        "level": 3,
        "text": "Welk onderwerp is géén van de vijf thema's waarop de RIEC's de weerbaarheid vergroten?",
        "choices": [
            ("Informatiepositie", False),
            ("Integriteit en veilige werkomgeving", False),
            ("Opsporing en vervolging", True),
            ("Communicatie", False),
        ],
        "explanation": (
            "De vijf thema's zijn: bewustwording en organisatieontwikkeling, informatiepositie, beleid en "
            "handhaving, integriteit en veilige werkomgeving, en communicatie."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["bestuurlijke-weerbaarheid-van-gemeenten"],
    },
    {
        "level": 3,
        "text": "Wat biedt het RIEC-convenant aan de deelnemende partners?",
        "choices": [
            ("Een juridisch kader om informatie met elkaar te delen", True),
            ("Extra geld voor elke gemeente die meedoet", False),
            ("Het recht om zonder rechter straffen op te leggen", False),
        ],
        "explanation": (
            "Het RIEC-LIEC-bestel biedt een juridisch kader om informatie te delen tussen de deelnemende partners. "
            "Zo kunnen zij in concrete zaken als één overheid optreden."
        ),
        "theme": "informatiepositie",
        "phenomenon": None,
        "articles": ["het-riec-convenant-en-de-partners"],
    },
    {
        "level": 3,
        "text": "Wat is het Privacyprotocol RIEC's-LIEC?",
        "choices": [
            ("Een app waarmee inwoners hun gegevens kunnen inzien", False),
            (
                "Een onderdeel van het convenant dat beschrijft hoe partners zorgvuldig met persoonsgegevens omgaan",
                True,
            ),
            ("Een regel dat partners nooit informatie met elkaar mogen delen", False),
            ("Een afspraak die alleen geldt voor RIEC Amsterdam-Amstelland", False),
        ],
        "explanation": (
            "Het Privacyprotocol is onderdeel en een verdere uitwerking van het convenant. Het bevordert de "
            "zorgvuldige verwerking van persoonsgegevens en geldt op dezelfde manier voor alle RIEC's."
        ),
        "theme": "informatiepositie",
        "phenomenon": None,
        "articles": ["privacyprotocol-riecs-liec"],
    },
    {
        "level": 3,
        "text": "De convenantpartners werken volgens het principe 'integraal, tenzij'. Wat betekent dat?",
        "choices": [
            ("Elke partner pakt een zaak altijd alleen aan", False),
            (
                "Partners pakken een zaak in principe samen op, tenzij er een goede reden is voor een eigen aanpak",
                True,
            ),
            ("Alleen de gemeente beslist of een zaak wordt aangepakt", False),
        ],
        "explanation": (
            "'Integraal, tenzij' betekent dat partners een zaak in principe samen oppakken. Zo kunnen bestuurlijke, "
            "strafrechtelijke en fiscale maatregelen elkaar versterken."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": None,
        "articles": ["het-riec-convenant-en-de-partners"],
    },
    {
        "level": 3,
        "text": "Wat mag een burgemeester op grond van artikel 13b van de Opiumwet?",
        "choices": [
            ("Een verdachte van drugshandel laten opsluiten", False),
            ("Een bankrekening van een drugshandelaar leeghalen", False),
            ("Drugs legaal laten verkopen in de hele gemeente", False),
            ("Een pand sluiten waar drugs worden verkocht, afgeleverd of daarvoor aanwezig zijn", True),
        ],
        "explanation": (
            "Artikel 13b van de Opiumwet geeft de burgemeester de bevoegdheid om een woning of lokaal te sluiten "
            "als daar drugs worden verkocht, afgeleverd of daarvoor aanwezig zijn. Het is een bestuurlijk "
            "instrument naast de strafrechtelijke aanpak."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": "drugs-en-hennepteelt",
        "articles": ["signalen-van-drugs-en-hennepteelt"],
    },
    {
        "level": 3,
        "text": "Waar melden banken, notarissen en makelaars een ongebruikelijke transactie?",
        "choices": [
            ("Bij de gemeente waar de klant woont", False),
            ("Bij de Kamer van Koophandel", False),
            ("Bij de Financial Intelligence Unit Nederland (FIU-Nederland)", True),
        ],
        "explanation": (
            "Poortwachters zoals banken, notarissen en makelaars moeten op grond van de Wwft ongebruikelijke "
            "transacties melden bij FIU-Nederland."
        ),
        "theme": "informatiepositie",
        "phenomenon": "witwassen",
        "articles": ["witwassen-herkennen-en-voorkomen"],
    },
    {
        "level": 3,
        "text": "Wat is een bestuurlijk signaal?",
        "choices": [
            ("Een anonieme tip over een verdachte persoon", False),
            ("Een waarschuwingsbrief van de burgemeester aan een ondernemer", False),
            (
                "Een melding die aandacht vraagt voor een zwakke plek in beleid of regels die criminelen kansen biedt",
                True,
            ),
        ],
        "explanation": (
            "Een bestuurlijk signaal vraagt aandacht voor structurele knelpunten en kwetsbaarheden in beleid of "
            "regelgeving die kansen bieden voor ondermijnende criminaliteit. Het doel is die kwetsbaarheid weg te "
            "nemen."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": "handhavingsknelpunten",
        "articles": ["landelijk-loket-bestuurlijke-signalen"],
    },
    # ------------------------------------------------------------------ niveau 4: Signalen
    {
        "level": 4,
        "text": "Welk signaal kan wijzen op een hennepkwekerij in een woning?",
        "choices": [
            ("Een tuin vol bloeiende planten", False),
            ("Een nieuwe voordeur", False),
            ("Een bewoner die elke ochtend naar zijn werk fietst", False),
            ("Een dak waarop geen sneeuw blijft liggen, terwijl de daken ernaast wit zijn", True),
        ],
        "explanation": (
            "Door de warmte van de lampen blijft op het dak van een hennepkwekerij vaak geen sneeuw liggen. Andere "
            "signalen zijn een zoete geur, afgeplakte ramen, condens en het gezoem van ventilatoren."
        ),
        "theme": None,
        "phenomenon": "drugs-en-hennepteelt",
        "articles": ["signalen-van-drugs-en-hennepteelt"],
    },
    {
        "level": 4,
        "text": "Welke geur kan wijzen op een drugslab in een loods of schuur?",
        "choices": [
            ("Een geur van vers gemaaid gras", False),
            ("Een geur van versgebakken brood", False),
            ("Een chemische of anijsachtige geur", True),
        ],
        "explanation": (
            "Bij de productie van synthetische drugs komt vaak een chemische of anijsachtige geur vrij. Andere "
            "signalen zijn jerrycans, vaten of gasflessen en activiteit op ongebruikelijke tijden."
        ),
        "theme": None,
        "phenomenon": "drugs-en-hennepteelt",
        "articles": ["signalen-van-drugs-en-hennepteelt"],
    },
    {
        "level": 4,
        "text": "Je vindt in een bos een aantal gedumpte vaten met onbekende inhoud. Wat doe je?",
        "choices": [
            ("Je opent een vat om te kijken wat erin zit", False),
            ("Je raakt niets aan en belt de politie", True),
            ("Je neemt de vaten mee naar de milieustraat", False),
        ],
        "explanation": (
            "Gedumpte vaten kunnen drugsafval bevatten. Dat is gevaarlijk voor je gezondheid en het milieu. "
            "Raak het niet aan en bel de politie."
        ),
        "theme": None,
        "phenomenon": "buitengebied",
        "articles": ["ondermijning-in-het-buitengebied", "brabantse-riecs-aanpak-drugsafval"],
    },
    {
        "level": 4,
        "text": (
            "Een onbekende wil een lege stal huren voor 'opslag'. Hij biedt een hoge huur, wil contant betalen en "
            "wil geen contract. Wat is het risico?"
        ),
        "choices": [
            ("Er is geen risico; een hoge huur is gewoon een goede deal", False),
            (
                "De stal kan worden gebruikt voor hennepteelt of een drugslab, en de eigenaar kan onder druk komen "
                "te staan",
                True,
            ),
            ("Het enige risico is dat de huur een keer te laat wordt betaald", False),
        ],
        "explanation": (
            "Criminelen benaderen eigenaren in het buitengebied vaak op deze manier. Later blijkt er een "
            "hennepkwekerij of drugslab in de stal te zitten, en wie eenmaal meedoet komt er moeilijk weer uit."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": "buitengebied",
        "articles": ["ondermijning-in-het-buitengebied"],
    },
    {
        "level": 4,
        "text": "Welk signaal kan wijzen op vastgoedfraude?",
        "choices": [
            ("Een pand wordt snel achter elkaar doorverkocht tegen sterk wisselende prijzen", True),
            ("Een koper betaalt met een hypotheek van een Nederlandse bank", False),
            ("Een eigenaar laat zijn pand opknappen en gaat er zelf wonen", False),
        ],
        "explanation": (
            "Snelle doorverkoop tegen sterk wisselende prijzen kan wijzen op witwassen via vastgoed. Let altijd op "
            "combinaties van signalen, zoals onduidelijke financiering en ingewikkelde eigendomsconstructies."
        ),
        "theme": "informatiepositie",
        "phenomenon": "vastgoedfraude",
        "articles": ["aanpak-vastgoedfraude"],
    },
    {
        "level": 4,
        "text": "Welk signaal bij een bedrijf kan wijzen op witwassen?",
        "choices": [
            ("Een drukke bakkerij met een rij klanten voor de deur", False),
            ("Een kapper die een nieuwe stoel koopt", False),
            ("Een bedrijf dat zijn facturen via de bank laat betalen", False),
            ("Een winkel met nauwelijks klanten die toch jarenlang blijft bestaan en winst lijkt te maken", True),
        ],
        "explanation": (
            "Een bedrijf met weinig klanten dat toch winstgevend lijkt, kan worden gebruikt om crimineel geld te "
            "vermengen met legale omzet. Dit is een bekende methode van witwassen."
        ),
        "theme": None,
        "phenomenon": "witwassen",
        "articles": ["witwassen-herkennen-en-voorkomen"],
    },
    {
        "level": 4,
        "text": "Welk signaal kan een Wmo-consulent opmerken bij zorgfraude?",
        "choices": [
            ("Een cliënt vraagt om een extra gesprek", False),
            ("Een cliënt zegt geen zorg te krijgen, terwijl er wel zorg voor hem wordt gedeclareerd", True),
            ("Een cliënt is tevreden over zijn begeleider", False),
        ],
        "explanation": (
            "Als een cliënt niet weet welke zorg hij krijgt of zegt geen zorg te ontvangen, terwijl er wel wordt "
            "gedeclareerd, kan dat wijzen op zorgfraude. Consulenten zien cliënten van dichtbij en kunnen zulke "
            "signalen opmerken."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": "zorgfraude",
        "articles": ["aanpak-zorgfraude"],
    },
    {
        "level": 4,
        "text": "Welk signaal kan wijzen op mensenhandel?",
        "choices": [
            ("Iemand heeft een vaste baan en een eigen woning", False),
            ("Iemand gaat op vakantie naar het land waar zijn familie woont", False),
            ("Iemand heeft geen toegang tot eigen identiteitspapieren en een ander voert steeds het woord", True),
        ],
        "explanation": (
            "Geen toegang hebben tot eigen papieren of bankrekening, en iemand die steeds het woord voert, zijn "
            "bekende signalen van uitbuiting. Let ook op extreem lange werkdagen en overvolle huisvesting via de "
            "werkgever."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": "mensenhandel-en-mensensmokkel",
        "articles": ["mensenhandel-en-mensensmokkel-herkennen"],
    },
    {
        "level": 4,
        "text": "Welk gedrag van een klant is een signaal voor een notaris of makelaar?",
        "choices": [
            ("De klant stelt veel vragen over de kosten", False),
            ("De klant heeft veel haast, wil contant betalen of laat een ander betalen", True),
            ("De klant neemt zijn partner mee naar de afspraak", False),
        ],
        "explanation": (
            "Haast zonder uitleg, contante betaling of betaling door een derde zijn signalen dat een professional "
            "mogelijk wordt misbruikt, bijvoorbeeld om geld wit te wassen."
        ),
        "theme": "integriteit-en-veilige-werkomgeving",
        "phenomenon": "misbruik-van-legale-beroepen",
        "articles": ["misbruik-van-legale-beroepen"],
    },
    {
        "level": 4,
        "text": "Hoe kijk je het best naar signalen van ondermijning?",
        "choices": [
            ("Eén signaal is altijd genoeg bewijs voor een misdrijf", False),
            ("Let op combinaties van signalen; een enkel signaal zegt meestal niet veel", True),
            ("Signalen zijn alleen belangrijk als de politie erom vraagt", False),
        ],
        "explanation": (
            "Een enkel signaal heeft vaak een onschuldige verklaring. Pas een combinatie van signalen, soms van "
            "verschillende afdelingen of partners, geeft reden tot zorg."
        ),
        "theme": "informatiepositie",
        "phenomenon": None,
        "articles": ["aanpak-vastgoedfraude", "praktijkvoorbeeld-integrale-controle-bedrijventerrein"],
    },
    # ------------------------------------------------------------------ niveau 5: Fenomenen
    {
        "level": 5,
        "text": "Wat is mensensmokkel?",
        "choices": [
            ("Mensen tegen betaling helpen om illegaal een land binnen te komen", True),
            ("Mensen dwingen om zonder loon te werken", False),
            ("Mensen helpen om legaal te verhuizen naar een ander land", False),
        ],
        "explanation": (
            "Bij mensensmokkel worden mensen tegen betaling geholpen om illegaal een land binnen te komen. Bij "
            "mensenhandel gaat het om uitbuiting. Gesmokkelde mensen kunnen later wel slachtoffer van uitbuiting "
            "worden."
        ),
        "theme": None,
        "phenomenon": "mensenhandel-en-mensensmokkel",
        "articles": ["mensenhandel-en-mensensmokkel-herkennen"],
    },
    {
        "level": 5,
        "text": "Hoe heet de vorm van mensenhandel waarbij mensen worden gedwongen om strafbare feiten te plegen?",
        "choices": [
            ("Arbeidsuitbuiting", False),
            ("Seksuele uitbuiting", False),
            ("Criminele uitbuiting", True),
            ("Mensensmokkel", False),
        ],
        "explanation": (
            "Bij criminele uitbuiting worden mensen gedwongen om strafbare feiten te plegen, terwijl een ander "
            "daarvan profiteert. Andere vormen zijn seksuele uitbuiting en arbeidsuitbuiting."
        ),
        "theme": None,
        "phenomenon": "mensenhandel-en-mensensmokkel",
        "articles": ["mensenhandel-en-mensensmokkel-herkennen", "riec-noord-holland-aandacht-arbeidsuitbuiting"],
    },
    {
        "level": 5,
        "text": (
            "Witwassen verloopt vaak in drie fasen. In welke fase wordt geld via transacties en rechtspersonen "
            "verplaatst, zodat de herkomst moeilijk te volgen is?"
        ),
        "choices": [
            ("Plaatsing", False),
            ("Versluiering", True),
            ("Integratie", False),
        ],
        "explanation": (
            "De drie fasen zijn plaatsing, versluiering en integratie. Bij versluiering wordt het geld verplaatst, "
            "zodat de criminele herkomst moeilijk te volgen is."
        ),
        "theme": None,
        "phenomenon": "witwassen",
        "articles": ["witwassen-herkennen-en-voorkomen"],
    },
    {
        "level": 5,
        "text": "Wat is een katvanger?",
        "choices": [
            ("Een medewerker van de dierenbescherming", False),
            ("Iemand die op papier eigenaar of verantwoordelijke is, terwijl een ander de echte baas is", True),
            ("Een speciale opsporingsambtenaar van de FIOD", False),
        ],
        "explanation": (
            "Een katvanger of stroman staat op papier als eigenaar of verantwoordelijke, terwijl een ander de "
            "werkelijke zeggenschap heeft. Criminelen gebruiken katvangers onder meer om geld wit te wassen."
        ),
        "theme": None,
        "phenomenon": "witwassen",
        "articles": ["witwassen-herkennen-en-voorkomen", "handhavingsknelpunten-zichtbaar-maken"],
    },
    {
        "level": 5,
        "text": "Hoe kan een outlaw motorgang in Nederland worden verboden?",
        "choices": [
            ("Het Openbaar Ministerie vraagt de rechter om de club te verbieden en te ontbinden", True),
            ("De burgemeester verbiedt de club met een brief aan de leden", False),
            ("De politie verbiedt de club zelf na een incident", False),
            ("Een motorclub kan in Nederland nooit worden verboden", False),
        ],
        "explanation": (
            "Via het civiele recht kan het Openbaar Ministerie de rechter vragen een club te verbieden en te "
            "ontbinden. Meerdere motorgangs zijn op die manier verboden verklaard."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": "outlaw-motorgangs",
        "articles": ["aanpak-outlaw-motorgangs"],
    },
    {
        "level": 5,
        "text": "Waarom is een landelijke aanpak van outlaw motorgangs nodig?",
        "choices": [
            ("Omdat motorgangs afdelingen in het hele land en daarbuiten hebben", True),
            ("Omdat gemeenten geen enkele bevoegdheid hebben tegen motorgangs", False),
            ("Omdat motorrijden in Nederland verboden is", False),
        ],
        "explanation": (
            "Motorgangs hebben afdelingen in het hele land en daarbuiten. Bij zulke regio-overstijgende "
            "problemen draagt het LIEC bij aan een gecoördineerde landelijke aanpak."
        ),
        "theme": None,
        "phenomenon": "outlaw-motorgangs",
        "articles": ["aanpak-outlaw-motorgangs", "riecs-noord-en-oost-nederland-kennisdeling-outlaw-motorgangs"],
    },
    {
        "level": 5,
        "text": "Bij welke wetten in het sociaal domein kopen gemeenten zorg in die gevoelig is voor zorgfraude?",
        "choices": [
            ("De Opiumwet en de Wegenverkeerswet", False),
            ("De Wmo en de Jeugdwet", True),
            ("De Wet Bibob en de Wwft", False),
        ],
        "explanation": (
            "Gemeenten zijn verantwoordelijk voor zorg uit de Wmo en de Jeugdwet. Criminelen zien dit zorggeld als "
            "een aantrekkelijk verdienmodel, bijvoorbeeld door zorg te declareren die nooit is geleverd."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": "zorgfraude",
        "articles": ["aanpak-zorgfraude", "riec-oost-nederland-webinar-zorgfraude"],
    },
    {
        "level": 5,
        "text": "Waarom is het buitengebied aantrekkelijk voor criminelen?",
        "choices": [
            ("Er is daar meer politie dan in de stad", False),
            ("Er zijn leegstaande stallen, weinig buren die iets zien en minder toezicht", True),
            ("Er gelden daar geen Nederlandse wetten", False),
        ],
        "explanation": (
            "Door het stoppen van agrarische bedrijven staan stallen en schuren leeg. Samen met de afzondering en "
            "het beperkte toezicht maakt dat het buitengebied aantrekkelijk voor drugsproductie en opslag."
        ),
        "theme": None,
        "phenomenon": "buitengebied",
        "articles": ["ondermijning-in-het-buitengebied", "riec-limburg-bijeenkomst-ondermijning-buitengebied"],
    },
    {
        "level": 5,
        "text": "Wat is een handhavingsknelpunt?",
        "choices": [
            ("Een plek waar veel verkeersboetes worden uitgedeeld", False),
            ("Een regel of werkwijze die het optreden tegen georganiseerde criminaliteit onnodig moeilijk maakt", True),
            ("Een conflict tussen twee handhavers over hun rooster", False),
        ],
        "explanation": (
            "Een handhavingsknelpunt is een obstakel in wetten, regels of werkwijzen dat het optreden tegen "
            "georganiseerde criminaliteit onnodig moeilijk maakt. Het bestrijden ervan is een van de doelen van "
            "het RIEC-convenant."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": "handhavingsknelpunten",
        "articles": ["handhavingsknelpunten-zichtbaar-maken"],
    },
    {
        "level": 5,
        "text": "Welke wet verplicht makelaars, notarissen en accountants om ongebruikelijke transacties te melden?",
        "choices": [
            ("De Wet Bibob", False),
            ("De Opiumwet", False),
            ("De Wwft (Wet ter voorkoming van witwassen en financieren van terrorisme)", True),
            ("De Algemene verordening gegevensbescherming (AVG)", False),
        ],
        "explanation": (
            "Op grond van de Wwft moeten poortwachters zoals makelaars, notarissen en accountants cliëntenonderzoek "
            "doen en ongebruikelijke transacties melden. Zo helpen zij misbruik van hun beroep te voorkomen."
        ),
        "theme": None,
        "phenomenon": "misbruik-van-legale-beroepen",
        "articles": ["misbruik-van-legale-beroepen", "aanpak-vastgoedfraude"],
    },
    # ------------------------------------------------------------------ niveau 6: Expert
    {
        "level": 6,
        "text": "Welke partij zit niet in de Stuurgroep LIEC?",
        "choices": [
            ("Het ministerie van Justitie en Veiligheid", False),
            ("Het Openbaar Ministerie", False),
            ("De Belastingdienst", False),
            ("De Immigratie- en Naturalisatiedienst (IND)", True),
        ],
        "explanation": (
            "In de Stuurgroep LIEC zitten vertegenwoordigers van het ministerie van Justitie en Veiligheid, "
            "gemeenten, Belastingdienst, Politie en Openbaar Ministerie. De IND is wel convenantpartner, maar "
            "zit niet in de stuurgroep."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["wat-doen-de-riecs-en-het-liec"],
    },
    {
        "level": 6,
        "text": "Welke taak hoort niet bij de vier taken van het LIEC?",
        "choices": [
            ("Verbinden en versterken van gezamenlijke kennisontwikkeling", False),
            ("Versterken en bevorderen van integrale samenwerking", False),
            ("Shared service taken voor de RIEC's", False),
            ("Vervolgen van verdachten van ondermijnende criminaliteit", True),
        ],
        "explanation": (
            "De vier taken van het LIEC zijn: gezamenlijke kennisontwikkeling, een innovatieve aanpak van criminele "
            "fenomenen, integrale samenwerking en shared service taken voor de RIEC's. Vervolgen is een taak van "
            "het Openbaar Ministerie."
        ),
        "theme": None,
        "phenomenon": None,
        "articles": ["wat-doen-de-riecs-en-het-liec"],
    },
    {
        "level": 6,
        "text": "Welke drie onderwerpen staan in de volledige naam van het RIEC-convenant?",
        "choices": [
            (
                "Aanpak georganiseerde criminaliteit, bestrijding handhavingsknelpunten en bevordering "
                "integriteitsbeoordelingen",
                True,
            ),
            ("Opsporing, vervolging en berechting van georganiseerde criminaliteit", False),
            ("Preventie, voorlichting en schuldhulpverlening", False),
        ],
        "explanation": (
            "Het convenant heet voluit: Convenant ten behoeve van Bestuurlijke en Geïntegreerde Aanpak "
            "Georganiseerde Criminaliteit, Bestrijding Handhavingsknelpunten en Bevordering "
            "Integriteitsbeoordelingen."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": "handhavingsknelpunten",
        "articles": ["het-riec-convenant-en-de-partners"],
    },
    {
        "level": 6,
        "text": "Aan wie biedt het LIEC de bestuurlijke signalen van het Landelijk Loket Bestuurlijke Signalen aan?",
        "choices": [
            ("Aan de rechter die de zaak behandelt", False),
            ("Aan de pers", False),
            ("Aan de gemeenteraad van de gemeente die het signaal indiende", False),
            ("Aan de betrokken bewindspersonen", True),
        ],
        "explanation": (
            "Het Landelijk Loket Bestuurlijke Signalen is ondergebracht bij het LIEC. Het LIEC biedt de signalen "
            "aan bij de betrokken bewindspersonen, zodat knelpunten in beleid of regels kunnen worden opgelost."
        ),
        "theme": "beleid-en-handhaving",
        "phenomenon": "handhavingsknelpunten",
        "articles": ["landelijk-loket-bestuurlijke-signalen"],
    },
    {
        "level": 6,
        "text": "Wat kenmerkt een LIEC Field Lab?",
        "choices": [
            ("Een laboratorium waar de politie drugsmonsters onderzoekt", False),
            (
                "Partners ontwikkelen samen een nieuwe aanpak voor een concreet probleem en proberen die in de "
                "praktijk uit",
                True,
            ),
            ("Een jaarlijkse conferentie zonder vervolg", False),
        ],
        "explanation": (
            "In een LIEC Field Lab werken partners in een afgebakende periode samen aan een nieuwe aanpak voor een "
            "concreet ondermijningsprobleem. Zij testen die aanpak in de praktijk en leren van de resultaten."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": None,
        "articles": ["liec-field-labs"],
    },
    {
        "level": 6,
        "text": "Waarvoor is een Landelijke Fenomeentafel bedoeld?",
        "choices": [
            ("Voor het bespreken van één zaak binnen één gemeente", False),
            ("Voor een gezamenlijke aanpak van een fenomeen dat over regiogrenzen heen gaat", True),
            ("Voor het beoordelen van Bibob-aanvragen", False),
        ],
        "explanation": (
            "Aan een Landelijke Fenomeentafel werken partners uit het hele land samen aan een regio-overstijgend "
            "fenomeen, zoals outlaw motorgangs. Het LIEC is namens het netwerk verantwoordelijk voor deze tafels."
        ),
        "theme": "informatiepositie",
        "phenomenon": "outlaw-motorgangs",
        "articles": ["landelijke-fenomeentafels"],
    },
    {
        "level": 6,
        "text": (
            "In het RIEC-LIEC-jaarverslag 2022 wordt de informatiepositie van gemeenten genoemd als ... "
            "van de bestuurlijke aanpak."
        ),
        "choices": [
            ("de ruggengraat", False),
            ("de achilleshiel", True),
            ("het sluitstuk", False),
            ("het minst belangrijke onderdeel", False),
        ],
        "explanation": (
            "Het jaarverslag noemt de informatiepositie van gemeenten de achilleshiel bij de doorontwikkeling van "
            "de bestuurlijke aanpak. Daarom is informatiepositie een van de vijf thema's van weerbaarheid."
        ),
        "theme": "informatiepositie",
        "phenomenon": None,
        "articles": ["handreiking-informatiepositie-gemeenten"],
    },
    {
        "level": 6,
        "text": "Onder welke wet is het Privacyprotocol RIEC's-LIEC oorspronkelijk opgesteld?",
        "choices": [
            ("De Wet bescherming persoonsgegevens (Wbp)", True),
            ("De Wet openbaarheid van bestuur (Wob)", False),
            ("De Wet Bibob", False),
            ("De Gemeentewet", False),
        ],
        "explanation": (
            "Het Privacyprotocol sloot aan bij de Wet bescherming persoonsgegevens (Wbp). Sinds 2018 geldt de "
            "Algemene verordening gegevensbescherming (AVG)."
        ),
        "theme": "informatiepositie",
        "phenomenon": None,
        "articles": ["privacyprotocol-riecs-liec"],
    },
    {
        "level": 6,
        "text": "Wat is mobiliserende communicatie in de aanpak van ondermijning?",
        "choices": [
            ("Communicatie die is gericht tegen ondermijnende krachten zelf", False),
            ("Communicatie die positieve krachten in de samenleving steunt en versterkt", True),
            ("Communicatie die alleen binnen de eigen organisatie blijft", False),
        ],
        "explanation": (
            "Mobiliserende communicatie steunt en versterkt positieve krachten in de samenleving, zoals bewoners en "
            "ondernemers die zich inzetten voor hun buurt. Defensieve communicatie is gericht tegen ondermijnende "
            "krachten zelf."
        ),
        "theme": "communicatie",
        "phenomenon": None,
        "articles": ["handreiking-communicatie-over-ondermijning"],
    },
    {
        "level": 6,
        "text": "Het Kennisplatform Ondermijning is een initiatief van RIEC-LIEC en ...",
        "choices": [
            ("de Nationale Politie", False),
            ("het Centraal Bureau voor de Statistiek", False),
            ("de Vereniging van Nederlandse Gemeenten", False),
            ("het toenmalige Aanjaagteam Ondermijning", True),
        ],
        "explanation": (
            "Het KPO is een initiatief van RIEC-LIEC en het toenmalige Aanjaagteam Ondermijning. Het platform "
            "biedt een structuur om kennis over de aanpak van ondermijning duurzaam te borgen."
        ),
        "theme": "bewustwording-en-organisatieontwikkeling",
        "phenomenon": None,
        "articles": ["over-het-kennisplatform-ondermijning"],
    },
]

# Standard wording for the "what to do" part of a signal.
_INTERN = "Bespreek het signaal volgens de meldprocedure van je organisatie met het aanspreekpunt ondermijning."
_RIEC = "Zij kunnen het, als dat nodig is, inbrengen bij het RIEC in jouw regio."

SIGNALS = [
    # ------------------------------------------------------------------ drugs en hennepteelt
    {
        "slug": "hennepgeur-en-condens-bij-huurwoning",
        "title": "Hennepgeur en condens bij een huurwoning",
        "description": (
            "Uit een huurwoning komt een sterke, zoete geur. De ramen zijn afgeplakt of beslagen en je hoort het "
            "zoemen van ventilatoren. De bewoner is er zelden, maar komt op vaste momenten langs."
        ),
        "phenomenon": "drugs-en-hennepteelt",
        "setting": "vastgoed",
        "action": f"{_INTERN} {_RIEC} Woningcorporaties en verhuurders volgen hun eigen procedure voor hennepteelt.",
    },
    {
        "slug": "bedrijfspand-afgeplakte-ramen-ventilatoren",
        "title": "Bedrijfspand met afgeplakte ramen en veel ventilatie",
        "description": (
            "Een bedrijfspand heeft afgeplakte ramen, extra sloten en camera's. Er is weinig bedrijvigheid "
            "overdag, maar wel verkeer in de avond en veel aanvoer van potgrond, lampen of jerrycans."
        ),
        "phenomenon": "drugs-en-hennepteelt",
        "setting": "bedrijf",
        "action": f"{_INTERN} {_RIEC} Bij acuut gevaar, zoals brand of een sterke chemische geur, bel je 112.",
    },
    {
        "slug": "gedumpt-drugsafval-in-de-natuur",
        "title": "Gedumpte vaten of jerrycans in de natuur",
        "description": (
            "In een bos, sloot of op een akker liggen vaten, jerrycans of zakken met onbekende inhoud. Er hangt "
            "soms een chemische of anijsachtige geur. Dit kan drugsafval zijn."
        ),
        "phenomenon": "drugs-en-hennepteelt",
        "setting": "buitengebied",
        "action": (
            "Raak niets aan en bel de politie. Meld de vondst daarna ook volgens de procedure van je organisatie, "
            "zodat het RIEC van je regio zicht houdt op dumpingen."
        ),
    },
    {
        "slug": "inwoner-onder-druk-om-ruimte-te-verhuren",
        "title": "Inwoner vertelt over druk om een ruimte beschikbaar te stellen",
        "description": (
            "Aan de balie vertelt een inwoner, vaak terloops, dat hij geld krijgt of onder druk wordt gezet om zijn "
            "zolder, schuur of woning beschikbaar te stellen. Soms gaat het om iemand met schulden."
        ),
        "phenomenon": "drugs-en-hennepteelt",
        "setting": "balie",
        "action": (
            f"Blijf rustig en breng de inwoner niet in gevaar. {_INTERN} {_RIEC} "
            "Wijs de inwoner ook op hulp, zoals schuldhulp."
        ),
    },
    # ------------------------------------------------------------------ vastgoedfraude
    {
        "slug": "snelle-doorverkoop-wisselende-prijzen",
        "title": "Snelle doorverkoop tegen sterk wisselende prijzen",
        "description": (
            "Een pand wordt binnen korte tijd meerdere keren verkocht, met grote verschillen in prijs. De kopers "
            "hebben geen logische band met het pand of de buurt."
        ),
        "phenomenon": "vastgoedfraude",
        "setting": "vastgoed",
        "action": (
            f"{_INTERN} {_RIEC} Het RIEC kan informatie van partners, zoals Belastingdienst en politie, "
            "erbij betrekken."
        ),
    },
    {
        "slug": "aankoop-met-onduidelijke-financiering",
        "title": "Aankoop met onduidelijke financiering",
        "description": (
            "Een pand wordt gekocht met veel eigen geld, een lening van een onbekende partij of een buitenlandse "
            "rechtspersoon. De koper kan niet goed uitleggen waar het geld vandaan komt."
        ),
        "phenomenon": "vastgoedfraude",
        "setting": "vastgoed",
        "action": (
            f"{_INTERN} Gaat het om gemeentelijk vastgoed, overweeg dan een Bibob-toets. Voor advies kun je "
            "terecht bij het RIEC in jouw regio."
        ),
    },
    {
        "slug": "wisselende-rechtspersonen-bij-vergunningaanvraag",
        "title": "Steeds wisselende rechtspersonen bij aanvragen voor een pand",
        "description": (
            "Aan het vergunningenloket komen voor hetzelfde pand aanvragen binnen van steeds andere bv's of "
            "stichtingen. De contactpersoon blijft wel dezelfde."
        ),
        "phenomenon": "vastgoedfraude",
        "setting": "balie",
        "action": f"{_INTERN} Kijk of het Bibob-beleid van je gemeente een toets mogelijk maakt. {_RIEC}",
    },
    {
        "slug": "leeg-pand-met-hoog-stroomverbruik",
        "title": "Pand lijkt leeg, maar gebruikt veel stroom",
        "description": (
            "Een woning of winkelpand lijkt leeg te staan, maar er zijn tekenen van hoog stroomverbruik of er komen "
            "op ongebruikelijke tijden mensen langs. Soms staan er veel mensen op het adres ingeschreven."
        ),
        "phenomenon": "vastgoedfraude",
        "setting": "vastgoed",
        "action": f"{_INTERN} {_RIEC} Netbeheerders kunnen stroomdiefstal melden via hun eigen procedure.",
    },
    # ------------------------------------------------------------------ zorgfraude
    {
        "slug": "zorgclienten-op-een-adres-zelfde-eigenaar",
        "title": "Meerdere zorgcliënten op één adres",
        "description": (
            "Meerdere cliënten van dezelfde zorgaanbieder wonen op één adres, vaak in panden van dezelfde eigenaar. "
            "De woonruimte is krap of past niet bij de zorg die wordt gedeclareerd."
        ),
        "phenomenon": "zorgfraude",
        "setting": "vastgoed",
        "action": f"{_INTERN} Betrek ook de contractmanager of toezichthouder Wmo en Jeugd. {_RIEC}",
    },
    {
        "slug": "client-zegt-geen-zorg-te-krijgen",
        "title": "Cliënt zegt geen zorg te krijgen",
        "description": (
            "Aan het Wmo-loket of bij een keukentafelgesprek zegt een cliënt dat hij geen of weinig zorg krijgt, of "
            "weet hij niet welke zorg hij krijgt. Toch wordt er voor hem zorg gedeclareerd."
        ),
        "phenomenon": "zorgfraude",
        "setting": "balie",
        "action": f"{_INTERN} Leg vast wat de cliënt vertelt en deel het met de toezichthouder Wmo en Jeugd. {_RIEC}",
    },
    {
        "slug": "zorgaanbieder-groeit-snel-zonder-personeel",
        "title": "Zorgaanbieder groeit snel zonder passend personeel",
        "description": (
            "Een zorgaanbieder krijgt in korte tijd veel cliënten, maar heeft daarvoor niet genoeg of niet goed "
            "opgeleid personeel. Cliënten komen allemaal via dezelfde persoon of hetzelfde netwerk binnen."
        ),
        "phenomenon": "zorgfraude",
        "setting": "bedrijf",
        "action": f"{_INTERN} Bundel signalen van consulenten, toezichthouders en contractmanagers. {_RIEC}",
    },
    {
        "slug": "zorgbestuurder-met-failliete-voorgangers",
        "title": "Bestuurder met een verleden van failliete zorgbedrijven",
        "description": (
            "De eigenaar of bestuurder van een zorgbedrijf was eerder betrokken bij zorgbedrijven die failliet "
            "gingen. Ook valt een levensstijl op die niet past bij het bedrijf, zoals dure auto's of veel vastgoed."
        ),
        "phenomenon": "zorgfraude",
        "setting": "bedrijf",
        "action": f"{_INTERN} Toets de achtergrond van de aanbieder voordat een contract wordt gesloten. {_RIEC}",
    },
    # ------------------------------------------------------------------ mensenhandel en mensensmokkel
    {
        "slug": "begeleider-houdt-papieren-en-voert-woord",
        "title": "Begeleider houdt de papieren en voert het woord",
        "description": (
            "Aan de balie heeft iemand geen eigen identiteitspapieren bij zich. Een begeleider heeft de papieren, "
            "voert steeds het woord en laat de persoon niet vrij praten."
        ),
        "phenomenon": "mensenhandel-en-mensensmokkel",
        "setting": "balie",
        "action": (
            "Blijf rustig en breng de persoon niet in gevaar. Bespreek het signaal volgens de procedure van je "
            f"organisatie met de aandachtsfunctionaris mensenhandel. {_RIEC} Bij acuut gevaar bel je 112."
        ),
    },
    {
        "slug": "overvolle-huisvesting-via-werkgever",
        "title": "Overvolle huisvesting geregeld door de werkgever",
        "description": (
            "In een woning wonen veel arbeidsmigranten, die door hun werkgever of een tussenpersoon zijn "
            "gehuisvest. De huur wordt van hun loon ingehouden en de bewoners wisselen vaak."
        ),
        "phenomenon": "mensenhandel-en-mensensmokkel",
        "setting": "vastgoed",
        "action": (
            f"{_INTERN} {_RIEC} Het signaal kan ook worden doorgegeven aan de Nederlandse Arbeidsinspectie of "
            "de politie."
        ),
    },
    {
        "slug": "medewerkers-slapen-in-salon",
        "title": "Medewerkers slapen in de salon",
        "description": (
            "Bij een nagelstudio, massagesalon of horecazaak lijken medewerkers op de werkplek te wonen. Zij werken "
            "extreem lange dagen en lijken bang of weten niet op welk adres zij werken."
        ),
        "phenomenon": "mensenhandel-en-mensensmokkel",
        "setting": "bedrijf",
        "action": (
            f"{_INTERN} {_RIEC} Het signaal kan ook naar de Nederlandse Arbeidsinspectie of de politie. Bij acuut "
            "gevaar bel je 112."
        ),
    },
    {
        "slug": "arbeidsmigranten-in-schuren-of-chalets",
        "title": "Arbeidsmigranten gehuisvest in schuren of chalets",
        "description": (
            "Op een erf, in een schuur of op een vakantiepark wonen veel arbeidsmigranten in slechte omstandigheden. "
            "Zij worden in busjes opgehaald en gebracht en hebben weinig contact met de omgeving."
        ),
        "phenomenon": "mensenhandel-en-mensensmokkel",
        "setting": "buitengebied",
        "action": f"{_INTERN} {_RIEC} Ook de Nederlandse Arbeidsinspectie kan hier toezicht op houden.",
    },
    # ------------------------------------------------------------------ outlaw motorgangs
    {
        "slug": "pand-gekocht-als-clubhuis",
        "title": "Pand wordt gekocht of gehuurd als clubhuis",
        "description": (
            "Een pand wordt gekocht of gehuurd door personen die banden hebben met een outlaw motorgang. Het pand "
            "krijgt extra hekken, camera's en clubsymbolen."
        ),
        "phenomenon": "outlaw-motorgangs",
        "setting": "vastgoed",
        "action": (f"{_INTERN} Stem met de politie af wat er bekend is over het pand en de gebruikers. {_RIEC}"),
    },
    {
        "slug": "vergunningaanvraag-met-banden-met-motorgang",
        "title": "Vergunningaanvraag van een bedrijf met banden met een motorgang",
        "description": (
            "Aan het vergunningenloket komt een aanvraag binnen voor bijvoorbeeld een horecazaak, tattooshop of "
            "beveiligingsbedrijf. De aanvrager of financier heeft banden met een outlaw motorgang."
        ),
        "phenomenon": "outlaw-motorgangs",
        "setting": "balie",
        "action": f"{_INTERN} Bekijk of een Bibob-toets mogelijk is. Het RIEC in jouw regio kan adviseren.",
    },
    {
        "slug": "horeca-onder-druk-voor-beveiliging",
        "title": "Horecaondernemer onder druk gezet voor 'beveiliging'",
        "description": (
            "Een horecaondernemer vertelt dat leden van een motorclub hem hun beveiliging aanbieden en dat hij "
            "zich niet vrij voelt om nee te zeggen. Leden dragen clubkleding in de zaak."
        ),
        "phenomenon": "outlaw-motorgangs",
        "setting": "bedrijf",
        "action": (
            f"{_INTERN} {_RIEC} Wijs de ondernemer op aangifte bij de politie of anoniem melden bij Meld Misdaad "
            "Anoniem."
        ),
    },
    {
        "slug": "afgelegen-erf-als-ontmoetingsplek-motorgang",
        "title": "Afgelegen erf als ontmoetingsplek van een motorgang",
        "description": (
            "Een afgelegen erf of loods wordt gebruikt als ontmoetingsplek door leden van een outlaw motorgang. Er "
            "komen extra hekken en camera's, en omwonenden voelen zich geïntimideerd."
        ),
        "phenomenon": "outlaw-motorgangs",
        "setting": "buitengebied",
        "action": f"{_INTERN} {_RIEC} Let op je eigen veiligheid en ga bij controles niet alleen.",
    },
    # ------------------------------------------------------------------ witwassen
    {
        "slug": "bedrijf-zonder-klanten-toch-winst",
        "title": "Bedrijf zonder klanten maakt toch winst",
        "description": (
            "Een winkel, kapper of horecazaak heeft nauwelijks klanten, maar blijft jarenlang bestaan en lijkt "
            "winstgevend. Er wordt veel contant afgerekend."
        ),
        "phenomenon": "witwassen",
        "setting": "bedrijf",
        "action": f"{_INTERN} {_RIEC} Het RIEC kan informatie van Belastingdienst, FIOD en politie erbij betrekken.",
    },
    {
        "slug": "financiering-horecavergunning-onduidelijk",
        "title": "Aanvrager kan de financiering niet uitleggen",
        "description": (
            "Bij een aanvraag voor een horeca- of exploitatievergunning kan de aanvrager niet goed uitleggen waar "
            "het geld vandaan komt. Er is een lening van een onbekende of buitenlandse partij zonder duidelijke "
            "voorwaarden."
        ),
        "phenomenon": "witwassen",
        "setting": "balie",
        "action": (
            f"{_INTERN} Pas het Bibob-beleid van je gemeente toe en vraag zo nodig advies aan het Landelijk Bureau "
            "Bibob. Het RIEC in jouw regio kan meedenken."
        ),
    },
    {
        "slug": "levensstijl-past-niet-bij-inkomen",
        "title": "Levensstijl past niet bij het bekende inkomen",
        "description": (
            "De eigenaar van een klein bedrijf rijdt in dure auto's, bezit meerdere panden of betaalt grote bedragen "
            "contant. Dat past niet bij de omzet van het bedrijf."
        ),
        "phenomenon": "witwassen",
        "setting": "bedrijf",
        "action": f"{_INTERN} {_RIEC}",
    },
    {
        "slug": "agrarisch-bedrijf-gekocht-boven-marktwaarde",
        "title": "Agrarisch bedrijf of recreatieterrein gekocht voor een opvallende prijs",
        "description": (
            "Een boerderij, manege of vakantiepark wordt gekocht voor een prijs ver boven de marktwaarde, deels "
            "contant of met geld van een onbekende partij. De nieuwe eigenaar heeft geen ervaring in de sector."
        ),
        "phenomenon": "witwassen",
        "setting": "buitengebied",
        "action": f"{_INTERN} {_RIEC}",
    },
    # ------------------------------------------------------------------ buitengebied
    {
        "slug": "onbekenden-vragen-naar-lege-stallen",
        "title": "Onbekenden vragen naar leegstaande stallen",
        "description": (
            "Onbekenden komen langs bij boeren of bewoners en vragen of er een schuur of stal leegstaat. Zij bieden "
            "een hoge huur, willen contant betalen en geen contract."
        ),
        "phenomenon": "buitengebied",
        "setting": "buitengebied",
        "action": (f"{_INTERN} {_RIEC} Inwoners en ondernemers kunnen ook anoniem melden bij Meld Misdaad Anoniem."),
    },
    {
        "slug": "schuur-met-camera-en-extra-sloten",
        "title": "Schuur met afgeplakte ramen, camera's en extra sloten",
        "description": (
            "Een schuur of stal krijgt opeens afgeplakte ramen, nieuwe sloten en camera's. Er is verkeer op "
            "ongebruikelijke tijden of er hangt een vreemde geur."
        ),
        "phenomenon": "buitengebied",
        "setting": "buitengebied",
        "action": f"{_INTERN} {_RIEC} Ga niet zelf kijken en breng jezelf niet in gevaar.",
    },
    {
        "slug": "vakantiepark-met-wisselende-bewoners",
        "title": "Vakantiepark met permanente of wisselende bewoning",
        "description": (
            "Op een vakantiepark wonen mensen permanent, of wisselen de bewoners van chalets heel vaak. Er zijn "
            "chalets met afgeplakte ramen en bezoek op vreemde tijden."
        ),
        "phenomenon": "buitengebied",
        "setting": "buitengebied",
        "action": f"{_INTERN} Stem af met toezicht en handhaving van je gemeente. {_RIEC}",
    },
    {
        "slug": "erfbetreder-ziet-vreemde-activiteit",
        "title": "Erfbetreder ziet vreemde activiteit op een erf",
        "description": (
            "Een dierenarts, loonwerker of andere erfbetreder ziet dat een stal niet meer voor dieren wordt "
            "gebruikt, maar dat er wel zware stroomkabels, vaten of gasflessen staan."
        ),
        "phenomenon": "buitengebied",
        "setting": "buitengebied",
        "action": (
            "Bespreek het signaal volgens de procedure van je organisatie of beroepsgroep. Je kunt ook anoniem "
            "melden bij Meld Misdaad Anoniem. Overheidsprofessionals kunnen het RIEC in hun regio betrekken."
        ),
    },
    # ------------------------------------------------------------------ handhavingsknelpunten
    {
        "slug": "risicovolle-activiteit-zonder-vergunning",
        "title": "Risicovolle activiteit zonder vergunningplicht",
        "description": (
            "Aan het loket merk je dat criminelen kiezen voor een activiteit waarvoor geen vergunning nodig is. "
            "Daardoor kan de gemeente geen Bibob-toets doen."
        ),
        "phenomenon": "handhavingsknelpunten",
        "setting": "balie",
        "action": (
            "Bespreek eerst binnen je organisatie of een eigen oplossing mogelijk is, bijvoorbeeld via de APV. Is "
            "het gat structureel, dien dan met hulp van het RIEC een signaal in bij het Landelijk Loket Bestuurlijke "
            "Signalen."
        ),
    },
    {
        "slug": "inschrijving-zonder-echte-controle",
        "title": "Inschrijving zonder echte controle",
        "description": (
            "Je ziet dat inschrijvingen op een adres of in een register worden gedaan zonder dat iemand controleert "
            "of ze kloppen. Zo kunnen katvangers makkelijk worden ingezet."
        ),
        "phenomenon": "handhavingsknelpunten",
        "setting": "balie",
        "action": (
            "Leg het knelpunt vast, zonder gegevens die naar personen te herleiden zijn. Bespreek het met het RIEC "
            "in jouw regio; bij een structureel gat kan het naar het Landelijk Loket Bestuurlijke Signalen."
        ),
    },
    {
        "slug": "wisselende-huurders-niet-in-beeld",
        "title": "Wisselende huurders op een bedrijventerrein niet in beeld",
        "description": (
            "Bij controles op een bedrijventerrein blijkt dat panden steeds aan andere huurders worden verhuurd. "
            "Met de huidige regels en werkwijzen is niet vast te stellen wie een pand echt gebruikt."
        ),
        "phenomenon": "handhavingsknelpunten",
        "setting": "bedrijf",
        "action": (
            "Bespreek het knelpunt in je organisatie en met het RIEC in jouw regio. Ligt de oplossing bij de "
            "Rijksoverheid, dan kan het als bestuurlijk signaal naar het Landelijk Loket Bestuurlijke Signalen."
        ),
    },
    {
        "slug": "gebruik-vrijgekomen-agrarische-gebouwen-moeilijk-te-controleren",
        "title": "Gebruik van vrijgekomen agrarische gebouwen moeilijk te controleren",
        "description": (
            "Na het stoppen van een agrarisch bedrijf blijven stallen en schuren leeg. De regels geven weinig "
            "mogelijkheden om te controleren waarvoor de gebouwen daarna worden gebruikt."
        ),
        "phenomenon": "handhavingsknelpunten",
        "setting": "buitengebied",
        "action": (
            "Leg het knelpunt vast en bespreek het met het RIEC in jouw regio. Is het een structureel probleem in "
            "regels, dien dan een signaal in bij het Landelijk Loket Bestuurlijke Signalen."
        ),
    },
    # ------------------------------------------------------------------ misbruik van legale beroepen
    {
        "slug": "elektricien-gevraagd-voor-illegale-aansluiting",
        "title": "Installateur gevraagd voor een illegale aansluiting",
        "description": (
            "Een elektricien of installateur krijgt een goedbetaalde opdracht om stroom aan te leggen in een pand, "
            "zonder meterkast of melding bij de netbeheerder. De opdrachtgever wil contant betalen."
        ),
        "phenomenon": "misbruik-van-legale-beroepen",
        "setting": "bedrijf",
        "action": (
            "Ga niet in op de opdracht en bespreek het volgens de procedure van je bedrijf of beroepsgroep. Je kunt "
            "ook anoniem melden bij Meld Misdaad Anoniem. Overheidsprofessionals kunnen het RIEC in hun regio "
            "betrekken."
        ),
    },
    {
        "slug": "klant-met-haast-en-betaling-door-derde",
        "title": "Klant met haast die een ander laat betalen",
        "description": (
            "Bij een vastgoedtransactie heeft de klant veel haast en wil hij niet uitleggen waarom. Hij wil contant "
            "betalen of laat een derde betalen, en vraagt om af te wijken van de normale werkwijze."
        ),
        "phenomenon": "misbruik-van-legale-beroepen",
        "setting": "vastgoed",
        "action": (
            "Volg de procedure van je kantoor, zoals het cliëntenonderzoek en de meldplicht uit de Wwft. "
            "Bespreek twijfels met collega's of je beroepsorganisatie."
        ),
    },
    {
        "slug": "bezoeker-vraagt-gegevens-op-te-zoeken",
        "title": "Bezoeker vraagt je 'even iets op te zoeken'",
        "description": (
            "Een bezoeker of bekende vraagt je aan de balie om even te kijken op welk adres iemand staat "
            "ingeschreven. Of hij laat merken dat hij weet waar jij woont."
        ),
        "phenomenon": "misbruik-van-legale-beroepen",
        "setting": "balie",
        "action": (
            "Zoek niets op en meld het voorval bij je leidinggevende of de integriteitscoördinator, volgens de "
            "procedure van je organisatie. Doe aangifte bij bedreiging."
        ),
    },
    {
        "slug": "loonwerker-gevraagd-afval-af-te-voeren",
        "title": "Loonwerker gevraagd om vaten af te voeren",
        "description": (
            "Een loonwerker of transporteur krijgt het verzoek om tegen contante betaling vaten, jerrycans of ander "
            "afval van een erf af te voeren, zonder papieren en zonder vragen te stellen."
        ),
        "phenomenon": "misbruik-van-legale-beroepen",
        "setting": "buitengebied",
        "action": (
            "Ga niet in op het verzoek en raak de vaten niet aan. Bel de politie of meld anoniem bij Meld Misdaad "
            "Anoniem. Overheidsprofessionals kunnen het RIEC in hun regio betrekken."
        ),
    },
]
