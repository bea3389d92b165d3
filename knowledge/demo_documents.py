"""Demo closed documents (besloten documenten) for the Kennisplatform Ondermijning.

Pure data plus small generators that write each document as a real PDF, DOCX or TXT
file, so the demo exercises the same upload checks and text extraction as real uploads.
The texts are written from the seed texts about the RIEC-LIEC network and general public
knowledge about the Dutch approach to ondermijning: no real names, no statistics, no case
data about real persons.

Sharing is chosen so the demo people differ: the Gemeente Amsterdam analyst and the
Politie rechercheur each see documents only they can read, and some both can read.
"""

import io
import re
import textwrap
import zipfile
from xml.sax.saxutils import escape


def _text(raw: str) -> str:
    """Plain paragraphs separated by blank lines; lines within a paragraph are joined."""
    paragraphs = re.split(r"\n\s*\n", raw.strip())
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)


def _share(organisations=(), partner_types=(), regions=(), all_partners=False) -> dict:
    return {
        "organisations": list(organisations),
        "partner_types": list(partner_types),
        "regions": list(regions),
        "all_partners": all_partners,
    }


DOCUMENTS = [
    {
        "slug": "ondermijningsbeeld-amsterdam-amstelland-samenvatting",
        "title": "Ondermijningsbeeld regio Amsterdam-Amstelland (samenvatting)",
        "summary": (
            "Samenvatting van het regionale ondermijningsbeeld: de belangrijkste criminele "
            "verdienmodellen in de regio en de aanbevelingen voor de gemeentelijke organisatie."
        ),
        "format": "pdf",
        "text": _text(
            """
            Dit document is een samenvatting van het ondermijningsbeeld van de regio
            Amsterdam-Amstelland. Het beeld is opgesteld door het RIEC samen met de gemeenten,
            de politie en de andere convenantpartners. De volledige versie is alleen beschikbaar
            voor de leden van de regionale stuurgroep.

            Het beeld beschrijft hoe criminele netwerken gebruikmaken van legale structuren in de
            regio. Drie verdienmodellen springen eruit: de handel in en doorvoer van drugs, het
            witwassen van crimineel geld via vastgoed en ondernemingen, en het misbruik van
            dienstverleners zoals administratiekantoren en vastgoedbemiddelaars.

            Opvallend is dat signalen vaak al binnen de gemeentelijke organisatie aanwezig zijn,
            maar verspreid over afdelingen. Burgerzaken ziet adresfraude, vergunningverlening ziet
            opvallende aanvragen en het sociaal domein ziet kwetsbare bewoners die onder druk
            worden gezet. Pas wanneer die signalen worden samengebracht, ontstaat zicht op de
            onderliggende structuren.

            Het beeld doet vier aanbevelingen. Ten eerste: maak de aanpak van ondermijning een
            taak van de hele organisatie en niet alleen van de afdeling Veiligheid. Ten tweede:
            richt een vast aanspreekpunt in voor signalen en zorg dat medewerkers weten hoe zij
            een signaal melden. Ten derde: gebruik de Wet Bibob consequent bij vergunningen in
            kwetsbare branches. Ten vierde: investeer in de informatiepositie door afspraken te
            maken over het delen van informatie binnen de kaders van het RIEC-convenant.

            Dit document is bestemd voor medewerkers van convenantpartners in de regio. Verspreid
            het niet verder zonder overleg met het RIEC.
            """
        ),
        "themes": ["informatiepositie", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["drugs-en-hennepteelt", "witwassen", "vastgoedfraude"],
        "owner": "gemeente-amsterdam",
        "share_with": _share(regions=["amsterdam"]),
        "status": "published",
        "days_ago": 40,
    },
    {
        "slug": "werkinstructie-bibob-toets-horeca",
        "title": "Werkinstructie Bibob-toets horeca",
        "summary": (
            "Stap voor stap door de Bibob-toets bij een aanvraag voor een horecavergunning, "
            "van het eigen onderzoek tot het advies van het Landelijk Bureau Bibob."
        ),
        "format": "docx",
        "text": _text(
            """
            Deze werkinstructie beschrijft hoe een gemeente de Wet Bibob toepast bij de aanvraag
            van een exploitatievergunning of een drank- en horecavergunning. De instructie is
            bedoeld voor vergunningverleners en Bibob-coördinatoren.

            Stap 1: het Bibob-vragenformulier. Laat de aanvrager het vragenformulier invullen en
            vraag de bijlagen op: de financiering van de onderneming, de huur- of koopovereenkomst
            van het pand, een overzicht van de zeggenschap en de herkomst van het eigen vermogen.
            Een onvolledige aanvraag kan buiten behandeling worden gelaten.

            Stap 2: het eigen onderzoek. Controleer de gegevens in openbare bronnen zoals het
            handelsregister en het kadaster. Let op signalen zoals een financiering die niet past
            bij het inkomen van de aanvrager, een geldlening van een onbekende derde, een
            ingewikkelde zeggenschapsstructuur of een snelle wisseling van eigenaren van het pand.

            Stap 3: het RIEC en het Landelijk Bureau Bibob. Bij twijfel bespreekt u de aanvraag
            met het RIEC. Blijven er vragen over, vraag dan advies aan bij het Landelijk Bureau
            Bibob. Let op de termijnen: de beslistermijn wordt opgeschort zolang het advies loopt.

            Stap 4: het besluit. Weeg het advies zelf af. Een vergunning kan worden geweigerd of
            onder voorwaarden worden verleend als er een ernstig gevaar is dat zij wordt gebruikt
            om strafbare feiten te plegen of crimineel geld te benutten. Geef de aanvrager
            gelegenheid om zijn zienswijze te geven voordat u een negatief besluit neemt.

            Leg elke stap vast in het dossier. Deel Bibob-informatie nooit buiten de kring die de
            wet toestaat.
            """
        ),
        "themes": ["beleid-en-handhaving"],
        "phenomena": ["witwassen", "misbruik-van-legale-beroepen"],
        "owner": "liec",
        "share_with": _share(partner_types=["gemeente", "provincie"]),
        "status": "published",
        "days_ago": 25,
    },
    {
        "slug": "factsheet-signalen-vastgoedfraude-notarissen",
        "title": "Factsheet signalen vastgoedfraude voor notarissen",
        "summary": (
            "Een overzicht van signalen van vastgoedfraude en witwassen die notarissen en hun "
            "medewerkers kunnen herkennen bij de overdracht van onroerend goed."
        ),
        "format": "pdf",
        "text": _text(
            """
            Notarissen vervullen een poortwachtersrol bij de overdracht van vastgoed. Criminelen
            proberen die rol te omzeilen of te misbruiken om crimineel geld wit te wassen. Deze
            factsheet helpt bij het herkennen van signalen. Een signaal is geen bewijs: het is een
            reden om door te vragen en, waar nodig, een ongebruikelijke transactie te melden.

            Signalen bij de partijen: een koper die zich laat vertegenwoordigen zonder duidelijke
            reden, een stroman zonder aantoonbare band met het pand, of een rechtspersoon waarvan
            de uiteindelijk belanghebbende niet goed te achterhalen is.

            Signalen bij de transactie: een koopprijs die sterk afwijkt van de marktwaarde, een
            pand dat binnen korte tijd meerdere keren wordt doorverkocht (ABC-transacties), een
            financiering door een onbekende private geldverstrekker of uit het buitenland, en
            betaling met contant geld of via rekeningen van derden.

            Signalen bij het gebruik van het pand: een woning die direct na de aankoop wordt
            verhuurd aan veel wisselende bewoners, of een bedrijfspand dat leeg blijft terwijl er
            kosten worden gemaakt.

            Wat kunt u doen? Vraag door naar de herkomst van het geld en leg de antwoorden vast.
            Raadpleeg het interne protocol van uw kantoor. Meld ongebruikelijke transacties bij de
            FIU-Nederland. Voor vragen over de bestuurlijke aanpak kunt u terecht bij het RIEC in
            uw regio.

            Deze factsheet is bestemd voor convenantpartners die notarissen voorlichten over
            ondermijning. Gebruik de inhoud in presentaties en gesprekken, maar verspreid het
            document niet openbaar.
            """
        ),
        "themes": ["bewustwording-en-organisatieontwikkeling", "informatiepositie"],
        "phenomena": ["vastgoedfraude", "witwassen", "misbruik-van-legale-beroepen"],
        "owner": "liec",
        "share_with": _share(all_partners=True),
        "status": "published",
        "days_ago": 60,
    },
    {
        "slug": "verslag-landelijke-fenomeentafel-outlaw-motorgangs",
        "title": "Verslag Landelijke Fenomeentafel Outlaw Motorgangs",
        "summary": (
            "Verslag van het overleg van de Landelijke Fenomeentafel over de gezamenlijke aanpak "
            "van outlaw motorgangs, met de gemaakte werkafspraken."
        ),
        "format": "docx",
        "text": _text(
            """
            De Landelijke Fenomeentafel Outlaw Motorgangs kwam bijeen onder voorzitterschap van
            het LIEC. Aan tafel zaten vertegenwoordigers van de politie, het Openbaar Ministerie,
            de Koninklijke Marechaussee en de RIEC's. Dit verslag bevat geen persoonsgegevens;
            casusinformatie is alleen besproken in het besloten deel van het overleg.

            Stand van zaken. De deelnemers constateerden dat de geïntegreerde aanpak van outlaw
            motorgangs effect heeft, maar dat clubs zich aanpassen. Na een verbod van een club
            ontstaan soms nieuwe groeperingen zonder herkenbare uiterlijke kenmerken. Daardoor
            wordt het lastiger om signalen te herkennen, ook voor gemeenten.

            Bespreking van de regionale beelden. Vanuit meerdere regio's werd gemeld dat
            clubhuizen worden verplaatst naar het buitengebied en dat leden zich vestigen in
            branches als beveiliging, tattoo- en horecazaken. De tafel vraagt de RIEC's om deze
            signalen in de eigen regio te toetsen.

            Werkafspraken. Het LIEC actualiseert het landelijke overzicht van clubhuizen in
            samenwerking met de politie. De RIEC's ondersteunen gemeenten bij het gebruik van
            bestuurlijke instrumenten, zoals de Wet Bibob bij vergunningaanvragen en het
            toepassen van de APV bij clubhuizen. Het Openbaar Ministerie informeert de tafel
            over relevante uitspraken. De politie zorgt voor een geactualiseerd fenomeenbeeld.

            Communicatie. De deelnemers spraken af dat zij terughoudend communiceren over
            individuele clubs en leden, om te voorkomen dat publiciteit het aanzien van de clubs
            versterkt.

            Het volgende overleg vindt over drie maanden plaats.
            """
        ),
        "themes": ["beleid-en-handhaving", "informatiepositie"],
        "phenomena": ["outlaw-motorgangs"],
        "owner": "liec",
        "share_with": _share(organisations=["politie", "openbaar-ministerie", "kmar"]),
        "status": "published",
        "days_ago": 12,
    },
    {
        "slug": "handreiking-informatiedeling-riec-convenant",
        "title": "Handreiking informatiedeling binnen het RIEC-convenant",
        "summary": (
            "Wanneer en hoe convenantpartners informatie mogen delen binnen het RIEC-LIEC-bestel, "
            "met aandacht voor het Privacyprotocol en de rol van het RIEC."
        ),
        "format": "pdf",
        "text": _text(
            """
            Het RIEC-LIEC-bestel biedt een juridisch kader om informatie te delen tussen de
            deelnemende partners. Daardoor kan in casuïstiek over ondermijnende criminaliteit als
            één overheid worden opgetreden. Deze handreiking helpt medewerkers van
            convenantpartners om dat zorgvuldig te doen.

            Het convenant en het Privacyprotocol. Het Convenant ten behoeve van Bestuurlijke en
            Geïntegreerde Aanpak Georganiseerde Criminaliteit legt vast welke partners informatie
            delen en met welk doel. Het Privacyprotocol werkt dit uit: het beschrijft hoe
            persoonsgegevens worden verwerkt, wie toegang heeft en hoe lang gegevens worden
            bewaard.

            Wanneer delen? Informatie wordt alleen gedeeld als dat nodig is voor een integrale
            aanpak die in het convenant is beschreven. Iedere partner blijft zelf
            verantwoordelijk voor de toets of zijn informatie gedeeld mag worden op grond van de
            eigen wettelijke grondslag.

            Hoe delen? Meld een casus aan bij het RIEC met een signaal en een korte onderbouwing.
            Het RIEC beoordeelt of de casus past binnen de criteria. Pas daarna wordt informatie
            in het casusoverleg samengebracht. Deel informatie nooit via gewone e-mail of
            berichtendiensten, maar via de beveiligde omgeving van het RIEC.

            Wat niet? Deel geen informatie uit nieuwsgierigheid en gebruik informatie uit het
            casusoverleg niet voor een ander doel dan is afgesproken. Bewaar geen kopieën buiten
            het eigen dossier.

            Twijfelt u? Neem contact op met de privacyadviseur van uw organisatie of met de
            juridisch adviseur van het RIEC. Het LIEC ondersteunt de RIEC's met juridische kennis
            over informatiedeling.
            """
        ),
        "themes": ["informatiepositie"],
        "phenomena": ["handhavingsknelpunten"],
        "owner": "liec",
        "share_with": _share(all_partners=True),
        "status": "published",
        "days_ago": 90,
    },
    {
        "slug": "draaiboek-sluiting-drugspand-13b-opiumwet",
        "title": "Draaiboek sluiting drugspand art. 13b Opiumwet",
        "summary": (
            "Een draaiboek voor gemeente, politie en OM voor de sluiting van een woning of lokaal "
            "op grond van artikel 13b Opiumwet, van melding tot heropening."
        ),
        "format": "docx",
        "text": _text(
            """
            Artikel 13b van de Opiumwet geeft de burgemeester de bevoegdheid om een woning of
            lokaal te sluiten als daar drugs worden verkocht, afgeleverd of verstrekt, of daartoe
            aanwezig zijn. Dit draaiboek beschrijft de stappen en de rolverdeling tussen
            gemeente, politie en Openbaar Ministerie.

            Fase 1: de melding. De politie stelt na het aantreffen van drugs een bestuurlijke
            rapportage op met de aangetroffen hoeveelheden, de situatie in het pand en de
            gegevens van de rechthebbenden. De rapportage gaat zo snel mogelijk naar het
            gemeentelijke team handhaving.

            Fase 2: het voornemen. De gemeente beoordeelt de rapportage aan de hand van het
            eigen beleid. Zij weegt de evenredigheid af: de ernst van de overtreding, eerdere
            overtredingen en de gevolgen voor bewoners, zoals kinderen in het huishouden. De
            rechthebbenden krijgen een voornemen tot sluiting en de gelegenheid voor een
            zienswijze.

            Fase 3: het besluit en de uitvoering. De burgemeester neemt het besluit. Gemeente en
            politie plannen samen de sluiting. De woningcorporatie of eigenaar wordt tijdig
            geïnformeerd. Bij de sluiting worden de deuren verzegeld en wordt een
            sluitingsbord geplaatst.

            Fase 4: nazorg en communicatie. Zorg voor opvang van kwetsbare bewoners via het
            sociaal domein. Informeer omwonenden met een korte brief over de sluiting en waarom
            die nodig was, zonder persoonsgegevens te noemen. Een zichtbare aanpak vergroot het
            vertrouwen van de buurt.

            Fase 5: heropening. Na afloop van de sluitingstermijn controleert de gemeente het
            pand en maakt zij afspraken met de eigenaar om herhaling te voorkomen.
            """
        ),
        "themes": ["beleid-en-handhaving", "communicatie"],
        "phenomena": ["drugs-en-hennepteelt"],
        "owner": "riec-rotterdam",
        "share_with": _share(
            organisations=["gemeente-amsterdam", "gemeente-rotterdam", "politie", "openbaar-ministerie"]
        ),
        "status": "published",
        "days_ago": 30,
    },
    {
        "slug": "signalenkaart-hennepteelt-buitengebied",
        "title": "Signalenkaart hennepteelt en drugsafval in het buitengebied",
        "summary": (
            "Signalen van hennepteelt, drugslabs en drugsafval op boerenerven en in leegstaande "
            "stallen, voor toezichthouders en handhavers in het buitengebied."
        ),
        "format": "pdf",
        "text": _text(
            """
            Het buitengebied is aantrekkelijk voor criminelen. Er is weinig sociale controle,
            er staan veel leegstaande stallen en schuren en de afstand tot de buren is groot.
            Criminelen huren of kopen bedrijfsgebouwen voor hennepteelt of de productie van
            synthetische drugs, of dumpen er drugsafval. Deze signalenkaart helpt
            toezichthouders, boa's en medewerkers van gemeenten, provincies, politie en NVWA
            om signalen te herkennen.

            Signalen bij het pand: dichtgetimmerde of geblindeerde ramen, een afwijkende geur,
            het geluid van ventilatoren of aggregaten, condens op de ramen, en sneeuw die op het
            dak sneller smelt dan bij de buren. Ook nieuwe camera's en hekken bij een verder
            verwaarloosd erf zijn een signaal.

            Signalen bij het gebruik: een huurder die contant betaalt of een ongebruikelijk
            hoge huur biedt, bezoek op vreemde tijden, en een stroomverbruik dat niet past bij
            het agrarische gebruik. Netbeheerders gebruiken technieken voor kwekerijdetectie;
            een melding van een netbeheerder kan aanleiding zijn voor een gezamenlijke controle.

            Signalen van drugsafval: vaten of jerrycans in sloten en bosranden, verkleurde
            grond of dode vegetatie en een scherpe chemische lucht. Raak drugsafval nooit aan:
            het kan giftig of explosief zijn. Bel de politie en houd afstand.

            Wat kunt u doen? Meld signalen bij het gemeentelijke meldpunt ondermijning of bij de
            politie. Maak agrariërs weerbaar: wijs hen op de risico's van het verhuren van lege
            stallen en op de mogelijkheid om anoniem te melden. Het RIEC kan helpen bij het
            organiseren van een integrale controle.
            """
        ),
        "themes": ["bewustwording-en-organisatieontwikkeling", "informatiepositie"],
        "phenomena": ["drugs-en-hennepteelt", "buitengebied"],
        "owner": "provincie-noord-brabant",
        "share_with": _share(partner_types=["gemeente", "provincie", "politie", "nvwa"]),
        "status": "published",
        "days_ago": 8,
    },
    {
        "slug": "werkwijze-casustafel-zorgfraude-limburg",
        "title": "Werkwijze regionale casustafel zorgfraude Limburg",
        "summary": (
            "Hoe de regionale casustafel zorgfraude werkt: welke signalen er worden besproken, "
            "wie aan tafel zit en hoe interventies worden afgestemd."
        ),
        "format": "txt",
        "text": _text(
            """
            De regionale casustafel zorgfraude brengt partners samen die elk een deel van het
            beeld hebben: gemeenten als opdrachtgever voor Wmo en jeugdzorg, het zorgkantoor,
            de Belastingdienst, de politie, het Openbaar Ministerie en het RIEC Limburg.

            Doel. De casustafel bespreekt signalen van zorgaanbieders die zorg declareren die
            niet of niet goed wordt geleverd, of die zorgbudgetten gebruiken voor andere doelen.
            Het gaat om zorgfraude met een ondermijnend karakter: fraude waarbij criminele
            netwerken zich een plek verwerven in de zorg en kwetsbare cliënten afhankelijk
            maken.

            Signalen. Voorbeelden zijn een zorgaanbieder met een snel groeiend aantal cliënten
            op één adres, zorgverleners zonder passende opleiding, cliënten die onder druk
            worden gezet om hun budget af te staan en een onduidelijke zeggenschap over de
            onderneming.

            Werkwijze. Een partner meldt een signaal aan bij het RIEC. Het RIEC bereidt de casus
            voor en brengt de relevante informatie samen binnen de kaders van het convenant. Aan
            tafel wordt besloten welke interventie het meest effectief is: een bestuurlijke
            maatregel zoals het beëindigen van een contract, een fiscale aanpak of een
            strafrechtelijk onderzoek. Vaak is een combinatie nodig.

            Aandacht voor de cliënt. Bij elke interventie wordt vooraf geregeld dat cliënten hun
            zorg blijven ontvangen. Het sociaal domein van de gemeente is daarvoor
            verantwoordelijk.

            Deze werkwijze wordt jaarlijks geëvalueerd met alle deelnemende partners.
            """
        ),
        "themes": ["informatiepositie", "beleid-en-handhaving"],
        "phenomena": ["zorgfraude"],
        "owner": "riec-limburg",
        "share_with": _share(organisations=["gemeente-maastricht"], regions=["limburg"]),
        "status": "published",
        "days_ago": 45,
    },
    {
        "slug": "checklist-signalen-mensenhandel-bij-controles",
        "title": "Checklist signalen arbeidsuitbuiting en mensenhandel bij controles",
        "summary": (
            "Een checklist voor medewerkers die bij controles in bedrijven of op straat in "
            "aanraking kunnen komen met slachtoffers van uitbuiting of mensensmokkel."
        ),
        "format": "txt",
        "text": _text(
            """
            Slachtoffers van mensenhandel en arbeidsuitbuiting melden zich zelden uit zichzelf.
            Zij zijn vaak bang, afhankelijk van hun werkgever of uitbuiter, of herkennen zichzelf
            niet als slachtoffer. Medewerkers die controles uitvoeren kunnen het verschil maken
            door signalen te herkennen en door te vragen.

            Signalen bij de persoon: iemand heeft zijn eigen identiteitsbewijzen niet in bezit,
            kan niet vrij bewegen of praten, laat een ander het woord voeren, lijkt angstig of
            uitgeput, of weet het adres van de werk- of verblijfplaats niet.

            Signalen bij werk en huisvesting: lange werkdagen zonder pauze, een loon ver onder
            het minimum of inhoudingen voor huisvesting en vervoer, veel mensen op een klein
            adres, en huisvesting die wordt geregeld door de werkgever.

            Signalen bij mensensmokkel: groepen reizigers met dezelfde reisroute, een begeleider
            die de documenten beheert, of reisdocumenten die niet bij de persoon lijken te horen.

            Wat doet u? Spreek de persoon zo mogelijk alleen en in een taal die hij begrijpt,
            eventueel met een onafhankelijke tolk. Leg de signalen vast. Meld het vermoeden bij
            het Expertisecentrum Mensenhandel en Mensensmokkel of bij de eigen specialist.
            Breng de persoon bij direct gevaar in veiligheid.

            Wat doet u niet? Confronteer een vermoedelijke uitbuiter niet zelf. Beloof de
            persoon niets wat u niet kunt waarmaken.
            """
        ),
        "themes": ["bewustwording-en-organisatieontwikkeling"],
        "phenomena": ["mensenhandel-en-mensensmokkel"],
        "owner": "arbeidsinspectie",
        "share_with": _share(partner_types=["politie", "kmar", "arbeidsinspectie"]),
        "status": "published",
        "days_ago": 15,
    },
    {
        "slug": "notitie-witwasrisicos-contante-aankopen",
        "title": "Notitie witwasrisico's bij contante aankopen van voertuigen en luxegoederen",
        "summary": (
            "Een notitie voor opsporings- en toezichtpartners over witwasconstructies bij de "
            "contante aankoop van auto's, boten en luxegoederen."
        ),
        "format": "txt",
        "text": _text(
            """
            Criminelen zoeken manieren om contant geld uit criminele activiteiten in de legale
            economie te brengen. De aankoop van dure voertuigen, boten, horloges en sieraden is
            daarvoor aantrekkelijk: de goederen behouden hun waarde en kunnen later weer worden
            verkocht. Deze notitie beschrijft bekende constructies en aandachtspunten voor de
            samenwerking tussen FIOD, Belastingdienst, politie en Openbaar Ministerie.

            Constructies. Voorbeelden zijn het opknippen van een contante betaling in kleinere
            bedragen, het registreren van een voertuig op naam van een familielid of stroman,
            het leasen via een bedrijf zonder aantoonbare inkomsten, en het kort na aankoop
            doorverkopen tegen een lagere prijs.

            Rol van handelaren. Handelaren in dure goederen hebben een meldplicht voor
            ongebruikelijke transacties en moeten hun klanten kennen. Niet alle handelaren
            nemen die plicht even serieus; sommige worden zelf onderdeel van een constructie.

            Aandachtspunten voor de samenwerking. Combineer gegevens over bezit met gegevens
            over inkomen: een bezit dat niet past bij het inkomen is een aanleiding voor nader
            onderzoek. Betrek de fiscale invalshoek vroeg; een fiscale aanpak is soms sneller en
            effectiever dan een strafrechtelijke. Leg beslag waar dat mogelijk is, zodat
            misdaad niet loont.

            Deze notitie is bedoeld voor de partners die financieel onderzoek doen. Zij bevat
            geen gegevens over personen of lopende onderzoeken.
            """
        ),
        "themes": ["informatiepositie"],
        "phenomena": ["witwassen"],
        "owner": "fiod",
        "share_with": _share(organisations=["fiod", "belastingdienst", "politie", "openbaar-ministerie"]),
        "status": "published",
        "days_ago": 20,
    },
    {
        "slug": "gespreksleidraad-misbruik-legale-beroepen",
        "title": "Gespreksleidraad: misbruik van legale beroepen door criminele netwerken",
        "summary": (
            "Een leidraad voor gesprekken met beroepsgroepen zoals makelaars, boekhouders en "
            "advocaten over de risico's van misbruik door criminelen."
        ),
        "format": "docx",
        "text": _text(
            """
            Criminele netwerken hebben dienstverleners nodig: een boekhouder die de administratie
            op orde lijkt te brengen, een makelaar die een pand vindt, een notaris die een
            overdracht verzorgt of een advocaat die advies geeft. De meeste dienstverleners
            werken integer, maar een enkeling laat zich verleiden of wordt onder druk gezet.
            Deze gespreksleidraad helpt convenantpartners om het gesprek met beroepsgroepen aan
            te gaan.

            Voorbereiding. Kies een beroepsgroep en verdiep u in de risico's die bij die groep
            passen. Nodig de beroepsorganisatie of toezichthouder uit om mee te denken. Zorg dat
            u de signalen kunt illustreren met geanonimiseerde voorbeelden uit de eigen regio.

            Het gesprek. Begin bij de eigen verantwoordelijkheid en de beroepsethiek van de
            deelnemers. Bespreek daarna hoe criminelen te werk gaan: zij bouwen vaak stap voor
            stap een relatie op, beginnen met een gewone opdracht en vragen later om een gunst.
            Vraag de deelnemers naar hun ervaringen en dilemma's.

            Weerbaarheid. Bespreek wat deelnemers kunnen doen: hun cliënten goed kennen, het
            cliëntenonderzoek vastleggen, collega's raadplegen bij twijfel en een ongebruikelijke
            transactie melden. Benadruk dat zij zich kunnen melden als zij onder druk worden
            gezet, en waar dat kan.

            Afronding. Spreek af hoe signalen bij de overheid terechtkomen en wie het
            aanspreekpunt is. Evalueer het gesprek en deel de lessen met het RIEC, zodat andere
            regio's ervan kunnen leren.
            """
        ),
        "themes": ["bewustwording-en-organisatieontwikkeling", "integriteit-en-veilige-werkomgeving"],
        "phenomena": ["misbruik-van-legale-beroepen", "witwassen"],
        "owner": "liec",
        "share_with": _share(all_partners=True),
        "status": "published",
        "days_ago": 70,
    },
    {
        "slug": "notitie-weerbaarheid-raadsleden-en-bestuurders",
        "title": "Notitie weerbaarheid van raadsleden en bestuurders",
        "summary": (
            "Hoe gemeenten raadsleden en bestuurders weerbaar maken tegen beïnvloeding, "
            "intimidatie en bedreiging door criminelen."
        ),
        "format": "txt",
        "text": _text(
            """
            Raadsleden, wethouders en burgemeesters nemen besluiten die voor criminelen van
            belang zijn: over vergunningen, bestemmingsplannen, vastgoed en handhaving. Daardoor
            kunnen zij doelwit worden van beïnvloeding, intimidatie of bedreiging. Deze notitie
            beschrijft hoe een gemeente haar volksvertegenwoordigers en bestuurders weerbaar
            maakt.

            Bewustwording. Besteed bij de start van een nieuwe raadsperiode aandacht aan
            ondermijning in het introductieprogramma. Bespreek hoe beïnvloeding eruit kan zien:
            een royale uitnodiging, een aanbod om een campagne te steunen of een schijnbaar
            toevallig contact met een ondernemer die een vergunning aanvraagt.

            Integriteit. Zorg voor een duidelijke gedragscode, een register van nevenfuncties en
            een vertrouwenspersoon. Maak het normaal om twijfels te bespreken, ook als er nog
            niets aan de hand is.

            Veiligheid. Leg vast wat een bestuurder of raadslid moet doen bij intimidatie of
            bedreiging, en wie hem of haar dan ondersteunt. Denk aan de afscherming van
            adresgegevens en aan afspraken met de politie over snelle opvolging van meldingen.

            Rol van de griffie en de gemeentesecretaris. De griffie ondersteunt de raad, de
            gemeentesecretaris het college. Samen zorgen zij ervoor dat weerbaarheid een
            vast onderwerp is en niet pas aandacht krijgt na een incident.

            Het RIEC kan helpen met een bijeenkomst voor de raad en met voorbeelden van andere
            gemeenten in de regio.
            """
        ),
        "themes": ["integriteit-en-veilige-werkomgeving", "bewustwording-en-organisatieontwikkeling"],
        "phenomena": [],
        "owner": "gemeente-amsterdam",
        "share_with": _share(regions=["amsterdam", "noord-holland"]),
        "status": "published",
        "days_ago": 5,
    },
    {
        "slug": "jaaroverzicht-landelijk-loket-bestuurlijke-signalen-concept",
        "title": "Jaaroverzicht Landelijk Loket Bestuurlijke Signalen (concept)",
        "summary": (
            "Conceptversie van het jaaroverzicht van het Landelijk Loket Bestuurlijke Signalen; "
            "nog niet vastgesteld door de stuurgroep."
        ),
        "format": "docx",
        "text": _text(
            """
            Dit is een conceptversie. Het jaaroverzicht wordt pas gedeeld nadat de Stuurgroep
            LIEC het heeft vastgesteld.

            Het Landelijk Loket Bestuurlijke Signalen is een voorziening van het LIEC namens het
            hele RIEC-LIEC-netwerk. Bestuurders en medewerkers van gemeenten en provincies
            kunnen er terecht met signalen over mogelijke ondermijnende beïnvloeding van het
            openbaar bestuur, zoals intimidatie of verdachte contacten rond besluitvorming.

            Werkwijze. Het loket neemt een signaal in behandeling, bespreekt het met de melder
            en beoordeelt samen met het RIEC in de regio welke ondersteuning nodig is. Dat kan
            een gesprek zijn over weerbaarheid, een doorverwijzing naar de politie of een
            advies over de integriteitsaanpak van de organisatie.

            Ontwikkelingen. In het afgelopen jaar is het loket beter bekend geworden bij
            gemeentesecretarissen en griffiers. Het LIEC heeft samen met de RIEC's
            voorlichtingsmateriaal ontwikkeld en bijeenkomsten georganiseerd. De cijfers over
            het aantal en de aard van de signalen worden in de definitieve versie opgenomen
            zodra zij zijn gecontroleerd.

            Aandachtspunten voor het komende jaar. Het loket wil de terugkoppeling aan melders
            verbeteren en de samenwerking met de integriteitsfunctionarissen van gemeenten en
            provincies versterken.

            Opmerkingen op dit concept kunnen worden gestuurd aan het secretariaat van de
            stuurgroep.
            """
        ),
        "themes": ["integriteit-en-veilige-werkomgeving", "informatiepositie"],
        "phenomena": [],
        "owner": "liec",
        "share_with": _share(all_partners=True),
        "status": "draft",
        "days_ago": 2,
    },
    {
        "slug": "verslag-kennissessie-ondermijning-haven-en-logistiek",
        "title": "Verslag kennissessie ondermijning in haven en logistiek",
        "summary": (
            "Verslag van een regionale kennissessie over de risico's van ondermijning in "
            "havengebieden en logistieke bedrijven, met aanbevelingen voor gemeenten."
        ),
        "format": "pdf",
        "text": _text(
            """
            In de regio Zeeland West-Brabant organiseerde het RIEC een kennissessie over
            ondermijning in havens en logistiek. Deelnemers waren medewerkers van gemeenten,
            de Douane, de politie en het havenbedrijf. Dit verslag geeft de belangrijkste
            inzichten weer; het bevat geen casusinformatie.

            Het risicobeeld. Havens en logistieke knooppunten zijn vitaal voor de criminele
            industrie. Criminelen proberen medewerkers te werven die toegang hebben tot
            terminals, systemen of vervoer, zodat verdovende middelen ongezien uit containers
            kunnen worden gehaald. Jongeren uit de regio worden soms benaderd om tegen betaling
            pakketten op te halen, met grote risico's voor henzelf.

            Knelpunten in de handhaving. Deelnemers noemden de grote hoeveelheid bedrijven op
            bedrijventerreinen, wisselende huurders van loodsen en de beperkte capaciteit voor
            controles. Informatie over huurders is vaak versnipperd over verschillende
            organisaties.

            Aanbevelingen. Gemeenten kunnen integrale controles op bedrijventerreinen
            organiseren samen met Douane en politie. Zij kunnen met ondernemers afspraken maken
            over het screenen van huurders en het melden van signalen. Scholen en
            jongerenwerkers kunnen worden betrokken om jongeren bewust te maken van de risico's
            van werving.

            Communicatie. Deelnemers benadrukten dat een campagne gericht op medewerkers en
            jongeren alleen werkt als er ook een veilige manier is om signalen te melden.

            Het RIEC neemt de aanbevelingen mee in het regionale jaarplan.
            """
        ),
        "themes": ["bewustwording-en-organisatieontwikkeling", "communicatie"],
        "phenomena": ["drugs-en-hennepteelt", "handhavingsknelpunten"],
        "owner": "gemeente-breda",
        "share_with": _share(organisations=["douane"], regions=["zeeland"]),
        "status": "published",
        "days_ago": 35,
    },
]


# File generators ---------------------------------------------------------------------------

PDF_WIDTH, PDF_HEIGHT = 595, 842  # A4 in points
PDF_MARGIN = 56
PDF_FONT_SIZE, PDF_LEADING = 10, 14
PDF_TITLE_SIZE, PDF_TITLE_LEADING = 14, 22
PDF_WRAP = 90


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsi (cp1252) encoding."""
    data = text.encode("cp1252", errors="replace")
    data = data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + data + b")"


def _pdf_text_string(text: str) -> bytes:
    """A PDF text string (for metadata) in UTF-16BE with a byte order mark."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        if lines:
            lines.append("")
        lines.extend(
            textwrap.wrap(" ".join(paragraph.split()), width=width, break_long_words=False, break_on_hyphens=False)
            or [""]
        )
    return lines


def make_pdf(title: str, text: str) -> bytes:
    """A small, valid PDF with the title and the text, written by hand.

    Helvetica in WinAnsi encoding; lines are wrapped at about 90 characters and the text
    flows over as many A4 pages as needed."""
    title_lines = _wrap(title, 60)
    body_lines = _wrap(text, PDF_WRAP)
    usable = PDF_HEIGHT - 2 * PDF_MARGIN
    pages: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    room = usable
    for line, is_title in (
        [(line, True) for line in title_lines] + [("", False)] + [(line, False) for line in body_lines]
    ):
        height = PDF_TITLE_LEADING if is_title else PDF_LEADING
        if room < height:
            pages.append(current)
            current, room = [], usable
        if not current and not line:
            continue  # no blank line at the top of a page
        current.append((line, is_title))
        room -= height
    if current:
        pages.append(current)

    objects: list[bytes] = []  # object n is objects[n - 1]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # the page tree, filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Title " + _pdf_text_string(title) + b" /Producer (KPO demo) >>")
    page_numbers = []
    for page in pages:
        ops = [b"BT", b"%d %d Td" % (PDF_MARGIN, PDF_HEIGHT - PDF_MARGIN - PDF_TITLE_SIZE)]
        font = None
        for line, is_title in page:
            wanted = (b"/F2 %d Tf %d TL" % (PDF_TITLE_SIZE, PDF_TITLE_LEADING)) if is_title else None
            wanted = wanted or b"/F1 %d Tf %d TL" % (PDF_FONT_SIZE, PDF_LEADING)
            if wanted != font:
                ops.append(wanted)
                font = wanted
            ops.append(_pdf_string(line) + b" Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        content_number = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (PDF_WIDTH, PDF_HEIGHT, content_number)
        )
        page_numbers.append(len(objects))
    kids = b" ".join(b"%d 0 R" % number for number in page_numbers)
    objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_numbers)

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (len(objects) + 1))
    out.write(b"0000000000 65535 f \n")
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


