"""German, French, Spanish and Dutch lines where the domain word, not a generic word, decides the function.

more_lines_domain_word.py gave the classifier English lines in pairs across eight boundaries where
a generic word (target, plan, budget, roadmap, customer, call, ticket, access, supplier, schedule,
booking) sits beside the word that decides (shared/LABELING.md, "The domain word decides"). Real
lines in German, French, Spanish and Dutch cross the same boundaries with their own words, tools,
forms and authorities (Mahnwesen, Mahnbescheid, Creditreform, DATEV, lexoffice, Personio, ELSTER,
DEÜV, Beitragsnachweise, GWB; relances, mise en demeure, injonction de payer,
Pennylane, Sage, PayFit, Lucca, DSN, BOAMP, ouverture des plis; cobros, burofax, monitorio,
Holded, Factorial, Sistema RED, modelo 111/303/182, PLACSP, DEUC, ROLECE, mesa de
contratación; aanmaningen, veertiendagenbrief, Exact Online, Moneybird, Nmbrs, AFAS,
TenderNed, nota van inlichtingen, Alcatel-termijn), so they come here written natively:

1. direction inside one function stays with it (Vertriebsziele, IT-Budget, Abrechnungskalender,
   feuille de route produit, plan de marketing, objetivos de venta, salariskalender), while the
   company's own direction (Unternehmensstrategie, conseil d'administration, plan estratégico,
   raad van commissarissen) is `management`;
2. money customers owe (Mahnwesen, relances, cobros, aanmaningen, payment plans, statements,
   credit notes, debt collection) is `finance_accounting`, while customers' questions about an
   order, a return, an exchange or a refund are `customer_service`;
3. the staff help desk, accounts, licences, access, devices and maintenance windows are `it`;
   help with the product for customers is `customer_service`; the privacy review of a new data
   flow (DSGVO, RGPD, AVG) is `legal_compliance`;
4. premises chores (bins, the staff kitchen, heating, snow, locking up, room set-up, building
   contractors) are `admin`; mise en place, cooking and baking are `production`; the loading bay
   and the aisles are `logistics`;
5. goods received and counted against the purchase order, stocktakes and moving raw materials
   are `logistics`; quotes, supplier onboarding and purchase orders are `procurement`; stock
   valuation and the three-way match are `finance_accounting`;
6. a public tender answered to win work is `sales`; one published, opened and scored by a buyer
   is `procurement`;
7. pay runs, payroll filings and social charges declarations (Lohnsteuer-Anmeldung,
   Beitragsnachweise, DSN, seguros sociales, modelo 111, loonaangifte, bedrijfsvoorheffing) are
   `payroll`; VAT, corporate tax, fixed assets, donation receipts and the payroll journal are
   `finance_accounting`;
8. job ads, onboarding and employee files are `hr`; customer newsletters, press releases and
   market research are `marketing`; patient and guest registration is `customer_service`; the
   staff bulletin is `admin`.

They are written as job-ad bullets in noun style ("Durchführung des...", "Gestion des...",
"Gestión de...", "Verwerken van..."), infinitive checklist steps, provider menu items, owners'
shorthand and headings with a colon gloss. Each line is an ordinary company's line without
company context: office follows the function (front only for customer_service, sales and
marketing), process is the function's routine one, and about one line in eight is `long_tail`
(an exception, a one-off, a case-by-case request inside that function). Location is `on_site`
only where a person must be present (the building, the kitchen, goods-in, the racking, the front
desk, hardware at a desk, a stand).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
# German (Germany, Austria, Switzerland).
GERMAN: Blocks = {
    ("sales", "front", "core", "remote"): [
        # 1. direction inside sales
        "Vertriebsziele je Außendienstmitarbeiter für das neue Geschäftsjahr festlegen und monatlich nachhalten",
        "Gebietsplanung: PLZ-Gebiete auf die drei Verkaufsberater neu aufteilen",
        "Vertriebsstrategie für den Fachhandel: welche Baumärkte und Raiffeisenmärkte wir zuerst ansprechen",
        "Umsatzziele pro Filiale - montags im Vertriebsmeeting checken",
        "Erstellung der Key-Account-Pläne für unsere fünf größten Handelskunden vor jedem Jahresgespräch",
        # 6. tenders answered
        "Ausschreibungen auf bund.de und DTVP nach passenden Reinigungsaufträgen durchsuchen",
        "Angebotsunterlagen für die Ausschreibung der Stadtwerke zusammenstellen: Preisblatt, Referenzen, Eigenerklärungen",
        "Angebotsmanagerin: koordiniert unsere Teilnahme an öffentlichen Ausschreibungen von der Sichtung bis zur Abgabe",
        "Kundenanfragen (RFQ) von Automobilzulieferern mit Stückpreis und Lieferzeit beantworten",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Sonderrabatt über der Rabattgrenze des Verkäufers: Freigabe im Einzelfall durch die Vertriebsleitung",
    ],
    ("marketing", "front", "core", "remote"): [
        # 1. direction inside marketing
        "Marketingplan fürs Jahr: Saisonaktionen, Kanäle und Budget je Kanal",
        "PR-Plan zur Produkteinführung: Presseverteiler, Sperrfrist, Interviewtermine für die Gründerin",
        "Marketingbudget monatlich gegen den Plan prüfen und Geld in die Kanäle mit den meisten Leads umschichten",
        # 8. newsletters, press, research
        "Kunden-Newsletter monatlich in CleverReach: neue Produkte, Angebote und Rezepte",
        "Pressemitteilung zur Neueröffnung schreiben und an die Lokalredaktionen schicken",
        "Marktforschung: Online-Umfrage unter 400 Kundinnen zu ihren Verpackungsvorlieben",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Messestand betreuen und Besucherkontakte für den Newsletter erfassen",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Sponsoringanfrage vom örtlichen Sportverein: Einzelfallentscheidung der Marketingleitung",
    ],
    ("customer_service", "front", "core", "remote"): [
        # 2. order, return, refund questions
        "Kundenanfragen zum Bestellstatus beantworten: wo ist mein Paket, wann kommt es an",
        "Retourenanfragen: Bestellung prüfen, Rücksendeschein schicken und erklären, wann das Geld zurückkommt",
        "Zendesk: Chats zu Bestelländerungen, falschen Artikeln und fehlenden Teilen beantworten",
        # 3. product support for customers
        "Technischer Kundensupport: Kunden am Telefon durch die Ersteinrichtung ihrer Wallbox führen",
        "Support für Anwender unserer Kassensoftware: Fehlermeldungen beim Tagesabschluss erklären",
        "Gesperrte Kundenkonten im Onlineshop entsperren und beim Zurücksetzen des Passworts helfen",
        "Von Kunden gemeldete Fehler mit den Schritten zur Reproduktion an die Entwicklung weitergeben",
        # 8. registration by phone
        "Neupatienten telefonisch aufnehmen und den ersten Termin vergeben",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Neue Patienten am Empfang aufnehmen: Versichertenkarte, Anamnesebogen, Kontaktdaten",
        "Hotelrezeption: Gäste einchecken, Kreditkarte hinterlegen und die Frühstückszeiten erklären",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Kulanzerstattung nach Ablauf der Rückgabefrist, nur mit Zustimmung der Teamleitung",
    ],
    ("management", "back", "core", "remote"): [
        "Unternehmensstrategie für die nächsten drei Jahre mit den Gesellschaftern festlegen",
        "Beiratssitzung vorbereiten: Ergebnisse des Unternehmens, Risiken und anstehende Entscheidungen",
        "Unternehmensziele für Umsatz, Marge und Personal auf alle Bereiche herunterbrechen",
        "Entscheidung der Inhaber über einen zweiten Standort in Leipzig",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Photovoltaik auf allen Firmendächern: einmalige Investitionsentscheidung der Geschäftsführung",
    ],
    ("product_development", "back", "core", "remote"): [
        "Release-Planung der App: was in Version 3.2 kommt und was auf 3.3 wartet",
        "Feature-Priorisierung nach Nutzen und Aufwand vor jedem Sprint-Planning",
        "Entwicklungsbudget für die neue Pumpengeneration: Prototypen, Prüfstand, Zertifizierung",
        "Sortimentsentwicklung der Manufaktur: welche zwei neuen Rezepturen dieses Jahr in den Test gehen",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # 2. money owed
        "Durchführung des Mahnwesens: Mahnlauf in DATEV wöchentlich starten, erste bis dritte Mahnstufe",
        "Offene Posten der Debitoren jeden Montag durchgehen und die größten Rückstände telefonisch klären",
        "Zahlungserinnerung per E-Mail aus lexoffice, sobald eine Rechnung 14 Tage überfällig ist",
        "Ratenzahlungsvereinbarungen mit Kunden treffen, die ihren Saldo nicht auf einmal begleichen können",
        "Gerichtliches Mahnverfahren: Mahnbescheid online beantragen, wenn der Kunde auf die dritte Mahnung nicht reagiert",
        "Kreditlimits für neue Händlerkonten anhand der Creditreform-Auskunft festlegen",
        "Mahnungen raus - jeden Freitag",
        # 5. stock valuation
        "Bestandsbewertung zum Monatsende: Vorräte zu Anschaffungskosten in der Finanzbuchhaltung",
        "Rechnungsprüfung: Eingangsrechnung, Bestellung und Wareneingang abgleichen, bevor gezahlt wird",
        # 7. tax, assets, receipts
        "Umsatzsteuer-Voranmeldung aus lexoffice monatlich an ELSTER senden und die Zahllast überweisen",
        "Körperschaft- und Gewerbesteuer: Zahlen für den Steuerberater vorbereiten und Vorauszahlungen im Blick behalten",
        "Anlagenbuchhaltung: neue Maschinen aktivieren und monatlich abschreiben",
        "Lohnjournal nach jedem Abrechnungslauf in die Finanzbuchhaltung buchen",
        "Sammelbestätigungen über Geldzuwendungen für Dauerspender im Januar erstellen",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Teilverzicht auf eine alte Forderung im Einzelfall, wenn das Eintreiben teurer wäre, Freigabe durch die kaufmännische Leitung",
        "Kunde hat dieselbe Rechnung doppelt bezahlt: Buchung prüfen und den Betrag zurücküberweisen",
    ],
    ("payroll", "back", "support", "remote"): [
        # 1. direction inside payroll
        "Abrechnungskalender fürs Jahr: Stichtag für Stundenzettel, Freigabe und Auszahlungstermin je Monat",
        "Lohnkosten je Kostenstelle monatlich als Auswertung aus DATEV LODAS an die Buchhaltung geben",
        "Terminplan zum Jahreswechsel in der Lohnabrechnung: letzte Abrechnung, Bescheinigungen, neue Beitragssätze",
        # 7. pay runs and filings
        "Lohnsteuer-Anmeldung bis zum 10. des Folgemonats an das Finanzamt übermitteln",
        "Beitragsnachweise an die Krankenkassen fristgerecht übermitteln",
        "DEÜV-Meldungen: An- und Abmeldung der Beschäftigten bei der Krankenkasse",
        "Personio: Arbeitszeiten und Abwesenheiten an die Lohnabrechnung übergeben",
        "Überstunden und Zuschläge für Nacht- und Sonntagsarbeit aus der Zeiterfassung abrechnen",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Gehaltsvorschuss im Einzelfall auf Zustimmung des Inhabers, Rückzahlung über drei Abrechnungen",
    ],
    ("hr", "back", "support", "remote"): [
        "Stellenanzeigen schreiben und auf StepStone, Indeed und in der Jobbörse der Agentur für Arbeit schalten",
        "Onboarding in Personio: Vertragsunterlagen vor dem ersten Tag digital unterschreiben lassen",
        "Einarbeitungsplan für neue Pflegekräfte: Hospitationsschichten, Pflichtschulungen, Patin oder Pate",
        "Pflege der Personalakten: Arbeitsvertrag, Nachweise, Schulungszertifikate",
        "Willkommensmappe für neue Mitarbeitende zusammenstellen: Handbuch, Plan für die erste Woche, Ansprechpersonen",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Aushilfe für zwei Wochen über die Zeitarbeitsfirma besorgen, wenn eine Abteilung danach fragt",
    ],
    ("it", "back", "support", "remote"): [
        # 1. direction inside IT
        "IT-Budget fürs nächste Jahr: Notebook-Tausch, Microsoft-365-Lizenzen, Wartungsvertrag mit dem Systemhaus",
        "IT-Strategie der Kanzlei: Fileserver ablösen und die Arbeitsplätze in DATEVasp verlegen",
        "IT-Roadmap: Windows-11-Umstellung, neue Firewall, Single Sign-on für alle Fachanwendungen",
        # 3. staff help desk, accounts, access
        "Interner IT-Helpdesk: Tickets der Mitarbeitenden in Jira Service Management annehmen, priorisieren und lösen",
        "Benutzerkonten und Postfächer für neue Kolleginnen und Kollegen vor dem ersten Arbeitstag anlegen",
        "Lizenzen für Microsoft 365 und Adobe zuweisen und beim Austritt zurückholen",
        "Berechtigungsantrag für das Laufwerk der Buchhaltung: Freigabe durch den Ordnerverantwortlichen, dann Umsetzung durch die IT",
        "Zugriffsrechte quartalsweise prüfen: wer hat noch Adminrechte auf Servern und Firewall",
        "Wartungsfenster ankündigen: Samstag von 22 bis 2 Uhr sind E-Mail und ERP nicht erreichbar",
    ],
    ("it", "back", "support", "on_site"): [
        "Arbeitsplätze für Neue einrichten: Notebook, Dockingstation und zwei Monitore am Schreibtisch",
        "Defekte Headsets und Tastaturen im Büro austauschen",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Befristete Adminrechte für einen externen Dienstleister, auf Antrag des Projektleiters und nur für eine Woche",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Datenschutz-Folgenabschätzung für die geplante Videoüberwachung im Lager",
        "Auftragsverarbeitungsvertrag mit dem neuen Lohnabrechnungsdienstleister prüfen und abschließen",
        "Verzeichnis der Verarbeitungstätigkeiten um das neue Patientenportal ergänzen",
        "Datenschutzprüfung der Schnittstelle zwischen Onlineshop und neuem CRM vor dem Go-live",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Auskunftsersuchen nach Art. 15 DSGVO eines ehemaligen Mitarbeiters fristgerecht beantworten",
    ],
    ("admin", "back", "support", "on_site"): [
        "Mülltonnen am Abend vor der Abholung an die Straße stellen",
        "Büroküche aufräumen, Spülmaschine ausräumen und freitags den Kühlschrank leeren",
        "Heizung und Klimaanlage im Büro zum Saisonwechsel umstellen",
        "Winterdienst: Eingang und Mitarbeiterparkplatz vor 7 Uhr räumen und streuen",
        "Besprechungsraum für die Gesellschafterversammlung herrichten: Bestuhlung, Beamer, Getränke",
        "Heizungswartung: den Techniker ins Gebäude lassen und seinen Arbeitsbericht abzeichnen",
        "Glühbirnen tauschen und defekte Leuchten dem Hausmeister melden",
    ],
    ("admin", "back", "support", "remote"): [
        "Termine der Gebäudedienstleister koordinieren: Fensterreinigung, Aufzugswartung, Schädlingsbekämpfung",
        "Mängel am Gebäude dem Vermieter melden und bis zur Behebung nachhaken",
        "Interne Mitteilung an die Belegschaft: Raumänderungen, Parkplatzregeln, Schließtage des Büros",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Notdienst rufen, wenn im Büro ein Wasserrohr bricht",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Heizzeiten für ein Team, das abends länger arbeitet, auf Anfrage im Einzelfall anpassen",
    ],
    ("procurement", "back", "support", "remote"): [
        # 5. buying
        "Drei Angebote für Verpackungsmaterial einholen und nach Stückpreis, Lieferzeit und Mindestmenge vergleichen",
        "Bestellungen in SAP Business One aus freigegebenen Bestellanforderungen erzeugen",
        "Neue Lieferanten anlegen: Bankverbindung, Versicherungsnachweis und Zahlungsbedingungen",
        # 6. tenders issued
        "Gemeinde: Ausschreibung der Gebäudereinigung veröffentlichen und Bieterfragen beantworten",
        "Eingegangene Angebote nach der veröffentlichten Wertungsmatrix bewerten und einen Vergabevorschlag machen",
        "Angebotsöffnung zum Submissionstermin protokollieren",
        "Ausschreibung für einen neuen Lohnabrechnungsdienstleister erstellen und die Angebote vergleichen",
        "Zuschlag an den wirtschaftlichsten Bieter, Informationsschreiben nach § 134 GWB an die übrigen",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Nur ein Angebot eingegangen: entscheiden, ob neu ausgeschrieben oder verhandelt wird",
    ],
    ("logistics", "back", "core", "on_site"): [
        # 4. warehouse housekeeping
        "Verladerampe von Leerpaletten und Stretchfolie freihalten",
        # 5. receiving, counting, moving materials
        "Wareneingang: gelieferte Menge mit der Bestellung abgleichen und Fehlmengen auf dem Lieferschein vermerken",
        "Eingehende Lieferungen auf Transportschäden prüfen und quittieren",
        "Rohstoffe mit dem eigenen Lkw beim Lieferanten abholen und ins Werk bringen",
        "Inventur zum Jahresende: alle Regalfächer zählen und die Zähllisten unterschreiben",
        "Restaurant: Gemüselieferung mit dem Bestellzettel abgleichen und ins Kühlhaus räumen",
        "Container entladen und Kartons mit der Packliste abgleichen",
    ],
    ("logistics", "back", "core", "remote"): [
        "Täglicher Bestandsbericht der Artikel unter Mindestbestand an den Einkauf",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Eilige Umlagerung an die Filiale Hamburg für einen Großauftrag, einmalig",
    ],
    ("production", "back", "core", "on_site"): [
        "Mise en place vor dem Service: Gemüse putzen, Saucen und Garnituren vorbereiten",
        "Brötchen und Croissants ab 4 Uhr für die Theke backen",
        "Kantinenküche: Mittagessen für 250 Mitarbeitende kochen und an der Ausgabe portionieren",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Gericht außerhalb der Karte für einen Gast mit mehreren Allergien kochen, auf Bitte des Service",
    ],
}

# French (France, Belgium, Switzerland, Quebec).
FRENCH: Blocks = {
    ("sales", "front", "core", "remote"): [
        # 1. direction inside sales
        "Fixer les objectifs de chiffre d'affaires de chaque commercial en début d'exercice et suivre leur atteinte chaque mois",
        "Découpage des secteurs : répartir les départements entre les trois attachés commerciaux",
        "Stratégie commerciale grande distribution : quelles enseignes démarcher en priorité cette année",
        "objectifs de vente par magasin - à revoir chaque lundi en réunion commerciale",
        "Élaboration des plans de compte pour nos cinq plus gros clients avant chaque rendez-vous acheteur",
        # 6. tenders answered
        "Veille des appels d'offres sur le BOAMP et les profils d'acheteurs pour nos prestations de nettoyage",
        "Rédiger le mémoire technique de notre offre pour le marché d'entretien des espaces verts de la ville",
        "Chargée d'appels d'offres : constitution des dossiers de candidature et chiffrage des offres",
        "Répondre aux consultations des donneurs d'ordre industriels avec prix unitaires et délais",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Groupement momentané avec une entreprise partenaire pour un gros marché hospitalier, à titre exceptionnel",
    ],
    ("marketing", "front", "core", "remote"): [
        # 1. direction inside marketing
        "Plan marketing annuel : temps forts commerciaux, canaux et budget par canal",
        "Plan de relations presse pour le lancement : fichier journalistes, embargo, interviews de la fondatrice",
        "Suivi mensuel du budget marketing : dépenses publicitaires comparées au prévisionnel",
        # 8. newsletters, press, research
        "Newsletter clients mensuelle dans Brevo : nouveautés, offres du moment et recettes",
        "Communiqué de presse pour l'ouverture du magasin, envoyé aux rédactions locales",
        "Étude de marché : sondage auprès de 400 consommateurs sur leurs préférences d'emballage",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Tenir le stand au salon et recueillir les coordonnées des visiteurs pour la newsletter",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Demande ponctuelle d'un directeur d'agence : un flyer pour sa journée portes ouvertes",
    ],
    ("customer_service", "front", "core", "remote"): [
        # 2. order, return, refund questions
        "Répondre aux clients qui demandent où en est leur commande et quand elle arrivera",
        "Demandes de retour : vérifier la commande, envoyer l'étiquette retour et indiquer le délai de remboursement",
        "Service client Shopify : changer l'adresse de livraison d'une commande à la demande du client",
        # 3. product support for customers
        "Support client : accompagner par téléphone l'installation du thermostat connecté chez le client",
        "Assistance aux utilisateurs de notre logiciel de caisse : messages d'erreur lors de la clôture",
        "Débloquer les comptes clients de la boutique en ligne et guider la réinitialisation du mot de passe",
        "Remonter aux développeurs les bugs signalés par les clients avec les étapes pour les reproduire",
        # 8. registration online
        "Préadmission en ligne : envoyer les formulaires aux patients et répondre à leurs questions",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Accueil du cabinet : enregistrer les nouveaux patients (carte Vitale, mutuelle, coordonnées)",
        "Réception de l'hôtel : enregistrer les clients, prendre une empreinte de carte et expliquer les horaires du petit-déjeuner",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Remboursement commercial après le délai de retour, accordé au cas par cas par la responsable SAV",
    ],
    ("management", "back", "core", "remote"): [
        "Fixer avec les associés la stratégie de l'entreprise pour les trois prochaines années",
        "Dossier du conseil d'administration : résultats de la société, risques majeurs, décisions attendues",
        "Objectifs de l'entreprise pour l'année (CA, marge, effectifs) déclinés à chaque service",
        "Décision des dirigeants sur l'ouverture d'un second site à Nantes",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Investissement ponctuel dans des panneaux solaires pour tous les sites : décision des gérants",
    ],
    ("product_development", "back", "core", "remote"): [
        "Feuille de route produit de l'application : ce qui sort en version 2.4 et ce qui attend la 2.5",
        "Priorisation des évolutions avant chaque sprint : impact, effort, nombre de clients concernés",
        "Budget R&D du nouveau modèle de chaudière : prototypes, banc d'essai, certification",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # 2. money owed
        "Relances clients : mail à J+7, lettre de relance à J+30, appel téléphonique à J+45",
        "Gestion du recouvrement : suivi de la balance âgée et appels aux clients en retard de paiement",
        "Mise en place d'échéanciers pour les clients qui ne peuvent pas régler en une fois",
        "Mise en demeure par lettre recommandée avant transmission du dossier au contentieux",
        "Injonction de payer : constituer le dossier pour le tribunal de commerce",
        "Pennylane : relances automatiques des factures échues et lettrage des encaissements",
        "Calcul des pénalités de retard et de l'indemnité forfaitaire de 40 € sur les factures impayées",
        "Cabinet dentaire : relancer les patients pour le reste à charge après le remboursement de la mutuelle",
        "relances impayés le vendredi",
        # 5. stock valuation
        "Valorisation des stocks au coût moyen pondéré à chaque clôture mensuelle",
        "Provision pour dépréciation des stocks obsolètes, validée avec l'expert-comptable",
        # 7. tax, assets, receipts
        "Déclaration de TVA mensuelle (CA3) sur impots.gouv et télépaiement",
        "Liasse fiscale et impôt sur les sociétés : préparer les éléments pour l'expert-comptable",
        "Immobilisations : enregistrer les nouveaux équipements et calculer les dotations aux amortissements",
        "Association : reçus fiscaux Cerfa 11580 envoyés aux donateurs en début d'année",
        "Passer l'écriture de paie en comptabilité après chaque clôture de paie",
        "Québec : déclarations de TPS et de TVQ chaque trimestre",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Abandon de créance quand relancer coûterait plus que le solde impayé : décision du responsable comptable, dossier par dossier",
        "Client ayant payé deux fois la même facture : vérifier et rembourser le doublon par virement",
    ],
    ("payroll", "back", "support", "remote"): [
        # 1. direction inside payroll
        "Calendrier de paie annuel : date limite des éléments variables, validation et date de virement de chaque mois",
        "Masse salariale par service : état mensuel envoyé au contrôle de gestion",
        # 7. pay runs and filings
        "Paie mensuelle dans PayFit : absences, primes et heures supplémentaires saisies, puis validation",
        "DSN mensuelle déposée sur net-entreprises avant le 5 ou le 15 selon l'effectif",
        "Déclaration et paiement des cotisations URSSAF, retraite complémentaire et prévoyance",
        "Prélèvement à la source : taux transmis par la DGFiP appliqués sur chaque bulletin",
        "Belgique : fiches 281.10 et déclaration du précompte professionnel",
        "Suisse : attestation annuelle des salaires à la caisse de compensation et à l'assurance accidents",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Acompte sur salaire accordé à titre exceptionnel par le gérant, retenu sur la paie suivante",
    ],
    ("hr", "back", "support", "remote"): [
        "Offres d'emploi : rédaction de l'annonce, puis publication sur France Travail et sur Welcome to the Jungle",
        "Préparation du livret d'accueil et du parcours d'intégration des nouveaux arrivants",
        "Tenue des dossiers du personnel : contrats, titres de séjour, attestations de formation",
        "Registre unique du personnel mis à jour à chaque entrée et sortie",
        "Lucca : suivi des périodes d'essai et rappel aux managers avant l'échéance",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Remplacement d'une assistante pendant deux semaines via une agence d'intérim, à la demande de son manager",
    ],
    ("it", "back", "support", "remote"): [
        # 1. direction inside IT
        "Budget informatique de l'an prochain : renouvellement des portables, licences Microsoft 365, contrat d'infogérance",
        "Schéma directeur informatique : partages vers SharePoint, fin de l'ancien VPN, authentification unique",
        "Stratégie SI du cabinet : quitter le serveur local pour un hébergement cloud",
        # 3. staff help desk, accounts, access
        "Helpdesk interne : qualification et résolution des demandes des collaborateurs sous 4 h",
        "Création des comptes et des boîtes mail des nouveaux arrivants avant leur premier jour",
        "Attribution et récupération des licences Adobe et Microsoft aux arrivées et aux départs",
        "Demande d'accès au dossier comptabilité : validation par le responsable du dossier, puis ouverture par l'informatique",
        "Revue trimestrielle des droits : qui garde des droits d'administration sur les serveurs",
        "Prévenir les équipes de la fenêtre de maintenance : ERP et messagerie coupés samedi de 22 h à 2 h",
    ],
    ("it", "back", "support", "on_site"): [
        "Préparation des postes des nouveaux arrivants : portable, station d'accueil et écrans installés au bureau",
        "Remplacer la borne Wi-Fi de l'open space et tester la couverture",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Droits administrateur temporaires pour un prestataire, une semaine maximum, sur validation du responsable informatique",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Analyse d'impact avant la mise en place de la vidéosurveillance dans l'entrepôt",
        "Vérifier que le nouveau prestataire de paie a signé l'accord de sous-traitance RGPD",
        "Registre des traitements : ajouter le nouveau portail patients et sa base légale",
        "Revue RGPD du flux de données entre la boutique et le nouveau CRM avant la mise en production",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Demande d'accès d'un ancien salarié à ses données : réunir les éléments et répondre sous un mois",
    ],
    ("admin", "back", "support", "on_site"): [
        "Sortir les poubelles et les bacs de tri la veille du ramassage",
        "Ranger la cuisine du personnel, vider le lave-vaisselle et nettoyer le frigo le vendredi",
        "Régler le chauffage et la climatisation des bureaux au changement de saison",
        "Préparer la salle du conseil : disposition des tables, vidéoprojecteur, eau et verres",
        "Ouvrir le bâtiment à 7 h 30 et accueillir le technicien qui entretient la chaudière",
        "Réassort de la cuisine du personnel : café, thé, lait",
    ],
    ("admin", "back", "support", "remote"): [
        "Planifier les interventions des prestataires du bâtiment : vitres, ascenseur, dératisation",
        "Signaler les désordres du bâtiment au propriétaire et relancer jusqu'à la réparation",
        "Note interne hebdomadaire aux salariés : changements de salles, parking, jours de fermeture",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Appeler un plombier en urgence quand les toilettes des bureaux débordent",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Horaires de chauffage prolongés pour une équipe qui travaille tard, accordés sur demande",
    ],
    ("procurement", "back", "support", "remote"): [
        # 5. buying
        "Consultation de trois fournisseurs d'emballages : prix unitaire, délai, minimum de commande",
        "Émission des bons de commande dans Sage pour tout achat de plus de 200 €",
        "Référencement des nouveaux fournisseurs : RIB, Kbis, attestation d'assurance, conditions de paiement",
        # 6. tenders issued
        "Mairie : publier la consultation pour le nettoyage des écoles et répondre aux questions des candidats",
        "Analyse des offres reçues selon les critères du règlement de consultation et proposition d'attribution",
        "Rédiger le cahier des charges pour choisir un nouveau prestataire de paie, puis noter les offres",
        "Ouverture des plis à la date limite et registre des offres reçues",
        "Notification au titulaire du marché et lettres de rejet aux candidats non retenus",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Une seule offre reçue : relancer la consultation ou négocier, décision au cas par cas",
    ],
    ("logistics", "back", "core", "on_site"): [
        # 4. warehouse housekeeping
        "Dégager le quai de chargement des palettes vides et du film étirable",
        # 5. receiving, counting, moving materials
        "Réception des marchandises : compter les colis par rapport au bon de commande et noter les manquants sur le bon de livraison",
        "Contrôler l'état des livraisons à l'arrivée et porter les réserves sur le récépissé du transporteur",
        "Aller chercher les matières premières chez le fournisseur avec notre camion",
        "Inventaire annuel : compter chaque emplacement de l'entrepôt et signer les fiches de comptage",
        "Approvisionner les lignes de production en matières premières depuis le magasin",
        "Dépoter le conteneur et pointer les cartons avec la liste de colisage",
    ],
    ("logistics", "back", "core", "remote"): [
        "Planifier les créneaux de réception pour ne pas engorger le quai le lundi",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Transfert de stock urgent vers l'agence de Lyon pour un gros chantier, à titre ponctuel",
    ],
    ("production", "back", "core", "on_site"): [
        "Mise en place avant le service : légumes, sauces et garnitures",
        "Cuisine centrale : préparation des repas des écoles et conditionnement en barquettes",
        "Viennoiseries et pains cuits dès 5 h pour la vitrine",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Plat hors carte préparé pour un client aux allergies multiples, à la demande de la salle",
    ],
}

# Spanish (Spain, Mexico, Argentina).
SPANISH: Blocks = {
    ("sales", "front", "core", "remote"): [
        # 1. direction inside sales
        "Fijar los objetivos de venta de cada comercial al inicio del ejercicio y revisarlos cada mes",
        "Estrategia comercial para el canal farmacia: qué cadenas visitamos primero",
        "Elaboración de planes de cuenta para los cinco mayores clientes de distribución antes de cada negociación",
        "Previsión trimestral de ventas en el CRM de Holded y aviso de las operaciones en riesgo",
        "objetivos de venta por tienda - mirarlos los lunes",
        # 6. tenders answered
        "Revisar cada mañana las licitaciones de la PLACSP que encajan con nuestros servicios de limpieza",
        "Preparar nuestra oferta para el concurso de mantenimiento de parques del ayuntamiento: memoria técnica y oferta económica",
        "Técnico/a de licitaciones: preparación de sobres, documentación administrativa y DEUC",
        "Inscripción en el ROLECE para no repetir la documentación en cada concurso público",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "UTE puntual con una empresa socia para optar a un contrato hospitalario grande",
    ],
    ("marketing", "front", "core", "remote"): [
        # 1. direction inside marketing
        "Plan de marketing anual: campañas de temporada, canales y presupuesto por canal",
        "Plan de prensa para el lanzamiento: lista de medios, embargo y entrevistas con la fundadora",
        "Control mensual del gasto en publicidad frente a lo previsto en el plan de marketing",
        # 8. newsletters, press, research
        "Boletín mensual a clientes con Acumbamail: novedades, ofertas y recetas",
        "Nota de prensa por la apertura de la nueva tienda, enviada a los medios locales",
        "Estudio de mercado: encuesta a 400 consumidores sobre sus preferencias de envase",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Atender el stand de la feria y recoger los datos de los visitantes para el boletín",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Patrocinio que pide el club de fútbol del barrio: decisión puntual de la responsable de marketing",
    ],
    ("customer_service", "front", "core", "remote"): [
        # 2. order, return, refund questions
        "Contestar a los clientes que preguntan dónde está su pedido y cuándo les llega",
        "Solicitudes de devolución: comprobar el pedido, enviar la etiqueta y explicar el plazo del reembolso",
        "Chat de la tienda online: cambios de dirección de entrega y artículos que faltan en el paquete",
        # 3. product support for customers
        "Soporte técnico a clientes: ayudarles a configurar la app y vincularla con su termostato",
        "Atención a usuarios de nuestro programa de facturación: errores al importar y mensajes de aviso",
        "Desbloquear cuentas de clientes en la tienda online y guiarles para cambiar la contraseña",
        "Trasladar a desarrollo los errores que reportan los clientes con los pasos para reproducirlos",
        # 8. registration by phone
        "Alta de pacientes nuevos por teléfono y reserva de su primera cita",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Admisión de pacientes nuevos en recepción: DNI, tarjeta sanitaria o de la mutua y datos de contacto",
        "Recepción del hotel: registrar a los huéspedes, pedir la tarjeta en garantía y explicar el horario del desayuno",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Reembolso de cortesía fuera del plazo de devolución, caso a caso con la aprobación de la jefa de equipo",
    ],
    ("management", "back", "core", "remote"): [
        "Definir con los socios el plan estratégico de la empresa a tres años",
        "Consejo de administración: cuentas de la sociedad, riesgos principales y decisiones a tomar",
        "Objetivos de empresa para el año (facturación, margen, plantilla) desglosados por departamento",
        "Decisión de la gerencia sobre abrir una segunda tienda en Valencia",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Inversión puntual en placas solares para todas las naves: la deciden los propietarios",
    ],
    ("product_development", "back", "core", "remote"): [
        "Hoja de ruta del producto: qué funcionalidades salen en la versión 5.1 y cuáles esperan",
        "Priorizar las peticiones de funcionalidades antes de cada sprint según impacto y esfuerzo",
        "Presupuesto de I+D del nuevo modelo de caldera: prototipos, banco de pruebas y certificación",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # 2. money owed
        "Gestión de cobros: llamar a los clientes con facturas vencidas hace más de 30 días y pactar fecha de pago",
        "Reclamación de impagados: correo a los 7 días, carta a los 30 y llamada a los 45",
        "Acordar planes de pago con los clientes que no pueden saldar la deuda de una vez",
        "Holded: recordatorios automáticos de facturas vencidas y conciliación de los cobros",
        "Revisar cada lunes el informe de antigüedad de saldos de clientes",
        "Burofax de reclamación de deuda antes de iniciar el procedimiento monitorio",
        "Recibos devueltos: volver a girarlos o contactar con el cliente para cobrarlos",
        "Colegio: recordar a las familias las cuotas pendientes y acordar pagos fraccionados",
        "reclamar impagados los viernes",
        # 5. stock valuation
        "Valoración de existencias a precio medio ponderado en cada cierre mensual",
        "Deterioro de existencias obsoletas, acordado con la asesoría",
        "Conciliación a tres bandas: factura del proveedor, pedido y albarán de entrada, antes de aprobar el pago",
        # 7. tax, assets, receipts
        "Modelo 303 de IVA trimestral y resumen anual 390",
        "Impuesto sobre Sociedades: preparar los datos para la asesoría y presentar el modelo 200",
        "Inmovilizado: alta de las máquinas nuevas y amortización mensual",
        "Fundación: certificados de donación para los donantes y modelo 182 a Hacienda",
        "Contabilizar el asiento de nóminas tras cada cierre de nómina",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Condonar un saldo pequeño impagado cuando reclamarlo cuesta más que la deuda, caso a caso",
        "Cliente que pagó dos veces la misma factura: revisarlo en contabilidad y devolver el importe duplicado",
    ],
    ("payroll", "back", "support", "remote"): [
        # 1. direction inside payroll
        "Calendario de nóminas del año: cierre de incidencias, aprobación y fecha de pago de cada mes",
        "Informe mensual de coste de personal por departamento para el área financiera",
        # 7. pay runs and filings
        "Nóminas mensuales en Factorial: incidencias, horas extra y envío de recibos",
        "Seguros sociales: liquidación mensual en el Sistema RED y pago de las cotizaciones",
        "Modelo 111 trimestral de retenciones de los trabajadores y resumen anual 190",
        "Dar de alta y de baja a los trabajadores en la Seguridad Social y comunicar los contratos en Contrat@",
        "Certificado de empresa para el SEPE cuando un trabajador causa baja",
        "Argentina: recibos de sueldo con firma digital y pago de las cargas sociales",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Finiquito urgente fuera de ciclo para un trabajador despedido a mitad de mes",
    ],
    ("hr", "back", "support", "remote"): [
        "Redactar ofertas de empleo y publicarlas en InfoJobs y LinkedIn",
        "Plan de bienvenida de nuevas incorporaciones: kit, primera semana y persona de referencia",
        "Gestión de expedientes del personal: contratos, permisos de trabajo y certificados de formación",
        "Onboarding en Factorial: las nuevas incorporaciones firman sus documentos antes del primer día",
        "Publicación de vacantes de auxiliar de enfermería en la web de empleo y en la bolsa del colegio profesional",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Un jefe de área pide un refuerzo durante dos semanas: gestionarlo con la ETT",
    ],
    ("it", "back", "support", "remote"): [
        # 1. direction inside IT
        "Presupuesto de informática del año que viene: renovación de portátiles, licencias de Microsoft 365 y contrato de mantenimiento",
        "Plan director de sistemas: pasar las carpetas compartidas a SharePoint y retirar la VPN antigua",
        "Estrategia de TI de la gestoría: sustituir el servidor de la oficina por alojamiento en la nube",
        # 3. staff help desk, accounts, access
        "Soporte informático interno: dar de alta, priorizar y cerrar las incidencias que abre la plantilla",
        "Crear las cuentas de usuario y de correo de las nuevas incorporaciones antes de su primer día",
        "Asignar y recuperar licencias de Microsoft y Adobe con las altas y bajas de personal",
        "Solicitud de acceso a la carpeta de contabilidad: la aprueba el responsable y la concede sistemas",
        "Revisión trimestral de permisos: quién mantiene derechos de administrador en los servidores",
        "Avisar a la plantilla de la ventana de mantenimiento: correo y ERP sin servicio el sábado por la noche",
    ],
    ("it", "back", "support", "on_site"): [
        "Preparar el puesto de cada nueva incorporación: portátil, base y pantallas en su mesa",
        "Sustituir auriculares, teclados y ratones averiados del personal en la oficina",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Permisos de administrador temporales para un consultor durante una semana, si los aprueba el responsable de sistemas",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Evaluación de impacto en protección de datos antes de instalar las cámaras en el almacén",
        "Comprobar que el nuevo proveedor de nóminas ha firmado el contrato de encargado del tratamiento",
        "Registro de actividades de tratamiento: añadir el nuevo portal del paciente y su base jurídica",
        "Revisión RGPD del flujo de datos de clientes hacia el nuevo CRM antes de ponerlo en marcha",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Solicitud de acceso de un antiguo empleado a sus datos personales: reunirlos y contestarle antes de que pase un mes",
    ],
    ("admin", "back", "support", "on_site"): [
        "Sacar los contenedores de basura y reciclaje la noche antes de la recogida",
        "Ordenar la cocina del personal y vaciar la nevera los viernes",
        "Ajustar la calefacción y el aire acondicionado de la oficina en cada cambio de estación",
        "Preparar la sala de juntas antes del consejo: sillas, proyector, agua y vasos",
        "Abrir el edificio a las 7:30 y recibir al técnico que revisa la caldera",
        "Reponer café, té y leche en el office",
    ],
    ("admin", "back", "support", "remote"): [
        "Avisar al casero de las averías del local y seguirlas hasta que se reparen",
        "Calendario de proveedores del edificio: limpieza, control de plagas, revisión del ascensor",
        "Circular interna semanal a la plantilla: cambios de sala, aparcamiento y cierres de la oficina",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Llamar a un fontanero de urgencia cuando se inundan los aseos de la oficina",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Mudanza puntual del departamento de contabilidad a la segunda planta: plano y coordinación",
    ],
    ("procurement", "back", "support", "remote"): [
        # 5. buying
        "Pedir presupuesto a tres proveedores de embalaje y comparar precio, plazo y pedido mínimo",
        "Pasar a pedido de compra en SAP Business One las solicitudes ya aprobadas",
        "Homologación de proveedores: datos bancarios, seguro de responsabilidad civil y condiciones de pago",
        # 6. tenders issued
        "Ayuntamiento: publicar el pliego del servicio de limpieza de colegios y contestar las dudas de los licitadores",
        "Valorar las ofertas según los criterios del pliego y proponer la adjudicación",
        "Mesa de contratación: apertura de sobres y acta de las ofertas recibidas",
        "Redactar el pliego para elegir una nueva asesoría laboral y puntuar las propuestas",
        "Comunicar la adjudicación al licitador ganador y la resolución a los demás",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Solo se presentó una oferta: decidir si se declara desierta o se negocia",
    ],
    ("logistics", "back", "core", "on_site"): [
        # 4. warehouse housekeeping
        "Despejar el muelle de carga de palés vacíos y film",
        # 5. receiving, counting, moving materials
        "Recepción de mercancía: contar lo recibido contra el pedido de compra y anotar las faltas en el albarán",
        "Revisar los daños de las entregas al llegar y firmar con reservas el albarán del transportista",
        "Recoger la materia prima en las instalaciones del proveedor con nuestro camión",
        "Inventario de cierre de ejercicio: contar todas las ubicaciones y firmar las hojas de recuento",
        "Abastecer las líneas de producción con materia prima desde el almacén",
        "Descargar el contenedor y puntear las cajas contra el packing list",
    ],
    ("logistics", "back", "core", "remote"): [
        "Informe diario de artículos bajo mínimo para el departamento de compras",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Traspaso urgente de stock a la delegación de Sevilla para una obra grande, puntual",
    ],
    ("production", "back", "core", "on_site"): [
        "Mise en place antes del servicio: verduras, salsas y guarniciones",
        "Hornear el pan y la bollería para el mostrador desde las 5",
        "Cocina de la residencia: comidas y cenas para los residentes, incluidas las dietas trituradas",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Plato fuera de carta para un cliente con varias alergias, cuando lo pide sala",
    ],
}

# Dutch (the Netherlands and Flanders).
DUTCH: Blocks = {
    ("sales", "front", "core", "remote"): [
        # 1. direction inside sales
        "Verkoopdoelstellingen per accountmanager vastleggen bij de start van het jaar en maandelijks opvolgen",
        "Rayonindeling: postcodegebieden opnieuw verdelen over de drie buitendienstmedewerkers",
        "Salesstrategie voor de groothandel: welke tuincentra en bouwmarkten we eerst benaderen",
        "Opstellen van accountplannen voor onze vijf grootste retailklanten, vóór elk inkoopgesprek",
        "omzetdoelen per filiaal - maandagochtend checken",
        # 6. tenders answered
        "Op TenderNed en Mercell zoeken naar aanbestedingen voor onze schoonmaakdiensten",
        "Inschrijving voor de aanbesteding groenonderhoud van de gemeente schrijven: plan van aanpak en prijsblad",
        "Tendermanager: coördineert onze inschrijvingen op overheidsopdrachten van go/no-go tot indiening",
        "Uniform Europees Aanbestedingsdocument invullen voor elke inschrijving van ons bedrijf",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Extra korting boven de bevoegdheid van de verkoper: per deal goedgekeurd door de salesmanager",
    ],
    ("marketing", "front", "core", "remote"): [
        # 1. direction inside marketing
        "Marketingjaarplan: seizoenscampagnes, kanalen en budget per kanaal",
        "PR-plan voor de lancering: perslijst, embargo en interviews met de oprichter",
        "Marketingbudget maandelijks naast de begroting leggen en geld verschuiven naar wat converteert",
        # 8. newsletters, press, research
        "Maandelijkse klantnieuwsbrief in Laposta: nieuwe producten, acties en recepten",
        "Persbericht over de opening van de nieuwe winkel naar de lokale media sturen",
        "Marktonderzoek: enquête onder 400 consumenten over hun voorkeur voor verpakkingen",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Stand op de vakbeurs bemannen en gegevens van bezoekers verzamelen voor de nieuwsbrief",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Sponsorverzoek van de plaatselijke voetbalclub: losse beslissing van de marketingmanager",
    ],
    ("customer_service", "front", "core", "remote"): [
        # 2. order, return, refund questions
        "Klanten antwoorden die vragen waar hun bestelling blijft en wanneer die aankomt",
        "Retourverzoeken: bestelling controleren, retourlabel sturen en uitleggen wanneer het geld terugkomt",
        "Chat van de webshop: adreswijzigingen en ontbrekende artikelen in een bestelling",
        # 3. product support for customers
        "Klantenservice: klanten telefonisch helpen de app in te stellen en aan hun thermostaat te koppelen",
        "Support voor gebruikers van ons kassasysteem: foutmeldingen bij de dagafsluiting uitleggen",
        "Geblokkeerde klantaccounts in de webshop vrijgeven en helpen bij het wijzigen van het wachtwoord",
        "Bugs die klanten melden doorzetten naar development met de stappen om ze te reproduceren",
        # 8. registration by phone
        "Inschrijving van nieuwe patiënten telefonisch afhandelen en het eerste consult plannen",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Nieuwe patiënten inschrijven aan de balie: legitimatie, zorgpas en contactgegevens",
        "Hotelreceptie: gasten inchecken, creditcard als garantie vastleggen, ontbijttijden uitleggen",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Coulanceterugbetaling na afloop van de retourtermijn, per geval met akkoord van de teamleider",
    ],
    ("management", "back", "core", "remote"): [
        "Meerjarenstrategie van het bedrijf bepalen met de aandeelhouders",
        "Vergaderstukken voor de raad van commissarissen: bedrijfsresultaten, risico's en te nemen besluiten",
        "Bedrijfsdoelen voor het jaar (omzet, marge, fte) doorvertalen naar alle afdelingen",
        "Besluit van de eigenaren over een tweede vestiging in Utrecht",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Eenmalige investering in zonnepanelen op alle panden: beslissing van de directie",
    ],
    ("product_development", "back", "core", "remote"): [
        "Releaseplanning van de app: wat in versie 3.2 meegaat en wat naar 3.3 schuift",
        "Featureverzoeken scoren op bereik, impact en inspanning vóór elke sprintplanning",
        "R&D-budget voor de nieuwe warmtepomp: prototypes, testopstelling en certificering",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # 2. money owed
        "Debiteurenbeheer: klanten bellen van wie facturen meer dan 30 dagen openstaan en een betaaldatum afspreken",
        "Aanmaningen versturen: herinnering na 7 dagen, aanmaning na 30 dagen, daarna telefonisch contact",
        "Betalingsregelingen treffen met klanten die hun openstaande saldo niet in één keer kunnen betalen",
        "Moneybird: automatische betalingsherinneringen en ontvangsten koppelen aan facturen",
        "Veertiendagenbrief versturen aan particuliere klanten voordat er incassokosten worden gerekend",
        "Exact Online: herinneringsbrieven per aanmaningsniveau draaien",
        "Verwerken van inkomende betalingen en navragen van te weinig betaalde facturen",
        "aanmaningen eruit op vrijdag",
        # 5. stock valuation
        "Voorraadwaardering tegen gemiddelde inkoopprijs bij elke maandafsluiting",
        "Incourante voorraad afwaarderen in overleg met de accountant",
        "Inkoopfactuur, inkooporder en ontvangstbon matchen voordat er betaald wordt",
        # 7. tax, assets, receipts
        "Btw-aangifte per kwartaal via het portaal van de Belastingdienst",
        "Vennootschapsbelasting: cijfers voor de accountant klaarzetten en de voorlopige aanslag betalen",
        "Vaste activa: nieuwe machines activeren en maandelijks afschrijven",
        "België: fiscale attesten voor giften vanaf 40 euro aanmaken en naar de donateurs sturen",
        "Loonjournaalpost boeken na elke salarisrun",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Klein openstaand saldo afboeken als innen meer kost dan het oplevert, per geval",
        "Klant betaalde dezelfde factuur twee keer: controleren en het dubbele bedrag terugstorten",
    ],
    ("payroll", "back", "support", "remote"): [
        # 1. direction inside payroll
        "Salariskalender voor het jaar: aanleverdatum mutaties, fiattering en uitbetaaldatum per periode",
        "Maandelijks overzicht van de loonkosten per afdeling voor de controller",
        "Jaarwisseling salarisadministratie: laatste verloning, jaaropgaven, nieuwe tabellen en premies inlezen",
        # 7. pay runs and filings
        "Salarisrun elke vier weken in Nmbrs: mutaties invoeren, controleren en loonstroken versturen",
        "Loonheffingen: maandelijkse aangifte en afdracht vóór het einde van de volgende maand",
        "Vakantiegeld in mei uitbetalen en de reserveringen controleren",
        "België: bedrijfsvoorheffing aangeven via FinProf en de fiches 281.10 opmaken",
        "AFAS Payroll: verlofuren en ziekmeldingen verwerken vóór de salarisrun",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Losse extra betaling voor een vertrekker wiens eindafrekening vergeten was",
    ],
    ("hr", "back", "support", "remote"): [
        "Vacatureteksten schrijven en plaatsen op Indeed, LinkedIn en de Nationale Vacaturebank",
        "Welkomstpakket voor nieuwe medewerkers samenstellen: personeelsgids, eerste week, buddy",
        "Bijhouden van personeelsdossiers: arbeidsovereenkomst, kopie ID, diploma's en certificaten",
        "Onboarding in AFAS: nieuwe medewerkers tekenen hun documenten vóór de eerste dag",
        "België: vacatures doorgeven aan VDAB en kandidaten uit de matching opvolgen",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Afdeling vraagt twee weken een uitzendkracht: regelen met het uitzendbureau",
    ],
    ("it", "back", "support", "remote"): [
        # 1. direction inside IT
        "IT-begroting voor volgend jaar: vervanging laptops, Microsoft 365-licenties, beheercontract met de IT-partner",
        "IT-roadmap: netwerkschijven naar SharePoint, oude VPN uitfaseren, single sign-on voor alle applicaties",
        "IT-strategie van het accountantskantoor: van de eigen server naar de cloud",
        # 3. staff help desk, accounts, access
        "Interne servicedesk: meldingen van medewerkers in TOPdesk registreren, prioriteren en oplossen",
        "Accounts en mailboxen aanmaken voor nieuwe collega's vóór hun eerste werkdag",
        "Licenties voor Microsoft en Adobe toewijzen bij indiensttreding en intrekken bij vertrek",
        "Toegangsverzoek tot de map van financiën: eigenaar keurt goed, daarna zet IT de rechten",
        "Elk kwartaal nagaan wie nog beheerdersrechten heeft op de servers en de firewall",
        "Medewerkers informeren over het onderhoudsvenster: mail en ERP zaterdagnacht niet beschikbaar",
    ],
    ("it", "back", "support", "on_site"): [
        "Werkplekken voor nieuwe medewerkers klaarzetten: laptop, dockingstation en schermen op het bureau",
        "Kapotte headsets en toetsenborden op kantoor omruilen",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Tijdelijke beheerdersrechten voor een externe consultant, een week lang na goedkeuring van de IT-manager",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "DPIA uitvoeren voordat de camera's in het magazijn worden opgehangen",
        "Controleren of de nieuwe salarisverwerker onze verwerkersovereenkomst heeft getekend",
        "Verwerkingsregister aanvullen met het nieuwe patiëntenportaal en de grondslag",
        "AVG-toets van de gegevensstroom van de webshop naar het nieuwe CRM vóór livegang",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Inzageverzoek van een oud-medewerker: gegevens verzamelen en binnen een maand antwoorden",
    ],
    ("admin", "back", "support", "on_site"): [
        "Containers en papierbak de avond voor de ophaaldag aan de straat zetten",
        "Personeelskeuken opruimen, vaatwasser uitruimen en op vrijdag de koelkast leeghalen",
        "Verwarming en airco van het kantoor instellen bij elke seizoenswissel",
        "Vergaderzaal klaarzetten voor de aandeelhoudersvergadering: opstelling, beamer, water en glazen",
        "Pand om half acht openen en de onderhoudsmonteur van de cv-ketel binnenlaten",
        "Sneeuw ruimen en strooien bij de ingang en op het personeelsparkeerterrein",
    ],
    ("admin", "back", "support", "remote"): [
        "Planning van de gebouwleveranciers bijhouden: glazenwasser, ongediertebestrijding, liftonderhoud",
        "Zaalreserveringen voor interne trainingen beheren in Outlook",
        "Wekelijks intern bericht aan het personeel: zaalwijzigingen, parkeren, sluitingsdagen",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Spoedloodgieter bellen als de toiletten op kantoor overstromen",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Verwarmingstijden op verzoek aanpassen voor een team dat 's avonds doorwerkt",
    ],
    ("procurement", "back", "support", "remote"): [
        # 5. buying
        "Offertes opvragen bij drie leveranciers van verpakkingen en vergelijken op stukprijs, levertijd en minimale afname",
        "Inkooporders aanmaken in SAP Business One vanuit goedgekeurde aanvragen",
        "Nieuwe leveranciers aanmelden: bankgegevens, verzekeringsbewijs en betalingsvoorwaarden",
        # 6. tenders issued
        "Gemeente: aanbesteding schoonmaak van schoolgebouwen publiceren en vragen van inschrijvers beantwoorden",
        "Inschrijvingen beoordelen op de gepubliceerde gunningscriteria en een gunningsadvies schrijven",
        "Nota van inlichtingen opstellen en naar alle inschrijvers sturen",
        "Programma van eisen schrijven voor een nieuwe salarisverwerker en de offertes scoren",
        "Voornemen tot gunning versturen en de Alcatel-termijn afwachten voor ondertekening",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Slechts één inschrijving ontvangen: beslissen of opnieuw aanbesteed of onderhandeld wordt",
    ],
    ("logistics", "back", "core", "on_site"): [
        # 4. warehouse housekeeping
        "Laadperron vrijhouden van lege pallets en krimpfolie",
        # 5. receiving, counting, moving materials
        "Goederenontvangst: aantallen tellen tegen de inkooporder en tekorten op de pakbon noteren",
        "Inkomende leveringen controleren op schade en tekenen voor ontvangst",
        "Grondstoffen met onze eigen vrachtwagen ophalen bij de leverancier",
        "Jaarinventaris: alle locaties in het magazijn tellen en de tellijsten aftekenen",
        "Grondstoffen vanuit het magazijn naar de productielijn brengen",
        "Container lossen en dozen afvinken tegen de paklijst",
    ],
    ("logistics", "back", "core", "remote"): [
        "Dagelijks lijstje van artikelen onder minimumvoorraad naar de inkopers",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Spoedverplaatsing van voorraad naar de vestiging in Gent voor een groot project, eenmalig",
    ],
    ("production", "back", "core", "on_site"): [
        "Mise-en-place voor de service: groenten, sauzen en garnituren",
        "Brood en croissants bakken vanaf vijf uur voor de toonbank",
        "Keuken van het zorgcentrum: warme maaltijden voor bewoners, ook gemalen diëten",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Gerecht buiten de kaart bereiden voor een gast met meerdere allergieën, op vraag van de bediening",
    ],
}
# fmt: on

LINES: list[Row] = flatten(GERMAN, FRENCH, SPANISH, DUTCH)
