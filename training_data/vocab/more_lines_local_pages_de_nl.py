"""German and Dutch task lines in the registers of job ads, role profiles, procedures and provider service menus.

The German and Dutch lines in more_lines_local.py and more_lines_local_more.py are owners'
shorthand; real lines in these languages also arrive pasted from job ads ("Ihre Aufgaben", "Je
taken") in noun style ("Erstellung der ...", "Verantwortung für ...", "Verwerken van ...", "Je
verzorgt de ..."), from procedures and checklists in the infinitive or imperative ("Wareneingang
mit dem Lieferschein vergleichen", "Controleer bij elke inkoopfactuur ..."), from policy and
request pages written in the passive ("... werden über das Portal eingereicht", "Declaraties
worden ... uitbetaald"), and from the service menus of providers (Buchhaltungsbüro, Lohnbüro,
IT-Dienstleister, administratiekantoor, salarisbureau, schoonmaakbedrijf). They name local
terms, authorities and tools (DATEV, ELSTER, SV-Meldungen, Lohnsteuer-Anmeldung, GoBD, DSGVO,
DGUV, HinSchG, Belastingdienst, UWV, IND, KvK, BTW/ICP, Wwft, Poortwachter, Exact, AFAS, Nmbrs,
Twinfield, TOPdesk, SAP). Each line is labelled by shared/LABELING.md sections 1-3 and 5 as an
ordinary company's line, without company context: office follows the function (front only for
customer_service, sales and marketing), a provider's menu item takes the function of the work it
offers, cleaning at customers' premises and kitchen work are `production`, and work that needs a
person present (picking, loading, the warehouse, the machine, paper post, the reception desk,
hardware, the trade-fair stand, customer visits, workplace inspections) is `on_site`. About one
line in seven is long-tail, written as pages write it: an approval, an exception, a case-by-case
decision or a one-off request ("nach Genehmigung durch", "im Einzelfall", "auf Anfrage", "bij
uitzondering", "op verzoek van", "per geval").
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
# German: job ads, role profiles, procedures, policies and provider service menus.
GERMAN_PAGES: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        "Erstellung der monatlichen Umsatzsteuervoranmeldungen und Übermittlung über ELSTER",
        "Kontierung und Verbuchung der Eingangsrechnungen in DATEV Unternehmen online",
        "Laufende Buchführung inkl. Belegerfassung, Kontenabstimmung und OP-Verwaltung",
        "Unterstützung bei der Erstellung der Monats- und Jahresabschlüsse nach HGB, einschließlich Abgrenzungen und Rückstellungen",
        "Verantwortung für das Debitorenmanagement inklusive Mahnwesen",
        "Offene-Posten-Liste wöchentlich prüfen und Zahlungsvorschlag erstellen",
        "Reisekostenabrechnungen werden bis zum 5. Werktag des Folgemonats bei der Buchhaltung eingereicht",
        "Abwicklung des Zahlungsverkehrs und tägliche Abstimmung der Bankkonten",
        "Sicherstellung einer GoBD-konformen Belegablage und Einhaltung der Aufbewahrungsfristen",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Abweichungen von der Reisekostenrichtlinie bedürfen der vorherigen Genehmigung durch die Geschäftsführung",
    ],
    ("payroll", "back", "support", "remote"): [
        "Erstellung der monatlichen Lohn- und Gehaltsabrechnungen mit DATEV LODAS",
        "Übermittlung der SV-Meldungen und Beitragsnachweise an die Krankenkassen",
        "Lohnsteuer-Anmeldung fristgerecht bis zum 10. des Folgemonats abgeben",
        "Lohnbuchhaltung inkl. Meldewesen, Bescheinigungen und Auswertungen für Ihre Steuerberatung",
        "Pflege der Zeitwirtschaft und Abrechnung der Zuschläge für Nacht-, Sonn- und Feiertagsarbeit",
        "Überstunden sind bis zum Monatsende im Zeiterfassungssystem zu erfassen und werden mit der folgenden Abrechnung ausgezahlt",
        "Ansprechpartner für die Mitarbeitenden in allen Fragen rund um die Entgeltabrechnung",
        "Bewegungsdaten wie Ein- und Austritte, Krankheitstage und Zulagen bis zum 20. an das Lohnbüro melden",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Gehaltsvorschüsse werden nur in begründeten Ausnahmefällen und nach Genehmigung durch die Personalleitung gewährt",
    ],
    ("hr", "back", "support", "remote"): [
        "Begleitung des gesamten Recruiting-Prozesses von der Stellenausschreibung bis zur Vertragserstellung",
        "Vorauswahl der Bewerbungen und Koordination der Vorstellungsgespräche mit den Fachbereichen",
        "Pflege der Personalakten und Mitarbeiterstammdaten in Personio",
        "Urlaubsanträge sind spätestens vier Wochen vorher im Self-Service-Portal einzureichen und werden von der Teamleitung freigegeben",
        "Erstellung von Arbeitszeugnissen, Bescheinigungen und Vertragsänderungen",
        "Einarbeitungsplan erstellen und für jede neue Mitarbeiterin eine Patin oder einen Paten benennen",
        "Organisation von Schulungen und Weiterbildungen sowie Pflege der Teilnahmenachweise",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Anträge auf Sonderurlaub, z. B. bei Umzug oder Hochzeit, werden im Einzelfall von der Personalabteilung geprüft",
        "Personalanforderung für eine zusätzliche Stelle: Formular ausfüllen und von Bereichsleitung und Geschäftsführung freigeben lassen",
        "Visum und Aufenthaltstitel für neue Fachkräfte aus Drittstaaten auf Anfrage mit der Ausländerbehörde klären",
    ],
    ("it", "back", "support", "remote"): [
        "1st- und 2nd-Level-Support für unsere Mitarbeitenden per Ticket, Telefon und Fernwartung",
        "Benutzer- und Berechtigungsverwaltung im Active Directory und in Microsoft 365",
        "Administration der Server- und Netzwerkinfrastruktur einschließlich Firewall und VPN",
        "Managed Backup: tägliche Datensicherung mit Überwachung und regelmäßigen Wiederherstellungstests",
        "Patchmanagement und Virenschutz für alle Arbeitsplätze",
        "Zugänge ausscheidender Mitarbeitender am letzten Arbeitstag sperren und Postfach umleiten",
    ],
    ("it", "back", "support", "on_site"): [
        "Einrichtung und Aufbau neuer Arbeitsplätze vor Ort: Notebook, Dockingstation und Monitore anschließen",
        "Austausch defekter Hardware und Verkabelung im Serverraum",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Installation nicht freigegebener Software nur auf begründeten Antrag und nach Genehmigung durch die IT-Leitung",
    ],
    ("admin", "back", "support", "remote"): [
        "Allgemeine Büroorganisation, Terminkoordination und Pflege des Kalenders der Geschäftsführung",
        "Anlage und Pflege von Kunden- und Artikelstammdaten im SAP",
        "Protokollführung bei Besprechungen und Versand der Protokolle an die Teilnehmenden",
        "Buchung von Dienstreisen, Hotels und Bahntickets gemäß Reiserichtlinie",
        "Übersetzung von Geschäftskorrespondenz aus dem Deutschen ins Englische",
    ],
    ("admin", "back", "support", "on_site"): [
        "Bearbeitung der ein- und ausgehenden Post sowie Scannen und digitale Ablage der Schriftstücke",
        "Besprechungsräume vorbereiten und Bewirtung für Termine bereitstellen",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Fuhrparkverwaltung: Schadensmeldungen, Leasingrückgaben und Fahrzeugwechsel im Einzelfall abwickeln",
        "Organisation des Büroumzugs in das neue Gebäude inkl. Abstimmung mit Umzugsfirma und Handwerkern",
        "Planung der Weihnachtsfeier und des Sommerfests für die Belegschaft",
    ],
    ("procurement", "back", "support", "remote"): [
        "Operativer Einkauf von Roh-, Hilfs- und Betriebsstoffen inkl. Bestellabwicklung in SAP MM",
        "Einholung und Vergleich von Angeboten sowie Vorbereitung der Vergabeentscheidung",
        "Ab einem Bestellwert von 5.000 Euro sind mindestens drei Vergleichsangebote einzuholen",
        "Lieferantenbewertung und Aufnahme neuer Lieferanten in die Lieferantenliste",
        "Terminverfolgung offener Bestellungen und Klärung von Lieferverzögerungen mit den Lieferanten",
        "Verhandlung von Rahmenverträgen und Konditionen mit strategischen Lieferanten",
        "Bestellanforderung im System anlegen und von der Kostenstellenverantwortlichen freigeben lassen",
        "Beschaffung von Büro- und Verbrauchsmaterial über den Onlinekatalog",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Dringende Einzelbeschaffungen außerhalb des Katalogs nur nach Rücksprache mit dem Einkauf und Genehmigung durch die Abteilungsleitung",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Kommissionierung und Verpackung der Kundenaufträge nach Pickliste mit dem Handscanner",
        "Wareneingang: Anzahl und Zustand der Packstücke mit dem Lieferschein vergleichen, Abweichungen auf dem Frachtbrief vermerken",
        "Be- und Entladen von Lkw mit dem Gabelstapler",
        "Durchführung der permanenten Inventur und Klärung von Bestandsdifferenzen",
        "Fachgerechte Einlagerung der Ware nach dem FIFO-Prinzip",
    ],
    ("logistics", "back", "core", "remote"): [
        "Tourenplanung und Disposition unserer Auslieferfahrzeuge",
        "Erstellung der Versand- und Zollpapiere für Exportsendungen",
        "Bestandsführung im Lagerverwaltungssystem und Überwachung der Mindestbestände",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Sonderfahrten und Expresszustellungen werden nur nach Freigabe durch die Versandleitung beauftragt",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Prüfung und Gestaltung von Verträgen mit Kunden, Lieferanten und Dienstleistern",
        "Ansprechpartner für Datenschutzfragen und Pflege des Verzeichnisses von Verarbeitungstätigkeiten nach DSGVO",
        "Fristen für die Prüfung ortsveränderlicher Geräte nach DGUV V3 überwachen und Prüfprotokolle ablegen",
        "Betreuung des Hinweisgebersystems und fristgerechte Bearbeitung eingehender Meldungen nach HinSchG",
        "Vorbereitung und Begleitung interner und externer Audits, z. B. nach ISO 9001",
        "Identifizierung von Vertragspartnern nach dem Geldwäschegesetz und Abgleich mit Sanktionslisten",
        "Verwaltung der betrieblichen Versicherungen und jährliche Überprüfung der Deckungssummen",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "Begehung der Arbeitsplätze mit der Fachkraft für Arbeitssicherheit und dem Betriebsarzt",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Abweichungen von den Musterverträgen sind im Einzelfall mit der Rechtsabteilung abzustimmen und von der Geschäftsführung zu genehmigen",
    ],
    ("customer_service", "front", "core", "remote"): [
        "Bearbeitung von Kundenanfragen per Telefon, E-Mail und Chat in Zendesk",
        "Erste Ansprechperson für Kundinnen und Kunden bei Fragen zu Bestellungen, Lieferzeiten und Rechnungen",
        "Reklamationen aufnehmen, Ursache klären und dem Kunden innerhalb von 48 Stunden eine Lösung zurückmelden",
        "Retourenabwicklung und Veranlassung von Gutschriften für Kunden",
        "Rückrufe werden innerhalb eines Werktags erledigt und im CRM dokumentiert",
        "Technischer Support für Kunden bei der Inbetriebnahme unserer Geräte per Telefon und Fernwartung",
        "Telefonische Annahme von Reservierungen und Terminwünschen unserer Gäste",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Besucherempfang: Gäste anmelden, Besucherausweise ausgeben und den Wartebereich betreuen",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Kulanzentscheidungen außerhalb der Garantiezeit trifft die Teamleitung nach Prüfung des Einzelfalls",
    ],
    ("sales", "front", "core", "remote"): [
        "Aktive Neukundengewinnung im B2B-Umfeld per Telefon, E-Mail und LinkedIn",
        "Erstellung von Angeboten und Nachverfolgung bis zum Vertragsabschluss",
        "Betreuung und Ausbau eines festen Kundenstamms als Key Account Manager",
        "Pflege der Verkaufschancen und Kundenhistorie in Salesforce",
        "Durchführung von Produktdemos per Videocall für Interessenten",
        "Auftragsannahme und Erfassung der Kundenaufträge im Vertriebsinnendienst",
        "Vertragsverlängerungen rechtzeitig vor Ablauf mit den Kunden besprechen und neue Konditionen anbieten",
    ],
    ("sales", "front", "core", "on_site"): [
        "Regelmäßige Besuche bei Bestandskunden im Außendienstgebiet Süddeutschland",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Rabatte über 10 % sind nur nach Genehmigung durch die Vertriebsleitung zulässig",
    ],
    ("marketing", "front", "core", "remote"): [
        "Planung und Umsetzung von Online-Kampagnen auf Google Ads und Meta",
        "Redaktionelle Betreuung unserer Social-Media-Kanäle und Erstellung von Content",
        "Erstellung von Newslettern und Auswertung der Öffnungs- und Klickraten",
        "Suchmaschinenoptimierung (SEO) und Pflege der Website im CMS",
        "Durchführung von Markt- und Wettbewerbsanalysen",
        "Pressearbeit: Pressemitteilungen verfassen und Kontakte zu Fachmedien pflegen",
        "Erstellung von Werbemitteln in Abstimmung mit externen Agenturen",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Organisation und Betreuung unserer Messeauftritte im In- und Ausland",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Sponsoring-Anfragen von Vereinen werden einzeln geprüft und je nach verfügbarem Budget entschieden",
    ],
    ("production", "back", "core", "on_site"): [
        "Einrichten, Bedienen und Überwachen von CNC-Fräsmaschinen",
        "Montage von Baugruppen nach Zeichnung und Stückliste",
        "Herstellung von Backwaren nach Rezeptur und Hygienevorgaben",
        "Qualitätsprüfung in der Fertigung: Maße kontrollieren und Prüfprotokolle ausfüllen",
        "Rüsten der Anlage beim Produktwechsel und Reinigung nach Reinigungsplan",
        "Unterhaltsreinigung von Büro- und Praxisräumen bei unseren Kunden",
        "Schichtübergabe: Maschinenstatus, Störungen und Stückzahlen im Schichtbuch dokumentieren",
        "Vorbereitung der Speisen in der Küche nach Mise-en-place-Liste",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Sonderanfertigungen nach Kundenwunsch werden erst nach Freigabe durch die Arbeitsvorbereitung gefertigt",
    ],
    ("product_development", "back", "core", "remote"): [
        "Entwicklung neuer Produkte von der Idee bis zur Serienreife",
        "Konstruktion von Bauteilen und Baugruppen mit SolidWorks",
        "Erstellung von Lastenheften und technischen Spezifikationen",
        "Weiterentwicklung unserer Softwareplattform in einem agilen Scrum-Team",
        "Durchführung von Nutzerinterviews und Usability-Tests für neue Funktionen",
        "Auswertung von Testergebnissen und Ableitung von Designänderungen",
    ],
    ("product_development", "back", "core", "on_site"): [
        "Aufbau und Erprobung von Prototypen im Versuchslabor",
        "Entwicklung neuer Rezepturen in der Versuchsküche",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Machbarkeitsstudien für kundenspezifische Sonderentwicklungen auf Anfrage des Vertriebs",
    ],
    ("management", "back", "core", "remote"): [
        "Entwicklung und Umsetzung der Unternehmensstrategie gemeinsam mit den Gesellschaftern",
        "Führung der Bereichsleitungen und Festlegung der Jahresziele",
        "Regelmäßige Berichterstattung an den Beirat",
        "Leitung der wöchentlichen Führungskreissitzung und Nachverfolgung der Beschlüsse",
        "Gesamtverantwortung für Ergebnis, Wachstum und Organisation des Unternehmens",
        "Vorbereitung der Gesellschafterversammlung und Umsetzung der Gesellschafterbeschlüsse",
        "Weiterentwicklung der Organisationsstruktur und Aufbau einer zweiten Führungsebene",
        "Mittelfristige Unternehmensplanung über drei Jahre mit Meilensteinen je Geschäftsbereich",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Geschäfte außerhalb des gewöhnlichen Geschäftsbetriebs bedürfen der Zustimmung der Gesellschafterversammlung",
    ],
}

# Dutch: vacatureteksten, functieprofielen, werkinstructies, beleid en dienstenoverzichten.
DUTCH_PAGES: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        "Je verwerkt inkoop- en verkoopfacturen in Exact Online en zorgt voor een actuele administratie",
        "Verzorgen van de periodieke btw-aangifte en de opgaaf ICP",
        "Verwerken van bankmutaties en afletteren van openstaande posten in Twinfield",
        "Voorbereiden van maand- en kwartaalrapportages voor de directie",
        "Debiteurenbeheer: betalingsherinneringen versturen en aanmaningen opvolgen",
        "Controleer bij elke inkoopfactuur of bedrag en aantallen overeenkomen met de inkooporder en de pakbon",
        "Declaraties worden via de app ingediend en na controle maandelijks uitbetaald",
        "Samenstellen van jaarrekeningen en verzorgen van de aangifte vennootschapsbelasting",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Uitgaven buiten het goedgekeurde budget worden alleen vergoed na schriftelijk akkoord van de directeur",
    ],
    ("payroll", "back", "support", "remote"): [
        "Verzorgen van de maandelijkse salarisverwerking in Nmbrs",
        "Loonadministratie inclusief loonstroken, jaaropgaven en aangifte loonheffingen bij de Belastingdienst",
        "Aanleveren van mutaties (in- en uitdiensttreding, ziekte, uren) vóór de 15e van de maand",
        "Je bent aanspreekpunt voor medewerkers met vragen over hun loonstrook en reiskostenvergoeding",
        "Aanmelden van nieuwe medewerkers bij de pensioenuitvoerder en verwerken van de premies",
        "Overuren worden wekelijks geregistreerd in AFAS en met het salaris van de volgende maand uitbetaald",
        "Berekenen en uitbetalen van vakantiegeld en eindejaarsuitkering volgens de cao",
        "Controleren van de loonrun en aanmaken van het betaalbestand voor de bank",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Voorschotten op het salaris worden alleen bij uitzondering verstrekt, na akkoord van de HR-manager",
    ],
    ("hr", "back", "support", "remote"): [
        "Je begeleidt het volledige wervings- en selectieproces, van vacaturetekst tot arbeidsvoorwaardengesprek",
        "Opstellen van arbeidsovereenkomsten, contractverlengingen en werkgeversverklaringen",
        "Bijhouden van de personeelsdossiers in AFAS",
        "Verzuimbegeleiding samen met de bedrijfsarts volgens de Wet verbetering poortwachter, inclusief de melding aan het UWV",
        "Vakantieverlof vraag je minimaal twee weken van tevoren aan in het personeelsportaal",
        "Organiseren van het inwerkprogramma voor nieuwe collega's",
        "Inhuur van uitzendkrachten en zzp'ers coördineren en de contracten bijhouden",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Aanvragen voor bijzonder verlof, bijvoorbeeld bij een verhuizing of huwelijk, worden per geval door HR beoordeeld",
        "Aanvraag voor een extra formatieplaats ter goedkeuring voorleggen aan de directie",
        "Verblijfsvergunning als kennismigrant aanvragen bij de IND voor een nieuwe collega van buiten de EU",
    ],
    ("it", "back", "support", "remote"): [
        "Eerstelijns ondersteuning van medewerkers bij storingen via TOPdesk",
        "Beheer van gebruikersaccounts en rechten in Entra ID en Microsoft 365",
        "Beheer van het netwerk, de firewall en de wifi op alle vestigingen",
        "Werkplekbeheer, patchmanagement en antivirus voor al uw pc's en laptops",
        "Dagelijkse back-up naar een extern datacenter, inclusief maandelijkse hersteltest",
        "Bij uitdiensttreding: accounts blokkeren en bedrijfsgegevens van de telefoon wissen",
    ],
    ("it", "back", "support", "on_site"): [
        "Uitleveren en installeren van laptops, telefoons en randapparatuur voor nieuwe collega's",
        "Vervangen van defecte hardware en bekabeling in de serverruimte",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Toegang tot extra software of mappen alleen op verzoek van de leidinggevende en na goedkeuring door IT",
    ],
    ("admin", "back", "support", "remote"): [
        "Je verzorgt de agenda van de directie en plant vergaderingen in",
        "Notuleren van het werkoverleg en uitwerken van de actiepunten",
        "Invoeren van klant- en artikelgegevens in het ERP-systeem",
        "Boeken van zakenreizen en hotelovernachtingen volgens het reisbeleid",
    ],
    ("admin", "back", "support", "on_site"): [
        "Verwerken van de inkomende en uitgaande post en scannen van documenten",
        "Dagelijkse kantoorschoonmaak: bureaus afnemen, vloeren stofzuigen en prullenbakken legen",
        "Kantine opgeruimd houden en koffieautomaten bijvullen",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Leaseauto's: schademeldingen, bandenwissels en inleveren van auto's per geval afhandelen met de leasemaatschappij",
        "Organisatie van het personeelsuitje en de kerstborrel",
    ],
    ("procurement", "back", "support", "remote"): [
        "Je plaatst bestellingen bij leveranciers en bewaakt de levertijden",
        "Aanvragen en vergelijken van offertes en voorbereiden van het inkoopadvies",
        "Inkooporders aanmaken in SAP en laten fiatteren door de budgethouder",
        "Selecteren en beoordelen van leveranciers volgens de inkoopprocedure",
        "Bij inkopen boven € 10.000 vraag je minimaal drie offertes op",
        "Onderhandelen over prijzen, levervoorwaarden en raamcontracten",
        "Bestellen van kantoorbenodigdheden en kantinevoorraad via de webshop van de leverancier",
        "Nieuwe leveranciers aanmaken in het systeem na controle van het KvK-uittreksel en de bankgegevens",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Spoedinkopen buiten het contract om zijn alleen toegestaan na akkoord van de afdelingsmanager",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Orderpicken met de handscanner en zendingen klaarzetten voor verzending",
        "Controleer bij ontvangst of aantallen en artikelen overeenkomen met de pakbon",
        "Laden en lossen van vrachtwagens met de heftruck of reachtruck",
        "Uitvoeren van cycle counts en uitzoeken van voorraadverschillen",
        "Als chauffeur lever je bestellingen af bij klanten in de regio en neem je retouren mee terug",
    ],
    ("logistics", "back", "core", "remote"): [
        "Planning van de ritten en aansturen van de chauffeurs",
        "Opstellen van CMR-vrachtbrieven en exportdocumenten",
        "Bijhouden van de voorraad in het WMS en tijdig signaleren van tekorten",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Spoedzendingen per koerier worden alleen op verzoek van de klantenservice en na akkoord van de teamleider verstuurd",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Opstellen en beoordelen van contracten, algemene voorwaarden en geheimhoudingsverklaringen",
        "Je bent aanspreekpunt voor privacyvragen en houdt het verwerkingsregister volgens de AVG bij",
        "Uitvoeren van cliëntenonderzoek en melden van ongebruikelijke transacties volgens de Wwft",
        "Bewaken van keuringstermijnen van arbeidsmiddelen en bijhouden van de keuringsrapporten",
        "Ondersteunen bij interne audits en de ISO 9001-certificering",
        "Beheer van de bedrijfsverzekeringen en jaarlijkse controle van de dekking",
        "Bijhouden van wet- en regelgeving en deze vertalen naar interne richtlijnen",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "Werkplekinspecties uitvoeren samen met de preventiemedewerker",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Afwijkingen van de standaardcontracten worden per geval voorgelegd aan de jurist en door de directie goedgekeurd",
    ],
    ("customer_service", "front", "core", "remote"): [
        "Je beantwoordt vragen van klanten via telefoon, e-mail en chat",
        "Afhandelen van klachten en retouren volgens de klachtenprocedure",
        "Eerste aanspreekpunt voor klanten met vragen over hun bestelling of levering",
        "Klachten worden binnen vijf werkdagen inhoudelijk beantwoord en vastgelegd in het CRM",
        "Technische ondersteuning aan klanten bij het installeren van onze software",
        "Verwerken van annuleringen en terugbetalingen in Zendesk",
        "Telefonisch reserveringen aannemen en wijzigen voor onze gasten",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Receptie: bezoekers ontvangen, aanmelden en de weg wijzen",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Tegemoetkomingen boven € 100 worden bij uitzondering toegekend na overleg met de teamleider",
    ],
    ("sales", "front", "core", "remote"): [
        "Actief benaderen van potentiële klanten per telefoon en via LinkedIn",
        "Opstellen van offertes en opvolgen tot aan de opdrachtverlening",
        "Accountmanagement: onderhouden en uitbouwen van de relatie met bestaande klanten",
        "Geven van online productdemonstraties aan geïnteresseerde bedrijven",
        "Vastleggen van leads en verkoopkansen in HubSpot",
        "Binnendienst: orders aannemen en invoeren en klanten adviseren over het assortiment",
        "Contractverlengingen tijdig bespreken met klanten en nieuwe voorwaarden voorstellen",
    ],
    ("sales", "front", "core", "on_site"): [
        "Bezoeken van klanten en prospects in je eigen rayon",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Kortingen buiten de prijslijst alleen na goedkeuring van de salesmanager",
    ],
    ("marketing", "front", "core", "remote"): [
        "Bedenken en uitvoeren van online campagnes via Google Ads en LinkedIn",
        "Je beheert onze socialemediakanalen en maakt de contentkalender",
        "Opzetten en versturen van de maandelijkse nieuwsbrief en analyseren van de resultaten",
        "SEO: zoekwoordonderzoek doen en webteksten optimaliseren",
        "Uitvoeren van marktonderzoek en concurrentieanalyses",
        "Schrijven van persberichten en onderhouden van contacten met vakbladen",
        "Ontwikkelen van brochures, flyers en advertenties samen met het ontwerpbureau",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Opbouw en bemanning van onze stand op vakbeurzen",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Sponsorverzoeken van lokale verenigingen worden per aanvraag beoordeeld",
    ],
    ("production", "back", "core", "on_site"): [
        "Instellen en bedienen van de productielijn en bewaken van de kwaliteit",
        "Je monteert onderdelen volgens tekening en werkinstructie",
        "Omstellen van machines bij een productwissel en reinigen volgens het schoonmaakschema",
        "Bakken van brood en banket volgens recept en HACCP-richtlijnen",
        "Schoonmaakwerkzaamheden bij klanten op kantoorlocaties volgens het bestek",
        "Uitvoeren van in-procescontroles en invullen van de meetrapporten",
        "Bedienen van de CNC-draaibank en uitvoeren van klein onderhoud aan de machine",
        "Bereiden van gerechten in de keuken volgens de menukaart",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Maatwerkorders worden alleen na akkoord van de werkvoorbereiding tussen de reguliere productie door gemaakt",
    ],
    ("product_development", "back", "core", "remote"): [
        "Ontwikkelen van nieuwe producten van concept tot serieproductie",
        "Je maakt 3D-ontwerpen en technische tekeningen in SolidWorks",
        "Opstellen van productspecificaties en programma's van eisen",
        "Doorontwikkelen van ons platform in een scrumteam",
        "Uitvoeren van gebruikersonderzoek en usability-tests voor nieuwe functies",
        "Analyseren van testresultaten en doorvoeren van ontwerpwijzigingen",
    ],
    ("product_development", "back", "core", "on_site"): [
        "Bouwen en testen van prototypes in het lab",
        "Nieuwe recepturen ontwikkelen in de proefkeuken",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Haalbaarheidsonderzoek voor een maatwerkoplossing op verzoek van een klant",
    ],
    ("management", "back", "core", "remote"): [
        "Formuleren en uitvoeren van de strategie van de onderneming samen met de aandeelhouders",
        "Aansturen van het managementteam en vaststellen van de jaardoelen",
        "Rapporteren aan de raad van commissarissen",
        "Voorzitten van het wekelijkse MT-overleg en bewaken van de besluiten",
        "Eindverantwoordelijk voor resultaat, groei en organisatie van het bedrijf",
        "Voorbereiden van de algemene vergadering van aandeelhouders",
        "Herinrichten van de organisatiestructuur en opbouwen van een tweede managementlaag",
        "Opstellen van het meerjarenplan met mijlpalen per bedrijfsonderdeel",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Besluiten buiten de normale bedrijfsvoering vereisen goedkeuring van de aandeelhouders",
    ],
}
# fmt: on

LINES: list[Row] = flatten(GERMAN_PAGES, DUTCH_PAGES)