DOCX_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" \
ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="word/document.xml"/>
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
Target="docProps/core.xml"/>
</Relationships>"""

DOCX_DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"""

DOCX_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties \
xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>{title}</dc:title>
<dc:creator>KPO demo</dc:creator>
</cp:coreProperties>"""

DOCX_DOCUMENT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body>
{paragraphs}
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" \
w:gutter="0"/></w:sectPr>
</w:body>
</w:document>"""


def _docx_paragraph(text: str, title: bool = False) -> str:
    props = '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>' if title else ""
    return f'<w:p><w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def make_docx(title: str, text: str) -> bytes:
    """A minimal, valid DOCX: the title as a bold paragraph, then one paragraph per
    paragraph of the text."""
    paragraphs = [_docx_paragraph(title, title=True)]
    paragraphs += [_docx_paragraph(" ".join(p.split())) for p in text.split("\n\n") if p.strip()]
    document = DOCX_DOCUMENT.format(paragraphs="\n".join(paragraphs))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        archive.writestr("_rels/.rels", DOCX_RELS)
        archive.writestr("docProps/core.xml", DOCX_CORE.format(title=escape(title)))
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", DOCX_DOCUMENT_RELS)
    return out.getvalue()


def make_txt(title: str, text: str) -> bytes:
    """The title, a blank line and the text, in UTF-8."""
    return f"{title}\n\n{text}\n".encode()


GENERATORS = {"pdf": make_pdf, "docx": make_docx, "txt": make_txt}


def file_bytes(doc: dict) -> tuple[bytes, str]:
    """The file of a demo document: its content and its original file name."""
    fmt = doc["format"]
    return GENERATORS[fmt](doc["title"], doc["text"]), f"{doc['slug']}.{fmt}"
